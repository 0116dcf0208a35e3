// SPDX-License-Identifier: GPL-3.0-or-later
// PlanAnalysis and PlanSummary: the one rollback rule, the guardrail, the invalidation rules and
// the background simulation. Expected figures are worked by hand in the comments.
#include "analysis/plananalysis.h"
#include "analysis/verdictguard.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#if defined(QT_WIDGETS_LIB) || defined(QT_GUI_LIB)
#error "the analysis library must build and test without QtGui and QtWidgets"
#endif

using namespace cutover;

namespace {

Task task(const QString &id, double likely, const QList<Dependency> &after = {})
{
    Task t;
    t.id = id;
    t.name = QStringLiteral("Step %1").arg(id);
    t.owner = QStringLiteral("x");
    t.duration.likely = likely;
    t.after = after;
    return t;
}

QDateTime at(int day, int h, int m, int s = 0)
{
    return QDateTime(QDate(2026, 12, day), QTime(h, m, s), QTimeZone(3600));
}

// Start 21:00 (+01:00), window 22:00 .. 04:00 (minutes 60 .. 420).
// prep 0..60; freeze (notBefore 22:00) 60..70; sync 70..130.5; ponr 130.5..140.5;
// switch 140.5..155.5. Downtime 155.5 - 60 = 95.5 min; fits.
// Rollback r1 12.5 min (fixed) -> deadline 04:00 - 12.5 min = 03:47:30, floored to 03:47.
// Margin from the point of no return, done at 21:00 + 140.5 min = 23:20:30, to 03:47:
// 4 h 26 min 30 s, floored to 266 min. From the traffic switch (23:35:30) it would be 251 min.
Plan handWorked()
{
    Plan p;
    p.name = QStringLiteral("Hand-worked");
    p.start = at(5, 21, 0);
    p.window.start = at(5, 22, 0);
    p.window.end = at(6, 4, 0);
    Task prep = task(QStringLiteral("prep"), 60);
    Task freeze = task(QStringLiteral("freeze"), 10, {{QStringLiteral("prep"), DependencyType::FS, 0}});
    freeze.notBefore = at(5, 22, 0);
    freeze.marks = Mark::FreezeStart;
    Task sync = task(QStringLiteral("sync"), 60.5, {{QStringLiteral("freeze"), DependencyType::FS, 0}});
    Task ponr = task(QStringLiteral("ponr"), 10, {{QStringLiteral("sync"), DependencyType::FS, 0}});
    ponr.marks = Mark::PointOfNoReturn;
    Task sw = task(QStringLiteral("switch"), 15, {{QStringLiteral("ponr"), DependencyType::FS, 0}});
    sw.marks = Mark::TrafficSwitched;
    p.tasks = {prep, freeze, sync, ponr, sw};
    p.rollbackTasks = {task(QStringLiteral("r1"), 12.5)};
    return p;
}

} // namespace

class TestPlanAnalysis : public QObject
{
    Q_OBJECT
private slots:
    void oneRollbackRule()
    {
        const Plan plan = handWorked();
        PlanAnalysis a(&plan);
        const PlanSummary &s = a.summary();
        QVERIFY(!s.verdictWithheld());
        QCOMPARE(*s.downtime, 95.5);
        QCOMPARE(*s.fitsWindow, true);
        QCOMPARE(s.fitText(), QStringLiteral("yes"));
        QCOMPARE(s.rollbackLikely, 12.5);
        QCOMPARE(s.deadlineLikely, at(6, 3, 47));
        QCOMPARE(s.marginAnchor, PlanSummary::MarginAnchor::PointOfNoReturn);
        QCOMPARE(s.marginTask, QStringLiteral("ponr"));
        QCOMPARE(s.marginFrom, at(5, 23, 20, 30));
        QCOMPARE(*s.marginLikely, 266.0);
        QVERIFY(!s.deadlineP80.isValid()); // no simulation yet: no P80 figure
        QVERIFY(!s.marginP80);
        QCOMPARE(PlanSummary::marginValueText(s.marginLikely), QStringLiteral("4 h 26 min"));
    }

    void marginFromTrafficSwitchWithoutPointOfNoReturn()
    {
        Plan plan = handWorked();
        plan.tasks[3].marks = {};
        PlanAnalysis a(&plan);
        QCOMPARE(a.summary().marginAnchor, PlanSummary::MarginAnchor::TrafficSwitched);
        QCOMPARE(a.summary().marginFrom, at(5, 23, 35, 30));
        QCOMPARE(*a.summary().marginLikely, 251.0);
    }

