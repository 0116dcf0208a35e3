// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandfunctions.h"
#include "analysis/plananalysis.h"
#include "commandline.h"
#include "console.h"
#include "interchange/isotime.h"
#include "interchange/jsonwriter.h"
#include "model/durationtext.h"
#include "planinput.h"
#include "schedule/scheduler.h"
#include "texttable.h"
#include "verdicterrors.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <cstdlib>

namespace cutover::cli {

namespace {

/** ISO 8601 time in the plan's zone, or an empty string when the plan has no valid start. */
QString isoTime(const Plan &plan, double minutes)
{
    const QDateTime t = scheduleTimeToDateTime(plan, minutes);
    return t.isValid() ? IsoTime::format(t) : QString();
}

void timeValue(JsonWriter &w, const char *key, const QString &iso)
{
    if (iso.isEmpty())
        w.nullValue(key);
    else
        w.value(key, iso);
}

void timingObject(JsonWriter &w, const QString &id, const TaskTiming &t)
{
    w.beginObject();
    w.value("id", id);
    w.value("es", t.es);
    w.value("ef", t.ef);
    w.value("ls", t.ls);
    w.value("lf", t.lf);
    w.value("float", t.totalFloat);
    w.value("critical", t.critical);
    w.endObject();
}

/** `s` is null when the plan cannot be scheduled; the verdict keys follow `summary` (withheld: false/null). */
void printJson(const Plan &plan, const Schedule *s, const PlanSummary &summary, Console &console)
{
    const bool withheld = summary.verdictWithheld();
    JsonWriter w;
    w.beginObject();
    timeValue(w, "start", plan.start.isValid() ? IsoTime::format(scheduleTimeToDateTime(plan, 0)) : QString());
    timeValue(w, "finish", s ? isoTime(plan, s->finish) : QString());
    if (s)
        w.value("durationMinutes", s->finish);
    else
        w.nullValue("durationMinutes");
    if (summary.downtime)
        w.value("downtimeMinutes", *summary.downtime);
    else
        w.nullValue("downtimeMinutes");
    if (withheld)
        w.value("fitsWindow", false);
    else if (summary.fitsWindow)
        w.value("fitsWindow", *summary.fitsWindow);
    else
        w.nullValue("fitsWindow");
    timeValue(w, "freezeStart", s && s->freezeStart && !withheld ? isoTime(plan, *s->freezeStart) : QString());
    timeValue(w, "trafficSwitched", s && s->trafficSwitched && !withheld ? isoTime(plan, *s->trafficSwitched) : QString());
    w.stringArray("criticalPath", s ? s->criticalPath : QStringList());
    w.beginArray("tasks");
    for (qsizetype i = 0; s && i < plan.tasks.size(); ++i)
        timingObject(w, plan.tasks.at(i).id, s->tasks.at(i));
    w.endArray();
    w.beginObject("rollback");
    if (s)
        w.value("durationMinutes", s->rollbackDuration);
    else
        w.nullValue("durationMinutes");
    timeValue(w, "deadline", summary.deadlineLikely.isValid() ? IsoTime::format(summary.deadlineLikely) : QString());
    writeMargin(w, summary, false);
    w.beginArray("tasks");
    for (qsizetype i = 0; s && i < plan.rollbackTasks.size(); ++i)
        timingObject(w, plan.rollbackTasks.at(i).id, s->rollbackTasks.at(i));
    w.endArray();
    w.endObject();
    if (withheld)
        writeVerdictErrors(w, summary.errors);
    w.endObject();
    console.writeOut(w.finish());
}

QString wallClock(const Plan &plan, double minutes, const QString &format)
{
    const QDateTime t = scheduleTimeToDateTime(plan, minutes);
    return t.isValid() ? t.toString(format) : QStringLiteral("+") + DurationText::format(minutes);
}

void printText(const Plan &plan, const Schedule &s, const PlanSummary &summary, Console &console)
{
    QTextStream &out = console.out();
    const QString longFormat = QStringLiteral("ddd yyyy-MM-dd HH:mm");
    const QString shortFormat = QStringLiteral("ddd MM-dd HH:mm");
    out << plan.name << '\n';
    if (plan.start.isValid()) {
        const int offset = scheduleTimeToDateTime(plan, 0).offsetFromUtc();
        const QString utc = QStringLiteral("UTC%1%2:%3")
                                .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                                .arg(std::abs(offset) / 3600, 2, 10, QLatin1Char('0'))
                                .arg(std::abs(offset) % 3600 / 60, 2, 10, QLatin1Char('0'));
        out << QCoreApplication::translate("cli", "Times in %1 (%2 at the start); durations at their likely values.")
                   .arg(plan.timezone.isEmpty() ? utc : plan.timezone, utc)
            << "\n\n";
    }

    TextTable table({QCoreApplication::translate("cli", "ID"), QCoreApplication::translate("cli", "NAME"),
                     QCoreApplication::translate("cli", "START"), QCoreApplication::translate("cli", "FINISH"),
                     QCoreApplication::translate("cli", "FLOAT"), QCoreApplication::translate("cli", "CRITICAL")},
                    {TextTable::Align::Left, TextTable::Align::Left, TextTable::Align::Left, TextTable::Align::Left,
                     TextTable::Align::Right, TextTable::Align::Left});
    table.setMaxWidth(1, 44);
    for (qsizetype i = 0; i < plan.tasks.size(); ++i) {
        const Task &task = plan.tasks.at(i);
        const TaskTiming &t = s.tasks.at(i);
        table.addRow({task.id, task.name, wallClock(plan, t.es, shortFormat), wallClock(plan, t.ef, shortFormat),
                      DurationText::format(t.totalFloat), t.critical ? QStringLiteral("*") : QString()});
    }
    table.print(out);
    out << '\n';

    const bool withheld = summary.verdictWithheld();
    TextTable summaryTable({QString(), QString()});
    summaryTable.addRow({QCoreApplication::translate("cli", "Finish:"),
                         QCoreApplication::translate("cli", "%1 (%2 after the start)")
                             .arg(wallClock(plan, s.finish, longFormat), DurationText::format(s.finish))});
    if (withheld) {
        summaryTable.addRow({QCoreApplication::translate("cli", "Downtime:"), summary.withheldReason});
    } else if (summary.downtime) {
        summaryTable.addRow({QCoreApplication::translate("cli", "Downtime:"),
                             QCoreApplication::translate("cli", "%1 (write freeze %2 to traffic switched %3)")
                                 .arg(DurationText::format(*summary.downtime), wallClock(plan, *s.freezeStart, longFormat),
                                      wallClock(plan, *s.trafficSwitched, longFormat))});
    } else {
        summaryTable.addRow(
            {QCoreApplication::translate("cli", "Downtime:"),
             QCoreApplication::translate("cli", "unknown: mark one task freeze-start and one traffic-switched")});
    }
    QString fits = summary.fitText();
    if (!withheld && summary.fitsWindow)
        fits += QLatin1Char(' ') + QCoreApplication::translate("cli", "(window %1 to %2)")
                                       .arg(plan.toDisplayTime(plan.window.start).toString(longFormat),
                                            plan.toDisplayTime(plan.window.end).toString(longFormat));
    summaryTable.addRow({QCoreApplication::translate("cli", "Fits window:"), fits});
    summaryTable.addRow({QCoreApplication::translate("cli", "Critical path:"),
                         s.criticalPath.isEmpty() ? QCoreApplication::translate("cli", "(none)")
                                                  : s.criticalPath.join(QStringLiteral(" → "))});
    QString rollback = DurationText::format(s.rollbackDuration);
    if (plan.rollbackTasks.isEmpty())
        rollback = QCoreApplication::translate("cli", "no rollback steps planned");
    else if (summary.deadlineLikely.isValid())
        rollback += QStringLiteral("; ") + QCoreApplication::translate("cli", "start it by %1 to finish inside the window (likely)")
                                               .arg(summary.deadlineLikely.toString(longFormat));
    summaryTable.addRow({QCoreApplication::translate("cli", "Rollback:"), rollback});
    const QString missing = summary.marginMissingText();
    summaryTable.addRow({QCoreApplication::translate("cli", "Margin:"),
                         missing.isEmpty() ? QCoreApplication::translate("cli", "%1 (likely) from %2 to the rollback deadline")
                                                 .arg(PlanSummary::marginValueText(summary.marginLikely), summary.marginAnchorText())
                                           : missing});
    summaryTable.setShowHeader(false);
    summaryTable.print(out);
}

} // namespace

int cmdSchedule(const QStringList &args, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli",
        "Deterministic critical-path schedule at the likely durations: every task's earliest and latest "
        "start and finish, total float, the critical path, downtime (freeze-start to traffic-switched), "
        "whether it fits the maintenance window, and the rollback duration and deadline."));
    parser.addPositionalArgument(QStringLiteral("PLAN"),
                                 QCoreApplication::translate("cli", "The plan (.cutover or .json)."));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"),
        QCoreApplication::translate("cli", "Print the schedule as JSON (minutes since the plan start)."));
    parser.addOption(jsonOption);
    if (const auto exit = parseCommandLine(parser, args, console, QStringLiteral("schedule PLAN [--json]"), 1, 1))
        return *exit;

    const QString path = parser.positionalArguments().at(0);
    const auto plan = readPlan(path, console);
    if (!plan) {
        console.error(plan.error());
        return ExitUsage;
    }
    PlanAnalysis analysis(&plan.value());
    const PlanSummary &summary = analysis.summary();
    const Result<Schedule> &schedule = analysis.schedule();
    const bool withheld = summary.verdictWithheld();
    if (withheld)
        printVerdictErrors(path, plan.value(), summary.errors, console);
    if (parser.isSet(jsonOption))
        printJson(plan.value(), schedule ? &schedule.value() : nullptr, summary, console);
    else if (schedule)
        printText(plan.value(), schedule.value(), summary, console);
    if (withheld)
        return ExitProblems;
    return ExitOk;
}

} // namespace cutover::cli
