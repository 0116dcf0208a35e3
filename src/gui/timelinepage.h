// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartpage.h"

class QLabel;

namespace cutover::views {
class TimelineView;
} // namespace cutover::views

namespace cutover::gui {

class SimulationPage;

/**
 * The Gantt timeline of the document's schedule, with zoom actions, the P80 rollback deadline
 * once a simulation of the current plan has run, and a one-line notice instead of the chart
 * when the plan cannot be scheduled.
 */
class TimelinePage : public ChartPage
{
    Q_OBJECT
public:
    /** `simulation` (may be null) provides the P80 rollback deadline when its result is current. */
    TimelinePage(Document *document, const SimulationPage *simulation, QWidget *parent = nullptr);

    views::ChartWidget *chart() const override;
    views::TimelineView *view() const { return m_view; }
    QLabel *notice() const { return m_notice; }

protected:
    void refresh() override;

private:
    const SimulationPage *m_simulation;
    QLabel *m_notice;
    views::TimelineView *m_view;
};

} // namespace cutover::gui
