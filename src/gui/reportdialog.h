// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/reportoptions.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QPushButton;

namespace cutover::gui {

namespace Ui {
class ReportDialog;
}

/** What goes into the stakeholder report: one check box per section, page size, orientation. */
class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    ReportDialog(const QString &title, const report::ReportOptions &options, QWidget *parent = nullptr);
    ~ReportDialog() override;

    report::ReportOptions options() const;
    QCheckBox *sectionBox(report::Section section) const;
    QComboBox *pageSizeCombo() const;
    QComboBox *orientationCombo() const;
    QPushButton *okButton() const;

private:
    void updateOk();

    report::ReportOptions m_options;
    QList<std::pair<report::Section, QCheckBox *>> m_sections;
    std::unique_ptr<Ui::ReportDialog> m_ui; ///< the form: ui/reportdialog.ui
};

} // namespace cutover::gui
