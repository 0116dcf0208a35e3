// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/plan.h"

#include <QTimeZone>

namespace cutover::testing {

/**
 * A small plan whose figures are easy to work out by hand. All durations are fixed, so every
 * simulated run equals the schedule:
 *   20:00 "Größenprüfung der Ölstände" 125 min (phase Vorbereitung)
 *   22:05 "データ移行を確認" 30 min, freeze-start
 *   22:35 "<b>x</b>" 20 min
 *   22:55 "Switch traffic to the target" 10 min, traffic-switched, finishes 23:05
 * Downtime 22:05–23:05 = 1 h, inside the window 22:00–02:00 in every run. Rollback 15 + 25 =
 * 40 min, so the rollback deadline is 02:00 − 40 min = 01:20, and the margin after the 23:05
 * switch is 2 h 15 min.
 */
inline Plan handPlan()
{
    Plan plan;
    plan.name = QStringLiteral("Orders to Azure SQL");
    plan.timezone = QStringLiteral("UTC");
    plan.start = QDateTime(QDate(2026, 3, 7), QTime(20, 0), QTimeZone::utc());
    plan.window.start = QDateTime(QDate(2026, 3, 7), QTime(22, 0), QTimeZone::utc());
    plan.window.end = QDateTime(QDate(2026, 3, 8), QTime(2, 0), QTimeZone::utc());
    plan.author = QStringLiteral("Jürgen Äbersold");
    plan.status = PlanStatus::Approved;
    plan.phases = { { QStringLiteral("prep"), QStringLiteral("Vorbereitung"), {} }, { QStringLiteral("cut"), QStringLiteral("Cutover"), {} } };
    auto task = [](const char *id, const QString &name, const char *phase, double minutes, const char *after, Marks marks = {}) {
        Task t;
        t.id = QString::fromLatin1(id);
        t.name = name;
        t.phase = QString::fromLatin1(phase);
        t.owner = QStringLiteral("DBA");
        t.duration.likely = minutes;
        if (after)
            t.after = { Dependency{ QString::fromLatin1(after), DependencyType::FS, 0.0 } };
        t.marks = marks;
        return t;
    };
    plan.tasks = { task("check", QStringLiteral("Größenprüfung der Ölstände"), "prep", 125, nullptr),
                   task("freeze", QStringLiteral("データ移行を確認"), "cut", 30, "check", Mark::FreezeStart),
                   task("bold", QStringLiteral("<b>x</b>"), "cut", 20, "freeze"),
                   task("switch", QStringLiteral("Switch traffic to the target"), "cut", 10, "bold", Mark::TrafficSwitched) };
    plan.rollbackTasks = { task("rb1", QStringLiteral("Revert DNS"), "", 15, nullptr), task("rb2", QStringLiteral("Re-enable writes on the source"), "", 25, "rb1") };
    Criterion lag;
    lag.id = QStringLiteral("lag");
    lag.name = QStringLiteral("Replication lag");
    lag.metric = QStringLiteral("lag");
    lag.threshold = 30;
    lag.forSeconds = 300;
    plan.criteria = { lag };
    plan.readiness = { ReadinessItem{ QStringLiteral("r1"), QStringLiteral("Firewall rules approved"), QStringLiteral("Network"),
                                      ReadinessStatus::Open, {} } };
    plan.hypercare.durationHours = 48;
    plan.hypercare.contacts = { Contact{ QStringLiteral("Åsa Øberg"), QStringLiteral("On-call DBA"), QStringLiteral("+46 70 000 00 00") } };
    return plan;
}

} // namespace cutover::testing