    void p80FromTheCurrentSimulation()
    {
        Plan plan = handWorked();
        // Fixed rollback duration: every run takes 12.5 min, so P80 = likely exactly.
        PlanAnalysis a(&plan);
        a.setIterations(500);
        QVERIFY(a.simulateNow(1).ok());
        const PlanSummary &s = a.summary();
        QVERIFY(s.simulationCurrent);
        QCOMPARE(*s.rollbackP80, 12.5);
        QCOMPARE(s.deadlineP80, at(6, 3, 47));
        QCOMPARE(*s.marginP80, 266.0);
        QCOMPARE(s.iterations, 500);
        // A triangular rollback (10, 12.5, 40): P80 lies above the likely value, so the P80
        // deadline is earlier; it is window end - P80, floored to the minute, and the P80
        // margin is measured from the same task finish.
        plan.rollbackTasks[0].duration.optimistic = 10;
        plan.rollbackTasks[0].duration.pessimistic = 40;
        a.invalidate(PlanAnalysis::Rollback);
        QVERIFY(!a.summary().simulationCurrent);
        QVERIFY(!a.summary().deadlineP80.isValid()); // stale: not quoted
        QVERIFY(a.simulateNow(1).ok());
        const PlanSummary &t = a.summary();
        const double p80 = a.currentSimulation()->rollbackDuration.p80;
        // Triangular(10, 12.5, 40) P80 = 40 - sqrt(0.2 * 30 * 27.5) = 27.15 min (closed form).
        QVERIFY2(std::abs(p80 - 27.15) < 1.5, qPrintable(QString::number(p80)));
        const QDateTime exact = at(6, 4, 0).addMSecs(-qint64(std::llround(p80 * 60000)));
        QCOMPARE(t.deadlineP80, exact.addSecs(-exact.time().second()).addMSecs(-exact.time().msec()));
        QCOMPARE(*t.marginP80, std::floor(at(5, 23, 20, 30).secsTo(t.deadlineP80) / 60.0));
    }

