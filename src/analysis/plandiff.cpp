// SPDX-License-Identifier: GPL-3.0-or-later
#include "plandiff.h"

#include "plananalysis.h"

#include "interchange/isotime.h"
#include "model/durationtext.h"
#include "model/enumnames.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace cutover {

namespace {

QJsonValue timeValue(const QDateTime &t, const QTimeZone &zone = {})
{
    if (!t.isValid())
        return QJsonValue::Null;
    return IsoTime::format(zone.isValid() ? t.toTimeZone(zone) : t);
}

QJsonValue durationValue(const Estimate &e)
{
    QJsonObject o;
    if (e.optimistic)
        o.insert(QStringLiteral("optimistic"), *e.optimistic);
    o.insert(QStringLiteral("likely"), e.likely);
    if (e.pessimistic)
        o.insert(QStringLiteral("pessimistic"), *e.pessimistic);
    return o;
}

QJsonValue afterValue(const QList<Dependency> &after)
{
    QJsonArray a;
    for (const Dependency &d : after)
        a.append(QJsonObject{{QStringLiteral("task"), d.task},
                             {QStringLiteral("type"), toString(d.type)},
                             {QStringLiteral("lag"), d.lag}});
    return a;
}

QJsonValue marksValue(Marks marks)
{
    return QJsonArray::fromStringList(markNames(marks));
}

/** The compared fields of a task, in the order of the JSON format. */
QList<std::pair<QString, QJsonValue>> taskFields(const Task &t)
{
    return {
        {QStringLiteral("name"), t.name},
        {QStringLiteral("phase"), t.phase},
        {QStringLiteral("owner"), t.owner},
        {QStringLiteral("kind"), toString(t.kind)},
        {QStringLiteral("duration"), durationValue(t.duration)},
        {QStringLiteral("distribution"), toString(t.distribution)},
        {QStringLiteral("after"), afterValue(t.after)},
        {QStringLiteral("notBefore"), timeValue(t.notBefore)},
        {QStringLiteral("marks"), marksValue(t.marks)},
        {QStringLiteral("notes"), t.notes},
    };
}

QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QString::number(v));
}

QList<std::pair<QString, QJsonValue>> criterionFields(const Criterion &c)
{
    return {
        {QStringLiteral("name"), c.name},
        {QStringLiteral("kind"), toString(c.kind)},
        {QStringLiteral("metric"), c.metric},
        {QStringLiteral("op"), toString(c.op)},
        {QStringLiteral("threshold"), number(c.threshold)},
        {QStringLiteral("for"), number(c.forSeconds)},
        {QStringLiteral("action"), toString(c.action)},
        {QStringLiteral("answer"), toString(c.answer)},
        {QStringLiteral("notes"), c.notes},
    };
}

template<typename T, typename Fields>
ListChanges diffLists(const QList<T> &oldItems, const QList<T> &newItems, Fields &&fieldsOf)
{
    ListChanges out;
    QHash<QString, const T *> oldById, newById;
    for (const T &o : oldItems)
        oldById.insert(o.id, &o);
    for (const T &n : newItems)
        newById.insert(n.id, &n);
    for (const T &o : oldItems) {
        if (!newById.contains(o.id))
            out.removed.append(o.id);
    }
    for (const T &n : newItems) {
        const T *o = oldById.value(n.id);
        if (!o) {
            out.added.append(n.id);
            continue;
        }
        const auto before = fieldsOf(*o);
        const auto after = fieldsOf(n);
        ItemChange change{n.id, {}};
        for (qsizetype i = 0; i < before.size(); ++i) {
            if (before.at(i).second != after.at(i).second)
                change.fields.append(FieldChange{before.at(i).first, before.at(i).second, after.at(i).second});
        }
        if (!change.fields.isEmpty())
            out.changed.append(change);
    }
    return out;
}

/** Drops links to tasks that are not in `plan` (a change applied alone may name a task added elsewhere). */
void dropDanglingLinks(Plan &plan)
{
    QSet<QString> ids;
    for (const Task &t : plan.tasks)
        ids.insert(t.id);
    for (Task &t : plan.tasks)
        t.after.removeIf([&](const Dependency &d) { return !ids.contains(d.task); });
}

std::optional<double> downtimeOf(const Plan &plan)
{
    PlanAnalysis analysis(&plan);
    return analysis.summary().downtime;
}

bool sameOptional(const std::optional<double> &a, const std::optional<double> &b)
{
    return a.has_value() == b.has_value() && (!a || *a == *b);
}

} // namespace

