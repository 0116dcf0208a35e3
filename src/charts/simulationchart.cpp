// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulationchart.h"

#include "chartitems.h"
#include "model/durationtext.h"
#include "qtcharts.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <functional>

namespace cutover::charts {

namespace {

/** Most x-axis ticks drawn, whatever the range (a bound by construction, not by value). */
constexpr qsizetype kMaxTicks = 200;
/**
 * Title, axis labels, axis title and legend of a bar panel, in text heights: the first guess
 * at its plot's height, close enough that fitBarRows() rarely builds a panel twice.
 */
constexpr double kBarChrome = 7.6;

QString percent(double share)
{
    // Whole percent, except near the ends where "100 %" would overstate certainty.
    const double pc = share * 100.0;
    const int decimals = (pc > 99.0 && pc < 100.0) || (pc > 0.0 && pc < 1.0) ? 1 : 0;
    return QLocale().toString(pc, 'f', decimals) + QStringLiteral(" %");
}

QString minutesText(double m)
{
    return DurationText::format(std::round(m));
}

double nearestRank(const QList<double> &sorted, double q)
{
    const qsizetype n = sorted.size();
    const qsizetype rank = std::clamp<qsizetype>(qsizetype(std::ceil(q * double(n))), 1, n);
    return sorted[rank - 1];
}

} // namespace

QString OutcomeDistribution::valueText(double v) const
{
    if (origin.isValid())
        return QLocale().toString(origin.addMSecs(qint64(std::llround(v * 60000.0))).toTimeZone(zone.isValid() ? zone : origin.timeZone()),
                                 QStringLiteral("ddd HH:mm"));
    return minutesText(v);
}

OutcomeDistribution OutcomeDistribution::fromSimulation(const Distribution1D &distribution, const Percentiles &percentiles)
{
    OutcomeDistribution d;
    if (distribution.counts.isEmpty() || distribution.binEdges.size() != distribution.counts.size() + 1)
        return d;
    d.binEdges = distribution.binEdges;
    d.counts = distribution.counts;
    for (int c : distribution.counts)
        d.total += c;
    d.sCurve = distribution.sCurve;
    d.mean = percentiles.mean;
    d.p50 = percentiles.p50;
    d.p80 = percentiles.p80;
    d.p95 = percentiles.p95;
    return d;
}

OutcomeDistribution OutcomeDistribution::fromSamples(QList<double> samples, int bins, double limit)
{
    OutcomeDistribution d;
    d.limit = limit;
    samples.removeIf([](double v) { return !std::isfinite(v); });
    if (samples.isEmpty())
        return d;
    std::sort(samples.begin(), samples.end());
    const qsizetype n = samples.size();
    d.total = int(n);
    double sum = 0;
    for (double v : std::as_const(samples))
        sum += v;
    d.mean = sum / double(n);
    d.p50 = nearestRank(samples, 0.50);
    d.p80 = nearestRank(samples, 0.80);
    d.p95 = nearestRank(samples, 0.95);
    const double lo = samples.constFirst(), hi = samples.constLast();
    bins = std::max(1, bins);
    if (hi <= lo)
        bins = 1;
    const double width = hi > lo ? (hi - lo) / bins : 1.0;
    for (int b = 0; b <= bins; ++b)
        d.binEdges.append(b == bins && hi > lo ? hi : lo + width * b);
    d.counts = QList<int>(bins, 0);
    for (double v : std::as_const(samples)) {
        const int b = std::min(bins - 1, int((v - lo) / width));
        ++d.counts[b];
    }
    if (std::isfinite(limit)) {
        const qsizetype within = std::upper_bound(samples.cbegin(), samples.cend(), limit) - samples.cbegin();
        d.probability = double(within) / double(n);
    }
    const qsizetype stride = std::max<qsizetype>(1, n / 400);
    for (qsizetype i = 0; i < n; i += stride) {
        // Last index of a run of equal values, so the curve is the true CDF at that value.
        qsizetype j = i;
        while (j + 1 < n && samples[j + 1] == samples[i])
            ++j;
        d.sCurve.append(QPointF(samples[i], double(j + 1) / double(n)));
    }
    if (d.sCurve.constLast().y() < 1.0)
        d.sCurve.append(QPointF(hi, 1.0));
    return d;
}

SimulationChartData SimulationChartData::build(const Plan &plan, const Schedule &schedule, const SimulationResult &r, int tornadoTasks)
{
    SimulationChartData d;
    d.title = plan.name;
    d.iterations = r.iterations;
    const QTimeZone zone = plan.displayZone();

    d.finish = OutcomeDistribution::fromSimulation(r.finishDistribution, r.duration);
    d.finish.title = tr("Finish of the runbook");
    d.finish.origin = plan.start;
    d.finish.zone = zone.isValid() ? zone : plan.start.timeZone();
    d.finish.axisLabel = tr("finish time (%1)").arg(QString::fromUtf8(d.finish.zone.id()));
    d.finish.deterministic = schedule.finish;
    if (plan.window.isValid() && plan.start.isValid()) {
        d.finish.limit = double(plan.start.msecsTo(plan.window.end)) / 60000.0;
        d.finish.limitLabel = tr("window end %1").arg(d.finish.valueText(d.finish.limit));
    }
    if (r.probabilityWithinWindow) {
        d.finish.probability = *r.probabilityWithinWindow;
        d.finish.probabilityLabel = tr("fit the window (freeze and traffic switch inside it)");
    }
    if (r.downtime) {
        d.downtime = OutcomeDistribution::fromSimulation(r.downtimeDistribution, *r.downtime);
        d.downtime.deterministic = schedule.downtime.value_or(OutcomeDistribution::kNone);
    }
    d.downtime.title = tr("Downtime (write freeze to traffic switch)");
    d.downtime.axisLabel = tr("minutes of downtime");
    d.downtime.emptyText = tr("No downtime to simulate: mark the tasks where the write freeze starts and where traffic is switched.");

    for (qsizetype i = 0; i < plan.tasks.size() && i < r.criticality.size(); ++i)
        d.criticality.append({ plan.tasks[i].id, plan.tasks[i].name.isEmpty() ? plan.tasks[i].id : plan.tasks[i].name, r.criticality[i] });
    std::stable_sort(d.criticality.begin(), d.criticality.end(), [](const CriticalityBar &a, const CriticalityBar &b) { return a.index > b.index; });

    const bool downtime = !r.downtimeSamples.isEmpty();
    const QList<double> &target = downtime ? r.downtimeSamples : r.finishSamples;
    d.tornadoTarget = downtime ? QStringLiteral("downtime") : QStringLiteral("finish");
    if (!target.isEmpty()) {
        double sum = 0;
        for (double v : target)
            sum += v;
        d.tornadoBase = sum / double(target.size());
        QList<int> order;
        for (qsizetype i = 0; i < plan.tasks.size() && i < r.sensitivity.size(); ++i) {
            if (r.sensitivity[i] != 0.0 && std::isfinite(r.sensitivity[i]))
                order.append(int(i));
        }
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return std::abs(r.sensitivity[a]) > std::abs(r.sensitivity[b]); });
        if (order.size() > tornadoTasks)
            order.resize(tornadoTasks);
        for (int t : std::as_const(order)) {
            double lowSum = 0, highSum = 0;
            int lowN = 0, highN = 0;
            for (qsizetype k = 0; k < target.size(); ++k) {
                const double u = MonteCarlo::uniform(r.seed, int(k), t);
                if (u <= 0.1) {
                    lowSum += target[k];
                    ++lowN;
                } else if (u >= 0.9) {
                    highSum += target[k];
                    ++highN;
                }
            }
            if (lowN == 0 || highN == 0)
                continue;
            TornadoBar bar;
            bar.rankCorrelation = r.sensitivity[t];
            bar.id = plan.tasks[t].id;
            bar.label = plan.tasks[t].name.isEmpty() ? plan.tasks[t].id : plan.tasks[t].name;
            bar.low = lowSum / lowN;
            bar.high = highSum / highN;
            d.tornado.append(bar);
        }
        std::stable_sort(d.tornado.begin(), d.tornado.end(),
                         [](const TornadoBar &a, const TornadoBar &b) { return std::abs(a.high - a.low) > std::abs(b.high - b.low); });
    }
    return d;
}

