// SPDX-License-Identifier: GPL-3.0-or-later
#include "qtcharts.h"

#include <QAbstractAxis>
#include <QChart>
#include <QGraphicsScene>
#include <QLegend>
#include <QPainter>

namespace cutover::charts {

void QtCharts::applyTheme(QChart *chart, const ChartStyle &style)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    chart->setBackgroundBrush(ChartStyle::background());
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setMargins(QMargins(int(style.margin / 2), int(style.margin / 2), int(style.margin / 2), int(style.margin / 2)));
    chart->setTitleFont(style.font(1.25, true));
    chart->setTitleBrush(ChartStyle::text());
    if (QLegend *legend = chart->legend()) {
        legend->setFont(style.font(0.9));
        legend->setLabelColor(ChartStyle::text());
        legend->setBackgroundVisible(false);
    }
    for (QAbstractAxis *axis : chart->axes())
        applyTheme(axis, style);
}

void QtCharts::applyTheme(QAbstractAxis *axis, const ChartStyle &style)
{
    axis->setLabelsFont(style.font(0.85));
    axis->setLabelsColor(ChartStyle::mutedText());
    axis->setTitleFont(style.font(0.9));
    axis->setTitleBrush(ChartStyle::text());
    axis->setLinePen(QPen(ChartStyle::mutedText(), 1.0));
    axis->setGridLinePen(QPen(ChartStyle::grid(), 1.0));
    axis->setMinorGridLinePen(QPen(ChartStyle::grid().lighter(110), 0.5));
    axis->setShadesVisible(false);
}

void QtCharts::render(QChart *chart, QPainter *painter, const QRectF &rect)
{
    QGraphicsScene *const previous = chart->scene();
    QGraphicsScene scene;
    if (previous)
        previous->removeItem(chart);
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), rect.size()));
    scene.setSceneRect(QRectF(QPointF(0, 0), rect.size()));
    const QRectF source(QPointF(0, 0), rect.size());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    scene.render(painter, rect, source, Qt::IgnoreAspectRatio);
    painter->restore();
    scene.removeItem(chart);
    if (previous)
        previous->addItem(chart);
}

} // namespace cutover::charts
