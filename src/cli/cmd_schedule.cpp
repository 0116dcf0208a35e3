// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandfunctions.h"
#include "commandline.h"
#include "console.h"
#include "interchange/isotime.h"
#include "interchange/jsonwriter.h"
#include "model/durationtext.h"
#include "planinput.h"
#include "schedule/scheduler.h"
#include "texttable.h"

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

void printJson(const Plan &plan, const Schedule &s, Console &console)
{
    JsonWriter w;
    w.beginObject();
    timeValue(w, "start", plan.start.isValid() ? IsoTime::format(scheduleTimeToDateTime(plan, 0)) : QString());
    timeValue(w, "finish", isoTime(plan, s.finish));
    w.value("durationMinutes", s.finish);
    if (s.downtime)
        w.value("downtimeMinutes", *s.downtime);
    else
        w.nullValue("downtimeMinutes");
    if (s.fitsWindow)
        w.value("fitsWindow", *s.fitsWindow);
    else
        w.nullValue("fitsWindow");
    timeValue(w, "freezeStart", s.freezeStart ? isoTime(plan, *s.freezeStart) : QString());
    timeValue(w, "trafficSwitched", s.trafficSwitched ? isoTime(plan, *s.trafficSwitched) : QString());
    w.stringArray("criticalPath", s.criticalPath);
    w.beginArray("tasks");
    for (qsizetype i = 0; i < plan.tasks.size(); ++i)
        timingObject(w, plan.tasks.at(i).id, s.tasks.at(i));
    w.endArray();
    w.beginObject("rollback");
    w.value("durationMinutes", s.rollbackDuration);
    timeValue(w, "deadline", s.rollbackDeadline.isValid() ? IsoTime::format(s.rollbackDeadline) : QString());
    w.beginArray("tasks");
    for (qsizetype i = 0; i < plan.rollbackTasks.size(); ++i)
        timingObject(w, plan.rollbackTasks.at(i).id, s.rollbackTasks.at(i));
    w.endArray();
    w.endObject();
    w.endObject();
    console.out() << QString::fromUtf8(w.finish());
}

QDateTime inPlanZone(const Plan &plan, const QDateTime &time)
{
    return plan.toDisplayTime(time);
}

QString wallClock(const Plan &plan, double minutes, const QString &format)
{
    const QDateTime t = scheduleTimeToDateTime(plan, minutes);
    return t.isValid() ? t.toString(format) : QStringLiteral("+") + DurationText::format(minutes);
}

void printText(const Plan &plan, const Schedule &s, Console &console)
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

    TextTable summary({QString(), QString()});
    summary.addRow({QCoreApplication::translate("cli", "Finish:"),
                    QCoreApplication::translate("cli", "%1 (%2 after the start)")
                        .arg(wallClock(plan, s.finish, longFormat), DurationText::format(s.finish))});
    if (s.downtime) {
        summary.addRow({QCoreApplication::translate("cli", "Downtime:"),
                        QCoreApplication::translate("cli", "%1 (write freeze %2 to traffic switched %3)")
                            .arg(DurationText::format(*s.downtime), wallClock(plan, *s.freezeStart, longFormat),
                                 wallClock(plan, *s.trafficSwitched, longFormat))});
    } else {
        summary.addRow(
            {QCoreApplication::translate("cli", "Downtime:"),
             QCoreApplication::translate("cli", "unknown: mark one task freeze-start and one traffic-switched")});
    }
    QString fits;
    if (s.fitsWindow) {
        fits = (*s.fitsWindow ? QCoreApplication::translate("cli", "yes") : QCoreApplication::translate("cli", "NO")) +
               QLatin1Char(' ') +
               QCoreApplication::translate("cli", "(window %1 to %2)")
                   .arg(inPlanZone(plan, plan.window.start).toString(longFormat),
                        inPlanZone(plan, plan.window.end).toString(longFormat));
    } else {
        fits = plan.window.isValid() ? QCoreApplication::translate("cli", "unknown (needs both marks)")
                                     : QCoreApplication::translate("cli", "unknown (no maintenance window)");
    }
    summary.addRow({QCoreApplication::translate("cli", "Fits window:"), fits});
    summary.addRow({QCoreApplication::translate("cli", "Critical path:"),
                    s.criticalPath.isEmpty() ? QCoreApplication::translate("cli", "(none)")
                                             : s.criticalPath.join(QStringLiteral(" → "))});
    QString rollback = DurationText::format(s.rollbackDuration);
    if (plan.rollbackTasks.isEmpty())
        rollback = QCoreApplication::translate("cli", "no rollback steps planned");
    else if (s.rollbackDeadline.isValid())
        rollback +=
            QStringLiteral("; ") + QCoreApplication::translate("cli", "start it by %1 to finish inside the window")
                                       .arg(s.rollbackDeadline.toString(longFormat));
    summary.addRow({QCoreApplication::translate("cli", "Rollback:"), rollback});
    summary.setShowHeader(false);
    summary.print(out);
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
    const auto schedule = Scheduler::schedule(plan.value());
    if (!schedule) {
        Error error = schedule.error();
        error.file = path;
        console.error(error);
        return ExitUsage;
    }
    if (parser.isSet(jsonOption))
        printJson(plan.value(), schedule.value(), console);
    else
        printText(plan.value(), schedule.value(), console);
    return ExitOk;
}

} // namespace cutover::cli