SimulationRenderer::Range SimulationRenderer::distributionRange(const OutcomeDistribution &d)
{
    Range r;
    if (d.binEdges.isEmpty())
        return r;
    r.x0 = d.binEdges.constFirst();
    r.x1 = d.binEdges.constLast();
    if (std::isfinite(d.deterministic)) {
        r.x0 = std::min(r.x0, d.deterministic);
        r.x1 = std::max(r.x1, d.deterministic);
    }
    if (std::isfinite(d.limit)) {
        const double span = std::max(1.0, r.x1 - r.x0);
        if (d.limit < r.x0 - span / 2 || d.limit > r.x1 + span / 2) {
            r.limitOffScale = true;
        } else {
            r.x0 = std::min(r.x0, d.limit);
            r.x1 = std::max(r.x1, d.limit);
        }
    }
    return r;
}

namespace {

/** Greedy word wrap of `text` into lines of at most `width` in `font`. */
QStringList wrapped(const QString &text, const QFont &font, double width)
{
    const QFontMetricsF fm(font);
    if (fm.horizontalAdvance(text) <= width)
        return { text };
    QStringList lines;
    QString line;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (!line.isEmpty() && fm.horizontalAdvance(candidate) > width) {
            lines << line;
            line = word;
        } else {
            line = candidate;
        }
    }
    if (!line.isEmpty())
        lines << line;
    return lines;
}