ListChanges PlanDiff::diffTasks(const QList<Task> &oldTasks, const QList<Task> &newTasks)
{
    return diffLists(oldTasks, newTasks, taskFields);
}

ListChanges PlanDiff::diffCriteria(const QList<Criterion> &oldCriteria, const QList<Criterion> &newCriteria)
{
    return diffLists(oldCriteria, newCriteria, criterionFields);
}

bool PlanDiff::figuresDiffer() const
{
    return from.finish != to.finish || !sameOptional(from.downtimeMinutes, to.downtimeMinutes)
        || !sameOptional(from.downtimeP80, to.downtimeP80)
        || !sameOptional(from.probabilityWithinWindow, to.probabilityWithinWindow)
        || from.rollbackDeadlineP80 != to.rollbackDeadlineP80;
}

bool PlanDiff::hasDifferences() const
{
    return !tasks.isEmpty() || !rollback.isEmpty() || !criteria.isEmpty() || figuresDiffer();
}

PlanDiff PlanDiff::compute(const Plan &oldPlan, const BaselineFigures &oldFigures, const Plan &newPlan,
                           const BaselineFigures &newFigures)
{
    PlanDiff d;
    d.tasks = diffTasks(oldPlan.tasks, newPlan.tasks);
    d.rollback = diffTasks(oldPlan.rollbackTasks, newPlan.rollbackTasks);
    d.criteria = diffCriteria(oldPlan.criteria, newPlan.criteria);
    d.from = oldFigures;
    d.to = newFigures;

    // Effects: each runbook change applied alone to OLD, its downtime through PlanAnalysis.
    const std::optional<double> base = downtimeOf(oldPlan);
    const auto effectOf = [&](Plan &&changed) -> std::optional<double> {
        dropDanglingLinks(changed);
        const std::optional<double> downtime = downtimeOf(changed);
        if (!base || !downtime)
            return std::nullopt;
        return *downtime - *base;
    };
    for (const ItemChange &c : std::as_const(d.tasks.changed)) {
        Plan changed = oldPlan;
        changed.tasks[oldPlan.taskIndex(c.id)] = *newPlan.findTask(c.id);
        d.effects.append(ChangeEffect{c.id, ChangeEffect::Kind::Changed, effectOf(std::move(changed))});
    }
    for (const QString &id : std::as_const(d.tasks.added)) {
        Plan changed = oldPlan;
        changed.tasks.append(newPlan.tasks.at(newPlan.taskIndex(id)));
        d.effects.append(ChangeEffect{id, ChangeEffect::Kind::Added, effectOf(std::move(changed))});
    }
    for (const QString &id : std::as_const(d.tasks.removed)) {
        // The removed task's successors wait on its predecessors instead.
        Plan changed = oldPlan;
        const qsizetype at = changed.taskIndex(id);
        const QList<Dependency> bridge = changed.tasks.at(at).after;
        changed.tasks.removeAt(at);
        for (Task &t : changed.tasks) {
            if (t.after.removeIf([&](const Dependency &dep) { return dep.task == id; }) > 0) {
                for (const Dependency &b : bridge) {
                    if (std::none_of(t.after.cbegin(), t.after.cend(), [&](const Dependency &x) { return x.task == b.task; }))
                        t.after.append(Dependency{b.task, DependencyType::FS, 0.0});
                }
            }
        }
        d.effects.append(ChangeEffect{id, ChangeEffect::Kind::Removed, effectOf(std::move(changed))});
    }
    std::stable_sort(d.effects.begin(), d.effects.end(), [](const ChangeEffect &a, const ChangeEffect &b) {
        if (a.downtimeMinutes.has_value() != b.downtimeMinutes.has_value())
            return a.downtimeMinutes.has_value();
        return a.downtimeMinutes && std::abs(*a.downtimeMinutes) > std::abs(*b.downtimeMinutes);
    });
    return d;
}

const ItemChange *PlanDiff::find(const ListChanges &changes, const QString &id)
{
    for (const ItemChange &c : changes.changed) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

namespace {

QJsonObject listJson(const ListChanges &changes)
{
    QJsonArray changed;
    for (const ItemChange &c : changes.changed) {
        QJsonObject fields;
        for (const FieldChange &f : c.fields)
            fields.insert(f.field, QJsonObject{{QStringLiteral("from"), f.from}, {QStringLiteral("to"), f.to}});
        changed.append(QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("fields"), fields}});
    }
    return QJsonObject{{QStringLiteral("added"), QJsonArray::fromStringList(changes.added)},
                       {QStringLiteral("removed"), QJsonArray::fromStringList(changes.removed)},
                       {QStringLiteral("changed"), changed}};
}

