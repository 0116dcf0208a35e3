// SPDX-License-Identifier: GPL-3.0-or-later
#include "icalendarwriter.h"

#include "schedule/scheduler.h"

#include <QCryptographicHash>

#include <cmath>

namespace cutover {

namespace {

QByteArray utc(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyyMMddTHHmmssZ")).toLatin1();
}

/** `t` rounded down to the whole minute (the one rollback rule: a deadline is never late). */
QDateTime floorMinute(const QDateTime &t)
{
    const qint64 ms = t.toMSecsSinceEpoch();
    const qint64 minute = ms >= 0 ? ms / 60000 : -((-ms + 59999) / 60000);
    return QDateTime::fromMSecsSinceEpoch(minute * 60000, QTimeZone::utc());
}

struct Event
{
    QString key;
    QString summary;
    QDateTime start;
    QDateTime end; ///< invalid: an instant
    QString owner;
};

} // namespace

QString ICalendarWriter::escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case u'\\': out += QStringLiteral("\\\\"); break;
        case u';': out += QStringLiteral("\\;"); break;
        case u',': out += QStringLiteral("\\,"); break;
        case u'\n': out += QStringLiteral("\\n"); break;
        case u'\r':
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                break; // CRLF: the LF writes the line break
            out += QStringLiteral("\\n");
            break;
        default:
            if (c.unicode() < 0x20 && c != u'\t')
                break; // CONTROL characters are not allowed in TEXT
            if (c.unicode() == 0x7F)
                break;
            out += c;
        }
    }
    return out;
}

QByteArray ICalendarWriter::fold(const QByteArray &line)
{
    QByteArray out;
    qsizetype pos = 0;
    qsizetype limit = 75; // the first line: 75 octets; continuations: a space and 74
    while (line.size() - pos > limit) {
        qsizetype cut = pos + limit;
        while (cut > pos && (uchar(line.at(cut)) & 0xC0) == 0x80)
            --cut; // never split a UTF-8 sequence
        out += line.mid(pos, cut - pos);
        out += "\r\n ";
        pos = cut;
        limit = 74;
    }
    out += line.mid(pos);
    out += "\r\n";
    return out;
}

ExportedFile ICalendarWriter::write(const Plan &plan, const IcsOptions &options)
{
    const Result<Schedule> schedule = Scheduler::schedule(plan);
    QList<Event> events;
    ExportedFile out;
    auto at = [&](double minutes) { return schedule->toDateTime(plan, minutes); };

    if (plan.window.isValid())
        events.append({QStringLiteral("window"), tr("Maintenance window: %1").arg(plan.name), plan.window.start, plan.window.end, {}});
    if (schedule) {
        const Task *freeze = plan.taskWithMark(Mark::FreezeStart);
        const Task *traffic = plan.taskWithMark(Mark::TrafficSwitched);
        if (schedule->freezeStart && schedule->trafficSwitched)
            events.append({QStringLiteral("write-freeze"), tr("Write freeze (planned): %1").arg(plan.name),
                           at(*schedule->freezeStart), at(*schedule->trafficSwitched), freeze ? freeze->owner : QString()});
        for (qsizetype i = 0; i < plan.tasks.size(); ++i) {
            const Task &t = plan.tasks[i];
            const TaskTiming &timing = schedule->tasks[i];
            if (t.kind == TaskKind::Gate)
                events.append({QStringLiteral("gate-") + t.id,
                               t.name.contains(QLatin1String("go/no-go"), Qt::CaseInsensitive) ? t.name : tr("Go/no-go: %1").arg(t.name), at(timing.es),
                               timing.ef > timing.es ? at(timing.ef) : QDateTime(), t.owner});
            if (t.marks.testFlag(Mark::PointOfNoReturn))
                events.append({QStringLiteral("point-of-no-return"), t.name.contains(QLatin1String("point of no return"), Qt::CaseInsensitive) ? t.name : tr("Point of no return: %1").arg(t.name), at(timing.ef), {}, t.owner});
        }
        if (plan.window.isValid() && !plan.rollbackTasks.isEmpty()) {
            events.append({QStringLiteral("rollback-deadline-likely"), tr("Rollback deadline (likely): %1").arg(plan.name),
                           floorMinute(plan.window.end.addMSecs(-qint64(std::llround(schedule->rollbackDuration * 60000.0)))), {}, {}});
            if (options.rollbackP80Minutes)
                events.append({QStringLiteral("rollback-deadline-p80"), tr("Rollback deadline (P80): %1").arg(plan.name),
                               floorMinute(plan.window.end.addMSecs(-qint64(std::llround(*options.rollbackP80Minutes * 60000.0)))), {}, {}});
            else
                out.leftOut << tr("the P80 rollback deadline (no simulation)");
        }
        if (plan.hypercare.durationHours > 0) {
            const double from = schedule->trafficSwitched.value_or(schedule->finish);
            events.append({QStringLiteral("hypercare"), tr("Hypercare: %1").arg(plan.name), at(from),
                           at(from + plan.hypercare.durationHours * 60.0), traffic ? traffic->owner : QString()});
        }
        for (const Phase &p : plan.phases) {
            std::optional<double> first;
            for (qsizetype i = 0; i < plan.tasks.size(); ++i)
                if (plan.tasks[i].phase == p.id)
                    first = first ? std::min(*first, schedule->tasks[i].es) : schedule->tasks[i].es;
            if (first)
                events.append({QStringLiteral("phase-") + p.id, tr("Phase starts: %1").arg(p.name.isEmpty() ? p.id : p.name), at(*first), {}, {}});
        }
    } else {
        out.leftOut << tr("every scheduled event (the plan cannot be scheduled: %1)").arg(schedule.errorString());
    }

    const QByteArray planKey = QCryptographicHash::hash(plan.name.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    const QByteArray stamp = utc(options.stamp.isValid() ? options.stamp : QDateTime::currentDateTimeUtc());
    QByteArray ics;
    auto line = [&](const QByteArray &text) { ics += fold(text); };
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//Cutover Planner//Cutover Planner//EN");
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    line("X-WR-CALNAME:" + escapeText(plan.name).toUtf8());
    for (const Event &e : std::as_const(events)) {
        line("BEGIN:VEVENT");
        line("UID:" + escapeText(e.key).toUtf8() + '.' + planKey + "@cutover-planner");
        line("DTSTAMP:" + stamp);
        line("DTSTART:" + utc(e.start));
        if (e.end.isValid() && e.end > e.start)
            line("DTEND:" + utc(e.end));
        line("SUMMARY:" + escapeText(e.summary).toUtf8());
        QString description = tr("Plan: %1").arg(plan.name);
        if (!e.owner.isEmpty())
            description = tr("Owner: %1").arg(e.owner) + u'\n' + description;
        line("DESCRIPTION:" + escapeText(description).toUtf8());
        line("TRANSP:OPAQUE");
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    out.data = ics;
    out.leftOut = QStringList{tr("the runbook's tasks other than gates and the point of no return")} + out.leftOut;
    return out;
}

} // namespace cutover
