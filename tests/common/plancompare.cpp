// SPDX-License-Identifier: GPL-3.0-or-later
#include "plancompare.h"

#include <cstring>

namespace cutover {

namespace {

template<typename T>
QString listDifference(const QList<T> &a, const QList<T> &b, const QString &name)
{
    if (a.size() != b.size())
        return QStringLiteral("%1: %2 vs %3 entries").arg(name).arg(a.size()).arg(b.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!(a.at(i) == b.at(i)))
            return QStringLiteral("%1[%2]").arg(name).arg(i);
    }
    return {};
}

QString seriesDifference(const MetricSeries &a, const MetricSeries &b, const QString &name)
{
    MetricSeries headA = a;
    MetricSeries headB = b;
    headA.values.clear();
    headB.values.clear();
    if (!(headA == headB)) {
        if (a.times != b.times)
            return name + QStringLiteral(".times");
        return name;
    }
    if (a.values.size() != b.values.size())
        return name + QStringLiteral(".values: %1 vs %2 points").arg(a.values.size()).arg(b.values.size());
    for (qsizetype i = 0; i < a.values.size(); ++i) {
        if (std::memcmp(&a.values.at(i), &b.values.at(i), sizeof(double)) != 0)
            return name + QStringLiteral(".values[%1]: %2 vs %3").arg(i).arg(a.values.at(i)).arg(b.values.at(i));
    }
    return {};
}

} // namespace

QString planDifference(const Plan &a, const Plan &b)
{
    if (a.name != b.name || a.timezone != b.timezone || a.status != b.status || a.author != b.author
        || a.description != b.description)
        return QStringLiteral("plan header");
    if (a.start != b.start || a.start.offsetFromUtc() != b.start.offsetFromUtc())
        return QStringLiteral("start");
    if (!(a.window == b.window))
        return QStringLiteral("window");
    if (!(a.hypercare == b.hypercare))
        return QStringLiteral("hypercare");
    for (const QString &d : {listDifference(a.phases, b.phases, QStringLiteral("phases")),
                             listDifference(a.tasks, b.tasks, QStringLiteral("tasks")),
                             listDifference(a.rollbackTasks, b.rollbackTasks, QStringLiteral("rollbackTasks")),
                             listDifference(a.criteria, b.criteria, QStringLiteral("criteria")),
                             listDifference(a.decisions, b.decisions, QStringLiteral("decisions")),
                             listDifference(a.readiness, b.readiness, QStringLiteral("readiness")),
                             listDifference(a.validation, b.validation, QStringLiteral("validation"))}) {
        if (!d.isEmpty())
            return d;
    }
    if (a.series.size() != b.series.size())
        return QStringLiteral("series: %1 vs %2").arg(a.series.size()).arg(b.series.size());
    for (qsizetype i = 0; i < a.series.size(); ++i) {
        const QString d = seriesDifference(a.series.at(i), b.series.at(i), QStringLiteral("series[%1]").arg(i));
        if (!d.isEmpty())
            return d;
    }
    return {};
}

} // namespace cutover
