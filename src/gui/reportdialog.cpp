// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace cutover::gui {

ReportDialog::ReportDialog(const QString &title, const report::ReportOptions &options, QWidget *parent)
    : QDialog(parent)
    , m_options(options)
    , m_pageSize(new QComboBox(this))
    , m_orientation(new QComboBox(this))
{
    setWindowTitle(title);
    setObjectName(QStringLiteral("reportDialog"));
    auto *sections = new QGroupBox(tr("Sections"), this);
    auto *sectionLayout = new QVBoxLayout(sections);
    const QList<report::Section> all = report::SectionNames::all();
    for (report::Section section : all) {
        auto *box = new QCheckBox(report::SectionNames::title(section), sections);
        box->setObjectName(report::SectionNames::id(section));
        box->setChecked(options.sections.testFlag(section));
        connect(box, &QCheckBox::toggled, this, &ReportDialog::updateOk);
        sectionLayout->addWidget(box);
        m_sections.append({section, box});
    }
    for (QPageSize::PageSizeId id : {QPageSize::A4, QPageSize::Letter, QPageSize::A3, QPageSize::Legal, QPageSize::Tabloid})
        m_pageSize->addItem(QPageSize::name(id), int(id));
    m_pageSize->setCurrentIndex(std::max(0, m_pageSize->findData(int(options.pageSize))));
    m_orientation->addItem(tr("Landscape"), int(QPageLayout::Landscape));
    m_orientation->addItem(tr("Portrait"), int(QPageLayout::Portrait));
    m_orientation->setCurrentIndex(std::max(0, m_orientation->findData(int(options.orientation))));

    auto *form = new QFormLayout;
    form->addRow(tr("Page &size:"), m_pageSize);
    form->addRow(tr("&Orientation:"), m_orientation);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(sections);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateOk();
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
    options.pageSize = QPageSize::PageSizeId(m_pageSize->currentData().toInt());
    options.orientation = QPageLayout::Orientation(m_orientation->currentData().toInt());
    return options;
}

void ReportDialog::updateOk()
{
    bool any = false;
    for (const auto &entry : std::as_const(m_sections))
        any = any || entry.second->isChecked();
    m_ok->setEnabled(any);
}

} // namespace cutover::gui
