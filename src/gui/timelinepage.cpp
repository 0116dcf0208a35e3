// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinepage.h"

#include "document/document.h"
#include "simulationpage.h"
#include "views/timelineview.h"

#include <QAction>
#include <QLabel>
#include <QToolBar>
#include <QVBoxLayout>

namespace cutover::gui {

TimelinePage::TimelinePage(Document *document, const SimulationPage *simulation, QWidget *parent)
    : ChartPage(document, QStringLiteral("timeline"), parent)
    , m_simulation(simulation)
    , m_notice(new QLabel(this))
    , m_view(new views::TimelineView(this))
    , m_ghostBars(new QAction(tr("P80 &ghost bars"), this))
{
    setObjectName(QStringLiteral("timelinePage"));
    m_view->setExportName(QStringLiteral("timeline"));
    m_notice->setObjectName(QStringLiteral("timelineNotice"));
    m_notice->setWordWrap(true);
    m_notice->setContentsMargins(12, 8, 12, 8);
    m_notice->hide();
    toolBar()->addAction(tr("Zoom &in"), m_view, &views::TimelineView::zoomIn)->setToolTip(tr("Zoom in (+ or Ctrl+wheel)"));
    toolBar()->addAction(tr("Zoom &out"), m_view, &views::TimelineView::zoomOut)->setToolTip(tr("Zoom out (− or Ctrl+wheel)"));
    toolBar()->addAction(tr("&Whole plan"), m_view, &views::TimelineView::fitAll)->setToolTip(tr("Show the whole plan (Home)"));
    toolBar()->addSeparator();
    m_ghostBars->setObjectName(QStringLiteral("ghostBarsAction"));
    m_ghostBars->setCheckable(true);
    toolBar()->addAction(m_ghostBars);
    connect(m_ghostBars, &QAction::triggered, this, [this](bool checked) {
        m_ghostBarsWanted = checked;
        invalidate();
    });
    updateGhostBarsAction(nullptr);
    addExportActions();
    contentLayout()->addWidget(m_notice);
    contentLayout()->addWidget(m_view, 1);
}

views::ChartWidget *TimelinePage::chart() const
{
    return m_view;
}

void TimelinePage::refresh()
{
    const Result<Schedule> &schedule = document()->schedule();
    if (!schedule.ok()) {
        m_notice->setText(tr("The plan cannot be scheduled, so the timeline shows its last state: %1").arg(schedule.errorString()));
        m_notice->show();
        return;
    }
    m_notice->hide();
    const SimulationResult *simulation = m_simulation ? m_simulation->currentResult() : nullptr;
    updateGhostBarsAction(simulation);
    m_view->setGhostBars(m_ghostBars->isChecked());
    m_view->setPlan(document()->plan(), schedule.value(), simulation);
}

void TimelinePage::updateGhostBarsAction(const SimulationResult *simulation)
{
    const bool available = simulation && !simulation->taskFinishP80.isEmpty();
    m_ghostBars->setEnabled(available);
    m_ghostBars->setChecked(available && m_ghostBarsWanted);
    m_ghostBars->setToolTip(available ? tr("Show how far each task may run at P80 (80 % of the simulated runs finish by "
                                           "the end of its lighter bar)")
                                      : tr("Run the simulation first"));
}

} // namespace cutover::gui
