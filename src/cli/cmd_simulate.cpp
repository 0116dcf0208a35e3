// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandfunctions.h"
#include "analysis/plananalysis.h"
#include "commandline.h"
#include "console.h"
#include "interchange/isotime.h"
#include "interchange/jsonwriter.h"
#include "model/durationtext.h"
#include "planinput.h"
#include "schedule/montecarlo.h"
#include "schedule/scheduler.h"
#include "texttable.h"
#include "verdicterrors.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace cutover::cli {

namespace {

void summaryObject(JsonWriter &w, const char *key, const Percentiles &p)
{
    w.beginObject(key);
    w.value("mean", p.mean);
    w.value("p50", p.p50);
    w.value("p80", p.p80);
    w.value("p95", p.p95);
    w.value("min", p.min);
    w.value("max", p.max);
    w.value("stdDev", p.stdDev);
    w.endObject();
}

void timeOrNull(JsonWriter &w, const char *key, const QDateTime &t)
{
    if (t.isValid())
        w.value(key, IsoTime::format(t));
    else
        w.nullValue(key);
}

/** The plan has errors that withhold the verdict: nothing was simulated. */
void printWithheldJson(const SimulationOptions &options, const PlanSummary &summary, Console &console)
{
    JsonWriter w;
    w.beginObject();
    w.value("iterations", double(options.iterations));
    w.value("seed", double(options.seed));
    w.nullValue("durationMinutes");
    w.nullValue("downtimeMinutes");
    w.nullValue("probabilityWithinWindow");
    w.value("fitsWindow", false);
    writeVerdictErrors(w, summary.errors);
    w.endObject();
    console.writeOut(w.finish());
}

void printJson(const Plan &plan, const SimulationResult &r, const PlanSummary &summary, Console &console)
{
    JsonWriter w;
    w.beginObject();
    w.value("iterations", double(r.iterations));
    w.value("seed", double(r.seed));
    summaryObject(w, "durationMinutes", r.duration);
    if (r.downtime)
        summaryObject(w, "downtimeMinutes", *r.downtime);
    else
        w.nullValue("downtimeMinutes");
    if (r.probabilityWithinWindow)
        w.value("probabilityWithinWindow", *r.probabilityWithinWindow);
    else
        w.nullValue("probabilityWithinWindow");
    if (summary.fitsWindow)
        w.value("fitsWindow", *summary.fitsWindow);
    else
        w.nullValue("fitsWindow");
    if (plan.start.isValid()) {
        w.beginObject("finish");
        w.value("p50", IsoTime::format(scheduleTimeToDateTime(plan, r.duration.p50)));
        w.value("p80", IsoTime::format(scheduleTimeToDateTime(plan, r.duration.p80)));
        w.value("p95", IsoTime::format(scheduleTimeToDateTime(plan, r.duration.p95)));
        w.endObject();
    }
    w.beginObject("criticality");
    for (qsizetype i = 0; i < plan.tasks.size(); ++i)
        w.value(plan.tasks.at(i).id.toUtf8().constData(), r.criticality.at(i));
    w.endObject();
    w.value("sensitivityTarget", r.sensitivityTarget == SensitivityTarget::Downtime ? QStringLiteral("downtime")
                                                                                     : QStringLiteral("finish"));
    w.beginObject("sensitivity");
    for (qsizetype i = 0; i < plan.tasks.size(); ++i)
        w.value(plan.tasks.at(i).id.toUtf8().constData(), r.sensitivity.at(i));
    w.endObject();
    w.beginObject("rollback");
    w.beginObject("durationMinutes");
    w.value("p50", r.rollbackDuration.p50);
    w.value("p80", r.rollbackDuration.p80);
    w.value("p95", r.rollbackDuration.p95);
    w.endObject();
    if (r.rollbackDeadlineP50.isValid())
        w.value("deadlineP50", IsoTime::format(r.rollbackDeadlineP50));
    else
        w.nullValue("deadlineP50");
    // The one rollback rule (docs/analysis.md): the deadlines and margins every surface quotes.
    timeOrNull(w, "deadlineP80", summary.deadlineP80);
    timeOrNull(w, "deadlineLikely", summary.deadlineLikely);
    writeMargin(w, summary, true);
    w.endObject();
    w.endObject();
    console.writeOut(w.finish());
}

QString percent(double share)
{
    return QStringLiteral("%1 %").arg(share * 100.0, 0, 'f', 1);
}

void printText(const Plan &plan, const SimulationResult &r, const PlanSummary &summary, Console &console)
{
    QTextStream &out = console.out();
    const QString longFormat = QStringLiteral("ddd yyyy-MM-dd HH:mm");
    out << plan.name << '\n'
        << QCoreApplication::translate("cli",
                                       "Monte Carlo: %1 iterations, seed %2 (the same seed gives the same numbers).")
               .arg(r.iterations)
               .arg(r.seed)
        << "\n\n";

    TextTable table({QString(), QCoreApplication::translate("cli", "MEAN"), QCoreApplication::translate("cli", "P50"),
                     QCoreApplication::translate("cli", "P80"), QCoreApplication::translate("cli", "P95")},
                    {TextTable::Align::Left, TextTable::Align::Right, TextTable::Align::Right, TextTable::Align::Right,
                     TextTable::Align::Right});
    const auto row = [&](const QString &label, const Percentiles &p) {
        table.addRow({label, DurationText::format(p.mean), DurationText::format(p.p50), DurationText::format(p.p80),
                      DurationText::format(p.p95)});
    };
    row(QCoreApplication::translate("cli", "Duration"), r.duration);
    if (plan.start.isValid()) {
        const auto at = [&](double m) { return scheduleTimeToDateTime(plan, m).toString(QStringLiteral("ddd HH:mm")); };
        table.addRow({QCoreApplication::translate("cli", "  finishes"), at(r.duration.mean), at(r.duration.p50),
                      at(r.duration.p80), at(r.duration.p95)});
    }
    if (r.downtime)
        row(QCoreApplication::translate("cli", "Downtime"), *r.downtime);
    if (!plan.rollbackTasks.isEmpty())
        row(QCoreApplication::translate("cli", "Rollback"), r.rollbackDuration);
    table.print(out);
    out << '\n';

    if (r.probabilityWithinWindow)
        out << QCoreApplication::translate("cli", "Fits the window in %1 of the runs.")
                   .arg(percent(*r.probabilityWithinWindow))
            << '\n';
    else if (!r.downtime)
        out << QCoreApplication::translate(
                   "cli", "Downtime and window fit unknown: mark one task freeze-start and one traffic-switched.")
            << '\n';
    else
        out << QCoreApplication::translate("cli", "Window fit unknown: the plan has no maintenance window.") << '\n';
    if (summary.deadlineP80.isValid() && summary.deadlineLikely.isValid())
        out << QCoreApplication::translate(
                   "cli", "Rollback deadline: start a rollback by %1 (P80 of its duration; %2 at likely durations).")
                   .arg(summary.deadlineP80.toString(longFormat), summary.deadlineLikely.toString(longFormat))
            << '\n';
    if (summary.marginP80 && summary.marginLikely)
        out << QCoreApplication::translate("cli", "Margin from %1 to the rollback deadline: %2 at P80, %3 likely.")
                   .arg(summary.marginAnchorText(), PlanSummary::marginValueText(summary.marginP80),
                        PlanSummary::marginValueText(summary.marginLikely))
            << '\n';

    // The ten most critical tasks, and the ten strongest drivers of downtime (or finish).
    QList<int> order(plan.tasks.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return r.criticality[a] > r.criticality[b]; });
    TextTable critical({QCoreApplication::translate("cli", "CRITICAL"), QCoreApplication::translate("cli", "ID"),
                        QCoreApplication::translate("cli", "NAME")},
                       {TextTable::Align::Right});
    critical.setMaxWidth(2, 50);
    for (int i : order.mid(0, 10)) {
        if (r.criticality[i] > 0)
            critical.addRow({percent(r.criticality[i]), plan.tasks[i].id, plan.tasks[i].name});
    }
    out << '\n'
        << QCoreApplication::translate("cli", "Most often critical (share of runs on the critical path):") << '\n';
    critical.print(out, QStringLiteral("  "));

    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return std::abs(r.sensitivity[a]) > std::abs(r.sensitivity[b]); });
    TextTable drivers({QCoreApplication::translate("cli", "RANK CORR."), QCoreApplication::translate("cli", "ID"),
                       QCoreApplication::translate("cli", "NAME")},
                      {TextTable::Align::Right});
    drivers.setMaxWidth(2, 50);
    for (int i : order.mid(0, 10)) {
        if (std::abs(r.sensitivity[i]) >= 0.005)
            drivers.addRow({QString::asprintf("%+.2f", r.sensitivity[i]), plan.tasks[i].id, plan.tasks[i].name});
    }
    out << '\n'
        << (r.sensitivityTarget == SensitivityTarget::Downtime
                ? QCoreApplication::translate(
                      "cli", "What moves the downtime most (rank correlation of duration with downtime):")
                : QCoreApplication::translate("cli",
                                              "What moves the finish most (rank correlation of duration with finish):"))
        << '\n';
    drivers.print(out, QStringLiteral("  "));
}

