// SPDX-License-Identifier: GPL-3.0-or-later
#include "plantemplates.h"

#include "planjson.h"

#include <QFile>

namespace cutover {

namespace {

/**
 * Moves template times by wall clock: a template time `delta` after the template's start lands
 * `delta` of wall-clock time after the new start in `zone`, so a 22:00-04:00 window stays
 * 22:00-04:00 locally even when a daylight-saving change falls in between.
 */
class Shifter
{
public:
    Shifter(const QDateTime &templateStart, const QDateTime &start, const QTimeZone &zone)
        : m_templateStart(templateStart)
        , m_zone(zone)
    {
        const QDateTime local = start.toTimeZone(zone);
        m_wallStart = QDateTime(local.date(), local.time(), Qt::UTC);
    }

    QDateTime operator()(const QDateTime &time) const
    {
        if (!time.isValid())
            return time;
        const QDateTime wall = m_wallStart.addMSecs(m_templateStart.msecsTo(time));
        const QDateTime local(wall.date(), wall.time(), m_zone);
        return local.toOffsetFromUtc(local.offsetFromUtc());
    }

private:
    QDateTime m_templateStart;
    QTimeZone m_zone;
    QDateTime m_wallStart; ///< the new start's local wall-clock reading, held as a UTC value
};

} // namespace

QStringList PlanTemplates::names()
{
    return {QStringLiteral("online-migration"), QStringLiteral("empty")};
}

Result<Plan> PlanTemplates::create(const QString &name, const QString &planName, const QDateTime &start,
                                   const QString &timezone)
{
    if (!names().contains(name))
        return Error(tr("unknown template \"%1\" (expected one of %2)").arg(name, names().join(QStringLiteral(", "))));
    if (!start.isValid())
        return Error(tr("the start time is not valid"));
    const QTimeZone zone(timezone.toUtf8());
    if (!zone.isValid())
        return Error(tr("unknown time zone \"%1\" (expected an IANA name such as Europe/Berlin)").arg(timezone));

    const QString resource = QStringLiteral(":/templates/%1.json").arg(name);
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return Error(tr("template \"%1\" is missing from the program (%2)").arg(name, file.errorString()));
    auto parsed = PlanJson::parse(file.readAll(), resource);
    if (!parsed)
        return parsed.error();
    Plan plan = std::move(parsed.value().plan);

    // The template files are written in UTC, so their wall clock is their time line.
    const Shifter shift(plan.start, start, zone);
    const QDateTime localStart = start.toTimeZone(zone);
    plan.start = localStart.toOffsetFromUtc(localStart.offsetFromUtc()); // the exact instant asked for
    plan.window.start = shift(plan.window.start);
    plan.window.end = shift(plan.window.end);
    for (QList<Task> *list : {&plan.tasks, &plan.rollbackTasks}) {
        for (Task &t : *list) {
            t.notBefore = shift(t.notBefore);
            t.actualStart = shift(t.actualStart);
            t.actualFinish = shift(t.actualFinish);
        }
    }
    for (GateDecision &d : plan.decisions)
        d.decidedAt = shift(d.decidedAt);
    if (!planName.isEmpty())
        plan.name = planName;
    plan.timezone = timezone;
    return plan;
}

QDateTime PlanTemplates::nextSaturdayEvening(const QDateTime &now, const QTimeZone &zone)
{
    const QDate today = now.toTimeZone(zone).date();
    int days = Qt::Saturday - today.dayOfWeek();
    if (days <= 0)
        days += 7;
    const QDateTime local(today.addDays(days), QTime(21, 0), zone);
    return local.toOffsetFromUtc(local.offsetFromUtc());
}

} // namespace cutover
