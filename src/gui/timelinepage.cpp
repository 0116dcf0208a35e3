// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinepage.h"

#include "document/document.h"
#include "icons.h"
#include "views/timelineview.h"

#include <QAction>
#include <QLabel>
#include <QToolBar>
#include <QVBoxLayout>

namespace cutover::gui {

TimelinePage::TimelinePage(Document *document, QWidget *parent)
    : ChartPage(document, QStringLiteral("timeline"), parent)
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
    toolBar()->addAction(Icons::icon(Icons::Action::ZoomIn), tr("Zoom &in"), m_view, &views::TimelineView::zoomIn)->setToolTip(tr("Zoom in (+ or Ctrl+wheel)"));
    toolBar()->addAction(Icons::icon(Icons::Action::ZoomOut), tr("Zoom &out"), m_view, &views::TimelineView::zoomOut)->setToolTip(tr("Zoom out (− or Ctrl+wheel)"));
    toolBar()->addAction(Icons::icon(Icons::Action::ZoomFit), tr("&Whole plan"), m_view, &views::TimelineView::fitAll)->setToolTip(tr("Show the whole plan (Home)"));
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
    // Plan edits arrive through Document::scheduleChanged (ChartPage); a finished simulation
    // brings the P80 deadline and ghost bars.
    connect(document->analysis(), &PlanAnalysis::changed, this, [this](PlanAnalysis::Inputs what) {
        if (what == PlanAnalysis::Inputs(PlanAnalysis::Simulation))
            invalidate();
    });
}

views::ChartWidget *TimelinePage::chart() const
{
    return m_view;
}

void TimelinePage::refresh()
{
    const PlanAnalysis *analysis = document()->analysis();
    const PlanSummary &summary = analysis->summary();
    if (summary.verdictWithheld()) {
        m_notice->setText(tr("Timeline %1. Fix it in the Problems panel.").arg(summary.withheldReason));
        m_notice->show();
        m_view->hide();
        updateGhostBarsAction(nullptr);
        return;
    }
    m_notice->hide();
    m_view->show();
    const Result<Schedule> &schedule = analysis->schedule();
    const SimulationResult *simulation = analysis->currentSimulation();
    updateGhostBarsAction(simulation);
    m_view->setGhostBars(m_ghostBars->isChecked());
    m_view->setPlan(document()->plan(), schedule.value(), simulation);
    m_view->setRollbackDeadlines(summary.deadlineLikely, summary.deadlineP80);
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
