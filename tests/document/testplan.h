// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/plan.h"

#include <QTimeZone>

namespace cutover::testing {

/** A small hand-made plan: four runbook tasks in two phases, one rollback task, a gate decision. */
inline Plan smallPlan()
{
    Plan plan;
    plan.name = "Orders to Azure SQL";
    plan.timezone = "Europe/Berlin";
    plan.start = QDateTime(QDate(2026, 12, 5), QTime(21, 0), QTimeZone(3600));
    plan.window.start = QDateTime(QDate(2026, 12, 5), QTime(22, 0), QTimeZone(3600));
    plan.window.end = QDateTime(QDate(2026, 12, 6), QTime(4, 0), QTimeZone(3600));
    plan.phases = {{"sync", "Continuous sync", {}}, {"cutover", "Final cutover", {}}};
    auto task = [](const QString &id, const QString &phase, double likely) {
        Task t;
        t.id = id;
        t.name = QStringLiteral("Step %1").arg(id);
        t.phase = phase;
        t.duration.likely = likely;
        return t;
    };
    Task syncOk = task("sync-ok", "sync", 0);
    syncOk.kind = TaskKind::Gate;
    Task freeze = task("freeze", "cutover", 10);
    freeze.after = {{"sync-ok", DependencyType::FS, 0}};
    freeze.marks = Mark::FreezeStart;
    Task finalSync = task("final-sync", "cutover", 30);
    finalSync.duration.optimistic = 20;
    finalSync.duration.pessimistic = 60;
    finalSync.after = {{"freeze", DependencyType::FS, 5}};
    Task dns = task("dns", "cutover", 15);
    dns.after = {{"final-sync", DependencyType::FS, 0}, {"freeze", DependencyType::SS, 0}};
    dns.marks = Mark::TrafficSwitched;
    plan.tasks = {syncOk, freeze, finalSync, dns};
    Task revert = task("revert-dns", "", 10);
    revert.phase.clear();
    plan.rollbackTasks = {revert};
    GateDecision decision;
    decision.gate = "sync-ok";
    decision.outcome = GateOutcome::Go;
    decision.decidedBy = "Change board";
    plan.decisions = {decision};
    return plan;
}

} // namespace cutover::testing
