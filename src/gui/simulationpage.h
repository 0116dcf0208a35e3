// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartpage.h"

#include "schedule/montecarlo.h"

class QLabel;

namespace cutover::views {
class SimulationView;
} // namespace cutover::views

namespace cutover::gui {

/**
 * The Monte Carlo simulation of the document's plan (run off the UI thread by the view, with
 * progress and Cancel). Small plans re-run by themselves after edits; larger ones show that
 * the results are stale and re-run with one click.
 */
class SimulationPage : public ChartPage
{
    Q_OBJECT
public:
    explicit SimulationPage(Document *document, QWidget *parent = nullptr);

    views::ChartWidget *chart() const override;
    views::SimulationView *view() const { return m_view; }
    /** The simulation of the plan as it is now, or null (none yet, stale or running). */
    const SimulationResult *currentResult() const;

signals:
    /** A simulation of the current plan finished (the timeline shows its P80 deadline). */
    void resultChanged();

protected:
    void refresh() override;

private:
    QLabel *m_notice;
    views::SimulationView *m_view;
};

} // namespace cutover::gui
