// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartwidget.h"

#include "analysis/seriesselection.h"
#include "charts/lagchart.h"

#include <QSet>

class QChartView;

namespace cutover::charts {
class LagQChart;
}

namespace cutover::views {

/**
 * The lag chart (charts::LagQChart in a QChartView) with zoom (Ctrl+wheel or +/−, at the
 * mouse) and pan (drag, wheel, ←/→); Home shows everything; hovering shows the value and time
 * of the nearest point. Every viewport change re-queries each series' min/max index for the
 * plot's pixel columns and replaces the series' points, so a frame costs the same with 10
 * million points as with ten thousand.
 */
class MonitoringView : public ChartWidget
{
    Q_OBJECT
public:
    explicit MonitoringView(QWidget *parent = nullptr);

    /** New series/criteria (after an import or edit); the schedule places plan markers. */
    void setPlan(const Plan &plan, const Schedule *schedule = nullptr);
    /**
     * Or ready-made chart data (tests, benchmarks). The drawn series follow SeriesSelection's
     * rule (analysis/seriesselection.h), the one the report and `chart lag` use: the user's
     * choice kept by series id, new series a criterion watches added, else the default.
     */
    void setData(const charts::LagChartData &data);

    /** Every series of the plan (what the series list offers). */
    const charts::LagChartData &allData() const { return m_all; }
    /** What is drawn: allData() reduced to the selected series. */
    const charts::LagChartData &data() const { return m_data; }
    /** Indices into allData().series of the drawn series, ascending. */
    QList<int> selectedSeries() const { return m_selected; }
    /** Ids (MetricSeries::id) of the drawn series, for the report. */
    QStringList selectedSeriesIds() const;
    /** Whether the user has chosen the series (else the default rule applies). */
    bool hasUserSelection() const { return m_selection.isChosen(); }
    /** The choice as the Document keeps it (MonitoringPage mirrors it both ways). */
    const SeriesSelection &seriesSelection() const { return m_selection; }
    /** Applies a choice made elsewhere (the Document's); emits selectionChanged() if it differs. */
    void setSeriesSelection(const SeriesSelection &selection);
    /** Forgets the user's choice (another plan was opened): the default rule applies. */
    void resetSelection();
    /** Draws only these series (indices into allData().series). */
    void setSelectedSeries(const QList<int> &indices);
    const charts::LagViewport &viewport() const { return m_view; }
    void setViewport(const charts::LagViewport &viewport);
    void paintExport(QPainter *painter, const QRectF &rect) const override;
    /** The chart shown (for tests: its series, axes and items). */
    charts::LagQChart *chart() const { return m_chart; }

signals:
    /** The drawn series changed (user choice or new data). */
    void selectionChanged();

public slots:
    /** Draws every series. */
    void showAllSeries();
    /** Draws the series bound to a criterion (the default rule). */
    void showCriterionSeries();
    void zoomIn();
    void zoomOut();
    void fitAll();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    void zoomAt(double factor, double x);
    void panPixels(double dx);
    QRectF plot() const;
    void showViewport();
    void showTooltip(const QPoint &pos, const QPoint &globalPos);

    void applySelection(const QList<int> &indices, bool userChose);
    /** Redraws with m_selection resolved over m_all; emits selectionChanged() when `force` or the series changed. */
    void resolveSelection(bool force);

    charts::LagChartData m_all;
    charts::LagChartData m_data;
    QList<int> m_selected;
    SeriesSelection m_selection;
    charts::LagViewport m_view;
    QPoint m_lastPos;
    QChartView *m_chartView = nullptr;
    charts::LagQChart *m_chart = nullptr; ///< owned by m_chartView
};

} // namespace cutover::views
