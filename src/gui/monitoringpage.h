// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartpage.h"

class QLabel;
class QTabWidget;

namespace cutover::views {
class CriteriaBoardView;
class MonitoringView;
class SeriesListWidget;
} // namespace cutover::views

namespace cutover::gui {

/**
 * Imported monitoring data: the lag chart (series, thresholds, breaches, plan markers) with
 * the list of series to draw beside it, and the criteria board (every rollback criterion's
 * live status), each on its own tab.
 */
class MonitoringPage : public ChartPage
{
    Q_OBJECT
public:
    explicit MonitoringPage(Document *document, QWidget *parent = nullptr);

    /** The chart of the current tab. */
    views::ChartWidget *chart() const override;
    views::MonitoringView *lagView() const { return m_lag; }
    /** The checkable series list beside the lag chart. */
    views::SeriesListWidget *seriesList() const { return m_series; }
    views::CriteriaBoardView *board() const { return m_board; }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *notice() const { return m_notice; }

signals:
    /** The user asked to import files (the page's Import button). */
    void importRequested();

protected:
    void refresh() override;

private:
    QLabel *m_notice;
    QTabWidget *m_tabs;
    views::MonitoringView *m_lag;
    views::SeriesListWidget *m_series;
    views::CriteriaBoardView *m_board;
};

} // namespace cutover::gui