/** A chart with the application's theme, a title in the panel font, no legend unless asked. */
std::unique_ptr<QChart> themedChart(const ChartStyle &style, const QString &title)
{
    auto chart = std::make_unique<QChart>();
    QtCharts::applyTheme(chart.get(), style);
    chart->setTitleFont(style.font(1.05, true));
    chart->setTitle(title);
    chart->legend()->hide();
    return chart;
}

/** A value axis whose ticks are `ticks` labelled by `label`, with grid lines on the ticks. */
QCategoryAxis *tickAxis(double lo, double hi, const QList<double> &ticks, const std::function<QString(double)> &label)
{
    auto *axis = new QCategoryAxis;
    axis->setRange(lo, hi);
    axis->setStartValue(lo);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    QSet<QString> used;
    double last = lo - 1.0;
    for (double t : ticks) {
        if (t < lo || t > hi || t <= last)
            continue;
        QString text = label(t);
        // Category labels must be unique; a repeated one (a weekday a week later) gets its tick's value.
        while (used.contains(text))
            text += QChar(0x200B);
        used.insert(text);
        axis->append(text, t);
        last = t;
    }
    return axis;
}

QLineSeries *verticalLine(double x, double y0, double y1, const QPen &pen, const QString &name)
{
    auto *line = new QLineSeries;
    line->setName(name);
    line->append(x, y0);
    line->append(x, y1);
    line->setPen(pen);
    return line;
}

