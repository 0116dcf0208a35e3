// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

class QLineEdit;
class QSettings;

namespace cutover {
class Document;
}

namespace cutover::gui {

class SectionTableView;

namespace Ui {
class HypercarePage;
}

/** Hypercare after go-live: its length, notes, SLA targets and named contacts. */
class HypercarePage : public QWidget
{
    Q_OBJECT
public:
    explicit HypercarePage(Document *document, QWidget *parent = nullptr);
    ~HypercarePage() override;

    QLineEdit *hoursEdit() const;
    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

signals:
    void statusMessage(const QString &text);

private:
    void load();
    void commitHours();

    Document *m_document;
    std::unique_ptr<Ui::HypercarePage> m_ui; ///< the form: ui/hypercarepage.ui
    SectionTableView *m_slas = nullptr;
    SectionTableView *m_contacts = nullptr;
    bool m_loading = false;
};

} // namespace cutover::gui
