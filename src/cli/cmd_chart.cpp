// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/plananalysis.h"
#include "analysis/seriesselection.h"
#include "charts/chartexport.h"
#include "charts/criteriaboard.h"
#include "charts/ganttrenderer.h"
#include "charts/lagchart.h"
#include "charts/lagqchart.h"
#include "charts/simulationchart.h"
#include "charts/validationchart.h"
#include "commandfunctions.h"
#include "commandline.h"
#include "console.h"
#include "planinput.h"
#include "schedule/montecarlo.h"
#include "schedule/scheduler.h"

#include <QCoreApplication>
#include <QDir>

#include <limits>
#include <optional>

namespace cutover::cli {

namespace {

const QStringList &kinds()
{
    static const QStringList k = { QStringLiteral("timeline"), QStringLiteral("simulation"), QStringLiteral("lag"),
                                   QStringLiteral("validation"), QStringLiteral("criteria") };
    return k;
}

/** A whole-number option within [lo, hi], or an error line. */
std::optional<qint64> intOption(const QCommandLineParser &parser, const QCommandLineOption &option, qint64 fallback, qint64 lo,
                                qint64 hi, Console &console)
{
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const QString text = parser.value(option);
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v < lo || v > hi) {
        console.error(QCoreApplication::translate("cli", "chart: --%1 \"%2\" is not a whole number from %3 to %4")
                          .arg(option.names().constLast(), text)
                          .arg(lo)
                          .arg(hi));
        return std::nullopt;
    }
    return v;
}

} // namespace