void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y)
{
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

/** An estimate of the rows of `rowHeight` that fit a bar chart of `size` besides its title, axis and legend. */
int fittingRows(const QSizeF &size, const ChartStyle &style, double rowHeight, double reservedLines)
{
    const double available = size.height() - style.margin - style.fontPx * reservedLines;
    return std::max(1, int(available / rowHeight));
}

/**
 * The least row height for a category label in `fm`: Qt Charts lays labels out as text items
 * with a 4 px document margin above and below, and shortens one taller than its row to "…".
 */
double categoryRowHeight(const QFontMetricsF &fm)
{
    return fm.height() * 1.35 + 8.0;
}

/** Bars as thick as when `fit` rows fill the plot, also when there are fewer. */
double barWidth(double share, int rows, int fit)
{
    return share * std::min(1.0, double(rows) / double(std::max(1, fit)));
}

/** Room right of the plot for half of the bottom axis's last label (on the plot's right edge). */
QMargins withRightLabel(const QMargins &margins, const ChartStyle &style, const QString &label)
{
    const double half = QFontMetricsF(style.font(0.85)).horizontalAdvance(label) / 2;
    return QMargins(margins.left(), margins.top(), margins.right() + int(std::ceil(half)), margins.bottom());
}

/** `text` elided to `width`, made unique among `used` (category labels must be). */
QString categoryLabel(const QString &text, const QFontMetricsF &fm, double width, QSet<QString> *used)
{
    // A label is a few dozen characters wide at most: eliding a task name of a million characters
    // whole would cost seconds (issue 11), its first 512 give the same label.
    QString label = fm.elidedText(text.left(512), Qt::ElideRight, width);
    while (used->contains(label))
        label += QChar(0x200B);
    used->insert(label);
    return label;
}

} // namespace

