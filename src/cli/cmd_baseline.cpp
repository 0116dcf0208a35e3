// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/baselines.h"
#include "commandfunctions.h"
#include "commandline.h"
#include "console.h"
#include "interchange/isotime.h"
#include "model/signoff.h"
#include "planinput.h"
#include "reviewfigures.h"
#include "schedule/montecarlo.h"
#include "storage/planfile.h"
#include "workbench/planio.h"

#include <QCoreApplication>
#include <QDateTime>

namespace cutover::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

} // namespace

int cmdBaseline(const QStringList &args, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Take a baseline: a named, read-only snapshot of the runbook, rollback plan and criteria with "
           "the figures of this moment (deterministic finish and downtime, P50/P80/P95 of duration and "
           "downtime, probability of fitting the window, P80 rollback deadline, seed and iterations). "
           "With --approve the plan is approved as of this baseline. Exit 2 if the name is taken; a failed "
           "command leaves the plan file unchanged."));
    parser.addPositionalArgument(QStringLiteral("PLAN"), tr("The plan (.cutover or .json)."));
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The baseline's name (unique in the plan)."));
    const QCommandLineOption noteOption(QStringLiteral("note"), tr("A note kept with the baseline."), QStringLiteral("TEXT"));
    const QCommandLineOption byOption(QStringLiteral("by"), tr("Who takes the baseline (and approves); default $USER."),
                                      QStringLiteral("NAME"));
    const QCommandLineOption atOption(QStringLiteral("at"), tr("The time recorded (ISO 8601 with offset; default now)."),
                                      QStringLiteral("ISO"));
    const QCommandLineOption approveOption(QStringLiteral("approve"),
                                           tr("Also approve the plan as of this baseline (needs --by)."));
    const QCommandLineOption iterationsOption(QStringLiteral("iterations"), tr("Simulation runs (default 10000)."),
                                              QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), tr("Random seed (default 1)."), QStringLiteral("S"),
                                        QStringLiteral("1"));
    parser.addOptions({noteOption, byOption, atOption, approveOption, iterationsOption, seedOption});
    if (const auto exit = parseCommandLine(parser, args, console,
                                           QStringLiteral("baseline PLAN NAME [--note TEXT] [--approve --by NAME]"), 2, 2))
        return *exit;
    const QString path = parser.positionalArguments().at(0);
    const QString name = parser.positionalArguments().at(1).trimmed();
    if (name.isEmpty()) {
        console.error(tr("baseline: NAME: expected a name, got an empty string"));
        return ExitUsage;
    }
    bool ok = false;
    const int iterations = parser.value(iterationsOption).toInt(&ok);
    if (!ok || iterations < 1 || iterations > MonteCarlo::kMaxIterations) {
        console.error(tr("baseline: --iterations: expected a whole number from 1 to %1, got \"%2\"")
                          .arg(MonteCarlo::kMaxIterations).arg(parser.value(iterationsOption)));
        return ExitUsage;
    }
    const quint64 seed = parser.value(seedOption).toULongLong(&ok);
    if (!ok || seed > (quint64(1) << 53)) {
        console.error(tr("baseline: --seed: expected a whole number from 0 to %1, got \"%2\"")
                          .arg(quint64(1) << 53).arg(parser.value(seedOption)));
        return ExitUsage;
    }
    QDateTime at = QDateTime::currentDateTime();
    at = at.toOffsetFromUtc(at.offsetFromUtc());
    if (parser.isSet(atOption)) {
        const auto parsed = IsoTime::parse(parser.value(atOption));
        if (!parsed) {
            console.error(tr("baseline: --at: expected an ISO 8601 time with offset such as "
                             "\"2026-12-05T21:00:00+01:00\", got \"%1\"").arg(parser.value(atOption)));
            return ExitUsage;
        }
        at = *parsed;
    }
    QString by = parser.value(byOption).trimmed();
    if (parser.isSet(approveOption) && by.isEmpty()) {
        console.error(tr("baseline: --approve needs --by NAME (who approves)"));
        return ExitUsage;
    }
    if (by.isEmpty())
        by = qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME"));
    const QString note = parser.value(noteOption);
    const bool approve = parser.isSet(approveOption);

    const auto change = [&](Plan *plan) -> Status {
        if (plan->findBaseline(name))
            return Error(tr("the plan already has a baseline named \"%1\"; the plan was not changed").arg(name), path);
        const BaselineFigures figures = reviewFigures(*plan, iterations, seed);
        if (Status s = Baselines::add(plan, Baselines::snapshot(*plan, name, note, by, at, figures)); !s)
            return Error(s.error().message, path);
        if (approve) {
            if (Status s = SignOff::approve(plan, name, by, at); !s)
                return Error(tr("%1; the plan was not changed").arg(s.error().message), path);
        }
        return Ok{};
    };

    if (PlanIo::kindOf(path) == PlanKind::Native) {
        if (Status s = PlanFile::update(path, change, writerOptions(path, &console)); !s) {
            console.error(s.error());
            return ExitUsage;
        }
    } else {
        Result<Plan> plan = readPlan(path, console);
        if (!plan) {
            console.error(plan.error());
            return ExitUsage;
        }
        if (Status s = change(&plan.value()); !s) {
            console.error(s.error());
            return ExitUsage;
        }
        if (Status s = writePlan(plan.value(), path, &console); !s) {
            console.error(s.error());
            return ExitUsage;
        }
    }
    console.out() << (approve ? tr("%1: baseline \"%2\" taken; the plan is approved by %3").arg(path, name, by)
                              : tr("%1: baseline \"%2\" taken").arg(path, name))
                  << '\n';
    return ExitOk;
}

} // namespace cutover::cli
