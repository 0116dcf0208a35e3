// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartwidget.h"

#include "charts/lagchart.h"

namespace cutover::views {

/**
 * The lag chart with zoom (Ctrl+wheel or +/−, at the mouse) and pan (drag, wheel, ←/→); Home
 * shows everything. Every frame downsamples each series to the plot's pixel columns through
 * its min/max index, so a frame costs the same with 10 million points as with ten thousand.
 */
class MonitoringView : public ChartWidget
{
    Q_OBJECT
public:
    explicit MonitoringView(QWidget *parent = nullptr);

    /** New series/criteria (after an import or edit); the schedule places plan markers. */
    void setPlan(const Plan &plan, const Schedule *schedule = nullptr);
    /** Or ready-made chart data (tests, benchmarks). */
    void setData(const charts::LagChartData &data);

    const charts::LagChartData &data() const { return m_data; }
    const charts::LagViewport &viewport() const { return m_view; }
    void setViewport(const charts::LagViewport &viewport);
    void paintExport(QPainter *painter, const QRectF &rect) const override;

public slots:
    void zoomIn();
    void zoomOut();
    void fitAll();

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void zoomAt(double factor, double x);
    void panPixels(double dx);
    QRectF plot() const;

    charts::LagChartData m_data;
    charts::LagViewport m_view;
    QPoint m_lastPos;
};

} // namespace cutover::views