std::unique_ptr<QChart> SimulationRenderer::distributionChart(const OutcomeDistribution &d, const ChartStyle &style, const QSizeF &size)
{
    auto chart = themedChart(style, QString());
    const double m = std::round(style.margin / 2);
    QList<ChartHeaderLine> header{ { d.title, style.font(1.05, true), ChartStyle::text() } };
    if (d.isEmpty()) {
        chart->setMargins(QMargins(int(m), int(m + ChartHeaderItem::height(header)), int(m), int(m)));
        new ChartHeaderItem(chart.get(), header, m);
        new ChartMessageItem(chart.get(), d.emptyText.isEmpty() ? tr("No simulation results yet.") : d.emptyText, style);
        return chart;
    }

    // Summary under the title; the probability goes on a line of its own when both do not fit
    // on one, and narrower still the lines wrap at words, so its definition is never cut off.
    const QFont summaryFont = style.font(0.85);
    const double width = size.width() - 2 * m - 8;
    QStringList summary{ tr("P50 %1 · P80 %2 · P95 %3").arg(d.valueText(d.p50), d.valueText(d.p80), d.valueText(d.p95)) };
    if (std::isfinite(d.probability)) {
        const QString probability = QStringLiteral("%1 %2").arg(percent(d.probability), d.probabilityLabel);
        const QString joined = summary.first() + QStringLiteral(" · ") + probability;
        if (QFontMetricsF(summaryFont).horizontalAdvance(joined) <= width)
            summary.first() = joined;
        else
            summary << probability;
    }
    for (const QString &line : std::as_const(summary)) {
        for (const QString &part : wrapped(line, summaryFont, width))
            header.append({ part, summaryFont, ChartStyle::text() });
    }

    const Range range = distributionRange(d);
    double x0 = range.x0, x1 = range.x1;
    const double pad = std::max(1.0, (x1 - x0) * 0.04);
    x0 -= pad;
    x1 += pad;
    const int maxCount = std::max(1, *std::max_element(d.counts.cbegin(), d.counts.cend()));

    // The x axis: clock times on whole multiples of 5, 10, 15, 30, 60, 120 ... minutes, or numbers.
    const double plotWidth = std::max(40.0, size.width() - style.fontPx * 9);
    QList<double> xTicks = ChartStyle::niceTicks(x0, x1, std::max(2, int(plotWidth / (style.fontPx * 6))));
    if (d.origin.isValid()) {
        xTicks.clear();
        const double wanted = (x1 - x0) / std::max(2.0, plotWidth / (style.fontPx * 8));
        double step = 5;
        for (double s : { 5.0, 10.0, 15.0, 30.0, 60.0, 120.0, 180.0, 360.0, 720.0, 1440.0 }) {
            step = s;
            if (s >= wanted)
                break;
        }
        // Beyond a day: a whole number of days from niceTicks, so the tick count follows the
        // plot width and never the range (a range of years once asked for millions of ticks).
        if (step < wanted) {
            const QList<double> days = ChartStyle::niceTicks(0, wanted / 1440.0, 1);
            step = 1440.0 * std::max(1.0, std::ceil(days.size() > 1 ? days.at(1) : wanted / 1440.0));
        }
        const double offset = double(d.origin.toTimeZone(d.zone.isValid() ? d.zone : d.origin.timeZone()).time().msecsSinceStartOfDay()) / 60000.0;
        for (double t = std::ceil((x0 + offset) / step) * step - offset; t <= x1 && xTicks.size() < kMaxTicks; t += step) {
            xTicks.append(t);
            if (t + step == t)
                break; // step below the precision of t
        }
    }
    QCategoryAxis *xAxis = tickAxis(x0, x1, xTicks, [&](double t) { return d.origin.isValid() ? d.valueText(t) : ChartStyle::formatNumber(t); });
    xAxis->setTitleText(d.axisLabel);
    QCategoryAxis *countAxis = tickAxis(0, maxCount * 1.05, ChartStyle::niceTicks(0, maxCount, 3), &ChartStyle::formatNumber);
    QCategoryAxis *shareAxis = tickAxis(0, 100, { 0, 25, 50, 75, 100 }, [](double s) { return percent(s / 100.0); });
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(countAxis, Qt::AlignLeft);
    chart->addAxis(shareAxis, Qt::AlignRight);
    for (QAbstractAxis *axis : { static_cast<QAbstractAxis *>(xAxis), static_cast<QAbstractAxis *>(countAxis), static_cast<QAbstractAxis *>(shareAxis) })
        QtCharts::applyTheme(axis, style);
    countAxis->setGridLineVisible(false);
    shareAxis->setGridLinePen(QPen(ChartStyle::grid(), 1, Qt::DotLine));

    // Histogram: one outline over every bin, down to the base line between bins.
    auto *outline = new QLineSeries;
    for (qsizetype i = 0; i < d.counts.size(); ++i) {
        const double a = d.binEdges[i], b = d.binEdges[i + 1], c = d.counts[i];
        outline->append({ QPointF(a, 0), QPointF(a, c), QPointF(b, c), QPointF(b, 0) });
    }
    auto *histogram = new QAreaSeries(outline);
    histogram->setName(tr("runs per bin"));
    histogram->setObjectName(QStringLiteral("histogram"));
    histogram->setPen(QPen(ChartStyle::blue(), 1));
    histogram->setBrush(QColor(0x56, 0xB4, 0xE9, 170));
    attach(chart.get(), histogram, xAxis, countAxis);
    // QAreaSeries does not own its upper series, and addSeries() took the area from `outline`'s
    // parentage: give the outline to the area, or it leaks with every chart built.
    outline->setParent(histogram);

    auto *curve = new QLineSeries;
    curve->setName(tr("share of runs done by then"));
    curve->setObjectName(QStringLiteral("sCurve"));
    for (const QPointF &pt : d.sCurve)
        curve->append(pt.x(), pt.y() * 100.0);
    curve->setPen(QPen(ChartStyle::black(), style.line * 1.5));
    attach(chart.get(), curve, xAxis, shareAxis);

    // Percentile, limit and plan markers: a line each, labelled in lanes above the plot.
    QList<ChartMarker> markers;
    auto marker = [&](double v, const QPen &pen, const QString &label, const QString &name) {
        if (!std::isfinite(v))
            return;
        QLineSeries *line = verticalLine(v, 0, 100, pen, label);
        line->setObjectName(name);
        attach(chart.get(), line, xAxis, shareAxis);
        markers.append({ v, pen, label });
    };
    marker(d.p50, QPen(ChartStyle::bluishGreen(), style.line * 1.5, Qt::DotLine), tr("P50 %1").arg(d.valueText(d.p50)), QStringLiteral("P50"));
    marker(d.p80, QPen(ChartStyle::orange(), style.line * 1.5, Qt::DashLine), tr("P80 %1").arg(d.valueText(d.p80)), QStringLiteral("P80"));
    marker(d.p95, QPen(ChartStyle::vermillion(), style.line * 1.5, Qt::DashDotLine), tr("P95 %1").arg(d.valueText(d.p95)), QStringLiteral("P95"));
    const QString limitLabel = d.limitLabel.isEmpty() ? tr("limit") : d.limitLabel;
    const QPen limitPen(ChartStyle::black(), style.line * 2.2);
    if (!range.limitOffScale) {
        marker(d.limit, limitPen, limitLabel, QStringLiteral("limit"));
    } else if (std::isfinite(d.limit)) {
        // Off the axis: named at the edge it lies beyond, with an arrow pointing to it.
        const bool before = d.limit < x0;
        marker(before ? x0 : x1, limitPen, before ? tr("◀ %1").arg(limitLabel) : tr("%1 ▶").arg(limitLabel), QStringLiteral("limit"));
    }
    marker(d.deterministic, QPen(ChartStyle::mutedText(), style.line), tr("plan %1").arg(d.valueText(d.deterministic)), QStringLiteral("plan"));

    const double headerHeight = ChartHeaderItem::height(header);
    chart->setMargins(QMargins(int(m), int(m + headerHeight + MarkerLabelsItem::bandHeight(markers.size(), style)), int(m), int(m)));
    new ChartHeaderItem(chart.get(), header, m);
    new MarkerLabelsItem(chart.get(), curve, markers, style);
    return chart;
}

