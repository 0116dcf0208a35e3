// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandfunctions.h"
#include "commandline.h"
#include "console.h"
#include "planinput.h"
#include "schedule/scheduler.h"

#include <QCoreApplication>

namespace cutover::cli {

namespace {

QString formatName(ExchangeFormat format)
{
    switch (format) {
    case ExchangeFormat::MsProjectXml: return QStringLiteral("MS Project XML");
    case ExchangeFormat::Csv: return QStringLiteral("CSV");
    case ExchangeFormat::Tsv: return QStringLiteral("TSV");
    case ExchangeFormat::ICalendar: return QStringLiteral("iCalendar");
    case ExchangeFormat::None: break;
    }
    return {};
}

} // namespace

int cmdConvert(const QStringList &args, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Convert a plan between the .cutover file and the JSON interchange format, losslessly "
               "(also .json to .json and .cutover to .cutover), or exchange it with other tools: "
               "OUT.xml writes MS Project XML (MSPDI), OUT.csv / OUT.tsv a runbook spreadsheet, OUT.ics "
               "an iCalendar file of the night's events; IN may also be an MS Project XML file (by content) "
               "or a .csv/.tsv runbook (by its header). What a format cannot hold is named on stderr. "
               "OUT is replaced atomically: if the conversion fails, OUT is left as it was."));
    parser.addPositionalArgument(QStringLiteral("IN"), QCoreApplication::translate("cli", "The plan to read (.cutover, .json, MS Project .xml, .csv or .tsv runbook)."));
    parser.addPositionalArgument(QStringLiteral("OUT"), QCoreApplication::translate("cli", "The file to write (.cutover, .json, .xml, .csv, .tsv or .ics)."));
    if (const auto exit = parseCommandLine(parser, args, console, QStringLiteral("convert IN OUT"), 2, 2))
        return *exit;

    const QString in = parser.positionalArguments().at(0);
    const QString out = parser.positionalArguments().at(1);
    const ExchangeFormat exchange = PlanIo::exchangeFormatFor(out);
    if (!isWritablePlanPath(out) && exchange == ExchangeFormat::None) {
        console.error(Error(QCoreApplication::translate("cli", "cannot tell the format from the name; use a .cutover, .json, .xml (MS Project), .csv, .tsv or .ics file name"), out));
        return ExitUsage;
    }
    Result<OpenedPlan> opened = PlanIo::openAny(in);
    if (!opened) {
        console.error(opened.error());
        return ExitUsage;
    }
    for (const QString &warning : std::as_const(opened->warnings))
        console.warning(warning);
    const Plan &plan = opened->plan;
    if (isWritablePlanPath(out)) {
        if (const Status written = writePlan(plan, out, &console); !written) {
            console.error(written.error());
            return ExitUsage;
        }
    } else {
        // Like `schedule`: a plan that cannot be scheduled is a problem of the plan (exit 1), and
        // no calendar of its events is written.
        if (exchange == ExchangeFormat::ICalendar) {
            if (const Result<Schedule> schedule = Scheduler::schedule(plan); !schedule) {
                console.error(Error(schedule.error().message, in));
                return ExitProblems;
            }
        }
        const Result<ExportReport> exported = PlanIo::exportTo(plan, out);
        if (!exported) {
            console.error(exported.error());
            return ExitUsage;
        }
        if (!exported->leftOut.isEmpty())
            console.err() << QCoreApplication::translate("cli", "%1: note: left out of %2: %3")
                                 .arg(out, formatName(exchange), exported->leftOut.join(QStringLiteral("; ")))
                          << Qt::endl;
    }
    console.out() << QCoreApplication::translate("cli", "Converted %1 to %2: %3 tasks, %4 rollback steps, %5 series, %6 validation results.")
                         .arg(in, out)
                         .arg(plan.tasks.size())
                         .arg(plan.rollbackTasks.size())
                         .arg(plan.series.size())
                         .arg(plan.validation.size())
                  << '\n';
    return ExitOk;
}

} // namespace cutover::cli
