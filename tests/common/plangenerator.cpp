// SPDX-License-Identifier: GPL-3.0-or-later
#include "plangenerator.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <limits>

namespace cutover {

namespace {

using namespace Qt::StringLiterals;

const QList<Phase> kPhases{
    {u"prepare"_s, u"Prepare the target environment"_s, u"Infrastructure, networking, identity, readiness"_s},
    {u"sync"_s, u"Continuous data synchronisation"_s, u"Initial load, then changes keep flowing"_s},
    {u"cutover"_s, u"Final cutover"_s, u"Write freeze, final sync, start on the target"_s},
    {u"validate"_s, u"Validate on the target"_s, u"Tests, then redirect traffic"_s},
    {u"confirm"_s, u"Confirm success"_s, u"Integrity checks; the source stays as fallback"_s},
    {u"hypercare"_s, u"Hypercare"_s, u"Closer monitoring and short SLAs"_s},
};

const QStringList kOwners{u"DBA on call"_s, u"Platform team"_s, u"Network team"_s, u"App team"_s,
                          u"Migration lead"_s, u"QA"_s, u"Service desk"_s};
const QStringList kVerbs{u"Check"_s, u"Apply"_s, u"Verify"_s, u"Run"_s, u"Review"_s, u"Switch"_s, u"Drain"_s};
const QStringList kObjects{u"firewall rules"_s, u"DNS zone"_s, u"replication slot"_s, u"row counts"_s,
                           u"connection strings"_s, u"load balancer pool"_s, u"backup job"_s};

QString taskId(int i)
{
    return u"t%1"_s.arg(i, 5, 10, QLatin1Char('0'));
}

double rounded(double minutes)
{
    return std::round(minutes * 4.0) / 4.0; // quarter minutes: exact in binary
}

} // namespace

Plan generatePlan(const PlanGeneratorOptions &options)
{
    QRandomGenerator rng(options.seed);
    const int taskCount = std::max(0, options.tasks);
    Plan plan;
    plan.name = u"Generated plan %1 (seed %2)"_s.arg(taskCount).arg(options.seed);
    plan.timezone = u"Europe/Berlin"_s;
    plan.start = QDateTime(QDate(2026, 12, 5), QTime(21, 0), Qt::OffsetFromUTC, 3600);
    plan.window = {plan.start.addSecs(3600), plan.start.addSecs(7 * 3600)};
    plan.status = PlanStatus::InReview;
    plan.author = u"Generator"_s;
    plan.description = u"A synthetic plan for tests and benchmarks."_s;
    plan.phases = kPhases;

    const int freezeAt = taskCount / 2;
    const int switchAt = std::min(taskCount - 1, taskCount * 7 / 10 + 1);
    plan.tasks.reserve(taskCount);
    for (int i = 0; i < taskCount; ++i) {
        Task t;
        t.id = taskId(i);
        t.name = kVerbs.at(rng.bounded(int(kVerbs.size()))) + QLatin1Char(' ')
            + kObjects.at(rng.bounded(int(kObjects.size()))) + u" #%1"_s.arg(i);
        t.phase = kPhases.at(qsizetype(i) * kPhases.size() / taskCount).id;
        t.owner = kOwners.at(rng.bounded(int(kOwners.size())));
        if (i % 50 == 49) {
            t.kind = TaskKind::Milestone;
        } else if (i % 97 == 96) {
            t.kind = TaskKind::Gate;
            t.duration.likely = 10;
        } else {
            t.duration.likely = rounded(2 + rng.bounded(60.0));
            if (i % 7 != 0) {
                t.duration.optimistic = rounded(t.duration.likely * 0.75);
                t.duration.pessimistic = rounded(t.duration.likely * 1.75 + 1);
            }
            t.distribution = (i % 3 == 0) ? Distribution::Pert : (i % 11 == 0 ? Distribution::Fixed
                                                                                : Distribution::Triangular);
        }
        if (i > 0) {
            const int wanted = 1 + rng.bounded(3);
            for (int k = 0; k < wanted; ++k) {
                const int back = 1 + rng.bounded(std::min(i, 20));
                const QString pred = taskId(i - back);
                if (std::any_of(t.after.cbegin(), t.after.cend(), [&](const Dependency &d) { return d.task == pred; }))
                    continue;
                Dependency d;
                d.task = pred;
                d.type = DependencyType((i + k) % 4);
                d.lag = (k == 0 && i % 5 == 0) ? -double(rng.bounded(10)) : double(rng.bounded(4) * 5);
                t.after.append(d);
            }
        }
        if (i % 100 == 10)
            t.notBefore = plan.start.addSecs(60 * qint64(i % 240));
        if (i == freezeAt)
            t.marks |= Mark::FreezeStart;
        if (i == switchAt && switchAt != freezeAt)
            t.marks |= Mark::TrafficSwitched;
        if (i % 13 == 0)
            t.notes = u"Runbook note for %1: see the wiki page."_s.arg(t.id);
        if (i < taskCount / 10) {
            t.status = TaskStatus::Done;
            t.actualStart = plan.start.addSecs(60 * qint64(i));
            t.actualFinish = t.actualStart.addSecs(60 * qint64(t.duration.likely));
        }
        if (t.kind == TaskKind::Gate)
            plan.decisions.append({t.id, GateOutcome::Go, u"Migration lead"_s, plan.start.addSecs(60 * qint64(i)),
                                   u"All checks green"_s});
        plan.tasks.append(std::move(t));
    }

    for (int i = 0; i < options.rollbackTasks; ++i) {
        Task t;
        t.id = u"rb%1"_s.arg(i + 1);
        t.name = u"Rollback step %1"_s.arg(i + 1);
        t.owner = kOwners.at(i % kOwners.size());
        t.duration = {5.0, 10.0 + i, 20.0 + 2 * i};
        if (i > 0)
            t.after.append({u"rb%1"_s.arg(i), DependencyType::FS, 0.0});
        plan.rollbackTasks.append(std::move(t));
    }

    plan.criteria = {
        {u"lag"_s, u"Replication lag under 30 s"_s, CriterionKind::Metric, u"replication_lag_seconds"_s,
         CompareOp::Greater, 30.0, 300.0, CriterionAction::Rollback, ManualAnswer::Unknown, {}},
        {u"errors"_s, u"Error rate"_s, CriterionKind::Metric, u"error_rate"_s, CompareOp::GreaterOrEqual, 0.05,
         60.0, CriterionAction::Hold, ManualAnswer::Unknown, {}},
        {u"rows"_s, u"Row counts match"_s, CriterionKind::Validation, {}, CompareOp::Greater, 0.0, 0.0,
         CriterionAction::Rollback, ManualAnswer::Unknown, {}},
        {u"smoke"_s, u"Smoke test failed"_s, CriterionKind::Manual, {}, CompareOp::Greater, 0.0, 0.0,
         CriterionAction::Warn, ManualAnswer::No, u"Asked at the validation gate"_s},
    };
    plan.readiness = {
        {u"r1"_s, u"Landing zone deployed from code"_s, u"Platform team"_s, ReadinessStatus::Done, u"PR 412"_s},
        {u"r2"_s, u"Private endpoints resolve"_s, u"Network team"_s, ReadinessStatus::InProgress, {}},
        {u"r3"_s, u"Managed identities granted"_s, u"Platform team"_s, ReadinessStatus::Open, {}},
    };
    plan.hypercare.durationHours = 72;
    plan.hypercare.slas = {{u"Sev 1"_s, 15, 240}, {u"Sev 2"_s, 60, 1440}};
    plan.hypercare.contacts = {{u"Ana"_s, u"Migration lead"_s, u"+49 30 1234567"_s},
                               {u"Ben"_s, u"DBA"_s, u"#cutover-dba"_s}};

    for (int i = 0; i < options.validationRows; ++i) {
        ValidationResult v;
        v.object = u"sales.table_%1"_s.arg(i);
        v.check = (i % 2) ? u"count"_s : u"sum(amount)"_s;
        const qint64 rows = 1000 + qint64(rng.bounded(1000000));
        v.sourceValue = QString::number(rows);
        v.targetValue = QString::number(i % 9 == 8 ? rows - 3 : rows);
        v.difference = (i % 9 == 8) ? 3.0 : 0.0;
        v.status = (i % 9 == 8) ? ValidationStatus::Failed : ValidationStatus::Passed;
        v.tool = u"dvt-csv"_s;
        v.runAt = plan.start.addSecs(4 * 3600 + i).toUTC();
        v.sourceFile = u"dvt-results.csv"_s;
        v.sourceChecksum = u"9f2c"_s + QString::number(options.seed);
        plan.validation.append(std::move(v));
    }

    if (options.seriesPoints > 0 && options.seriesCount > 0) {
        const qint64 t0 = plan.start.toMSecsSinceEpoch();
        for (int s = 0; s < options.seriesCount; ++s) {
            const qint64 points = options.seriesPoints / options.seriesCount
                + (s < options.seriesPoints % options.seriesCount ? 1 : 0);
            MetricSeries ms;
            ms.id = u"s%1"_s.arg(s + 1);
            ms.name = u"pg-replica-%1:9187"_s.arg(s + 1);
            ms.metric = (s % 2) ? u"error_rate"_s : u"replication_lag_seconds"_s;
            ms.labels = {{u"instance"_s, ms.name}, {u"job"_s, u"postgres"_s}};
            ms.unit = (s % 2) ? u"ratio"_s : u"s"_s;
            ms.sourceFile = u"prometheus-query-range.json"_s;
            ms.sourceFormat = u"prometheus-json"_s;
            ms.sourceChecksum = u"a1b2c3"_s + QString::number(options.seed);
            ms.importedAt = plan.start.toUTC();
            ms.times.reserve(points);
            ms.values.reserve(points);
            double value = 2.0;
            for (qint64 p = 0; p < points; ++p) {
                ms.times.append(t0 + p * 15000);
                value = std::max(0.0, value + rng.generateDouble() - 0.5);
                ms.values.append(p % 997 == 996 ? std::numeric_limits<double>::quiet_NaN() : value);
            }
            plan.series.append(std::move(ms));
        }
    }
    return plan;
}

} // namespace cutover
