// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "commandfunctions.h"

#include <QtGlobal>

namespace cutover::cli {

const QList<CommandInfo> &commands()
{
    static const QList<CommandInfo> table = {
        {"new", QT_TRANSLATE_NOOP("cli", "Create a plan from a template"), &cmdNew, false},
        {"convert", QT_TRANSLATE_NOOP("cli", "Convert a plan between .cutover and .json, losslessly; export or import MS Project XML, CSV/TSV runbooks; export iCalendar"), &cmdConvert, false},
        {"check", QT_TRANSLATE_NOOP("cli", "Lint a plan; exit 1 when errors are found"), &cmdCheck, false},
        {"schedule", QT_TRANSLATE_NOOP("cli", "Deterministic critical-path schedule"), &cmdSchedule, false},
        {"simulate", QT_TRANSLATE_NOOP("cli", "Monte Carlo simulation: P50/P80/P95, window fit, criticality"), &cmdSimulate, false},
        {"import", QT_TRANSLATE_NOOP("cli", "Import monitoring and validation exports into a .cutover plan"), &cmdImport, false},
        {"criteria", QT_TRANSLATE_NOOP("cli", "Evaluate rollback criteria; exit 1 when a rollback criterion is breached"), &cmdCriteria, false},
        {"forecast", QT_TRANSLATE_NOOP("cli", "Forecast the final sync's drain time from the imported lag data"), &cmdForecast, false},
        {"chart", QT_TRANSLATE_NOOP("cli", "Draw one chart of a plan as a PNG or SVG image"), &cmdChart, true},
        {"report", QT_TRANSLATE_NOOP("cli", "Write the stakeholder report as a PDF"), &cmdReport, true},
        {"baseline", QT_TRANSLATE_NOOP("cli", "Take a named baseline of a plan (and approve it with --approve --by NAME)"), &cmdBaseline, false},
        {"diff", QT_TRANSLATE_NOOP("cli", "What changed between two plans or PLAN@BASELINE; exit 1 when they differ"), &cmdDiff, false},
    };
    return table;
}

} // namespace cutover::cli
