// SPDX-License-Identifier: GPL-3.0-or-later
// Every expected value below is worked out by hand from the rules in spec/plan-format.md;
// the comment next to each row shows the arithmetic.
#include "schedule/scheduler.h"

#include <QTest>
#include <QTimeZone>

using namespace cutover;

namespace {

Task task(const QString &id, double likely, QList<Dependency> after = {})
{
    Task t;
    t.id = id;
    t.name = id;
    t.duration.likely = likely;
    t.after = std::move(after);
    return t;
}

Dependency dep(const QString &id, DependencyType type = DependencyType::FS, double lag = 0)
{
    return Dependency{id, type, lag};
}

Plan plan(QList<Task> tasks)
{
    Plan p;
    p.name = "test";
    p.timezone = "UTC";
    p.start = QDateTime(QDate(2026, 12, 5), QTime(20, 0), Qt::UTC);
    p.tasks = std::move(tasks);
    return p;
}

Schedule scheduled(const Plan &p)
{
    const Result<Schedule> r = Scheduler::schedule(p);
    if (!r.ok())
        qFatal("unexpected schedule error: %s", qPrintable(r.errorString()));
    return r.value();
}

} // namespace

class TestScheduler : public QObject
{
    Q_OBJECT
private slots:
    // Two tasks a (dA) and b (dB), b depends on a with the given type and lag.
    void twoTasks_data()
    {
        QTest::addColumn<DependencyType>("type");
        QTest::addColumn<double>("lag");
        QTest::addColumn<double>("dA");
        QTest::addColumn<double>("dB");
        QTest::addColumn<double>("esB");
        QTest::addColumn<double>("finish");
        QTest::addColumn<double>("floatA");
        QTest::addColumn<double>("floatB");
        QTest::addColumn<QStringList>("path");
        using S = QStringList;
        // FS: ES_b = 10+5 = 15, finish 35; both on the chain.
        QTest::newRow("FS+5") << DependencyType::FS << 5.0 << 10.0 << 20.0 << 15.0 << 35.0 << 0.0 << 0.0 << S{"a", "b"};
        // FS-10: ES_b = 30-10 = 20, EF_b = 30 = EF_a = finish. LF_a <= LS_b+10 = 30.
        QTest::newRow("FS-10") << DependencyType::FS << -10.0 << 30.0 << 10.0 << 20.0 << 30.0 << 0.0 << 0.0 << S{"a", "b"};
        // FS-10 clamped: 5-10 < 0 so ES_b = 0, finish 10. LF_a <= LS_b - (-10) = 10, LS_a = 5.
        QTest::newRow("FS-10 clamped") << DependencyType::FS << -10.0 << 5.0 << 10.0 << 0.0 << 10.0 << 5.0 << 0.0 << S{"b"};
        // SS+5: ES_b = 5, EF_b = 15, finish 30. LF_b = 30, LS_b = 20, float_b 15.
        // LS_a <= LS_b-5 = 15 -> LF_a <= 45, capped at finish 30 -> float_a 0.
        QTest::newRow("SS+5") << DependencyType::SS << 5.0 << 30.0 << 10.0 << 5.0 << 30.0 << 0.0 << 15.0 << S{"a"};
        // SS+25: ES_b = 25, EF_b = 35 = finish. LS_b = 25 -> LS_a <= 0 -> float_a 0.
        QTest::newRow("SS+25") << DependencyType::SS << 25.0 << 30.0 << 10.0 << 25.0 << 35.0 << 0.0 << 0.0 << S{"a", "b"};
        // FF+5: ES_b = 20+5-10 = 15, EF_b = 25 = finish. LF_a <= 25-5 = 20 -> float_a 0.
        QTest::newRow("FF+5") << DependencyType::FF << 5.0 << 20.0 << 10.0 << 15.0 << 25.0 << 0.0 << 0.0 << S{"a", "b"};
        // FF+5 clamped: 10+5-30 < 0 -> ES_b = 0, finish 30. LF_a <= 30-5 = 25 -> LS_a 15.
        QTest::newRow("FF+5 clamped") << DependencyType::FF << 5.0 << 10.0 << 30.0 << 0.0 << 30.0 << 15.0 << 0.0 << S{"b"};
        // FF-5: ES_b = 20-5-10 = 5, EF_b 15; finish 20 (a). LF_b = 20 -> float_b 5; LF_a <= 25 -> 20.
        QTest::newRow("FF-5") << DependencyType::FF << -5.0 << 20.0 << 10.0 << 5.0 << 20.0 << 0.0 << 5.0 << S{"a"};
        // SF+20: ES_b = 0+20-5 = 15, EF_b = 20 = finish. LS_a <= LF_b-20 = 0 -> float_a 0.
        QTest::newRow("SF+20") << DependencyType::SF << 20.0 << 10.0 << 5.0 << 15.0 << 20.0 << 0.0 << 0.0 << S{"a", "b"};
        // SF+0: ES_b = 0-5 -> clamped 0, EF_b 5; finish 10 (a). float_b = 5;
        // LS_a <= LF_b - 0 = 10 -> LF_a <= 20, capped 10 -> float_a 0.
        QTest::newRow("SF+0 clamped") << DependencyType::SF << 0.0 << 10.0 << 5.0 << 0.0 << 10.0 << 0.0 << 5.0 << S{"a"};
    }
    void twoTasks()
    {
        QFETCH(DependencyType, type);
        QFETCH(double, lag);
        QFETCH(double, dA);
        QFETCH(double, dB);
        const Schedule s = scheduled(plan({task("a", dA), task("b", dB, {dep("a", type, lag)})}));
        QTEST(s.tasks[1].es, "esB");
        QCOMPARE(s.tasks[1].ef, s.tasks[1].es + dB);
        QTEST(s.finish, "finish");
        QTEST(s.tasks[0].totalFloat, "floatA");
        QTEST(s.tasks[1].totalFloat, "floatB");
        QCOMPARE(s.tasks[0].ls, s.tasks[0].es + s.tasks[0].totalFloat);
        QCOMPARE(s.tasks[0].lf, s.tasks[0].ls + dA);
        QCOMPARE(s.tasks[0].critical, s.tasks[0].totalFloat == 0);
        QCOMPARE(s.tasks[1].critical, s.tasks[1].totalFloat == 0);
        QTEST(s.criticalPath, "path");
    }

