// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandfunctions.h"
#include "commandline.h"
#include "console.h"
#include "interchange/jsonwriter.h"
#include "lint/planlinter.h"
#include "planinput.h"

#include <QCoreApplication>

#include <algorithm>

namespace cutover::cli {

namespace {

QString severityName(PlanIssue::Severity s)
{
    return s == PlanIssue::Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

void printJson(const QList<PlanIssue> &findings, Console &console)
{
    const qsizetype errors = PlanLinter::count(findings, PlanIssue::Severity::Error);
    JsonWriter w;
    w.beginObject();
    w.value("ok", errors == 0);
    w.value("errors", double(errors));
    w.value("warnings", double(findings.size() - errors));
    w.beginArray("findings");
    for (const PlanIssue &f : findings) {
        w.beginObject();
        w.value("severity", severityName(f.severity));
        w.value("code", f.code);
        w.stringArray("ids", f.ids);
        w.value("message", f.message);
        w.endObject();
    }
    w.endArray();
    w.endObject();
    console.writeOut(w.finish());
}

void printText(const QString &path, const Plan &plan, const QList<PlanIssue> &findings, Console &console)
{
    const QStringList subjects = PlanLinter::subjects(findings, plan);
    for (qsizetype i = 0; i < findings.size(); ++i) {
        const PlanIssue &f = findings.at(i);
        const QString &subject = subjects.at(i);
        console.out() << severityName(f.severity) << QStringLiteral(": [") << f.code << QStringLiteral("] ");
        if (!subject.isEmpty())
            console.out() << subject << QStringLiteral(": ");
        console.out() << f.message << '\n';
    }
    const qsizetype errors = PlanLinter::count(findings, PlanIssue::Severity::Error);
    const qsizetype warnings = findings.size() - errors;
    if (findings.isEmpty()) {
        console.out() << QCoreApplication::translate("cli", "%1: no problems found (%2 tasks, %3 rollback steps).")
                             .arg(path)
                             .arg(plan.tasks.size())
                             .arg(plan.rollbackTasks.size())
                      << '\n';
    } else {
        const QString e = errors == 1 ? QCoreApplication::translate("cli", "1 error")
                                      : QCoreApplication::translate("cli", "%1 errors").arg(errors);
        const QString w = warnings == 1 ? QCoreApplication::translate("cli", "1 warning")
                                        : QCoreApplication::translate("cli", "%1 warnings").arg(warnings);
        console.out() << QStringLiteral("%1: %2, %3").arg(path, e, w) << '\n';
    }
}

} // namespace

int cmdCheck(const QStringList &args, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Lint a plan: dependency cycles, unknown predecessors, marks missing or duplicated, tasks "
               "without owner, estimates out of order, criteria whose metric has no data, the write freeze "
               "outside the maintenance window, and the plan's other invariants (docs/check.md).\n"
               "Exit code 1 when any finding is an error."));
    parser.addPositionalArgument(QStringLiteral("PLAN"), QCoreApplication::translate("cli", "The plan (.cutover or .json)."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QCoreApplication::translate("cli", "Print the findings as JSON."));
    parser.addOption(jsonOption);
    if (const auto exit = parseCommandLine(parser, args, console, QStringLiteral("check PLAN [--json]"), 1, 1))
        return *exit;

    const QString path = parser.positionalArguments().at(0);
    const auto plan = readPlan(path, console, PlanChecks::StructureOnly);
    if (!plan) {
        console.error(plan.error());
        return ExitUsage;
    }
    QList<PlanIssue> findings = PlanLinter::lint(plan.value());
    std::stable_sort(findings.begin(), findings.end(), [](const PlanIssue &a, const PlanIssue &b) {
        return a.severity == PlanIssue::Severity::Error && b.severity != PlanIssue::Severity::Error;
    });
    if (parser.isSet(jsonOption))
        printJson(findings, console);
    else
        printText(path, plan.value(), findings, console);
    return PlanLinter::count(findings, PlanIssue::Severity::Error) > 0 ? ExitProblems : ExitOk;
}

} // namespace cutover::cli