std::optional<qint64> integerOption(const QCommandLineParser &parser, const QCommandLineOption &option, qint64 min,
                                    qint64 max, Console &console)
{
    bool ok = false;
    const QString text = parser.value(option);
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < min || value > max) {
        console.error(
            QCoreApplication::translate("cli", "simulate: --%1: expected a whole number from %2 to %3, got \"%4\"")
                .arg(option.names().constFirst())
                .arg(min)
                .arg(max)
                .arg(text));
        return std::nullopt;
    }
    return value;
}

} // namespace

int cmdSimulate(const QStringList &args, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli",
        "Monte Carlo simulation of the plan: each run draws every task's duration from its distribution "
        "(triangular, beta-PERT or fixed) and schedules it. Prints mean and P50/P80/P95 of the finish and of "
        "the downtime, the probability of fitting the window, each task's criticality index and what drives "
        "the downtime, and the rollback duration and deadline. The same seed gives the same numbers whatever "
        "the thread count."));
    parser.addPositionalArgument(QStringLiteral("PLAN"),
                                 QCoreApplication::translate("cli", "The plan (.cutover or .json)."));
    const QCommandLineOption iterationsOption(QStringLiteral("iterations"),
                                              QCoreApplication::translate("cli", "Number of runs (default 10000)."),
                                              QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QCoreApplication::translate("cli", "Random seed (default 1)."),
                                        QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption threadsOption(
        QStringLiteral("threads"),
        QCoreApplication::translate("cli", "Worker threads; 0 = one per core (default). Does not change the numbers."),
        QStringLiteral("T"), QStringLiteral("0"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QCoreApplication::translate("cli", "Print the results as JSON (minutes)."));
    parser.addOptions({iterationsOption, seedOption, threadsOption, jsonOption});
    if (const auto exit =
            parseCommandLine(parser, args, console,
                             QStringLiteral("simulate PLAN [--iterations N] [--seed S] [--threads T] [--json]"), 1, 1))
        return *exit;

    SimulationOptions options;
    const auto iterations = integerOption(parser, iterationsOption, 1, MonteCarlo::kMaxIterations, console);
    const auto threads = integerOption(parser, threadsOption, 0, 1024, console);
    // Seeds stop at 2^53 so that JSON numbers carry them exactly.
    const auto seed = integerOption(parser, seedOption, 0, qint64(1) << 53, console);
    if (!iterations || !threads || !seed)
        return ExitUsage;
    options.iterations = int(*iterations);
    options.threads = int(*threads);
    options.seed = quint64(*seed);

    const QString path = parser.positionalArguments().at(0);
    const auto plan = readPlan(path, console);
    if (!plan) {
        console.error(plan.error());
        return ExitUsage;
    }
    PlanAnalysis analysis(&plan.value());
    analysis.setIterations(options.iterations);
    analysis.setSeed(options.seed);
    if (analysis.summary().verdictWithheld()) {
        printVerdictErrors(path, plan.value(), analysis.summary().errors, console);
        if (parser.isSet(jsonOption))
            printWithheldJson(options, analysis.summary(), console);
        return ExitProblems;
    }
    const Status run = analysis.simulateNow(options.threads);
    if (!run) {
        Error error = run.error();
        error.file = path;
        console.error(error);
        return ExitUsage;
    }
    const SimulationResult &result = *analysis.currentSimulation();
    if (parser.isSet(jsonOption))
        printJson(plan.value(), result, analysis.summary(), console);
    else
        printText(plan.value(), result, analysis.summary(), console);
    return ExitOk;
}

} // namespace cutover::cli
