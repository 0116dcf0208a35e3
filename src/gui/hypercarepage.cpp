// SPDX-License-Identifier: GPL-3.0-or-later
#include "hypercarepage.h"

#include "document/changevaluecommand.h"
#include "document/document.h"
#include "document/sectionadapters.h"
#include "messagebanner.h"
#include "model/durationtext.h"
#include "sectiontableview.h"
#include "ui_hypercarepage.h"

namespace cutover::gui {

using P = Document::PlanProperty;

HypercarePage::HypercarePage(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_ui(std::make_unique<Ui::HypercarePage>())
{
    m_ui->setupUi(this);
    m_slas = new SectionTableView(tr("SLA targets"), document, SectionAdapters::slas(), m_ui->tables);
    m_contacts = new SectionTableView(tr("Contacts"), document, SectionAdapters::contacts(), m_ui->tables);
    m_ui->tables->addWidget(m_slas);
    m_ui->tables->addWidget(m_contacts);
    m_ui->notes->setMaximumHeight(m_ui->notes->fontMetrics().height() * 5);
    setFocusProxy(m_ui->hours);

    connect(m_ui->hours, &QLineEdit::editingFinished, this, &HypercarePage::commitHours);
    connect(m_ui->notes, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        if (m_ui->notes->toPlainText() != m_document->plan().hypercare.notes)
            m_document->push(new ChangePlanPropertyCommand(m_document, {P::HypercareNotes}, m_ui->notes->toPlainText()));
    });
    connect(document, &Document::planPropertyChanged, this, &HypercarePage::load);
    connect(document, &Document::planReset, this, &HypercarePage::load);
    connect(document, &Document::readOnlyChanged, this, &HypercarePage::load);
    connect(m_slas, &SectionTableView::statusMessage, this, &HypercarePage::statusMessage);
    connect(m_contacts, &SectionTableView::statusMessage, this, &HypercarePage::statusMessage);
    load();
}

HypercarePage::~HypercarePage() = default;

QLineEdit *HypercarePage::hoursEdit() const
{
    return m_ui->hours;
}

void HypercarePage::load()
{
    m_loading = true;
    const Hypercare &h = m_document->plan().hypercare;
    m_ui->hours->setText(h.durationHours > 0 ? DurationText::formatCompact(h.durationHours * 60.0) : QString());
    if (m_ui->notes->toPlainText() != h.notes)
        m_ui->notes->setPlainText(h.notes);
    m_ui->hours->setReadOnly(m_document->isReadOnly());
    m_ui->notes->setReadOnly(m_document->isReadOnly());
    m_loading = false;
}

void HypercarePage::commitHours()
{
    if (m_loading)
        return;
    const QString text = m_ui->hours->text().trimmed();
    // A bare number here means hours, the unit hypercare is planned in.
    bool bare = false;
    const double hoursOnly = QString(text).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&bare);
    std::optional<double> minutes = bare ? std::optional<double>(hoursOnly * 60.0) : DurationText::parseMinutes(text);
    if (text.isEmpty())
        minutes = 0.0;
    if (!minutes || *minutes < 0) {
        m_ui->banner->showError(tr("Duration: cannot read \"%1\" (expected e.g. 72, 72h or 3d)").arg(text));
        return;
    }
    m_ui->banner->clearMessage();
    const double hours = *minutes / 60.0;
    if (hours != m_document->plan().hypercare.durationHours)
        m_document->push(new ChangePlanPropertyCommand(m_document, {P::HypercareHours}, hours));
}

void HypercarePage::saveSettings(QSettings &settings) const
{
    m_slas->saveSettings(settings, QStringLiteral("hypercare/slas"));
    m_contacts->saveSettings(settings, QStringLiteral("hypercare/contacts"));
}

void HypercarePage::restoreSettings(const QSettings &settings)
{
    m_slas->restoreSettings(settings, QStringLiteral("hypercare/slas"));
    m_contacts->restoreSettings(settings, QStringLiteral("hypercare/contacts"));
}

} // namespace cutover::gui
