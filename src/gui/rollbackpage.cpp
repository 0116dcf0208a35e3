// SPDX-License-Identifier: GPL-3.0-or-later
#include "rollbackpage.h"

#include "document/document.h"
#include "document/sectionadapters.h"
#include "document/taskfieldtext.h"
#include "model/durationtext.h"
#include "sectiontableview.h"

#include <QLabel>
#include <QSettings>
#include <QSplitter>
#include <QVBoxLayout>

namespace cutover::gui {

RollbackPage::RollbackPage(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_summary(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_steps(new SectionTableView(tr("Rollback steps"), document, SectionAdapters::rollbackTasks(), this))
    , m_criteria(new SectionTableView(tr("Rollback criteria"), document, SectionAdapters::criteria(), this))
{
    m_summary->setWordWrap(true);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_steps, 1);
    topLayout->addWidget(m_summary);
    m_splitter->addWidget(top);
    m_splitter->addWidget(m_criteria);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    setFocusProxy(m_steps);
    connect(document->analysis(), &PlanAnalysis::changed, this, &RollbackPage::updateSummary);
    connect(m_steps, &SectionTableView::statusMessage, this, &RollbackPage::statusMessage);
    connect(m_criteria, &SectionTableView::statusMessage, this, &RollbackPage::statusMessage);
    updateSummary();
}

void RollbackPage::updateSummary()
{
    const Plan &plan = m_document->plan();
    const PlanSummary &s = m_document->analysis()->summary();
    if (!s.scheduled || s.verdictWithheld()) {
        m_summary->setText(tr("Rollback deadline and margin %1.").arg(s.withheldReason));
        return;
    }
    if (!s.hasRollback) {
        m_summary->setText(tr("No rollback steps planned: there is no rollback deadline."));
        return;
    }
    QString text = s.rollbackP80 ? tr("A rollback takes %1 (likely), %2 (P80).")
                                       .arg(DurationText::format(s.rollbackLikely), DurationText::format(*s.rollbackP80))
                                 : tr("A rollback takes %1 (likely).").arg(DurationText::format(s.rollbackLikely));
    if (s.deadlineLikely.isValid()) {
        text += QLatin1Char(' ') + tr("It must start by %1 (likely)").arg(TaskFieldText::formatTime(plan, s.deadlineLikely));
        text += s.deadlineP80.isValid() ? tr(" or by %1 (P80)").arg(TaskFieldText::formatTime(plan, s.deadlineP80))
                                        : QString();
        text += tr(" to finish inside the window.");
    } else {
        text += QLatin1Char(' ') + tr("Set a maintenance window to get the rollback deadline.");
    }
    const QString missing = s.marginMissingText();
    if (missing.isEmpty()) {
        text += QLatin1Char(' ') + tr("Margin from %1: %2 (likely)").arg(s.marginAnchorText(), PlanSummary::marginValueText(s.marginLikely));
        if (s.marginP80)
            text += tr(", %1 (P80)").arg(PlanSummary::marginValueText(s.marginP80));
        text += QLatin1Char('.');
    }
    if (!s.simulationCurrent)
        text += QLatin1Char(' ') + tr("P80 figures need a current simulation (Simulation page).");
    m_summary->setText(text);
}

void RollbackPage::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("rollback/splitter"), m_splitter->saveState());
    m_steps->saveSettings(settings, QStringLiteral("rollback/steps"));
    m_criteria->saveSettings(settings, QStringLiteral("rollback/criteria"));
}

void RollbackPage::restoreSettings(const QSettings &settings)
{
    const QByteArray state = settings.value(QStringLiteral("rollback/splitter")).toByteArray();
    if (!state.isEmpty())
        m_splitter->restoreState(state);
    m_steps->restoreSettings(settings, QStringLiteral("rollback/steps"));
    m_criteria->restoreSettings(settings, QStringLiteral("rollback/criteria"));
}

} // namespace cutover::gui
