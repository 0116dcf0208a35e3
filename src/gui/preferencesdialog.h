// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace cutover::gui {

namespace Ui {
class PreferencesDialog;
}

/** Preferences: the interface language (follows the system unless chosen here). */
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    /** The stored choice: "" for the system language, else "en", "de", "fr". */
    static QString languageSetting();
    /** The languages the application is translated into, as {code, native name}. */
    static QList<std::pair<QString, QString>> languages();

    void accept() override;

private:
    std::unique_ptr<Ui::PreferencesDialog> m_ui; ///< the form: ui/preferencesdialog.ui
};

} // namespace cutover::gui
