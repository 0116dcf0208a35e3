// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandfunctions.h"
#include "commandline.h"
#include "console.h"
#include "criteria/finalsyncforecast.h"
#include "interchange/jsonwriter.h"
#include "model/durationtext.h"
#include "planinput.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

#include <cmath>

namespace cutover::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

/** Minutes with one decimal, as the JSON carries them (rounded half away from zero). */
double minutes(double seconds)
{
    return std::round(seconds / 6.0) / 10.0;
}

/** "45 s", "1 min 20 s" under ten minutes (a final sync is often that short), else DurationText. */
QString drainText(double seconds)
{
    if (seconds >= 600)
        return DurationText::format(seconds / 60.0);
    const int whole = int(std::lround(seconds));
    if (whole < 60)
        return tr("%1 s").arg(whole);
    return tr("%1 min %2 s").arg(whole / 60).arg(whole % 60);
}

} // namespace

int cmdForecast(const QStringList &args, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Forecast the final sync: how long the target needs to catch up once writes stop, from the imported lag "
           "data (lag level / (1 - slope of the catch-up stretches)) or, where present, from a backlog and an "
           "apply-rate series. Exit code 2 when no lag series is imported, 1 when no catch-up stretch is found."));
    parser.addPositionalArgument(QStringLiteral("PLAN"), tr("The plan (.cutover or .json)."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print the forecast as JSON."));
    parser.addOption(jsonOption);
    if (const auto exit = parseCommandLine(parser, args, console, QStringLiteral("forecast PLAN [--json]"), 1, 1))
        return *exit;

    const QString path = parser.positionalArguments().at(0);
    const auto plan = readPlan(path, console);
    if (!plan) {
        console.error(plan.error());
        return ExitUsage;
    }
    const FinalSyncForecaster::Result result = FinalSyncForecaster::forecast(plan.value());
    if (result.outcome != FinalSyncForecaster::Outcome::Ok) {
        console.error(tr("%1: %2").arg(path, result.message));
        return result.outcome == FinalSyncForecaster::Outcome::NoLagSeries ? ExitUsage : ExitProblems;
    }
    const FinalSyncForecast &f = result.forecast;
    const QTimeZone zone = plan->displayZone();
    auto when = [&zone](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, zone.isValid() ? zone : QTimeZone::utc()).toString(Qt::ISODate);
    };
    const bool lagBasis = f.basis == FinalSyncForecast::Basis::LagSlope;

    if (parser.isSet(jsonOption)) {
        JsonWriter w;
        w.beginObject();
        w.beginObject("finalSync");
        w.value("basis", lagBasis ? QStringLiteral("lag-slope") : QStringLiteral("backlog-rate"));
        w.stringArray("series", f.series);
        if (f.lagSeconds)
            w.value("lagSeconds", *f.lagSeconds);
        else
            w.nullValue("lagSeconds");
        if (f.catchUpRatio)
            w.value("catchUpRatio", *f.catchUpRatio);
        else
            w.nullValue("catchUpRatio");
        w.value("p50Minutes", minutes(f.p50Seconds));
        w.value("p80Minutes", minutes(f.p80Seconds));
        w.beginArray("stretches");
        for (const CatchUpStretch &c : f.stretches) {
            w.beginObject();
            w.value("from", when(c.from));
            w.value("to", when(c.to));
            w.value("slope", c.slope);
            w.endObject();
        }
        w.endArray();
        // Extensions (docs/forecast.md): the exact seconds, the recent stretch, the backlog basis.
        w.value("p50Seconds", f.p50Seconds);
        w.value("p80Seconds", f.p80Seconds);
        w.value("recentFrom", when(f.steadyFrom));
        w.value("recentTo", when(f.steadyTo));
        if (f.backlog)
            w.value("backlog", *f.backlog);
        if (f.applyRate)
            w.value("applyRate", *f.applyRate);
        w.endObject();
        w.endObject();
        console.out() << QString::fromUtf8(w.finish());
        return ExitOk;
    }

    QTextStream &out = console.out();
    const QLocale locale;
    out << tr("Final sync after the freeze: P50 %1, P80 %2.")
               .arg(drainText(f.p50Seconds), drainText(f.p80Seconds))
        << '\n';
    if (lagBasis) {
        // One arg() call: a series name holding "%3" must not be filled in by a later one.
        const QString stretches = f.stretches.size() == 1 ? tr("1 catch-up stretch") // the CLI stays English: no plural catalogue
                                                          : tr("%1 catch-up stretches").arg(f.stretches.size());
        out << tr("Basis: lag slope of %1; lag %2 s (median of %3 points, %4 to %5), catch-up ratio %6 (median of %7).")
                   .arg(f.series.join(QStringLiteral(", ")), locale.toString(*f.lagSeconds, 'g', 4), QString::number(f.steadyPoints),
                        when(f.steadyFrom), when(f.steadyTo), locale.toString(*f.catchUpRatio, 'g', 4), stretches)
            << '\n';
        for (const CatchUpStretch &c : f.stretches)
            out << tr("  catch-up %1 to %2: slope %3 s/s").arg(when(c.from), when(c.to), locale.toString(c.slope, 'g', 3)) << '\n';
    } else {
        out << tr("Basis: backlog %1 / apply rate %2 per second (%3, medians from %4 to %5).")
                   .arg(locale.toString(*f.backlog, 'g', 6), locale.toString(*f.applyRate, 'g', 6),
                        f.series.join(QStringLiteral(" / ")), when(f.steadyFrom), when(f.steadyTo))
            << '\n';
    }
    return ExitOk;
}

} // namespace cutover::cli
