// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/plandiff.h"
#include "commandfunctions.h"
#include "commandline.h"
#include "console.h"
#include "model/durationtext.h"
#include "reviewfigures.h"
#include "texttable.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cmath>

namespace cutover::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

QString timeText(const QDateTime &t, const QTimeZone &zone)
{
    return t.isValid() ? t.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : tr("unknown");
}

QString minutesText(const std::optional<double> &m)
{
    return m ? DurationText::format(*m) : tr("unknown");
}

QString percentText(const std::optional<double> &p)
{
    return p ? QStringLiteral("%1 %").arg(std::round(*p * 1000) / 10) : tr("unknown");
}

const Task *taskIn(const QList<Task> &tasks, const QString &id)
{
    for (const Task &t : tasks) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

void printList(QTextStream &out, const ListChanges &changes, const QList<Task> &oldTasks, const QList<Task> &newTasks,
               const QTimeZone &zone)
{
    const auto nameOf = [&](const QString &id) {
        const Task *t = taskIn(newTasks, id);
        if (!t)
            t = taskIn(oldTasks, id);
        return t && !t->name.isEmpty() ? QStringLiteral(" \u201c%1\u201d").arg(t->name) : QString();
    };
    for (const QString &id : changes.added)
        out << QStringLiteral("  + %1%2\n").arg(id, nameOf(id));
    for (const QString &id : changes.removed)
        out << QStringLiteral("  - %1%2\n").arg(id, nameOf(id));
    for (const ItemChange &c : changes.changed) {
        out << QStringLiteral("  ~ %1%2\n").arg(c.id, nameOf(c.id));
        for (const FieldChange &f : c.fields)
            out << QStringLiteral("      ") << PlanDiff::describe(f, zone) << '\n';
    }
}

void printText(const DiffSide &oldSide, const DiffSide &newSide, const PlanDiff &diff, Console &console)
{
    QTextStream &out = console.out();
    const QTimeZone zone = newSide.plan.displayZone();
    out << tr("Changes from %1 to %2").arg(oldSide.label, newSide.label) << "\n\n";
    if (!diff.hasDifferences()) {
        out << tr("No differences.") << '\n';
        return;
    }
    TextTable figures({tr("FIGURE"), tr("THEN"), tr("NOW")});
    figures.addRow({tr("Finish"), timeText(diff.from.finish, zone), timeText(diff.to.finish, zone)});
    figures.addRow({tr("Downtime (likely)"), minutesText(diff.from.downtimeMinutes), minutesText(diff.to.downtimeMinutes)});
    figures.addRow({tr("Downtime (P80)"), minutesText(diff.from.downtimeP80), minutesText(diff.to.downtimeP80)});
    figures.addRow({tr("Fits the window"), percentText(diff.from.probabilityWithinWindow),
                    percentText(diff.to.probabilityWithinWindow)});
    figures.addRow({tr("Rollback deadline (P80)"), timeText(diff.from.rollbackDeadlineP80, zone),
                    timeText(diff.to.rollbackDeadlineP80, zone)});
    figures.print(out, QStringLiteral("  "));

    if (!diff.effects.isEmpty()) {
        out << '\n' << tr("Runbook, biggest downtime effect first (each change applied alone to the old plan):") << '\n';
        for (const ChangeEffect &e : diff.effects) {
            const Task *t = e.kind == ChangeEffect::Kind::Removed ? taskIn(oldSide.plan.tasks, e.id)
                                                                  : taskIn(newSide.plan.tasks, e.id);
            const QString sign = e.kind == ChangeEffect::Kind::Added ? QStringLiteral("+")
                : e.kind == ChangeEffect::Kind::Removed               ? QStringLiteral("-")
                                                                      : QStringLiteral("~");
            out << QStringLiteral("  %1 %2%3  ").arg(sign, e.id,
                                                      t && !t->name.isEmpty() ? QStringLiteral(" \u201c%1\u201d").arg(t->name)
                                                                              : QString())
                << tr("downtime %1").arg(PlanDiff::effectText(e.downtimeMinutes)) << '\n';
            if (const ItemChange *c = PlanDiff::find(diff.tasks, e.id)) {
                for (const FieldChange &f : c->fields)
                    out << QStringLiteral("      ") << PlanDiff::describe(f, zone) << '\n';
            }
        }
    }
    if (!diff.rollback.isEmpty()) {
        out << '\n' << tr("Rollback plan:") << '\n';
        printList(out, diff.rollback, oldSide.plan.rollbackTasks, newSide.plan.rollbackTasks, zone);
    }
    if (!diff.criteria.isEmpty()) {
        out << '\n' << tr("Criteria:") << '\n';
        for (const QString &id : diff.criteria.added)
            out << QStringLiteral("  + %1\n").arg(id);
        for (const QString &id : diff.criteria.removed)
            out << QStringLiteral("  - %1\n").arg(id);
        for (const ItemChange &c : diff.criteria.changed) {
            out << QStringLiteral("  ~ %1\n").arg(c.id);
            for (const FieldChange &f : c.fields)
                out << QStringLiteral("      ") << PlanDiff::describe(f, zone) << '\n';
        }
    }
}

} // namespace

int cmdDiff(const QStringList &args, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("What changed between two plan versions: runbook tasks, rollback tasks and criteria matched by id "
           "(a renamed id shows as removed and added), field by field, and the figures then and now. OLD and "
           "NEW are plans (.cutover or .json) or PLAN@BASELINE. The text lists runbook changes by their effect "
           "on downtime: the change applied alone to OLD. Exit 0: no differences, 1: differences, 2: unreadable "
           "input."));
    parser.addPositionalArgument(QStringLiteral("OLD"), tr("The older plan, or PLAN@BASELINE."));
    parser.addPositionalArgument(QStringLiteral("NEW"), tr("The newer plan, or PLAN@BASELINE."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print the differences as JSON."));
    parser.addOption(jsonOption);
    if (const auto exit = parseCommandLine(parser, args, console, QStringLiteral("diff OLD NEW [--json]"), 2, 2))
        return *exit;

    Result<DiffSide> oldSide = readDiffSide(parser.positionalArguments().at(0), console);
    if (!oldSide) {
        console.error(oldSide.error());
        return ExitUsage;
    }
    Result<DiffSide> newSide = readDiffSide(parser.positionalArguments().at(1), console);
    if (!newSide) {
        console.error(newSide.error());
        return ExitUsage;
    }
    // A plan's figures are simulated like the baseline on the other side was (same seed and
    // runs), so an unchanged plan shows the same percentiles; else 10000 runs, seed 1.
    int iterations = 10000;
    quint64 seed = 1;
    for (const DiffSide *side : {&newSide.value(), &oldSide.value()}) {
        if (side->baseline && side->baseline->figures.iterations > 0) {
            iterations = side->baseline->figures.iterations;
            seed = side->baseline->figures.seed;
        }
    }
    const auto figuresOf = [&](const DiffSide &side) {
        return side.baseline ? side.baseline->figures : reviewFigures(side.plan, iterations, seed);
    };
    const PlanDiff diff = PlanDiff::compute(oldSide->plan, figuresOf(oldSide.value()), newSide->plan, figuresOf(newSide.value()));
    if (parser.isSet(jsonOption))
        console.writeOut(QJsonDocument(diff.toJson(newSide->plan.displayZone())).toJson(QJsonDocument::Indented));
    else
        printText(oldSide.value(), newSide.value(), diff, console);
    return diff.hasDifferences() ? ExitProblems : ExitOk;
}

} // namespace cutover::cli