    void errorsWithholdTheVerdict_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("marks out of order") << "marks-out-of-order";
        QTest::newRow("estimates out of order") << "estimate-order";
        QTest::newRow("unknown predecessor") << "unknown-predecessor";
        QTest::newRow("cycle") << "cycle";
    }
    void errorsWithholdTheVerdict()
    {
        QFETCH(QString, code);
        Plan plan = handWorked();
        if (code == "marks-out-of-order") {
            plan.tasks[4].after.clear(); // switch 0..15, before the freeze at 60
        } else if (code == "estimate-order") {
            plan.tasks[2].duration.optimistic = 90; // optimistic 90 > likely 60.5
        } else if (code == "unknown-predecessor") {
            plan.tasks[2].after = {{QStringLiteral("frezee"), DependencyType::FS, 0}};
        } else {
            plan.tasks[0].after = {{QStringLiteral("switch"), DependencyType::FS, 0}};
        }
        PlanAnalysis a(&plan);
        const PlanSummary &s = a.summary();
        QVERIFY(s.verdictWithheld());
        QVERIFY(!s.errors.isEmpty());
        QCOMPARE(s.errors.first().code, code);
        QString message = s.errors.first().message;
        if (message.endsWith('.'))
            message.chop(1);
        QCOMPARE(s.withheldReason, QStringLiteral("not computed: ") + message);
        QVERIFY(!s.downtime);
        QVERIFY(!s.fitsWindow);
        QVERIFY(!s.deadlineLikely.isValid());
        QVERIFY(!s.marginLikely);
        QCOMPARE(s.fitText(), s.withheldReason);
        QVERIFY(!a.startSimulation()); // never simulated while withheld
    }

    void missingTheWindowKeepsTheFigures()
    {
        // A well-formed plan that does not fit: prep shortened to 20 min and the freeze allowed
        // from 21:30, so freeze 30..40 (30 min before the window opens), sync 40..100.5,
        // ponr 100.5..110.5, switch 110.5..125.5; downtime 125.5 - 30 = 95.5.
        Plan plan = handWorked();
        plan.tasks[0].duration.likely = 20;
        plan.tasks[1].notBefore = at(5, 21, 30);
        PlanAnalysis a(&plan);
        const PlanSummary &s = a.summary();
        QVERIFY(!s.verdictWithheld());
        QCOMPARE(s.errors.size(), 0);
        QCOMPARE(s.errorCount, 1); // freeze-before-window is an error of `check`, not a withheld verdict
        QCOMPARE(*s.fitsWindow, false);
        QCOMPARE(s.freezeEarly, 30.0);
        QCOMPARE(s.trafficLate, 0.0);
        QCOMPARE(*s.downtime, 95.5);
        QCOMPARE(s.fitText(), QStringLiteral("no: the write freeze starts 30 min before the window opens"));
        QVERIFY(s.deadlineLikely.isValid());
    }

    void importDoesNotReschedule()
    {
        Plan plan = handWorked();
        PlanAnalysis a(&plan);
        a.summary();
        const auto before = a.counters();
        QCOMPARE(before.schedule, 1);
        QCOMPARE(before.criteria, 1);
        plan.series.append(MetricSeries{});
        a.invalidate(PlanAnalysis::Series);
        a.summary();
        const auto after = a.counters();
        QCOMPARE(after.schedule, 1);          // not rescheduled
        QCOMPARE(after.criteria, 2);          // criteria re-evaluated
        QCOMPARE(after.findings, before.findings + 1);
        QCOMPARE(after.summary, before.summary + 1);
    }

    void taskEditDoesNotReevaluateCriteria()
    {
        Plan plan = handWorked();
        PlanAnalysis a(&plan);
        a.summary();
        const quint64 version = a.version();
        plan.tasks[2].duration.likely = 30;
        a.invalidate(PlanAnalysis::Tasks);
        QCOMPARE(a.version(), version + 1);
        QCOMPARE(a.summary().criticalPath.size(), 5);
        QCOMPARE(*a.summary().downtime, 65.0); // sync 30 instead of 60.5: 95.5 - 30.5
        QCOMPARE(a.counters().schedule, 2);
        QCOMPARE(a.counters().criteria, 1);
        // A readiness edit touches neither the schedule nor the simulation's currency.
        a.invalidate(PlanAnalysis::Checklist);
        QCOMPARE(a.version(), version + 1);
        a.summary();
        QCOMPARE(a.counters().schedule, 2);
    }

    void changedOncePerTurn()
    {
        Plan plan = handWorked();
        PlanAnalysis a(&plan);
        QSignalSpy spy(&a, &PlanAnalysis::changed);
        a.invalidate(PlanAnalysis::Tasks);
        a.invalidate(PlanAnalysis::Tasks);
        a.invalidate(PlanAnalysis::Series);
        QCOMPARE(spy.count(), 0); // queued
        QTRY_COMPARE(spy.count(), 1);
        const auto what = spy.first().first().value<PlanAnalysis::Inputs>();
        QCOMPARE(what, PlanAnalysis::Inputs(PlanAnalysis::Tasks | PlanAnalysis::Series));
    }

    void backgroundSimulationGoesStaleOnEdit()
    {
        Plan plan = handWorked();
        PlanAnalysis a(&plan);
        a.setAutoSimulate(false);
        a.setIterations(2000);
        QVERIFY(a.startSimulation());
        QVERIFY(a.isSimulationRunning());
        a.waitForSimulation();
        QVERIFY(!a.isSimulationRunning());
        QVERIFY(a.isSimulationCurrent());
        QCOMPARE(a.currentSimulation()->iterations, 2000);
        QCOMPARE(a.simulationProgress(), 100);
        plan.tasks[2].duration.likely = 30;
        a.invalidate(PlanAnalysis::Tasks);
        QVERIFY(!a.isSimulationCurrent());
        QVERIFY(a.simulation() != nullptr); // the old result is kept, known to be stale
        QVERIFY(!a.summary().simulationCurrent);
        QVERIFY(a.summary().simulated);
    }

    void editCancelsRunningSimulation()
    {
        Plan plan = handWorked();
        PlanAnalysis a(&plan);
        a.setAutoSimulate(false);
        a.setIterations(MonteCarlo::kMaxIterations);
        QVERIFY(a.startSimulation());
        plan.tasks[2].duration.likely = 30;
        a.invalidate(PlanAnalysis::Tasks); // cancels the million-run simulation of the old plan
        a.waitForSimulation();
        QVERIFY(!a.isSimulationRunning());
        QVERIFY(!a.isSimulationCurrent());
        QCOMPARE(a.counters().simulations, 0); // cancelled, no result taken
    }

    void autoRerunAfterEditForSmallPlans()
    {
        Plan plan = handWorked();
        PlanAnalysis a(&plan);
        a.setIterations(500);
        QVERIFY(a.rerunsAfterEdits());
        QVERIFY(a.simulateNow(1).ok());
        plan.tasks[2].duration.likely = 30;
        a.invalidate(PlanAnalysis::Tasks);
        QTRY_VERIFY(a.isSimulationRunning() || a.isSimulationCurrent());
        a.waitForSimulation();
        QVERIFY(a.isSimulationCurrent());
        QCOMPARE(a.counters().simulations, 2);
    }
};

QTEST_GUILESS_MAIN(TestPlanAnalysis)
#include "test_plananalysis.moc"
