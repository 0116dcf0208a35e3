// SPDX-License-Identifier: GPL-3.0-or-later
// The simulation and validation charts as QCharts: series, axis ranges and marker positions
// against values worked out by hand from the fixtures, marker labels laid out without overlap,
// empty states, and the painter entry points drawing through Qt Charts (vector text in SVG).
#include "chartfixtures.h"

#include "charts/chartitems.h"
#include "charts/qtcharts.h"
#include "charts/simulationchart.h"
#include "charts/validationchart.h"

#include <QAbstractAxis>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBuffer>
#include <QCategoryAxis>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QLineSeries>
#include <QPainter>
#include <QSvgGenerator>
#include <QTest>

#include <memory>

using namespace cutover;
using namespace cutover::charts;

namespace {

template<typename T>
T *findItem(QChart *chart)
{
    for (QGraphicsItem *item : chart->childItems()) {
        if (auto *found = dynamic_cast<T *>(item))
            return found;
    }
    return nullptr;
}

template<typename T>
T *findSeries(QChart *chart, const QString &objectName = {})
{
    for (QAbstractSeries *s : chart->series()) {
        auto *typed = qobject_cast<T *>(s);
        if (typed && (objectName.isEmpty() || s->objectName() == objectName))
            return typed;
    }
    return nullptr;
}

QValueAxis *axis(QChart *chart, Qt::Alignment alignment)
{
    const QList<QAbstractAxis *> axes = chart->axes(alignment == Qt::AlignBottom || alignment == Qt::AlignTop ? Qt::Horizontal : Qt::Vertical);
    for (QAbstractAxis *a : axes) {
        if (a->alignment() == alignment)
            return qobject_cast<QValueAxis *>(a);
    }
    return nullptr;
}

/**
 * Samples 1..40: nearest rank P50 = the 20th value (20), P80 = the 32nd (32), P95 =
 * ceil(0.95·40) = the 38th (38); 4 bins of width 39/4 = 9.75 from 1 hold ten samples each;
 * 36 of them (90 %) are ≤ the limit 36.
 */
OutcomeDistribution fixtureDistribution()
{
    QList<double> samples;
    for (int i = 40; i >= 1; --i)
        samples.append(i);
    OutcomeDistribution d = OutcomeDistribution::fromSamples(samples, 4, 36);
    d.title = QStringLiteral("Downtime");
    d.axisLabel = QStringLiteral("minutes");
    d.deterministic = 25;
    d.limitLabel = QStringLiteral("window end");
    d.probabilityLabel = QStringLiteral("fit");
    return d;
}

QImage rendered(QChart *chart, const QSize &size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    QtCharts::render(chart, &p, QRectF(QPointF(0, 0), size));
    return image;
}

} // namespace

