// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/planvalidation.h"

#include <QTest>

using namespace cutover;

namespace {

Task task(const QString &id, QList<Dependency> after = {})
{
    Task t;
    t.id = id;
    t.name = id;
    t.phase = QStringLiteral("p");
    t.duration.likely = 10;
    t.after = std::move(after);
    return t;
}

Plan basePlan()
{
    Plan plan;
    plan.name = QStringLiteral("test");
    plan.phases = {Phase{QStringLiteral("p"), QStringLiteral("Phase"), {}}};
    plan.tasks = {task(QStringLiteral("a")), task(QStringLiteral("b"), {Dependency{QStringLiteral("a")}})};
    Task r = task(QStringLiteral("r1"));
    r.phase.clear();
    plan.rollbackTasks = {r};
    return plan;
}

QStringList codes(const QList<PlanIssue> &issues)
{
    QStringList out;
    for (const PlanIssue &i : issues)
        out.append(i.code);
    return out;
}

} // namespace

class TestPlanValidation : public QObject
{
    Q_OBJECT
private slots:
    void validPlanHasNoIssues()
    {
        QVERIFY(PlanValidator::validate(basePlan()).isEmpty());
    }
    void duplicateIdAcrossRunbookAndRollback()
    {
        Plan plan = basePlan();
        plan.rollbackTasks[0].id = QStringLiteral("a");
        QCOMPARE(codes(PlanValidator::validate(plan)), QStringList{QStringLiteral("duplicate-id")});
    }
    void unknownPredecessorAndPhase()
    {
        Plan plan = basePlan();
        plan.tasks[1].after.append(Dependency{QStringLiteral("frezee")});
        plan.tasks[0].phase = QStringLiteral("nowhere");
        const auto issues = PlanValidator::validate(plan);
        QCOMPARE(codes(issues), (QStringList{QStringLiteral("unknown-phase"), QStringLiteral("unknown-predecessor")}));
        QVERIFY(issues.at(1).message.contains(QStringLiteral("frezee")));
    }
    void rollbackDependsOnlyOnRollback()
    {
        Plan plan = basePlan();
        plan.rollbackTasks[0].after.append(Dependency{QStringLiteral("a")});
        QCOMPARE(codes(PlanValidator::validate(plan)), QStringList{QStringLiteral("cross-plan-dependency")});
        plan = basePlan();
        plan.tasks[0].after.append(Dependency{QStringLiteral("r1")});
        QCOMPARE(codes(PlanValidator::validate(plan)), QStringList{QStringLiteral("cross-plan-dependency")});
    }
    void issuesHaveLocations()
    {
        using C = PlanIssue::Location::Collection;
        Plan plan = basePlan();
        plan.tasks.append(task(QStringLiteral("c"), {Dependency{QStringLiteral("a")}, Dependency{QStringLiteral("zz")}}));
        plan.tasks[0].marks = Mark::FreezeStart;
        plan.tasks[2].marks = Mark::FreezeStart;
        plan.rollbackTasks.append(task(QStringLiteral("a")));
        plan.rollbackTasks.last().phase.clear();
        GateDecision decision;
        decision.gate = QStringLiteral("b");
        plan.decisions = {decision};
        const QList<PlanIssue> issues = PlanValidator::validate(plan);
        QCOMPARE(codes(issues), (QStringList{"duplicate-id", "unknown-predecessor", "duplicate-mark", "not-a-gate"}));
        QCOMPARE(issues[0].location, (PlanIssue::Location{C::RollbackTask, 1, "id"}));
        QCOMPARE(issues[0].firstUse, (PlanIssue::Location{C::Task, 0, {}}));
        QCOMPARE(issues[0].detail, QString("duplicate task id \"a\""));
        QCOMPARE(issues[1].location, (PlanIssue::Location{C::Task, 2, "after", 1}));
        QCOMPARE(issues[1].detail, QString("unknown task \"zz\""));
        QCOMPARE(issues[2].location, (PlanIssue::Location{C::Task, 2, "marks"})); // the second carrier
        QCOMPARE(issues[2].detail, QString("mark \"freeze-start\" is already on task \"a\"; each mark may be on one task only"));
        QCOMPARE(issues[3].location, (PlanIssue::Location{C::Decision, 0, "gate"}));
        QVERIFY(!PlanIssue::Location{}.isValid());
    }

    void markUsedTwice()
    {
        Plan plan = basePlan();
        plan.tasks[0].marks = Mark::FreezeStart;
        plan.tasks[1].marks = Mark::FreezeStart | Mark::TrafficSwitched;
        const auto issues = PlanValidator::validate(plan);
        QCOMPARE(codes(issues), QStringList{QStringLiteral("duplicate-mark")});
        QCOMPARE(issues.first().ids, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    }
    void selfDependencyAndDecisions()
    {
        Plan plan = basePlan();
        plan.tasks[0].after.append(Dependency{QStringLiteral("a")});
        plan.decisions.append(GateDecision{QStringLiteral("b"), GateOutcome::Go, {}, {}, {}});
        plan.decisions.append(GateDecision{QStringLiteral("zz"), GateOutcome::Go, {}, {}, {}});
        QCOMPARE(codes(PlanValidator::validate(plan)),
                 (QStringList{QStringLiteral("self-dependency"), QStringLiteral("not-a-gate"), QStringLiteral("unknown-gate")}));
    }
    void displayZone()
    {
        Plan plan;
        // No zone and no start: UTC.
        QCOMPARE(plan.displayZone(), QTimeZone::utc());
        // No usable zone: the fixed offset of the start (+01:00 = 3600 s).
        plan.start = QDateTime(QDate(2026, 12, 5), QTime(21, 0), QTimeZone(3600));
        plan.timezone = "Nowhere/Atlantis";
        QCOMPARE(plan.displayZone().offsetFromUtc(plan.start), 3600);
        // A valid IANA zone wins; in July Berlin is at +02:00.
        plan.timezone = "Europe/Berlin";
        QCOMPARE(plan.displayZone().id(), QByteArray("Europe/Berlin"));
        const QDateTime julyUtc(QDate(2026, 7, 1), QTime(10, 0), QTimeZone::utc());
        QCOMPARE(plan.toDisplayTime(julyUtc).time(), QTime(12, 0));
    }
    void effectiveDistribution()
    {
        Task t = task(QStringLiteral("x"));
        QCOMPARE(t.effectiveDistribution(), Distribution::Fixed);
        t.duration.optimistic = 5;
        t.duration.pessimistic = 20;
        QCOMPARE(t.effectiveDistribution(), Distribution::Triangular);
        t.distribution = Distribution::Pert;
        QCOMPARE(t.effectiveDistribution(), Distribution::Pert);
        t.kind = TaskKind::Milestone;
        QCOMPARE(t.effectiveDistribution(), Distribution::Fixed);
    }
};

QTEST_GUILESS_MAIN(TestPlanValidation)
#include "test_planvalidation.moc"