std::unique_ptr<QChart> SimulationRenderer::criticalityChart(const QList<CriticalityBar> &bars, const ChartStyle &style, const QSizeF &size)
{
    auto chart = themedChart(style, tr("Criticality index (share of runs on the critical path)"));
    if (bars.isEmpty()) {
        new ChartMessageItem(chart.get(), tr("No simulation results yet."), style);
        return chart;
    }
    const QFont labelFont = style.font(0.85);
    const QFontMetricsF fm(labelFont);
    const double rowH = categoryRowHeight(fm);
    const auto build = [&](int fit) {
        auto chart = themedChart(style, tr("Criticality index (share of runs on the critical path)"));
        const int rows = std::min(fit, int(bars.size()));
        // Highest first from the top: a horizontal bar chart counts its categories upwards.
        auto *critical = new QBarSet(tr("on the critical path in at least half the runs"));
        critical->setBrush(QBrush(ChartStyle::vermillion(), Qt::BDiagPattern));
        critical->setPen(QPen(ChartStyle::vermillion(), style.line * 1.2));
        auto *other = new QBarSet(tr("in fewer"));
        other->setBrush(ChartStyle::skyBlue());
        other->setPen(Qt::NoPen);
        auto *categories = new QBarCategoryAxis;
        QSet<QString> used;
        const double labelW = std::min(size.width() * 0.42, style.fontPx * 16);
        for (int i = rows - 1; i >= 0; --i) {
            const CriticalityBar &b = bars[i];
            const double pc = std::clamp(b.index, 0.0, 1.0) * 100.0;
            *critical << (b.index >= 0.5 ? pc : 0.0);
            *other << (b.index >= 0.5 ? 0.0 : pc);
            // The value first: where Qt Charts shortens a long label, it is the name that loses its end.
            categories->append(categoryLabel(percent(b.index) + QStringLiteral(" · ") + b.label, fm, labelW, &used));
        }
        auto *series = new QHorizontalStackedBarSeries;
        series->append(critical);
        series->append(other);
        series->setBarWidth(barWidth(0.7, rows, fit));
        QCategoryAxis *axis = tickAxis(0, 100, { 0, 25, 50, 75, 100 }, [](double s) { return percent(s / 100.0); });
        axis->setTitleText(rows < bars.size() ? tr("share of runs · … and %n more task(s)", nullptr, int(bars.size() - rows))
                                              : tr("share of runs"));
        chart->addAxis(axis, Qt::AlignBottom);
        chart->addAxis(categories, Qt::AlignLeft);
        QtCharts::applyTheme(axis, style);
        QtCharts::applyTheme(categories, style);
        categories->setLabelsFont(labelFont);
        categories->setLabelsColor(ChartStyle::text());
        categories->setGridLineVisible(false);
        attach(chart.get(), series, axis, categories);
        chart->setMargins(withRightLabel(chart->margins(), style, percent(1.0)));
        chart->legend()->setVisible(true);
        chart->legend()->setAlignment(Qt::AlignBottom);
        return chart;
    };
    return fitBarRows(size, rowH, fittingRows(size, style, rowH, kBarChrome), int(bars.size()), build);
}

