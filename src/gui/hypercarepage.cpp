// SPDX-License-Identifier: GPL-3.0-or-later
#include "hypercarepage.h"

#include "document/changevaluecommand.h"
#include "document/document.h"
#include "document/sectionadapters.h"
#include "messagebanner.h"
#include "model/durationtext.h"
#include "sectiontableview.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QVBoxLayout>

namespace cutover::gui {

using P = Document::PlanProperty;

HypercarePage::HypercarePage(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_hours(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_banner(new MessageBanner(this))
    , m_slas(new SectionTableView(tr("SLA targets"), document, SectionAdapters::slas(), this))
    , m_contacts(new SectionTableView(tr("Contacts"), document, SectionAdapters::contacts(), this))
{
    m_hours->setPlaceholderText(tr("e.g. 72h or 3d"));
    m_hours->setToolTip(tr("How long hypercare lasts after go-live"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().height() * 5);
    auto *form = new QFormLayout;
    form->addRow(tr("&Duration:"), m_hours);
    form->addRow(tr("&Notes:"), m_notes);
    auto *tables = new QSplitter(Qt::Horizontal, this);
    tables->addWidget(m_slas);
    tables->addWidget(m_contacts);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_banner);
    layout->addWidget(tables, 1);
    setFocusProxy(m_hours);

    connect(m_hours, &QLineEdit::editingFinished, this, &HypercarePage::commitHours);
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        if (m_notes->toPlainText() != m_document->plan().hypercare.notes)
            m_document->push(new ChangePlanPropertyCommand(m_document, {P::HypercareNotes}, m_notes->toPlainText()));
    });
    connect(document, &Document::planPropertyChanged, this, &HypercarePage::load);
    connect(document, &Document::planReset, this, &HypercarePage::load);
    connect(document, &Document::readOnlyChanged, this, &HypercarePage::load);
    connect(m_slas, &SectionTableView::statusMessage, this, &HypercarePage::statusMessage);
    connect(m_contacts, &SectionTableView::statusMessage, this, &HypercarePage::statusMessage);
    load();
}

void HypercarePage::load()
{
    m_loading = true;
    const Hypercare &h = m_document->plan().hypercare;
    m_hours->setText(h.durationHours > 0 ? DurationText::formatCompact(h.durationHours * 60.0) : QString());
    if (m_notes->toPlainText() != h.notes)
        m_notes->setPlainText(h.notes);
    m_hours->setReadOnly(m_document->isReadOnly());
    m_notes->setReadOnly(m_document->isReadOnly());
    m_loading = false;
}

void HypercarePage::commitHours()
{
    if (m_loading)
        return;
    const QString text = m_hours->text().trimmed();
    // A bare number here means hours, the unit hypercare is planned in.
    bool bare = false;
    const double hoursOnly = QString(text).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&bare);
    std::optional<double> minutes = bare ? std::optional<double>(hoursOnly * 60.0) : DurationText::parseMinutes(text);
    if (text.isEmpty())
        minutes = 0.0;
    if (!minutes || *minutes < 0) {
        m_banner->showError(tr("Duration: cannot read \"%1\" (expected e.g. 72, 72h or 3d)").arg(text));
        return;
    }
    m_banner->clearMessage();
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
