// SPDX-License-Identifier: GPL-3.0-or-later
// The chart sections of the report. Every chart is painted by the renderers of src/charts;
// this file only decides where they go and how the timeline is split into pages.
#include "reportsections.h"

#include "reportverdict.h"

#include "charts/criteriaboard.h"
#include "charts/ganttrenderer.h"
#include "charts/lagchart.h"
#include "charts/lagqchart.h"
#include "charts/simulationchart.h"
#include "charts/validationchart.h"
#include "model/durationtext.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>

namespace cutover::report {

using namespace cutover::charts;

namespace {

/** Rows [first, first + count) of the timeline on one page, over times [t0, t1]. */
struct GanttTile
{
    int first = 0;
    int count = 0;
    double t0 = 0;
    double t1 = 0;
    bool title = false;
};

/**
 * The time span of the bars in rows [first, first + count), padded; NaN span when none. P80
 * ghost bars do not widen it (they would multiply the pages of a long plan): one that runs past
 * a block's last page is cut at its edge, where an arrowhead says it goes on.
 */
std::pair<double, double> rowSpan(const GanttData &g, int first, int count)
{
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (int row = first; row < first + count && row < g.rows.size(); ++row) {
        const GanttRow &r = g.rows[row];
        if (r.kind != GanttRow::Kind::Task)
            continue;
        const GanttBar &b = g.bars[r.bar];
        lo = std::min(lo, b.start);
        hi = std::max(hi, b.finish);
    }
    if (!std::isfinite(lo))
        return { std::nan(""), std::nan("") };
    if (hi - lo < 30.0) {
        const double mid = (lo + hi) / 2;
        lo = mid - 15.0;
        hi = mid + 15.0;
    }
    const double pad = (hi - lo) * 0.04;
    return { lo - pad, hi + pad };
}

bool tileHasBars(const GanttData &g, const GanttTile &t)
{
    for (const GanttBar &b : g.bars) {
        if (b.finish >= t.t0 && b.start <= t.t1)
            return true;
    }
    return false;
}

/** The phase row above `row` when `row` is a task row, or -1. */
int phaseAbove(const GanttData &g, int row)
{
    if (row < 0 || row >= g.rows.size() || g.rows[row].kind != GanttRow::Kind::Task)
        return -1;
    for (int r = row - 1; r >= 0; --r) {
        if (g.rows[r].kind == GanttRow::Kind::Phase)
            return r;
    }
    return -1;
}

/**
 * The rows [first, first + count) of the timeline as a chart of their own: bars renumbered,
 * links kept where both ends are on the page. Rows of other pages then cannot show through
 * at the bottom of the plot, whatever its height.
 */
GanttData pageSlice(const GanttData &g, int first, int count, const QString &continuedPhase)
{
    GanttData page = g;
    page.rows.clear();
    page.bars.clear();
    page.links.clear();
    if (!continuedPhase.isEmpty())
        page.rows.append(GanttRow{ GanttRow::Kind::Phase, -1, continuedPhase });
    QHash<int, int> barMap;
    for (int row = first; row < first + count && row < g.rows.size(); ++row) {
        GanttRow r = g.rows[row];
        if (r.kind == GanttRow::Kind::Task && r.bar >= 0) {
            GanttBar bar = g.bars[r.bar];
            bar.row = int(page.rows.size());
            barMap.insert(r.bar, int(page.bars.size()));
            r.bar = int(page.bars.size());
            page.bars.append(bar);
        }
        page.rows.append(r);
    }
    for (const GanttLink &link : g.links) {
        const auto from = barMap.constFind(link.from);
        const auto to = barMap.constFind(link.to);
        if (from != barMap.cend() && to != barMap.cend())
            page.links.append(GanttLink{ *from, *to, link.type, link.critical });
    }
    return page;
}

QString minutesText(double m)
{
    return DurationText::format(std::max(0.0, m));
}

/**
 * The height of a chart that prefers `preferred` points and needs at least `minimum`: on this
 * page when `minimum` is left (the chart then takes what is left, up to `preferred`), else on
 * the next. A page is therefore never broken off before a chart with more than `minimum` free.
 */
double chartHeight(PageComposer &c, double minimum, double preferred)
{
    minimum = std::min(minimum, c.bodySize().height());
    c.ensureSpace(minimum);
    return std::max(minimum, std::min(preferred, c.remaining()));
}

/** The smallest share of a page a full-page chart is drawn on (below it, the chart moves on). */
constexpr double kMinChartShare = 0.45;

} // namespace

void ChartSections::timeline(PageComposer &c, const ReportData &d)
{
    c.heading(SectionNames::title(Section::Timeline));
    if (d.plan.tasks.isEmpty()) {
        c.paragraph(tr("The plan has no tasks yet."));
        return;
    }
    GanttData g = GanttData::build(d.plan, d.schedule, d.simulation ? &*d.simulation : nullptr);
    // The deadline lines as the summary quotes them (none while the verdict is withheld).
    const auto minutesOf = [&g](const QDateTime &t) {
        return t.isValid() && g.origin.isValid() ? double(g.origin.msecsTo(t)) / 60000.0 : GanttData::kNone;
    };
    g.rollbackDeadline = minutesOf(d.summary.deadlineLikely);
    g.rollbackDeadlineP80 = minutesOf(d.summary.deadlineP80);
    if (d.summary.verdictWithheld())
        c.paragraph(tr("Timeline figures %1.").arg(d.summary.withheldReason), ReportStyle::font(ReportStyle::kBody), ReportStyle::bad());
    const QFont captionFont = ReportStyle::font(ReportStyle::kSmall);
    const double captionHeight = ReportStyle::lineHeight(captionFont) + 4;
    const int rows = int(g.rows.size());

    // The renderer sizes its text from the rect; below a certain rect size it keeps its smallest
    // style. Drawing every block at a scale where even a full page is at that size gives all
    // timeline blocks the same text and row size, however tall each block is.
    const double fullHeight = c.bodySize().height() - captionHeight;
    const double scale = std::max(ReportStyle::kChartScale, std::min(c.width() / 1.6, fullHeight) / (11.0 * 42.0) + 1e-3);
    const ChartStyle style = ChartStyle::forSize(QSizeF(1, 1));
    const double rowHeight = style.fontPx * 1.8;
    constexpr int kMinRowsPerBlock = 4;

    int first = 0;
    bool firstBlock = true;
    while (first < rows) {
        GanttViewport view;
        view.showTitle = firstBlock;
        view.showLegend = true;
        view.rowHeight = rowHeight;
        QRectF unitRect = ReportStyle::chartRect(QRectF(0, 0, c.width(), c.remaining() - captionHeight), scale);
        int capacity = int(std::floor((GanttLayout(g, view, unitRect, style).plot().height() + 1e-6) / rowHeight));
        if (capacity < std::min(kMinRowsPerBlock, rows - first) && !c.pageIsEmpty()) {
            c.newPage();
            continue;
        }
        // A block that starts inside a phase repeats the phase's name first.
        const int phaseRow = phaseAbove(g, first);
        const QString continued = phaseRow >= 0 ? tr("(cont.) %1").arg(g.rows[phaseRow].label) : QString();
        capacity = std::max(1, capacity - (continued.isEmpty() ? 0 : 1));
        const GanttLayout probe(g, view, unitRect, style);
        const double maxMinutes = probe.plot().width() * scale / kMinPointsPerHour * 60.0;
        int count = std::min(capacity, rows - first);
        // End the block early rather than squeeze its rows' time span below the minimum scale
        // (phases follow each other in time, so this mostly breaks between phases).
        while (count > 1) {
            const auto [lo, hi] = rowSpan(g, first, count);
            if (!std::isfinite(lo) || hi - lo <= maxMinutes)
                break;
            --count;
        }
        // Never end a block on a phase header: it goes with its tasks.
        if (first + count < rows && count > 1 && g.rows[first + count - 1].kind == GanttRow::Kind::Phase)
            --count;

        // The time tiles of rows [first, first + count): a single row longer than a page can
        // show at the minimum scale is split across pages.
        const auto tilesOf = [&](const GanttData &slice, int n) {
            const auto [lo, hi] = rowSpan(g, first, n);
            QList<GanttTile> tiles;
            if (!std::isfinite(lo)) {
                tiles << GanttTile{ first, n, g.minTime(), g.maxTime(), false };
            } else {
                const int across = std::max(1, int(std::ceil((hi - lo) / maxMinutes - 1e-9)));
                const double step = (hi - lo) / across;
                const double overlap = across > 1 ? step * 0.03 : 0.0;
                for (int k = 0; k < across; ++k) {
                    const GanttTile tile{ first, n, lo + k * step - (k > 0 ? overlap : 0), lo + (k + 1) * step, false };
                    if (tileHasBars(slice, tile))
                        tiles << tile;
                }
                if (tiles.isEmpty())
                    tiles << GanttTile{ first, n, lo, hi, false };
            }
            tiles.first().title = firstBlock;
            return tiles;
        };
        const auto viewportOf = [&view](const GanttTile &tile) {
            GanttViewport v = view;
            v.showTitle = tile.title;
            v.firstRow = 0;
            v.t0 = tile.t0;
            v.t1 = tile.t1;
            return v;
        };
        // The block is as tall as its rows need: the layout's fixed parts plus its rows. The
        // fixed parts depend on the tile's time range (the marker labels take as many lanes as
        // the markers visible in it need), so they are measured per tile, and the block gives
        // up rows until the tallest tile fits the space the capacity was computed for.
        std::shared_ptr<GanttData> slice;
        QList<GanttTile> tiles;
        double blockUnits = 0;
        for (;;) {
            slice = std::make_shared<GanttData>(pageSlice(g, first, count, continued));
            tiles = tilesOf(*slice, count);
            double fixed = 0;
            for (const GanttTile &tile : std::as_const(tiles))
                fixed = std::max(fixed, unitRect.height() - GanttLayout(*slice, viewportOf(tile), unitRect, style).plot().height());
            blockUnits = fixed + double(slice->rows.size()) * rowHeight + 0.01;
            if (blockUnits <= unitRect.height() + 1e-6 || count == 1)
                break;
            --count;
            if (count > 1 && g.rows[first + count - 1].kind == GanttRow::Kind::Phase)
                --count;
        }
        // Too little of the page left for a useful block (tall marker lanes): start afresh.
        if ((count < std::min(kMinRowsPerBlock, rows - first) || blockUnits > unitRect.height() + 1e-6) && !c.pageIsEmpty()) {
            c.newPage();
            continue;
        }

        for (qsizetype k = 0; k < tiles.size(); ++k) {
            const GanttTile tile = tiles[k];
            const double blockPoints = blockUnits * scale;
            if (k > 0 || captionHeight + blockPoints > c.remaining())
                c.newPage();
            const QString caption = tr("Rows %1–%2 of %3 · %4 – %5%6")
                                        .arg(tile.first + 1).arg(tile.first + tile.count).arg(rows)
                                        .arg(d.timeText(d.at(tile.t0)), d.timeText(d.at(tile.t1)))
                                        .arg(tiles.size() > 1 ? tr(" · part %1 of %2 across").arg(k + 1).arg(tiles.size()) : QString());
            c.place(captionHeight, [caption, captionFont](QPainter *p, const QRectF &r) {
                p->setFont(captionFont);
                p->setPen(ReportStyle::muted());
                p->drawText(QPointF(r.left(), r.top() + QFontMetricsF(captionFont).ascent()), caption);
            });
            const GanttViewport v = viewportOf(tile);
            c.place(blockPoints, [slice, v, scale](QPainter *p, const QRectF &r) {
                ReportStyle::paintChart(p, r, [&](QPainter *cp, const QRectF &ur) { GanttRenderer::paint(cp, ur, *slice, v); }, scale);
            });
            c.skip(10);
        }
        first += count;
        firstBlock = false;
    }
}

void ChartSections::monitoring(PageComposer &c, const ReportData &d)
{
    const Plan &plan = d.plan;
    c.heading(SectionNames::title(Section::Monitoring));

    const LagChartData all = LagChartData::build(plan, &d.schedule);
    SeriesSelection::Reason reason = SeriesSelection::Reason::All;
    const QList<int> shown = d.seriesSelection.peek(all.seriesIds(), all.criterionSeries(), &reason);
    auto lag = std::make_shared<LagChartData>(all.selected(shown));
    if (plan.series.isEmpty()) {
        c.paragraph(tr("No monitoring data has been imported. Import the rehearsal's lag and validation exports to show them here."));
    } else {
        qsizetype points = 0;
        for (const MetricSeries &s : plan.series)
            points += s.size();
        QString shownText;
        if (lag->series.size() < all.series.size())
            shownText = tr(" The chart shows %1 of them (%2).")
                            .arg(lag->series.size())
                            .arg(SeriesSelection::describe(reason));
        const QString intro = tr("%1 series with %2 points imported.%3 Thresholds of the rollback criteria are drawn as thin lines with ticks on "
                                 "the breaching side and their rule written on them; hatched stretches are breaches that lasted long enough to count.")
                                  .arg(plan.series.size()).arg(QLocale().toString(points), shownText);
        const QFont small = ReportStyle::font(ReportStyle::kSmall);
        c.ensureSpace(c.paragraphHeight(intro, small) + c.bodySize().height() * kMinChartShare);
        c.paragraph(intro, small, ReportStyle::muted());
        const double h = chartHeight(c, c.bodySize().height() * kMinChartShare, c.bodySize().height() * 0.85);
        c.place(h, [lag](QPainter *p, const QRectF &r) {
            ReportStyle::paintChart(p, r, [&](QPainter *cp, const QRectF &ur) { LagQChart::paint(cp, ur, *lag); });
        });
    }

    if (!plan.criteria.isEmpty()) {
        auto board = std::make_shared<CriteriaBoardData>(CriteriaBoardData::build(plan));
        board->title = plan.name;
        c.subheading(tr("Rollback criteria on the imported data"));
        const double need = CriteriaBoardRenderer::preferredHeight(ReportStyle::chartRect(QRectF(0, 0, c.width(), 1)).width(), *board, false)
            * ReportStyle::kChartScale;
        const double h = chartHeight(c, std::min(need, c.bodySize().height() * kMinChartShare), need);
        c.place(h, [board](QPainter *p, const QRectF &r) {
            ReportStyle::paintChart(p, r, [&](QPainter *cp, const QRectF &ur) { CriteriaBoardRenderer::paint(cp, ur, *board, false); });
        });
    }

    const ValidationSummary summary = ValidationSummary::build(plan.validation);
    if (plan.validation.isEmpty()) {
        c.subheading(tr("Data validation"));
        c.paragraph(tr("No validation results have been imported."));
        return;
    }
    c.subheading(tr("Data validation"));
    c.ensureSpace(2 * (ReportStyle::lineHeight(ReportStyle::font(ReportStyle::kBody)) + 3.0) + 6.0 + 200.0);
    c.keyValues({ { tr("Objects compared"), QString::number(summary.objects) },
                  { tr("Checks"), tr("%1: %2 passed, %3 failed, %4 unknown").arg(summary.checks).arg(summary.passed).arg(summary.failed).arg(summary.unknown) } });
    auto shared = std::make_shared<ValidationSummary>(summary);
    shared->title = plan.name;
    const double h = chartHeight(c, 200.0, 280.0);
    c.place(h, [shared](QPainter *p, const QRectF &r) {
        ReportStyle::paintChart(p, r, [&](QPainter *cp, const QRectF &ur) { ValidationRenderer::paint(cp, ur, *shared, false); });
    });
    if (!summary.failing.isEmpty()) {
        c.subheading(tr("Failing objects"));
        QList<TableRow> rows;
        for (const ValidationSummary::Failing &f : summary.failing) {
            QString source, target;
            for (const ValidationResult &v : plan.validation) {
                if (v.object == f.object && v.check == f.check) {
                    source = v.sourceValue;
                    target = v.targetValue;
                    break;
                }
            }
            TableRow row{ { f.object, f.check, source, target, f.differenceKnown ? QString::number(f.difference, 'g', 10) : QStringLiteral("–") } };
            row.colors.insert(4, ReportStyle::bad());
            rows << row;
        }
        c.table({ { tr("Object"), 3, Qt::AlignLeft, true }, { tr("Check"), 2, Qt::AlignLeft, true }, { tr("Source"), 2, Qt::AlignRight, true },
                  { tr("Target"), 2, Qt::AlignRight, true }, { tr("|Difference|"), 1.5, Qt::AlignRight } },
                rows);
    }
}

void ChartSections::simulation(PageComposer &c, const ReportData &d)
{
    c.heading(SectionNames::title(Section::Simulation));
    if (!d.simulation) {
        c.paragraph(d.summary.verdictWithheld() ? tr("The plan is not simulated: %1.").arg(d.summary.withheldReason)
                                                : tr("The plan has no tasks to simulate."));
        return;
    }
    const SimulationResult &r = *d.simulation;
    auto data = std::make_shared<SimulationChartData>(SimulationChartData::build(d.plan, d.schedule, r));

    // A plain-language reading of the numbers.
    QStringList reading;
    reading << tr("Every task's duration was drawn %1 times from its best / likely / worst estimate (seed %2).")
                   .arg(QLocale().toString(r.iterations)).arg(r.seed);
    if (r.downtime) {
        reading << tr("The downtime was at most %1 in half of the runs, at most %2 in 80 % of them and at most %3 in 95 %; "
                      "the plan's likely durations give %4.")
                       .arg(minutesText(r.downtime->p50), minutesText(r.downtime->p80), minutesText(r.downtime->p95),
                            d.schedule.downtime ? minutesText(*d.schedule.downtime) : tr("no figure"));
    }
    if (r.probabilityWithinWindow)
        reading << tr("The write freeze and the traffic switch fell inside the maintenance window in %1 of the runs.")
                       .arg(ReportVerdict::percent(*r.probabilityWithinWindow));
    QStringList movers;
    for (const TornadoBar &b : data->tornado.mid(0, 3))
        movers << tr("%1 (%2 – %3)").arg(b.label, minutesText(b.low), minutesText(b.high));
    if (!movers.isEmpty())
        reading << tr("The tasks that move the %1 most are %2: figures are the mean %1 when the task ran at its fastest versus slowest tenth.")
                       .arg(data->tornadoTarget == QLatin1String("finish") ? tr("finish") : tr("downtime"), movers.join(QStringLiteral("; ")));
    const QString text = reading.join(QLatin1Char(' '));
    const double minimum = c.bodySize().height() * kMinChartShare;
    c.ensureSpace(c.paragraphHeight(text) + minimum);
    c.paragraph(text);

    // Two distributions side by side, then criticality and tornado side by side.
    const double h = chartHeight(c, minimum, c.bodySize().height() * 0.78);
    c.place(h, [data](QPainter *p, const QRectF &rect) {
        const double gap = 14;
        const double w = (rect.width() - gap) / 2;
        ReportStyle::paintChart(p, QRectF(rect.left(), rect.top(), w, rect.height()),
                                [&](QPainter *cp, const QRectF &ur) { SimulationRenderer::paintDistribution(cp, ur, data->downtime); });
        ReportStyle::paintChart(p, QRectF(rect.left() + w + gap, rect.top(), w, rect.height()),
                                [&](QPainter *cp, const QRectF &ur) { SimulationRenderer::paintDistribution(cp, ur, data->finish); });
    });
    const double h2 = chartHeight(c, minimum, c.bodySize().height() * 0.78);
    c.place(h2, [data](QPainter *p, const QRectF &rect) {
        const double gap = 14;
        const double w = (rect.width() - gap) / 2;
        ReportStyle::paintChart(p, QRectF(rect.left(), rect.top(), w, rect.height()),
                                [&](QPainter *cp, const QRectF &ur) { SimulationRenderer::paintTornado(cp, ur, *data); });
        ReportStyle::paintChart(p, QRectF(rect.left() + w + gap, rect.top(), w, rect.height()),
                                [&](QPainter *cp, const QRectF &ur) { SimulationRenderer::paintCriticality(cp, ur, data->criticality); });
    });
}

} // namespace cutover::report