std::unique_ptr<QChart> SimulationRenderer::tornadoChart(const SimulationChartData &data, const ChartStyle &style, const QSizeF &size)
{
    const QList<TornadoBar> &bars = data.tornado;
    const double base = data.tornadoBase;
    const bool finishTarget = data.tornadoTarget == u"finish";
    auto chart = themedChart(style, finishTarget ? tr("What moves the finish most") : tr("What moves downtime most"));
    if (bars.isEmpty()) {
        new ChartMessageItem(chart.get(), tr("No simulation results yet."), style);
        return chart;
    }
    const QFont labelFont = style.font(0.85);
    const QFontMetricsF fm(labelFont);
    const double rowH = std::max(fm.height() * 1.9, categoryRowHeight(fm)); // two bars a row
    const auto build = [&](int fit) {
        auto chart = themedChart(style, finishTarget ? tr("What moves the finish most") : tr("What moves downtime most"));
        const int rows = std::min(fit, int(bars.size()));
        // Bars grow from the mean of all runs (0 on the axis); the axis is labelled in the target's minutes.
        const double mid = std::isfinite(base) ? base : (bars.constFirst().low + bars.constFirst().high) / 2;
        double lo = mid, hi = mid;
        for (int i = 0; i < rows; ++i) {
            lo = std::min({ lo, bars[i].low, bars[i].high });
            hi = std::max({ hi, bars[i].low, bars[i].high });
        }
        const double pad = std::max(1.0, (hi - lo) * 0.05);
        lo -= pad;
        hi += pad;
        // Fast runs: light solid; slow runs: hatched, so they differ without colour. Either may
        // fall on either side of the line (a task can shorten the target when slow).
        auto *fast = new QBarSet(tr("its fastest 10 %"));
        fast->setBrush(ChartStyle::skyBlue());
        fast->setPen(Qt::NoPen);
        auto *slow = new QBarSet(tr("its slowest 10 %"));
        slow->setBrush(QBrush(ChartStyle::vermillion(), Qt::BDiagPattern));
        slow->setPen(QPen(ChartStyle::vermillion(), style.line * 1.2));
        auto *categories = new QBarCategoryAxis;
        QSet<QString> used;
        const double labelW = std::min(size.width() * 0.45, style.fontPx * 18);
        for (int i = rows - 1; i >= 0; --i) {
            *fast << bars[i].low - mid;
            *slow << bars[i].high - mid;
            categories->append(categoryLabel(bars[i].label, fm, labelW, &used));
        }
        auto *series = new QHorizontalBarSeries;
        series->append(fast);
        series->append(slow);
        series->setBarWidth(barWidth(0.8, rows, fit));
        const QList<double> ticks = ChartStyle::niceTicks(lo, hi, std::max(2, int((size.width() - labelW) / (style.fontPx * 5))));
        QList<double> offsets;
        for (double t : ticks)
            offsets.append(t - mid);
        QCategoryAxis *axis = tickAxis(lo - mid, hi - mid, offsets, [mid](double t) { return ChartStyle::formatNumber(t + mid); });
        axis->setTitleText(finishTarget ? tr("mean finish in those runs (minutes after the start)") : tr("mean downtime in those runs (minutes)"));
        chart->addAxis(axis, Qt::AlignBottom);
        chart->addAxis(categories, Qt::AlignLeft);
        QtCharts::applyTheme(axis, style);
        QtCharts::applyTheme(categories, style);
        categories->setLabelsFont(labelFont);
        categories->setLabelsColor(ChartStyle::text());
        categories->setGridLineVisible(false);
        attach(chart.get(), series, axis, categories);
        if (std::isfinite(base))
            attach(chart.get(), verticalLine(0, -0.5, rows - 0.5, QPen(ChartStyle::black(), style.line * 1.5), tr("mean, %1").arg(minutesText(base))),
                   axis, categories);
        if (!ticks.isEmpty())
            chart->setMargins(withRightLabel(chart->margins(), style, ChartStyle::formatNumber(ticks.constLast())));
        chart->legend()->setVisible(true);
        chart->legend()->setAlignment(Qt::AlignBottom);
        return chart;
    };
    return fitBarRows(size, rowH, fittingRows(size, style, rowH, kBarChrome), int(bars.size()), build);
}