    void diamondTakesTheLongestBranch()
    {
        // a(10) -> b(30) -> d(5); a -> c(20) -> d; d waits for the later of b (40) and c (30).
        const Schedule s = scheduled(plan({task("a", 10), task("b", 30, {dep("a")}), task("c", 20, {dep("a")}),
                                           task("d", 5, {dep("b"), dep("c")})}));
        QCOMPARE(s.tasks[3].es, 40.0);
        QCOMPARE(s.finish, 45.0);
        QCOMPARE(s.tasks[2].totalFloat, 10.0); // LF_c = LS_d = 40, LS_c = 20, ES_c = 10
        QVERIFY(!s.tasks[2].critical);
        QCOMPARE(s.criticalPath, (QStringList{"a", "b", "d"}));
    }

    void listOrderDoesNotMatter()
    {
        // Same diamond, listed successors first.
        const Schedule s = scheduled(plan({task("d", 5, {dep("b"), dep("c")}), task("c", 20, {dep("a")}),
                                           task("b", 30, {dep("a")}), task("a", 10)}));
        QCOMPARE(s.tasks[0].es, 40.0);
        QCOMPARE(s.tasks[1].totalFloat, 10.0);
        QCOMPARE(s.criticalPath, (QStringList{"a", "b", "d"}));
    }

    void notBeforePinsTheStart()
    {
        // a(10) may not start before 21:00 = 60 min; b(30) free. Finish 70.
        Plan p = plan({task("a", 10), task("b", 30), task("c", 5, {dep("a")})});
        p.tasks[0].notBefore = p.start.addSecs(3600);
        const Schedule s = scheduled(p);
        QCOMPARE(s.tasks[0].es, 60.0);
        QCOMPARE(s.tasks[2].es, 70.0);
        QCOMPARE(s.finish, 75.0);
        // a is pinned by notBefore and lies on the longest path: critical, float 0.
        QCOMPARE(s.tasks[0].totalFloat, 0.0);
        QCOMPARE(s.tasks[1].totalFloat, 45.0); // LF_b = 75, LS_b = 45, ES_b = 0
        QCOMPARE(s.criticalPath, (QStringList{"a", "c"}));
        // A notBefore earlier than the predecessors allow changes nothing; one before start is 0.
        p.tasks[2].notBefore = p.start.addSecs(30 * 60);
        p.tasks[1].notBefore = p.start.addSecs(-3600);
        const Schedule t = scheduled(p);
        QCOMPARE(t.tasks[2].es, 70.0);
        QCOMPARE(t.tasks[1].es, 0.0);
    }

    void notBeforeLaterThanPredecessors()
    {
        // a(10) -> b(10) FS, b not before 30: ES_b = 30, float_a = 20 (LF_a = LS_b = 30).
        Plan p = plan({task("a", 10), task("b", 10, {dep("a")})});
        p.tasks[1].notBefore = p.start.addSecs(30 * 60);
        const Schedule s = scheduled(p);
        QCOMPARE(s.tasks[1].es, 30.0);
        QCOMPARE(s.tasks[0].totalFloat, 20.0);
        QCOMPARE(s.criticalPath, (QStringList{"b"}));
    }

