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
    connect(document, &Document::scheduleChanged, this, &RollbackPage::updateSummary);
    connect(m_steps, &SectionTableView::statusMessage, this, &RollbackPage::statusMessage);
    connect(m_criteria, &SectionTableView::statusMessage, this, &RollbackPage::statusMessage);
    updateSummary();
}

void RollbackPage::updateSummary()
{
    const Plan &plan = m_document->plan();
    const auto &schedule = m_document->schedule();
    if (!schedule) {
        m_summary->setText(tr("Cannot schedule the plan: %1").arg(schedule.errorString()));
        return;
    }
    QString text = tr("A rollback takes %1 at likely durations.").arg(DurationText::format(schedule->rollbackDuration));
    if (schedule->rollbackDeadline.isValid())
        text += QLatin1Char(' ') + tr("It must start by %1 to finish inside the window.")
                                       .arg(TaskFieldText::formatTime(plan, schedule->rollbackDeadline));
    else
        text += QLatin1Char(' ') + tr("Set a maintenance window to get the rollback deadline.");
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