class TestSimulationCharts : public QObject
{
    Q_OBJECT
private slots:
    void distributionSeriesAndAxes()
    {
        const OutcomeDistribution d = fixtureDistribution();
        const ChartStyle style = ChartStyle::forSize(QSizeF(800, 500));
        const std::unique_ptr<QChart> chart = SimulationRenderer::distributionChart(d, style, QSizeF(800, 500));
        // Histogram, S-curve, P50, P80, P95, limit, plan.
        QCOMPARE(chart->series().size(), 7);

        // x: the samples' range [1, 40] (limit and plan inside it) padded by 4 % of 39 = 1.56.
        QValueAxis *x = axis(chart.get(), Qt::AlignBottom);
        QVERIFY(x);
        QCOMPARE(x->min(), 1 - 1.56);
        QCOMPARE(x->max(), 40 + 1.56);
        QCOMPARE(x->titleText(), QStringLiteral("minutes"));
        // Counts on the left up to the fullest bin (10) and 5 % room; shares on the right 0-100 %.
        QValueAxis *counts = axis(chart.get(), Qt::AlignLeft);
        QValueAxis *shares = axis(chart.get(), Qt::AlignRight);
        QVERIFY(counts && shares);
        QCOMPARE(counts->min(), 0.0);
        QCOMPARE(counts->max(), 10.5);
        QCOMPARE(shares->min(), 0.0);
        QCOMPARE(shares->max(), 100.0);
        QVERIFY(qobject_cast<QCategoryAxis *>(shares)->categoriesLabels().contains(QStringLiteral("50 %")));

        // The histogram's outline: each bin up at its left edge, across at its count, down at its right edge.
        auto *histogram = findSeries<QAreaSeries>(chart.get(), QStringLiteral("histogram"));
        QVERIFY(histogram);
        const QList<QPointF> outline = histogram->upperSeries()->points();
        QCOMPARE(outline.size(), 4 * 4);
        const double edges[] = { 1, 10.75, 20.5, 30.25, 40 };
        for (int b = 0; b < 4; ++b) {
            QCOMPARE(outline[4 * b], QPointF(edges[b], 0));
            QCOMPARE(outline[4 * b + 1], QPointF(edges[b], 10));
            QCOMPARE(outline[4 * b + 2], QPointF(edges[b + 1], 10));
            QCOMPARE(outline[4 * b + 3], QPointF(edges[b + 1], 0));
        }
        QVERIFY(histogram->attachedAxes().contains(counts));

        // The S-curve in percent on the right axis: 1/40 at 1, 100 % at 40.
        auto *curve = findSeries<QLineSeries>(chart.get(), QStringLiteral("sCurve"));
        QVERIFY(curve);
        QVERIFY(curve->attachedAxes().contains(shares));
        QCOMPARE(curve->points().constFirst(), QPointF(1, 2.5));
        QCOMPARE(curve->points().constLast(), QPointF(40, 100));

        // Markers at the hand-worked percentiles, the limit and the plan, over the whole plot.
        const QList<QPair<QString, double>> expected = { { "P50", 20 }, { "P80", 32 }, { "P95", 38 }, { "limit", 36 }, { "plan", 25 } };
        for (const auto &[name, value] : expected) {
            auto *line = findSeries<QLineSeries>(chart.get(), name);
            QVERIFY2(line, qPrintable(name));
            QCOMPARE(line->points(), QList<QPointF>({ QPointF(value, 0), QPointF(value, 100) }));
        }
        QCOMPARE(findSeries<QLineSeries>(chart.get(), "P80")->pen().style(), Qt::DashLine);
        QCOMPARE(findSeries<QLineSeries>(chart.get(), "P50")->pen().style(), Qt::DotLine);
        QCOMPARE(findSeries<QLineSeries>(chart.get(), "P95")->pen().style(), Qt::DashDotLine);

        // Title and summary, the probability by hand: 35 of 40.
        auto *header = findItem<ChartHeaderItem>(chart.get());
        QVERIFY(header);
        QCOMPARE(header->lines().constFirst().text, QStringLiteral("Downtime"));
        QString summary;
        for (const ChartHeaderLine &l : header->lines())
            summary += l.text + QLatin1Char('\n');
        QVERIFY2(summary.contains(QStringLiteral("P50 20 min · P80 32 min · P95 38 min")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("90 % fit")), qPrintable(summary));
    }

