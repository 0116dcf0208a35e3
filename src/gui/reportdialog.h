// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/reportoptions.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QPushButton;

namespace cutover::gui {

/** What goes into the stakeholder report: one check box per section, page size, orientation. */
class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    ReportDialog(const QString &title, const report::ReportOptions &options, QWidget *parent = nullptr);

    report::ReportOptions options() const;
    QCheckBox *sectionBox(report::Section section) const;
    QComboBox *pageSizeCombo() const { return m_pageSize; }
    QComboBox *orientationCombo() const { return m_orientation; }
    QPushButton *okButton() const { return m_ok; }

private:
    void updateOk();

    report::ReportOptions m_options;
    QList<std::pair<report::Section, QCheckBox *>> m_sections;
    QComboBox *m_pageSize;
    QComboBox *m_orientation;
    QPushButton *m_ok = nullptr;
};

} // namespace cutover::gui