void SimulationRenderer::paintDistribution(QPainter *p, const QRectF &rect, const OutcomeDistribution &d, const ChartStyle *givenStyle)
{
    const ChartStyle style = givenStyle ? *givenStyle : ChartStyle::forSize(rect.size());
    const std::unique_ptr<QChart> chart = distributionChart(d, style, rect.size());
    QtCharts::render(chart.get(), p, rect);
}

void SimulationRenderer::paintCriticality(QPainter *p, const QRectF &rect, const QList<CriticalityBar> &bars, const ChartStyle *givenStyle)
{
    const ChartStyle style = givenStyle ? *givenStyle : ChartStyle::forSize(rect.size());
    const std::unique_ptr<QChart> chart = criticalityChart(bars, style, rect.size());
    QtCharts::render(chart.get(), p, rect);
}

void SimulationRenderer::paintTornado(QPainter *p, const QRectF &rect, const SimulationChartData &data, const ChartStyle *givenStyle)
{
    const ChartStyle style = givenStyle ? *givenStyle : ChartStyle::forSize(rect.size());
    const std::unique_ptr<QChart> chart = tornadoChart(data, style, rect.size());
    QtCharts::render(chart.get(), p, rect);
}

ChartStyle SimulationRenderer::panelStyle(const QSizeF &size)
{
    ChartStyle panel = ChartStyle::forSize(size);
    panel.fontPx = std::max(11.0, panel.fontPx * 0.85);
    return panel;
}

QString SimulationRenderer::title(const SimulationChartData &data)
{
    return tr("Simulation: %1").arg(data.title);
}

QString SimulationRenderer::subtitle(const SimulationChartData &data)
{
    return data.iterations > 0 ? tr("%1 simulated runs").arg(QLocale().toString(data.iterations)) : QString();
}

void SimulationRenderer::paint(QPainter *p, const QRectF &rect, const SimulationChartData &data)
{
    const ChartStyle style = ChartStyle::forSize(rect.size());
    p->save();
    const QRectF body = style.drawFrame(p, rect, title(data), subtitle(data));
    const ChartStyle panel = panelStyle(rect.size());
    const double gap = style.fontPx;
    const double w = (body.width() - gap) / 2, h = (body.height() - gap) / 2;
    paintDistribution(p, QRectF(body.left(), body.top(), w, h), data.finish, &panel);
    paintDistribution(p, QRectF(body.left() + w + gap, body.top(), w, h), data.downtime, &panel);
    paintCriticality(p, QRectF(body.left(), body.top() + h + gap, w, h), data.criticality, &panel);
    paintTornado(p, QRectF(body.left() + w + gap, body.top() + h + gap, w, h), data, &panel);
    p->restore();
}

} // namespace cutover::charts