    void markerLabelsBesideTheirLinesWithoutOverlap()
    {
        const OutcomeDistribution d = fixtureDistribution();
        for (const QSize size : { QSize(800, 500), QSize(420, 300), QSize(1600, 1000) }) {
            const ChartStyle style = ChartStyle::forSize(size);
            const std::unique_ptr<QChart> chart = SimulationRenderer::distributionChart(d, style, size);
            const QImage image = rendered(chart.get(), size);
            QVERIFY(!image.isNull());
            // After the layout, outside a scene again: the item still reads the chart's plot.
            auto *labels = findItem<MarkerLabelsItem>(chart.get());
            QVERIFY(labels);
            QCOMPARE(labels->markers().size(), 5);
            QCOMPARE(labels->markers()[1].label, QStringLiteral("P80 32 min"));
            auto *p80 = findSeries<QLineSeries>(chart.get(), "P80");
            const QList<double> xs = labels->positions();
            QCOMPARE(xs[1], chart->mapToPosition(QPointF(32, 0), p80).x());
            const QRectF plot = chart->plotArea();
            // P50 20 < plan 25 < P80 32 < limit 36 < P95 38 from left to right, inside the plot.
            QVERIFY(plot.left() < xs[0] && xs[0] < xs[4] && xs[4] < xs[1] && xs[1] < xs[3] && xs[3] < xs[2] && xs[2] < plot.right());
            const MarkerLabelPlacement placed = labels->placement();
            QCOMPARE(placed.rects.size(), 5);
            for (qsizetype i = 0; i < placed.rects.size(); ++i) {
                const QRectF r = placed.rects[i];
                // Above the plot, below the header, not covering its own line, touching it.
                QVERIFY(r.bottom() <= plot.top() + 0.5);
                QVERIFY(r.top() >= chart->margins().top() - MarkerLabelsItem::bandHeight(5, style) - 0.5);
                QVERIFY(r.right() <= xs[i] || r.left() >= xs[i]);
                QVERIFY(std::min(std::abs(r.left() - xs[i]), std::abs(r.right() - xs[i])) < style.fontPx);
                for (qsizetype j = 0; j < i; ++j)
                    QVERIFY2(!r.intersects(placed.rects[j]), qPrintable(QStringLiteral("%1x%2: %3 and %4").arg(size.width()).arg(size.height()).arg(i).arg(j)));
            }
        }
    }

    void limitOffTheAxisAtTheEdge()
    {
        OutcomeDistribution d = fixtureDistribution();
        d.limit = -100; // more than half the span (39) before the samples
        const std::unique_ptr<QChart> chart = SimulationRenderer::distributionChart(d, ChartStyle::forSize(QSizeF(800, 500)), QSizeF(800, 500));
        QValueAxis *x = axis(chart.get(), Qt::AlignBottom);
        QCOMPARE(x->min(), 1 - 1.56); // not widened to the limit
        auto *limit = findSeries<QLineSeries>(chart.get(), "limit");
        QVERIFY(limit);
        QCOMPARE(limit->points().constFirst().x(), x->min());
        QCOMPARE(findItem<MarkerLabelsItem>(chart.get())->markers()[3].label, QStringLiteral("◀ window end"));
    }

    void emptyDistributionSaysSo()
    {
        OutcomeDistribution d;
        d.title = QStringLiteral("Downtime");
        d.emptyText = QStringLiteral("No downtime to simulate");
        const std::unique_ptr<QChart> chart = SimulationRenderer::distributionChart(d, ChartStyle::forSize(QSizeF(800, 500)), QSizeF(800, 500));
        QVERIFY(chart->series().isEmpty());
        auto *message = findItem<ChartMessageItem>(chart.get());
        QVERIFY(message);
        QCOMPARE(message->text(), QStringLiteral("No downtime to simulate"));
        OutcomeDistribution none;
        const std::unique_ptr<QChart> plain = SimulationRenderer::distributionChart(none, ChartStyle::forSize(QSizeF(800, 500)), QSizeF(800, 500));
        QCOMPARE(findItem<ChartMessageItem>(plain.get())->text(), QStringLiteral("No simulation results yet."));
        QVERIFY(findItem<ChartMessageItem>(SimulationRenderer::criticalityChart({}, ChartStyle(), QSizeF(800, 500)).get()));
        QVERIFY(findItem<ChartMessageItem>(SimulationRenderer::tornadoChart({}, ChartStyle(), QSizeF(800, 500)).get()));
    }

