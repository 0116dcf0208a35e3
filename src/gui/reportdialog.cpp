// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdialog.h"

#include "ui_reportdialog.h"

#include <QCheckBox>
#include <QPushButton>

namespace cutover::gui {

ReportDialog::ReportDialog(const QString &title, const report::ReportOptions &options, QWidget *parent)
    : QDialog(parent)
    , m_options(options)
    , m_ui(std::make_unique<Ui::ReportDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(title);
    const QList<report::Section> all = report::SectionNames::all();
    QWidget *previous = nullptr;
    for (report::Section section : all) {
        auto *box = new QCheckBox(report::SectionNames::title(section), m_ui->sections);
        box->setObjectName(report::SectionNames::id(section));
        box->setChecked(options.sections.testFlag(section));
        connect(box, &QCheckBox::toggled, this, &ReportDialog::updateOk);
        m_ui->sectionLayout->addWidget(box);
        m_sections.append({section, box});
        if (previous)
            setTabOrder(previous, box);
        previous = box;
    }
    // The sections first, then the page, then the buttons (the form's order).
    if (previous)
        setTabOrder(previous, m_ui->pageSize);
    setTabOrder(m_ui->pageSize, m_ui->orientation);
    setTabOrder(m_ui->orientation, okButton());
    setTabOrder(okButton(), m_ui->buttons->button(QDialogButtonBox::Cancel));
    for (QPageSize::PageSizeId id : {QPageSize::A4, QPageSize::Letter, QPageSize::A3, QPageSize::Legal, QPageSize::Tabloid})
        m_ui->pageSize->addItem(QPageSize::name(id), int(id));
    m_ui->pageSize->setCurrentIndex(std::max(0, m_ui->pageSize->findData(int(options.pageSize))));
    m_ui->orientation->addItem(tr("Landscape"), int(QPageLayout::Landscape));
    m_ui->orientation->addItem(tr("Portrait"), int(QPageLayout::Portrait));
    m_ui->orientation->setCurrentIndex(std::max(0, m_ui->orientation->findData(int(options.orientation))));
    updateOk();
}

ReportDialog::~ReportDialog() = default;

QComboBox *ReportDialog::pageSizeCombo() const
{
    return m_ui->pageSize;
}

QComboBox *ReportDialog::orientationCombo() const
{
    return m_ui->orientation;
}

QPushButton *ReportDialog::okButton() const
{
    return m_ui->buttons->button(QDialogButtonBox::Ok);
}

QCheckBox *ReportDialog::sectionBox(report::Section section) const
{
    for (const auto &[s, box] : m_sections) {
        if (s == section)
            return box;
    }
    return nullptr;
}

report::ReportOptions ReportDialog::options() const
{
    report::ReportOptions options = m_options;
    options.sections = {};
    for (const auto &[section, box] : m_sections) {
        if (box->isChecked())
            options.sections |= section;
    }
    options.pageSize = QPageSize::PageSizeId(m_ui->pageSize->currentData().toInt());
    options.orientation = QPageLayout::Orientation(m_ui->orientation->currentData().toInt());
    return options;
}

void ReportDialog::updateOk()
{
    bool any = false;
    for (const auto &entry : std::as_const(m_sections))
        any = any || entry.second->isChecked();
    okButton()->setEnabled(any);
}

} // namespace cutover::gui
