// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartpage.h"

class QAction;
class QLabel;

namespace cutover {
struct SimulationResult;
} // namespace cutover

namespace cutover::views {
class TimelineView;
} // namespace cutover::views

namespace cutover::gui {

/**
 * The Gantt timeline of the document's analysis: its schedule, with zoom actions, the P80
 * rollback deadline and P80 ghost bars (checkable) once the analysis holds a current
 * simulation, and a one-line notice ("not computed: <first error>") instead of the chart when
 * the plan's errors withhold the verdict. An edit makes the simulation stale, and the P80
 * items go until it has run again. One edit redraws the chart once.
 */
class TimelinePage : public ChartPage
{
    Q_OBJECT
public:
    explicit TimelinePage(Document *document, QWidget *parent = nullptr);

    views::ChartWidget *chart() const override;
    views::TimelineView *view() const { return m_view; }
    QLabel *notice() const { return m_notice; }
    /** "P80 ghost bars": enabled while a current simulation has per-task P80 finishes. */
    QAction *ghostBarsAction() const { return m_ghostBars; }

protected:
    void refresh() override;

private:
    void updateGhostBarsAction(const SimulationResult *simulation);

    QLabel *m_notice;
    views::TimelineView *m_view;
    QAction *m_ghostBars;
    bool m_ghostBarsWanted = true; // the user's choice, kept while the action is disabled
};

} // namespace cutover::gui
