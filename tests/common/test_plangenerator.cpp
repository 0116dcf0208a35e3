// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/plancompare.h"
#include "common/plangenerator.h"
#include "model/planvalidation.h"

#include <QSet>
#include <QTest>

using namespace cutover;

class TestPlanGenerator : public QObject
{
    Q_OBJECT
private slots:
    void shape_data();
    void shape();
    void deterministic();
};

void TestPlanGenerator::shape_data()
{
    QTest::addColumn<int>("tasks");
    QTest::addColumn<qint64>("points");
    QTest::newRow("small") << 12 << qint64(0);
    QTest::newRow("medium with series") << 500 << qint64(10001);
    QTest::newRow("large") << 5000 << qint64(0);
}

void TestPlanGenerator::shape()
{
    QFETCH(int, tasks);
    QFETCH(qint64, points);
    PlanGeneratorOptions options;
    options.tasks = tasks;
    options.seriesPoints = points;
    const Plan plan = generatePlan(options);

    QCOMPARE(plan.tasks.size(), tasks);
    QCOMPARE(plan.phases.size(), 6);
    for (const PlanIssue &issue : PlanValidator::validate(plan))
        QVERIFY2(issue.severity != PlanIssue::Severity::Error, qPrintable(issue.code + ": " + issue.message));

    QSet<DependencyType> types;
    bool negativeLag = false;
    bool threePoint = false;
    bool singlePoint = false;
    int freeze = 0;
    int switched = 0;
    for (qsizetype i = 0; i < plan.tasks.size(); ++i) {
        const Task &t = plan.tasks.at(i);
        if (i == 0)
            QVERIFY(t.after.isEmpty());
        else
            QVERIFY2(t.after.size() >= 1 && t.after.size() <= 3, qPrintable(t.id));
        for (const Dependency &d : t.after) {
            // Every predecessor comes earlier in the list, so the graph has no cycle.
            const qsizetype p = plan.taskIndex(d.task);
            QVERIFY(p >= 0 && p < i);
            types.insert(d.type);
            negativeLag = negativeLag || d.lag < 0;
        }
        threePoint = threePoint || t.duration.isThreePoint();
        singlePoint = singlePoint || (!t.duration.optimistic && !t.duration.pessimistic);
        freeze += t.marks.testFlag(Mark::FreezeStart) ? 1 : 0;
        switched += t.marks.testFlag(Mark::TrafficSwitched) ? 1 : 0;
    }
    QCOMPARE(types.size(), 4);
    QVERIFY(negativeLag);
    QVERIFY(threePoint);
    QVERIFY(singlePoint);
    QCOMPARE(freeze, 1);
    QCOMPARE(switched, 1);
    QVERIFY(plan.taskWithMark(Mark::FreezeStart) != plan.taskWithMark(Mark::TrafficSwitched));
    QVERIFY(!plan.criteria.isEmpty());
    QVERIFY(!plan.rollbackTasks.isEmpty());

    qint64 total = 0;
    bool gap = false;
    for (const MetricSeries &s : plan.series) {
        QCOMPARE(s.times.size(), s.values.size());
        QVERIFY(std::is_sorted(s.times.cbegin(), s.times.cend()));
        total += s.size();
        gap = gap || std::any_of(s.values.cbegin(), s.values.cend(), [](double v) { return qIsNaN(v); });
    }
    QCOMPARE(total, points);
    QCOMPARE(gap, points >= 997); // a NaN gap every 997th point
}

void TestPlanGenerator::deterministic()
{
    PlanGeneratorOptions options;
    options.tasks = 300;
    options.seriesPoints = 5000;
    const Plan a = generatePlan(options);
    QCOMPARE(planDifference(generatePlan(options), a), QString());
    options.seed = 2;
    QVERIFY(!planDifference(generatePlan(options), a).isEmpty());
}

QTEST_GUILESS_MAIN(TestPlanGenerator)
#include "test_plangenerator.moc"
