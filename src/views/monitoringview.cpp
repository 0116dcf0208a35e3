// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitoringview.h"

#include "charts/lagqchart.h"

#include <QChartView>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace cutover::views {

namespace {
constexpr qint64 kMinSpanMs = 10'000;
} // namespace

MonitoringView::MonitoringView(QWidget *parent) : ChartWidget(parent)
{
    setExportName(QStringLiteral("lag"));
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Monitoring"));
    setMouseTracking(true);
    m_view.showTitle = false;
    m_chart = new charts::LagQChart;
    m_chartView = new QChartView(m_chart, this);
    m_chartView->setFrameShape(QFrame::NoFrame);
    m_chartView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_chartView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_chartView->setRenderHint(QPainter::Antialiasing, true);
    m_chartView->setRubberBand(QChartView::NoRubberBand); // a drag pans, as on the timeline
    // Mouse and keys go to this widget (zoom, pan, tooltip); the chart view only paints.
    m_chartView->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_chartView->setFocusPolicy(Qt::NoFocus);
    m_chartView->setGeometry(rect());
    m_chart->setViewport(m_view);
}

void MonitoringView::setPlan(const Plan &plan, const Schedule *schedule)
{
    setData(charts::LagChartData::build(plan, schedule));
}

void MonitoringView::setData(const charts::LagChartData &data)
{
    qint64 oldT0 = 0, oldT1 = 0;
    const bool had = m_all.timeRange(&oldT0, &oldT1);
    m_all = data;
    if (m_all.totalSeries < m_all.series.size())
        m_all.totalSeries = int(m_all.series.size());
    m_selected = m_selection.peek(m_all.seriesIds(), m_all.criterionSeries());
    m_data = m_all.selected(m_selected);
    m_chart->setData(m_data);
    emit selectionChanged();
    qint64 t0 = 0, t1 = 0;
    // Keep the zoom while the data covers the same time; show everything when it changed.
    if (!had || !m_all.timeRange(&t0, &t1) || t0 != oldT0 || t1 != oldT1)
        fitAll();
    else
        showViewport();
}

QStringList MonitoringView::selectedSeriesIds() const
{
    QStringList ids;
    for (int i : m_selected)
        ids.append(m_all.series[i].id);
    return ids;
}

void MonitoringView::applySelection(const QList<int> &indices, bool userChose)
{
    QList<int> sorted;
    for (int i : indices) {
        if (i >= 0 && i < m_all.series.size() && !sorted.contains(i))
            sorted.append(i);
    }
    std::sort(sorted.begin(), sorted.end());
    const SeriesSelection before = m_selection;
    if (userChose)
        m_selection.choose(m_all.seriesIds(), sorted);
    else
        m_selection.reset();
    resolveSelection(!(before == m_selection));
}

void MonitoringView::resolveSelection(bool force)
{
    const QList<int> selected = m_selection.peek(m_all.seriesIds(), m_all.criterionSeries());
    if (selected == m_selected && !force)
        return;
    if (selected != m_selected) {
        m_selected = selected;
        m_data = m_all.selected(m_selected);
        m_chart->setData(m_data);
        showViewport();
    }
    emit selectionChanged();
}

void MonitoringView::setSeriesSelection(const SeriesSelection &selection)
{
    if (selection == m_selection)
        return;
    m_selection = selection;
    resolveSelection(true);
}

void MonitoringView::setSelectedSeries(const QList<int> &indices)
{
    applySelection(indices, true);
}

void MonitoringView::showAllSeries()
{
    QList<int> all;
    for (qsizetype i = 0; i < m_all.series.size(); ++i)
        all.append(int(i));
    applySelection(all, true);
}

void MonitoringView::resetSelection()
{
    applySelection({}, false);
}

void MonitoringView::showCriterionSeries()
{
    applySelection({}, false);
}

void MonitoringView::setViewport(const charts::LagViewport &viewport)
{
    m_view = viewport;
    m_view.showTitle = false;
    showViewport();
}

void MonitoringView::showViewport()
{
    m_chart->setViewport(m_view);
}

void MonitoringView::fitAll()
{
    const charts::LagViewport whole = charts::LagQChart::wholeRange(m_all);
    m_view.t0 = whole.t0;
    m_view.t1 = whole.t1;
    showViewport();
}