int cmdChart(const QStringList &args, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Draw one chart of a plan as a PNG or SVG image, headless (no display needed), for wikis and "
               "slides. The same drawing code as the desktop views and the PDF report (docs/charts.md).\n"
               "Kinds:\n"
               "  timeline    Gantt chart: tasks by phase, critical path, window, write freeze, rollback deadline;\n"
               "              with --ghosts also P80 ghost bars and the P80 rollback deadline (simulated)\n"
               "  simulation  Monte Carlo: finish and downtime histograms with S-curves and P50/P80/P95,\n"
               "              criticality index, tornado of the tasks that move downtime most\n"
               "  lag         imported monitoring series with criteria thresholds and breached stretches;\n"
               "              by default the series a rollback criterion watches (all if none does),\n"
               "              choose others with --series\n"
               "  validation  summary and the failing objects by size of the difference\n"
               "  criteria    every rollback criterion with its status from the imported data"));
    parser.addPositionalArgument(QStringLiteral("PLAN"), QCoreApplication::translate("cli", "The plan (.cutover or .json)."));
    const QCommandLineOption kindOption(QStringLiteral("kind"), QCoreApplication::translate("cli", "The chart: %1.").arg(kinds().join(QStringLiteral(", "))),
                                        QStringLiteral("KIND"));
    const QCommandLineOption outOption({ QStringLiteral("o"), QStringLiteral("output") },
                                       QCoreApplication::translate("cli", "The image to write; .png or .svg."), QStringLiteral("OUT"));
    const QCommandLineOption widthOption(QStringLiteral("width"), QCoreApplication::translate("cli", "Width in pixels (default 1600)."),
                                         QStringLiteral("W"));
    const QCommandLineOption heightOption(QStringLiteral("height"), QCoreApplication::translate("cli", "Height in pixels (default 1000)."),
                                          QStringLiteral("H"));
    const QCommandLineOption iterationsOption(
        QStringLiteral("iterations"),
        QCoreApplication::translate("cli", "Simulated runs for --kind simulation and timeline --ghosts (default 10000)."),
        QStringLiteral("N"));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"), QCoreApplication::translate("cli", "Random seed for --kind simulation and timeline --ghosts (default 1)."),
        QStringLiteral("S"));
    const QCommandLineOption ghostsOption(
        QStringLiteral("ghosts"),
        QCoreApplication::translate("cli", "Timeline: simulate the plan and draw each task's P80 finish as a lighter ghost bar "
                                           "behind it, and the P80 rollback deadline."));
    const QCommandLineOption seriesOption(
        QStringLiteral("series"),
        QCoreApplication::translate("cli", "For --kind lag: draw the series whose name or metric matches PATTERN (wildcards * ? [...], "
                                           "case-insensitive). Repeat to add more. Default: the series a rollback criterion watches, "
                                           "or every series if none does."),
        QStringLiteral("PATTERN"));
    parser.addOptions({ kindOption, outOption, widthOption, heightOption, iterationsOption, seedOption, ghostsOption, seriesOption });
    const QString synopsis = QStringLiteral("chart PLAN --kind %1 -o OUT.png|svg [--width W] [--height H] [--iterations N] [--seed S] "
                                            "[--ghosts] [--series PATTERN]...")
                                 .arg(kinds().join(u'|'));
    if (const auto exit = parseCommandLine(parser, args, console, synopsis, 1, 1))
        return *exit;

    const QString kind = parser.value(kindOption);
    if (!parser.isSet(kindOption) || !kinds().contains(kind)) {
        console.error(parser.isSet(kindOption)
                          ? QCoreApplication::translate("cli", "chart: unknown kind \"%1\" (expected one of %2)").arg(kind, kinds().join(QStringLiteral(", ")))
                          : QCoreApplication::translate("cli", "chart: --kind is required (one of %1)").arg(kinds().join(QStringLiteral(", "))));
        return ExitUsage;
    }
    if (parser.isSet(ghostsOption) && kind != u"timeline") {
        console.error(QCoreApplication::translate("cli", "chart: --ghosts is for --kind timeline only"));
        return ExitUsage;
    }
    const QStringList seriesPatterns = parser.values(seriesOption);
    if (!seriesPatterns.isEmpty() && kind != u"lag") {
        console.error(QCoreApplication::translate("cli", "chart: --series applies to --kind lag only"));
        return ExitUsage;
    }
    for (const QString &pattern : seriesPatterns) {
        if (pattern.trimmed().isEmpty()) {
            console.error(QCoreApplication::translate("cli", "chart: --series needs a name or pattern, not an empty string"));
            return ExitUsage;
        }
    }
    const QString out = parser.value(outOption);
    if (out.isEmpty()) {
        console.error(QCoreApplication::translate("cli", "chart: -o OUT.png or OUT.svg is required"));
        return ExitUsage;
    }
    if (!charts::ChartExport::formatFor(out)) {
        console.error(QCoreApplication::translate("cli", "%1: unknown image type (expected a file name ending in .png or .svg)").arg(out));
        return ExitUsage;
    }
    const auto width = intOption(parser, widthOption, 1600, charts::ChartExport::kMinSide, charts::ChartExport::kMaxSide, console);
    const auto height = intOption(parser, heightOption, 1000, charts::ChartExport::kMinSide, charts::ChartExport::kMaxSide, console);
    const auto iterations = intOption(parser, iterationsOption, 10000, 1, MonteCarlo::kMaxIterations, console);
    const auto seed = intOption(parser, seedOption, 1, 0, std::numeric_limits<qint64>::max(), console);
    if (!width || !height || !iterations || !seed)
        return ExitUsage;

    const QString path = parser.positionalArguments().at(0);
    const Result<Plan> plan = readPlan(path, console);
    if (!plan) {
        console.error(plan.error());
        return ExitUsage;
    }
    // The figures come from the plan analysis, as in the desktop and the report (docs/analysis.md).
    PlanAnalysis analysis(&plan.value());
    analysis.setIterations(int(*iterations));
    analysis.setSeed(quint64(*seed));
    const Result<Schedule> &schedule = analysis.schedule();
    if (!schedule && (kind == u"timeline" || kind == u"simulation" || kind == u"lag")) {
        console.error(QCoreApplication::translate("cli", "%1: cannot schedule the plan: %2").arg(path, schedule.errorString()));
        return ExitUsage;
    }

    const auto simulate = [&]() -> const SimulationResult * {
        if (Status s = analysis.simulateNow(); !s) {
            console.error(QCoreApplication::translate("cli", "%1: cannot simulate the plan: %2").arg(path, s.errorString()));
            return nullptr;
        }
        return analysis.currentSimulation();
    };

    charts::PaintFunction paint;
    // The data lives until the image is written.
    charts::GanttData gantt;
    charts::SimulationChartData simulation;
    charts::LagChartData lag;
    charts::ValidationSummary validation;
    charts::CriteriaBoardData criteria;
    if (kind == u"timeline") {
        const SimulationResult *ghosts = nullptr;
        if (parser.isSet(ghostsOption) && !(ghosts = simulate()))
            return ExitUsage;
        gantt = charts::GanttData::build(plan.value(), schedule.value(), ghosts);
        paint = [&](QPainter *p, const QRectF &r) { charts::GanttRenderer::paint(p, r, gantt); };
    } else if (kind == u"simulation") {
        const SimulationResult *result = simulate();
        if (!result)
            return ExitUsage;
        simulation = charts::SimulationChartData::build(plan.value(), schedule.value(), *result);
        paint = [&](QPainter *p, const QRectF &r) { charts::SimulationRenderer::paint(p, r, simulation); };
    } else if (kind == u"lag") {
        const charts::LagChartData all = charts::LagChartData::build(plan.value(), &schedule.value());
        QList<int> shown;
        if (seriesPatterns.isEmpty()) {
            shown = SeriesSelection().peek(all.seriesIds(), all.criterionSeries()); // as the desktop and the report
        } else {
            QStringList unmatched;
            shown = all.seriesMatching(seriesPatterns, &unmatched);
            if (!unmatched.isEmpty()) {
                // One line: the unmatched patterns, and the first few names to pick from.
                constexpr qsizetype kNamesShown = 8;
                QStringList names;
                for (const charts::LagSeries &s : all.series) {
                    if (!names.contains(s.name))
                        names.append(s.name);
                }
                QString choices = names.isEmpty() ? QCoreApplication::translate("cli", "no series")
                                                  : QStringList(names.mid(0, kNamesShown)).join(QStringLiteral(", "));
                if (names.size() > kNamesShown)
                    choices += QCoreApplication::translate("cli", " and %1 more").arg(names.size() - kNamesShown);
                QStringList quoted;
                for (const QString &pattern : std::as_const(unmatched))
                    quoted.append(QStringLiteral("\"%1\"").arg(pattern));
                console.error((unmatched.size() == 1
                                   ? QCoreApplication::translate("cli", "%1: --series %2 matches no series name or metric (the plan has: %3)")
                                   : QCoreApplication::translate("cli", "%1: --series %2 match no series name or metric (the plan has: %3)"))
                                  .arg(path, quoted.join(QStringLiteral(", ")), choices));
                return ExitUsage;
            }
        }
        lag = all.selected(shown);
        paint = [&](QPainter *p, const QRectF &r) { charts::LagQChart::paint(p, r, lag); };
    } else if (kind == u"validation") {
        validation = charts::ValidationSummary::build(plan.value().validation);
        validation.title = plan.value().name;
        paint = [&](QPainter *p, const QRectF &r) { charts::ValidationRenderer::paint(p, r, validation); };
    } else {
        criteria = charts::CriteriaBoardData::build(plan.value());
        paint = [&](QPainter *p, const QRectF &r) { charts::CriteriaBoardRenderer::paint(p, r, criteria); };
    }

    const QSize size { int(*width), int(*height) };
    const Status written = charts::ChartExport::save(out, size, paint);
    if (!written) {
        console.error(written.error());
        return ExitUsage;
    }
    console.out() << QCoreApplication::translate("cli", "%1: %2 chart, %3×%4").arg(QDir::toNativeSeparators(out), kind).arg(size.width()).arg(size.height())
                  << '\n';
    return ExitOk;
}

} // namespace cutover::cli