    void criticalityBars()
    {
        // Five tasks, highest first (as SimulationChartData sorts them): 100 %, 80 %, 50 %, 49 %, 10 %.
        const QList<CriticalityBar> bars = {
            { "a", "Alpha", 1.0 }, { "b", "Beta", 0.8 }, { "c", "Gamma", 0.5 }, { "d", "Delta", 0.49 }, { "e", "Epsilon", 0.1 },
        };
        const ChartStyle style = ChartStyle::forSize(QSizeF(800, 500));
        const std::unique_ptr<QChart> chart = SimulationRenderer::criticalityChart(bars, style, QSizeF(800, 500));
        auto *series = findSeries<QHorizontalStackedBarSeries>(chart.get());
        QVERIFY(series);
        QCOMPARE(series->barSets().size(), 2);
        const QBarSet *critical = series->barSets()[0];
        const QBarSet *other = series->barSets()[1];
        // Categories count upwards: the last row is the highest.
        const QList<double> criticalValues = { 0, 0, 50, 80, 100 };
        const QList<double> otherValues = { 10, 49, 0, 0, 0 };
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(critical->at(i), criticalValues[i]);
            QCOMPARE(other->at(i), otherValues[i]);
        }
        QCOMPARE(critical->brush().style(), Qt::BDiagPattern); // hatched: not by hue alone
        QCOMPARE(other->brush().style(), Qt::SolidPattern);
        auto *categories = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Vertical).constFirst());
        QVERIFY(categories);
        QCOMPARE(categories->categories().constLast(), QStringLiteral("100 % · Alpha"));
        QCOMPARE(categories->categories().constFirst(), QStringLiteral("10 % · Epsilon"));
        QValueAxis *x = axis(chart.get(), Qt::AlignBottom);
        QCOMPARE(x->min(), 0.0);
        QCOMPARE(x->max(), 100.0);
        QVERIFY(chart->legend()->isVisible());

        // 60 tasks do not fit 500 px: as many rows as fit, the rest counted on the axis.
        QList<CriticalityBar> many;
        for (int i = 0; i < 60; ++i)
            many.append({ QString::number(i), QStringLiteral("Task %1").arg(i), 1.0 - i / 100.0 });
        const std::unique_ptr<QChart> crowded = SimulationRenderer::criticalityChart(many, style, QSizeF(800, 500));
        const qsizetype shown = findSeries<QHorizontalStackedBarSeries>(crowded.get())->barSets()[0]->count();
        QVERIFY(shown > 3 && shown < 60);
        QVERIFY(axis(crowded.get(), Qt::AlignBottom)->titleText().startsWith(QStringLiteral("share of runs · … and %1 more task").arg(60 - shown)));
        // Every shown row has room for its label (Qt Charts shortens a label taller than its row).
        rendered(crowded.get(), QSize(800, 500));
        QVERIFY(crowded->plotArea().height() / double(shown) >= QFontMetricsF(style.font(0.85)).height() * 1.3);
    }

    void tornadoFromTheMean()
    {
        SimulationChartData data;
        data.tornadoTarget = QStringLiteral("downtime");
        data.tornadoBase = 120;
        data.tornado = { { 0.9, "s", "Sync", 100, 160 }, { 0.4, "t", "Tests", 115, 130 } };
        const ChartStyle style = ChartStyle::forSize(QSizeF(800, 500));
        const std::unique_ptr<QChart> chart = SimulationRenderer::tornadoChart(data, style, QSizeF(800, 500));
        QCOMPARE(chart->title(), QStringLiteral("What moves downtime most"));
        auto *series = findSeries<QHorizontalBarSeries>(chart.get());
        QVERIFY(series);
        const QBarSet *fast = series->barSets()[0];
        const QBarSet *slow = series->barSets()[1];
        // Offsets from the mean 120, largest swing at the top (the last category).
        QCOMPARE(fast->at(1), 100.0 - 120.0);
        QCOMPARE(slow->at(1), 160.0 - 120.0);
        QCOMPARE(fast->at(0), 115.0 - 120.0);
        QCOMPARE(slow->at(0), 130.0 - 120.0);
        QCOMPARE(slow->brush().style(), Qt::BDiagPattern);
        // The axis spans 100..160 padded by 5 % of 60 (3), labelled in minutes, not offsets.
        auto *x = qobject_cast<QCategoryAxis *>(axis(chart.get(), Qt::AlignBottom));
        QVERIFY(x);
        QCOMPARE(x->min(), 97.0 - 120.0);
        QCOMPARE(x->max(), 163.0 - 120.0);
        QVERIFY(x->categoriesLabels().contains(QStringLiteral("120")));
        QCOMPARE(x->endValue(QStringLiteral("120")), 0.0);
        // The mean as a line at 0 through every row.
        QLineSeries *mean = findSeries<QLineSeries>(chart.get());
        QVERIFY(mean);
        QCOMPARE(mean->points(), QList<QPointF>({ QPointF(0, -0.5), QPointF(0, 1.5) }));
        QCOMPARE(mean->name(), QStringLiteral("mean, 2 h"));
    }

    void validationBars()
    {
        const ValidationSummary s = ValidationSummary::build(testing::fixtureValidation());
        const ChartStyle style = ChartStyle::forSize(QSizeF(800, 500));
        const std::unique_ptr<QChart> chart = ValidationRenderer::failingChart(s, style, QSizeF(800, 500));
        QCOMPARE(chart->title(), QStringLiteral("Failing objects by size of the difference"));
        auto *series = findSeries<QHorizontalBarSeries>(chart.get());
        QVERIFY(series);
        QVERIFY(series->isLabelsVisible());
        // The fixture's failures: order_items −9, payments −2; the largest at the top.
        const QBarSet *set = series->barSets().constFirst();
        QCOMPARE(set->count(), 2);
        QCOMPARE(set->at(1), 9.0);
        QCOMPARE(set->at(0), 2.0);
        auto *categories = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Vertical).constFirst());
        QVERIFY(categories->categories().constLast().startsWith(QStringLiteral("public.order_items")));
        QValueAxis *x = axis(chart.get(), Qt::AlignBottom);
        QCOMPARE(x->min(), 0.0);
        QVERIFY(x->max() >= 9.0);

        const std::unique_ptr<QChart> none = ValidationRenderer::failingChart({}, style, QSizeF(800, 500));
        QCOMPARE(findItem<ChartMessageItem>(none.get())->text(), QStringLiteral("No validation results imported."));
        ValidationSummary passed = s;
        passed.failed = 0;
        passed.failing.clear();
        const std::unique_ptr<QChart> good = ValidationRenderer::failingChart(passed, style, QSizeF(800, 500));
        QCOMPARE(good->title(), QStringLiteral("Every check passed"));
        QVERIFY(good->series().isEmpty());
    }

    void paintersDrawThroughQtChartsAsVector()
    {
        // The painter entry points (PNG/SVG export, report, chart command): the labels are text in SVG.
        const OutcomeDistribution d = fixtureDistribution();
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            QSvgGenerator svg;
            svg.setOutputDevice(&buffer);
            svg.setSize(QSize(800, 500));
            svg.setViewBox(QRect(0, 0, 800, 500));
            QPainter p(&svg);
            SimulationRenderer::paintDistribution(&p, QRectF(0, 0, 800, 500), d);
        }
        const QString text = QString::fromUtf8(buffer.data());
        QVERIFY(text.contains(QStringLiteral("P80 32 min")));
        QVERIFY(text.contains(QStringLiteral("window end")));
        QVERIFY(!text.contains(QStringLiteral("<image"))); // not a bitmap

        SimulationChartData data;
        data.title = QStringLiteral("Fixture");
        data.iterations = 40;
        data.finish = d;
        data.downtime = d;
        data.criticality = { { "a", "Alpha", 1.0 } };
        QImage image(1280, 720, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter p(&image);
            SimulationRenderer::paint(&p, QRectF(image.rect()), data);
        }
        // Background painted everywhere, and the histograms' fill in both top panels.
        QCOMPARE(qAlpha(image.pixel(5, 5)), 255);
        int blueLeft = 0, blueRight = 0;
        for (int y = 0; y < 360; y += 2) {
            for (int x = 0; x < 1280; x += 2) {
                const QColor c = image.pixelColor(x, y);
                if (c.blue() > 200 && c.red() < 170 && c.green() > 150 && c.green() < 225)
                    ++(x < 640 ? blueLeft : blueRight);
            }
        }
        QVERIFY2(blueLeft > 100 && blueRight > 100, qPrintable(QStringLiteral("%1 %2").arg(blueLeft).arg(blueRight)));
    }
};

QTEST_MAIN(TestSimulationCharts)
#include "test_simulationcharts.moc"