QRectF MonitoringView::plot() const
{
    return charts::LagQChart::plotRect(QRectF(rect()), m_data, m_view);
}

void MonitoringView::zoomAt(double factor, double x)
{
    if (m_view.t1 <= m_view.t0)
        return;
    const QRectF pr = plot();
    const double share = x >= pr.left() && x <= pr.right() ? (x - pr.left()) / pr.width() : 0.5;
    const double anchor = double(m_view.t0) + share * double(m_view.t1 - m_view.t0);
    qint64 t0 = 0, t1 = 0;
    m_all.timeRange(&t0, &t1);
    const double maxSpan = std::max<double>(kMinSpanMs, double(t1 - t0) * 4.0);
    const double span = std::clamp(double(m_view.t1 - m_view.t0) / factor, double(kMinSpanMs), maxSpan);
    m_view.t0 = qint64(std::llround(anchor - share * span));
    m_view.t1 = m_view.t0 + qint64(std::llround(span));
    showViewport();
}

void MonitoringView::zoomIn()
{
    zoomAt(1.5, -1);
}

void MonitoringView::zoomOut()
{
    zoomAt(1 / 1.5, -1);
}

void MonitoringView::panPixels(double dx)
{
    const QRectF pr = plot();
    if (pr.width() <= 0)
        return;
    const qint64 ms = qint64(std::llround(dx / pr.width() * double(m_view.t1 - m_view.t0)));
    m_view.t0 -= ms;
    m_view.t1 -= ms;
    showViewport();
}

void MonitoringView::paintExport(QPainter *painter, const QRectF &rect) const
{
    charts::LagViewport v = m_view;
    v.showTitle = true;
    charts::LagQChart::paint(painter, rect, m_data, v);
}

void MonitoringView::resizeEvent(QResizeEvent *event)
{
    ChartWidget::resizeEvent(event);
    m_chartView->setGeometry(rect());
}

void MonitoringView::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (event->modifiers() & Qt::ControlModifier)
        zoomAt(std::pow(1.0015, delta.y()), event->position().x());
    else
        panPixels((delta.x() != 0 ? delta.x() : delta.y()) / 2.0);
    event->accept();
}

void MonitoringView::mousePressEvent(QMouseEvent *event)
{
    m_lastPos = event->position().toPoint();
    setFocus(Qt::MouseFocusReason);
    ChartWidget::mousePressEvent(event);
}

void MonitoringView::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton) {
        const QPoint pos = event->position().toPoint();
        panPixels(pos.x() - m_lastPos.x());
        m_lastPos = pos;
        QToolTip::hideText();
    } else {
        showTooltip(event->position().toPoint(), event->globalPosition().toPoint());
    }
}

void MonitoringView::showTooltip(const QPoint &pos, const QPoint &globalPos)
{
    int series = -1;
    qint64 ms = 0;
    double value = 0;
    // The chart view shows the chart at the widget's origin, unscaled: widget and chart coordinates agree.
    if (!m_chart->nearestPoint(QPointF(pos), 24.0, &series, &ms, &value)) {
        QToolTip::hideText();
        return;
    }
    const charts::LagSeries &s = m_data.series[series];
    const QDateTime at = m_data.zone.isValid() ? QDateTime::fromMSecsSinceEpoch(ms, m_data.zone) : QDateTime::fromMSecsSinceEpoch(ms);
    // Series, value with unit, time: nothing to translate.
    const QString text = QStringLiteral("%1\n%2 %3\n%4").arg(s.label, QLocale().toString(value, 'g', 6), s.unit,
                                                  QLocale().toString(at, QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    QToolTip::showText(globalPos, text.trimmed(), this);
}

void MonitoringView::leaveEvent(QEvent *event)
{
    QToolTip::hideText();
    ChartWidget::leaveEvent(event);
}

void MonitoringView::keyPressEvent(QKeyEvent *event)
{
    const QRectF pr = plot();
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomIn(); break;
    case Qt::Key_Minus: zoomOut(); break;
    case Qt::Key_Left: panPixels(pr.width() * 0.1); break;
    case Qt::Key_Right: panPixels(-pr.width() * 0.1); break;
    case Qt::Key_Home: fitAll(); break;
    default: ChartWidget::keyPressEvent(event); return;
    }
    event->accept();
}

} // namespace cutover::views
