// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small online-migration plan with a hand-worked schedule, shared by the chart tests,
// the chart gallery and the benchmarks.

#include "model/plan.h"
#include "schedule/scheduler.h"

#include <QTimeZone>

#include <cmath>

namespace cutover::testing {

inline Task makeTask(const char *id, const char *phase, double likely, std::initializer_list<const char *> after = {},
                     TaskKind kind = TaskKind::Task, Marks marks = {})
{
    Task t;
    t.id = QString::fromLatin1(id);
    t.name = QString::fromLatin1(id);
    t.phase = QString::fromLatin1(phase);
    t.owner = QStringLiteral("dba");
    t.kind = kind;
    t.duration.likely = likely;
    for (const char *a : after)
        t.after.append({ QString::fromLatin1(a), DependencyType::FS, 0.0 });
    t.marks = marks;
    return t;
}

/**
 * Plan start Sat 14 Mar 2026 20:00 +01:00 (Europe/Berlin), window 22:00–04:00 (minutes 120–480).
 * Schedule by hand (likely durations, FS links):
 *   infra 0–60, network 60–90, ready 90 (milestone), load 90–120, catchup 120–140,
 *   freeze 140–150 (freeze-start), finalsync 150–175, starttarget 175–190, gate 190,
 *   tests 190–230, perf 190–210 (float 20), switch 230–240 (traffic-switched, point of no return),
 *   integrity 240–300. Everything but perf is critical. Downtime 140 → 240 = 100 min.
 */
inline Plan fixturePlan()
{
    Plan p;
    p.name = QStringLiteral("Orders DB to managed Postgres");
    p.timezone = QStringLiteral("Europe/Berlin");
    p.start = QDateTime(QDate(2026, 3, 14), QTime(20, 0), QTimeZone(3600));
    p.window.start = p.start.addSecs(120 * 60);
    p.window.end = p.start.addSecs(480 * 60);
    p.phases = { { QStringLiteral("prep"), QStringLiteral("Prepare target"), {} },
                 { QStringLiteral("sync"), QStringLiteral("Continuous sync"), {} },
                 { QStringLiteral("cutover"), QStringLiteral("Final cutover"), {} },
                 { QStringLiteral("validate"), QStringLiteral("Validate on target"), {} },
                 { QStringLiteral("confirm"), QStringLiteral("Confirm success"), {} } };
    p.tasks = {
        makeTask("infra", "prep", 60),
        makeTask("network", "prep", 30, { "infra" }),
        makeTask("ready", "prep", 0, { "network" }, TaskKind::Milestone),
        makeTask("load", "sync", 30, { "ready" }),
        makeTask("catchup", "sync", 20, { "load" }),
        makeTask("freeze", "cutover", 10, { "catchup" }, TaskKind::Task, Mark::FreezeStart),
        makeTask("finalsync", "cutover", 25, { "freeze" }),
        makeTask("starttarget", "cutover", 15, { "finalsync" }),
        makeTask("gate", "validate", 0, { "starttarget" }, TaskKind::Gate),
        makeTask("tests", "validate", 40, { "gate" }),
        makeTask("perf", "validate", 20, { "gate" }),
        makeTask("switch", "validate", 10, { "tests", "perf" }, TaskKind::Task, Marks(Mark::TrafficSwitched) | Mark::PointOfNoReturn),
        makeTask("integrity", "confirm", 60, { "switch" }),
    };
    Criterion lag;
    lag.id = QStringLiteral("lag");
    lag.name = QStringLiteral("Replication lag");
    lag.metric = QStringLiteral("replication_lag");
    lag.op = CompareOp::Greater;
    lag.threshold = 30;
    lag.forSeconds = 300;
    Criterion failed;
    failed.id = QStringLiteral("validation");
    failed.name = QStringLiteral("Row counts match");
    failed.kind = CriterionKind::Validation;
    failed.threshold = 0;
    Criterion manual;
    manual.id = QStringLiteral("errors");
    manual.name = QStringLiteral("App error spike");
    manual.kind = CriterionKind::Manual;
    manual.answer = ManualAnswer::No;
    p.criteria = { lag, failed, manual };
    return p;
}

/** The hand-worked schedule of fixturePlan() (early times, floats; no rollback plan). */
inline Schedule fixtureSchedule()
{
    auto t = [](double s, double f, double fl) {
        TaskTiming tm;
        tm.es = s;
        tm.ef = f;
        tm.ls = s + fl;
        tm.lf = f + fl;
        tm.totalFloat = fl;
        tm.critical = fl == 0.0;
        return tm;
    };
    Schedule sc;
    sc.tasks = { t(0, 60, 0), t(60, 90, 0), t(90, 90, 0), t(90, 120, 0), t(120, 140, 0), t(140, 150, 0), t(150, 175, 0),
                 t(175, 190, 0), t(190, 190, 0), t(190, 230, 0), t(190, 210, 20), t(230, 240, 0), t(240, 300, 0) };
    sc.finish = 300;
    sc.criticalPath = { QStringLiteral("infra"), QStringLiteral("network"), QStringLiteral("ready"), QStringLiteral("load"),
                        QStringLiteral("catchup"), QStringLiteral("freeze"), QStringLiteral("finalsync"), QStringLiteral("starttarget"),
                        QStringLiteral("gate"), QStringLiteral("tests"), QStringLiteral("switch"), QStringLiteral("integrity") };
    sc.freezeStart = 140;
    sc.trafficSwitched = 240;
    sc.downtime = 100;
    sc.fitsWindow = true;
    // A 35-minute rollback: deadline 04:00 - 35 min = 03:25.
    sc.rollbackDuration = 35;
    sc.rollbackDeadline = QDateTime(QDate(2026, 3, 15), QTime(3, 25), QTimeZone(3600));
    return sc;
}

/**
 * A lag series every 15 s from 21:00 to 01:00 (+01:00): 2 s except 23:00–23:10 at 45 s
 * (a 10-minute breach of "lag > 30 s for 5 min"), and no samples 00:00–00:20 (a gap).
 */
inline MetricSeries fixtureLagSeries()
{
    MetricSeries s;
    s.id = QStringLiteral("s1");
    s.name = QStringLiteral("replica-1");
    s.metric = QStringLiteral("replication_lag");
    s.unit = QStringLiteral("s");
    const qint64 t0 = QDateTime(QDate(2026, 3, 14), QTime(21, 0), QTimeZone(3600)).toMSecsSinceEpoch();
    for (qint64 t = t0; t <= t0 + 4 * 3600 * 1000; t += 15000) {
        const qint64 minute = (t - t0) / 60000; // minutes after 21:00
        if (minute >= 180 && minute < 200)
            continue;
        s.times.append(t);
        s.values.append(minute >= 120 && minute < 130 ? 45.0 : 2.0 + std::sin(double(t - t0) / 600000.0));
    }
    return s;
}

inline QList<ValidationResult> fixtureValidation()
{
    auto r = [](const char *obj, const char *src, const char *dst, double diff, ValidationStatus st) {
        ValidationResult v;
        v.object = QString::fromLatin1(obj);
        v.check = QStringLiteral("count");
        v.sourceValue = QString::fromLatin1(src);
        v.targetValue = QString::fromLatin1(dst);
        v.difference = diff;
        v.status = st;
        v.tool = QStringLiteral("dvt-csv");
        return v;
    };
    return { r("public.orders", "1200", "1200", 0, ValidationStatus::Passed),
             r("public.order_items", "5400", "5391", -9, ValidationStatus::Failed),
             r("public.customers", "300", "300", 0, ValidationStatus::Passed),
             r("public.payments", "800", "798", -2, ValidationStatus::Failed),
             r("public.audit", "10", "10", 0, ValidationStatus::Unknown) };
}

} // namespace cutover::testing