QJsonValue optionalJson(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonObject fromTo(const QJsonValue &from, const QJsonValue &to)
{
    return QJsonObject{{QStringLiteral("from"), from}, {QStringLiteral("to"), to}};
}

} // namespace

QJsonObject PlanDiff::toJson(const QTimeZone &zone) const
{
    QJsonObject out = listJson(tasks);
    out.insert(QStringLiteral("rollback"), listJson(rollback));
    out.insert(QStringLiteral("criteria"), listJson(criteria));
    QJsonObject figures;
    figures.insert(QStringLiteral("finish"), fromTo(timeValue(from.finish, zone), timeValue(to.finish, zone)));
    figures.insert(QStringLiteral("downtimeMinutes"), fromTo(optionalJson(from.downtimeMinutes), optionalJson(to.downtimeMinutes)));
    figures.insert(QStringLiteral("downtimeP80Minutes"), fromTo(optionalJson(from.downtimeP80), optionalJson(to.downtimeP80)));
    figures.insert(QStringLiteral("probabilityWithinWindow"),
                   fromTo(optionalJson(from.probabilityWithinWindow), optionalJson(to.probabilityWithinWindow)));
    figures.insert(QStringLiteral("rollbackDeadlineP80"),
                   fromTo(timeValue(from.rollbackDeadlineP80, zone), timeValue(to.rollbackDeadlineP80, zone)));
    out.insert(QStringLiteral("figures"), figures);
    QJsonArray effectList;
    for (const ChangeEffect &e : effects) {
        static const char *const kinds[] = {"added", "removed", "changed"};
        effectList.append(QJsonObject{{QStringLiteral("id"), e.id},
                                      {QStringLiteral("change"), QLatin1String(kinds[int(e.kind)])},
                                      {QStringLiteral("downtimeMinutes"), optionalJson(e.downtimeMinutes)}});
    }
    out.insert(QStringLiteral("effects"), effectList);
    return out;
}

QString PlanDiff::valueText(const QString &field, const QJsonValue &value, const QTimeZone &zone)
{
    if (value.isNull() || value.isUndefined())
        return tr("none");
    if (field == u"duration") {
        const QJsonObject o = value.toObject();
        const QString likely = DurationText::format(o.value(u"likely").toDouble());
        if (!o.contains(u"optimistic") && !o.contains(u"pessimistic"))
            return likely;
        const auto part = [&](const char *key) {
            const QJsonValue v = o.value(QLatin1String(key));
            return v.isUndefined() ? QStringLiteral("?") : DurationText::format(v.toDouble());
        };
        return tr("%1 / %2 / %3", "optimistic / likely / pessimistic").arg(part("optimistic"), likely, part("pessimistic"));
    }
    if (field == u"after") {
        QList<Dependency> deps;
        for (const QJsonValue &v : value.toArray()) {
            const QJsonObject o = v.toObject();
            deps.append(Dependency{o.value(u"task").toString(),
                                   parseEnum<DependencyType>(o.value(u"type").toString()).value_or(DependencyType::FS),
                                   o.value(u"lag").toDouble()});
        }
        return deps.isEmpty() ? tr("none") : DurationText::formatDependencies(deps);
    }
    if (field == u"notBefore" && value.isString()) {
        const std::optional<QDateTime> parsed = IsoTime::parse(value.toString());
        const QDateTime t = parsed.value_or(QDateTime());
        return t.isValid() ? t.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : value.toString();
    }
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue &v : value.toArray())
            items.append(v.toString());
        return items.isEmpty() ? tr("none") : items.join(QStringLiteral(", "));
    }
    if (value.isDouble())
        return QString::number(value.toDouble());
    const QString text = value.toString();
    return text.isEmpty() ? tr("(empty)") : QStringLiteral("\u201c%1\u201d").arg(text);
}

QString PlanDiff::describe(const FieldChange &change, const QTimeZone &zone)
{
    return tr("%1: %2 \u2192 %3").arg(change.field, valueText(change.field, change.from, zone),
                                      valueText(change.field, change.to, zone));
}

QString PlanDiff::effectText(const std::optional<double> &minutes)
{
    if (!minutes)
        return tr("unknown");
    if (*minutes == 0)
        return tr("\u00b10 min");
    const QString amount = DurationText::format(std::abs(*minutes));
    return *minutes > 0 ? tr("+%1").arg(amount) : tr("\u2212%1").arg(amount);
}

} // namespace cutover
