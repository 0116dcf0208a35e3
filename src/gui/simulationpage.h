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
 * The Monte Carlo simulation of the document's plan: the document's PlanAnalysis runs it off
 * the UI thread (the view drives it, with progress and Cancel). Small plans re-run by
 * themselves after edits; larger ones show that the results are stale and re-run with one
 * click. A plan whose errors withhold the verdict is not simulated: the page says why.
 */
class SimulationPage : public ChartPage
{
    Q_OBJECT
public:
    explicit SimulationPage(Document *document, QWidget *parent = nullptr);

    views::ChartWidget *chart() const override;
    views::SimulationView *view() const { return m_view; }
    /** The analysis's simulation of the plan as it is now, or null (none yet, or stale). */
    const SimulationResult *currentResult() const;

signals:
    /** A simulation of the current plan finished. */
    void resultChanged();

protected:
    void refresh() override;

private:
    QLabel *m_notice;
    views::SimulationView *m_view;
};

} // namespace cutover::gui