    void milestonesAndGates()
    {
        // A milestone lasts 0 whatever its estimate says; a gate keeps its duration.
        Plan p = plan({task("a", 10), task("m", 99, {dep("a")}), task("g", 15, {dep("m")})});
        p.tasks[1].kind = TaskKind::Milestone;
        p.tasks[2].kind = TaskKind::Gate;
        const Schedule s = scheduled(p);
        QCOMPARE(s.tasks[1].es, 10.0);
        QCOMPARE(s.tasks[1].ef, 10.0);
        QCOMPARE(s.tasks[2].ef, 25.0);
        QCOMPARE(s.criticalPath, (QStringList{"a", "m", "g"}));
    }

    void criticalPathEndsAtTheLastFinisher()
    {
        // a(10) -> done (milestone): both finish at 10; the path runs a, done.
        Plan p = plan({task("a", 10), task("done", 0, {dep("a")})});
        p.tasks[1].kind = TaskKind::Milestone;
        QCOMPARE(scheduled(p).criticalPath, (QStringList{"a", "done"}));
    }

    void fractionalLagsStayCritical()
    {
        // 0.1 + 0.2 style rounding must not break criticality: a(0.1) -> b(0.2) FS+0.3 -> c(0.7).
        const Schedule s = scheduled(plan({task("a", 0.1), task("b", 0.2, {dep("a", DependencyType::FS, 0.3)}),
                                           task("c", 0.7, {dep("b")})}));
        QVERIFY(qAbs(s.finish - 1.3) < 1e-12);
        QCOMPARE(s.criticalPath, (QStringList{"a", "b", "c"}));
        for (const TaskTiming &t : s.tasks)
            QVERIFY(t.critical);
    }

    void downtimeWindowAndRollback()
    {
        // start 20:00 UTC. prep(60) -> freeze(10) -> sync(30) -> switch(20).
        Plan p = plan({task("prep", 60), task("freeze", 10, {dep("prep")}), task("sync", 30, {dep("freeze")}),
                       task("switch", 20, {dep("sync")})});
        p.timezone = "Europe/Berlin";
        p.tasks[1].marks = Mark::FreezeStart;
        p.tasks[3].marks = Mark::TrafficSwitched;
        // Window 21:00..23:00 UTC: freeze starts at 60 (21:00), traffic switched at 120 (22:00).
        p.window.start = p.start.addSecs(3600);
        p.window.end = p.start.addSecs(3 * 3600);
        Task r1 = task("dns", 15);
        Task r2 = task("writes", 10, {dep("dns", DependencyType::SS, 10)}); // ES 10, EF 20
        Task r3 = task("notify", 5);
        p.rollbackTasks = {r1, r2, r3};
        Schedule s = scheduled(p);
        QCOMPARE(*s.freezeStart, 60.0);
        QCOMPARE(*s.trafficSwitched, 120.0);
        QCOMPARE(*s.downtime, 60.0);
        QCOMPARE(*s.fitsWindow, true);
        QCOMPARE(s.rollbackDuration, 20.0);
        QCOMPARE(s.rollbackTasks[1].es, 10.0);
        QCOMPARE(s.rollbackTasks[2].totalFloat, 15.0);
        // 23:00 UTC - 20 min = 22:40 UTC = 23:40 in Berlin (UTC+1 in December).
        QCOMPARE(s.rollbackDeadline.toUTC(), QDateTime(QDate(2026, 12, 5), QTime(22, 40), Qt::UTC));
        QCOMPARE(s.rollbackDeadline.offsetFromUtc(), 3600);
        QCOMPARE(s.toDateTime(p, 90).time(), QTime(22, 30)); // 21:30 UTC shown in Berlin
        QCOMPARE(s.toDateTime(p, 90).toUTC(), p.start.addSecs(90 * 60));

        // Window ends 21:59 UTC: traffic switched at 22:00 is one minute late.
        p.window.end = p.start.addSecs(119 * 60);
        QCOMPARE(*scheduled(p).fitsWindow, false);
        // Window starts 21:01: the freeze at 21:00 is too early.
        p.window.end = p.start.addSecs(3 * 3600);
        p.window.start = p.start.addSecs(61 * 60);
        QCOMPARE(*scheduled(p).fitsWindow, false);
        // No window: no verdict and no deadline.
        p.window = {};
        s = scheduled(p);
        QVERIFY(!s.fitsWindow.has_value());
        QVERIFY(!s.rollbackDeadline.isValid());
        QCOMPARE(*s.downtime, 60.0);
        // No traffic mark: no downtime.
        p.tasks[3].marks = {};
        s = scheduled(p);
        QVERIFY(!s.downtime.has_value());
        QCOMPARE(*s.freezeStart, 60.0);
    }

