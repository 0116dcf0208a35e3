// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinepage.h"

#include "document/document.h"
#include "simulationpage.h"
#include "views/timelineview.h"

#include <QLabel>
#include <QToolBar>
#include <QVBoxLayout>

namespace cutover::gui {

TimelinePage::TimelinePage(Document *document, const SimulationPage *simulation, QWidget *parent)
    : ChartPage(document, QStringLiteral("timeline"), parent)
    , m_simulation(simulation)
    , m_notice(new QLabel(this))
    , m_view(new views::TimelineView(this))
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
    m_view->setPlan(document()->plan(), schedule.value(), simulation);
}

} // namespace cutover::gui
