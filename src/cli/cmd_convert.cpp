// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandfunctions.h"
#include "commandline.h"
#include "console.h"
#include "planinput.h"

#include <QCoreApplication>

namespace cutover::cli {

int cmdConvert(const QStringList &args, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Convert a plan between the .cutover file and the JSON interchange format, losslessly "
               "(also .json to .json and .cutover to .cutover). OUT is replaced atomically: if the "
               "conversion fails, OUT is left as it was."));
    parser.addPositionalArgument(QStringLiteral("IN"), QCoreApplication::translate("cli", "The plan to read (.cutover or .json)."));
    parser.addPositionalArgument(QStringLiteral("OUT"), QCoreApplication::translate("cli", "The plan to write (.cutover or .json)."));
    if (const auto exit = parseCommandLine(parser, args, console, QStringLiteral("convert IN OUT"), 2, 2))
        return *exit;

    const QString in = parser.positionalArguments().at(0);
    const QString out = parser.positionalArguments().at(1);
    if (!isWritablePlanPath(out)) {
        console.error(Error(QCoreApplication::translate("cli", "cannot tell the format from the name; use a .cutover or .json file name"), out));
        return ExitUsage;
    }
    const auto plan = readPlan(in, console);
    if (!plan) {
        console.error(plan.error());
        return ExitUsage;
    }
    if (const Status written = writePlan(plan.value(), out, &console); !written) {
        console.error(written.error());
        return ExitUsage;
    }
    console.out() << QCoreApplication::translate("cli", "Converted %1 to %2: %3 tasks, %4 rollback steps, %5 series, %6 validation results.")
                         .arg(in, out)
                         .arg(plan->tasks.size())
                         .arg(plan->rollbackTasks.size())
                         .arg(plan->series.size())
                         .arg(plan->validation.size())
                  << '\n';
    return ExitOk;
}

} // namespace cutover::cli