    void rollbackIgnoresNotBefore()
    {
        Plan p = plan({task("a", 10)});
        Task r = task("r", 5);
        r.notBefore = p.start.addSecs(3600);
        p.rollbackTasks = {r};
        QCOMPARE(scheduled(p).rollbackDuration, 5.0);
    }

    void emptyPlan()
    {
        const Schedule s = scheduled(plan({}));
        QCOMPARE(s.finish, 0.0);
        QVERIFY(s.tasks.isEmpty());
        QVERIFY(s.criticalPath.isEmpty());
        QCOMPARE(s.rollbackDuration, 0.0);
    }

    void cycles()
    {
        // a -> b -> c -> a, plus d waiting for itself, plus e outside.
        Plan p = plan({task("a", 1, {dep("c")}), task("b", 1, {dep("a")}), task("c", 1, {dep("b")}),
                       task("d", 1, {dep("d")}), task("e", 1, {dep("a")})});
        const QList<QStringList> cycles = Scheduler::findCycles(p);
        QCOMPARE(cycles.size(), 2);
        QCOMPARE(cycles[0], (QStringList{"a", "b", "c"}));
        QCOMPARE(cycles[1], (QStringList{"d"}));
        const Result<Schedule> r = Scheduler::schedule(p);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message, QString("dependency cycle: a → b → c → a; d → d"));
        QCOMPARE(r.error().path, QString("tasks"));
    }

    void tangledCycleNamesEveryTask()
    {
        // a <-> b and b <-> c: one tangle; the shortest cycle through a is a, b; c is on b <-> c.
        Plan p = plan({task("a", 1, {dep("b")}), task("b", 1, {dep("a"), dep("c")}), task("c", 1, {dep("b")})});
        QCOMPARE(Scheduler::findCycles(p), (QList<QStringList>{{"a", "b", "c"}}));
        const Result<Schedule> r = Scheduler::schedule(p);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains("a → b → a"));
        QVERIFY(r.error().message.contains("c"));
    }

    void rollbackCycleIsAnErrorToo()
    {
        Plan p = plan({task("a", 1)});
        p.rollbackTasks = {task("r1", 1, {dep("r2")}), task("r2", 1, {dep("r1")})};
        QCOMPARE(Scheduler::findCycles(p), (QList<QStringList>{{"r1", "r2"}}));
        const Result<Schedule> r = Scheduler::schedule(p);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().path, QString("rollback.tasks"));
    }

    void badInput_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown predecessor") << 0 << "tasks[1].after[0].task: unknown predecessor \"frezee\" of task \"b\"";
        QTest::newRow("negative duration") << 1 << "tasks[0].duration.likely: expected a duration from 0 to 5259600 minutes (10 years), got -5";
        QTest::newRow("duplicate id") << 2 << "tasks[1].id: duplicate task id \"a\"";
        QTest::newRow("nan lag") << 3 << "tasks[1].after[0].lag: expected a lag from -5259600 to 5259600 minutes (10 years), got nan";
        QTest::newRow("notBefore without start") << 4 << "tasks[0].notBefore: task \"a\" has a \"not before\" time but the plan has no valid start";
        // Beyond 10 years (PlanLimits): refused, never scheduled into a wrapped date.
        QTest::newRow("1e308 duration") << 5 << "tasks[0].duration.likely: expected a duration from 0 to 5259600 minutes (10 years), got 1e+308";
        QTest::newRow("1e18 lag") << 6 << "tasks[1].after[0].lag: expected a lag from -5259600 to 5259600 minutes (10 years), got 1e+18";
    }
    void badInput()
    {
        QFETCH(int, which);
        Plan p = plan({task("a", 10), task("b", 10, {dep("a")})});
        switch (which) {
        case 0: p.tasks[1].after[0].task = "frezee"; break;
        case 1: p.tasks[0].duration.likely = -5; break;
        case 2: p.tasks[1].id = "a"; break;
        case 3: p.tasks[1].after[0].lag = qQNaN(); break;
        case 5: p.tasks[0].duration.likely = 1e308; break;
        case 6: p.tasks[1].after[0].lag = 1e18; break;
        case 4:
            p.tasks[0].notBefore = p.start;
            p.start = {};
            break;
        }
        const Result<Schedule> r = Scheduler::schedule(p);
        QVERIFY(!r.ok());
        QTEST(r.errorString(), "expected");
    }
};

QTEST_GUILESS_MAIN(TestScheduler)
#include "test_scheduler.moc"
