// SPDX-License-Identifier: GPL-3.0-or-later
// Small builders for the simulation tests: tasks with three-point or fixed durations, links,
// and a plan that starts at a fixed UTC time.
#pragma once

#include "model/plan.h"

#include <QDateTime>
#include <QTimeZone>

namespace cutover::testing {

inline Task task(const QString &id, double a, double m, double b, QList<Dependency> after = {},
                 Distribution distribution = Distribution::Triangular)
{
    Task t;
    t.id = id;
    t.name = id;
    t.duration = Estimate{a, m, b};
    t.distribution = distribution;
    t.after = std::move(after);
    return t;
}

inline Task fixedTask(const QString &id, double d, QList<Dependency> after = {})
{
    Task t;
    t.id = id;
    t.name = id;
    t.duration.likely = d;
    t.after = std::move(after);
    return t;
}

inline Plan plan(QList<Task> tasks, const QString &name = QStringLiteral("simulation"))
{
    Plan p;
    p.name = name;
    p.timezone = QStringLiteral("UTC");
    p.start = QDateTime(QDate(2026, 12, 5), QTime(20, 0), QTimeZone::utc());
    p.tasks = std::move(tasks);
    return p;
}

} // namespace cutover::testing
