// SPDX-License-Identifier: GPL-3.0-or-later
// PlanDiff (docs/review.md): every field kind, renamed ids, criteria, figures and the downtime
// effect of each change applied alone. Expected lists and minutes are worked out by hand.
#include "analysis/baselines.h"
#include "analysis/plandiff.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

#ifdef QT_GUI_LIB
#error "the analysis tests must not link QtGui"
#endif

using namespace cutover;

namespace {

Task task(const QString &id, double minutes, QList<Dependency> after = {}, Marks marks = {})
{
    Task t;
    t.id = id;
    t.name = id;
    t.owner = QStringLiteral("ops");
    t.duration.likely = minutes;
    t.distribution = Distribution::Fixed;
    t.after = std::move(after);
    t.marks = marks;
    return t;
}

Dependency fs(const QString &id, double lag = 0)
{
    return Dependency{id, DependencyType::FS, lag};
}

Plan basePlan()
{
    Plan p;
    p.name = QStringLiteral("Diff");
    p.start = QDateTime(QDate(2026, 12, 5), QTime(21, 0), QTimeZone::utc());
    // prep 30 | freeze 10 (freeze-start) | copy 60 | verify 20 | switch 5 (traffic-switched) | tidy 15
    // Downtime = EF(switch) - ES(freeze) = (30 + 10 + 60 + 20 + 5) - 30 = 95 minutes.
    p.tasks = {task(QStringLiteral("prep"), 30),
               task(QStringLiteral("freeze"), 10, {fs(QStringLiteral("prep"))}, Mark::FreezeStart),
               task(QStringLiteral("copy"), 60, {fs(QStringLiteral("freeze"))}),
               task(QStringLiteral("verify"), 20, {fs(QStringLiteral("copy"))}),
               task(QStringLiteral("switch"), 5, {fs(QStringLiteral("verify"))}, Mark::TrafficSwitched),
               task(QStringLiteral("tidy"), 15, {fs(QStringLiteral("switch"))})};
    return p;
}

} // namespace

class TestPlanDiff : public QObject
{
    Q_OBJECT
private slots:
    void identicalPlansHaveNoDifferences()
    {
        const Plan p = basePlan();
        const PlanDiff d = PlanDiff::compute(p, {}, p, {});
        QVERIFY(!d.hasDifferences());
        QVERIFY(d.tasks.isEmpty());
        QVERIFY(d.effects.isEmpty());
    }

    void everyTaskFieldKind()
    {
        Task before = task(QStringLiteral("t"), 60, {fs(QStringLiteral("a"))});
        before.phase = QStringLiteral("p1");
        Task after = before;
        after.name = QStringLiteral("Renamed");
        after.phase = QStringLiteral("p2");
        after.owner = QStringLiteral("dba");
        after.kind = TaskKind::Gate;
        after.duration = Estimate{30.0, 45.0, 90.0};
        after.distribution = Distribution::Pert;
        after.after = {Dependency{QStringLiteral("a"), DependencyType::SS, 5}};
        after.notBefore = QDateTime(QDate(2026, 12, 5), QTime(22, 0), QTimeZone(3600));
        after.marks = Mark::PointOfNoReturn | Mark::FinalSync;
        after.notes = QStringLiteral("call first");
        // Run state is not a field the diff compares.
        after.status = TaskStatus::Done;

        const ListChanges c = PlanDiff::diffTasks({before}, {after});
        QVERIFY(c.added.isEmpty());
        QVERIFY(c.removed.isEmpty());
        QCOMPARE(c.changed.size(), 1);
        QCOMPARE(c.changed.at(0).id, QStringLiteral("t"));
        const QList<FieldChange> expected{
            {"name", "t", "Renamed"},
            {"phase", "p1", "p2"},
            {"owner", "ops", "dba"},
            {"kind", "task", "gate"},
            {"duration", QJsonObject{{"likely", 60}},
             QJsonObject{{"optimistic", 30}, {"likely", 45}, {"pessimistic", 90}}},
            {"distribution", "fixed", "pert"},
            {"after", QJsonArray{QJsonObject{{"task", "a"}, {"type", "FS"}, {"lag", 0}}},
             QJsonArray{QJsonObject{{"task", "a"}, {"type", "SS"}, {"lag", 5}}}},
            {"notBefore", QJsonValue::Null, "2026-12-05T22:00:00+01:00"},
            {"marks", QJsonArray{}, QJsonArray{"point-of-no-return", "final-sync"}},
            {"notes", "", "call first"},
        };
        QCOMPARE(c.changed.at(0).fields, expected);
        QCOMPARE(PlanDiff::describe(expected.at(4), QTimeZone::utc()),
                 QStringLiteral("duration: 1 h \u2192 30 min / 45 min / 1 h 30 min"));
        QCOMPARE(PlanDiff::describe(expected.at(6), QTimeZone::utc()), QStringLiteral("after: a \u2192 a SS+5")); // MS Project notation, compact lag (DurationText)
    }

    void renamedIdIsRemovedPlusAdded()
    {
        const QList<Task> before{task(QStringLiteral("a"), 10), task(QStringLiteral("b"), 10)};
        const QList<Task> after{task(QStringLiteral("a"), 10), task(QStringLiteral("b2"), 10)};
        const ListChanges c = PlanDiff::diffTasks(before, after);
        QCOMPARE(c.added, QStringList{QStringLiteral("b2")});
        QCOMPARE(c.removed, QStringList{QStringLiteral("b")});
        QVERIFY(c.changed.isEmpty());
    }

    void criteria()
    {
        Criterion c1;
        c1.id = QStringLiteral("c1");
        c1.metric = QStringLiteral("lag");
        c1.threshold = 5;
        Criterion c2 = c1;
        c2.id = QStringLiteral("c2");
        Criterion c3 = c1;
        c3.id = QStringLiteral("c3");
        Criterion c1New = c1;
        c1New.threshold = 10;
        c1New.action = CriterionAction::Hold;
        const ListChanges c = PlanDiff::diffCriteria({c1, c2}, {c2, c3, c1New});
        QCOMPARE(c.added, QStringList{QStringLiteral("c3")});
        QVERIFY(c.removed.isEmpty());
        QCOMPARE(c.changed.size(), 1);
        const QList<FieldChange> expected{{"threshold", 5, 10}, {"action", "rollback", "hold"}};
        QCOMPARE(c.changed.at(0).fields, expected);
    }

    void effectsBiggestFirst()
    {
        const Plan before = basePlan();
        Plan after = before;
        // prep is renamed prepare; freeze now waits on prepare.
        after.tasks[0].id = QStringLiteral("prepare");
        after.tasks[1].after = {fs(QStringLiteral("prepare"))};
        after.tasks[2].duration = Estimate{45.0, 90.0, 120.0}; // copy: likely 60 -> 90
        after.tasks[2].distribution = Distribution::Triangular;
        after.tasks.removeAt(3);                                // verify removed
        after.tasks[3].after = {fs(QStringLiteral("copy"), 10)}; // switch: after copy, lag 10
        after.tasks[4].notes = QStringLiteral("later");        // tidy: after the switch

        const PlanDiff d = PlanDiff::compute(before, {}, after, {});
        QCOMPARE(d.tasks.added, QStringList{QStringLiteral("prepare")});
        QCOMPARE(d.tasks.removed, (QStringList{QStringLiteral("prep"), QStringLiteral("verify")}));
        QStringList changed;
        for (const ItemChange &c : d.tasks.changed)
            changed << c.id;
        QCOMPARE(changed, (QStringList{"freeze", "copy", "switch", "tidy"}));

        // Each alone on OLD (downtime 95):
        //  copy 60 -> 90:                       125 - 30 + 30       = +30
        //  verify removed (switch after copy):   30+10+60+5 - 30 = 75 = -20
        //  switch after copy +10 (verify idle):  30+10+60+10+5 - 30 = 85 = -10
        //  freeze after "prepare" (not in OLD, dropped): freeze at 0, 0+10+60+20+5 - 0 = 95 = 0
        //  tidy, prepare (no successor), prep removed (freeze then starts at 0): 0
        QStringList order;
        QList<double> minutes;
        for (const ChangeEffect &e : d.effects) {
            order << e.id;
            QVERIFY2(e.downtimeMinutes.has_value(), qPrintable(e.id));
            minutes << *e.downtimeMinutes;
        }
        QCOMPARE(order, (QStringList{"copy", "verify", "switch", "freeze", "tidy", "prepare", "prep"}));
        QCOMPARE(minutes, (QList<double>{30, -20, -10, 0, 0, 0, 0}));
        QCOMPARE(d.effects.at(1).kind, ChangeEffect::Kind::Removed);
        QCOMPARE(d.effects.at(5).kind, ChangeEffect::Kind::Added);
        QCOMPARE(PlanDiff::effectText(30), QStringLiteral("+30 min"));
        QCOMPARE(PlanDiff::effectText(-20), QStringLiteral("\u221220 min"));
    }

    void unknownEffectsLast()
    {
        const Plan before = basePlan();
        Plan after = before;
        after.tasks[4].marks = {};  // switch no longer traffic-switched: no downtime
        after.tasks[2].duration.likely = 70;
        const PlanDiff d = PlanDiff::compute(before, {}, after, {});
        QCOMPARE(d.effects.size(), 2);
        QCOMPARE(d.effects.at(0).id, QStringLiteral("copy"));
        QCOMPARE(d.effects.at(0).downtimeMinutes, std::optional<double>(10));
        QCOMPARE(d.effects.at(1).id, QStringLiteral("switch"));
        QVERIFY(!d.effects.at(1).downtimeMinutes);
    }

    void figuresAndJson()
    {
        const Plan p = basePlan();
        BaselineFigures then;
        then.finish = QDateTime(QDate(2026, 12, 5), QTime(23, 20), QTimeZone::utc());
        then.downtimeMinutes = 95;
        then.downtimeP80 = 100;
        then.probabilityWithinWindow = 0.9;
        BaselineFigures now = then;
        // Only a figure differs (the window moved, say): that is a difference.
        now.probabilityWithinWindow = 0.75;
        const PlanDiff d = PlanDiff::compute(p, then, p, now);
        QVERIFY(d.hasDifferences());
        const QJsonObject json = d.toJson(QTimeZone(3600));
        for (const char *key : {"added", "removed", "changed"})
            QCOMPARE(json.value(QLatin1String(key)).toArray(), QJsonArray{});
        const QJsonObject criteria = json.value("criteria").toObject();
        QCOMPARE(criteria.value("added").toArray(), QJsonArray{});
        const QJsonObject figures = json.value("figures").toObject();
        QCOMPARE(figures.value("finish").toObject().value("from").toString(), QStringLiteral("2026-12-06T00:20:00+01:00"));
        QCOMPARE(figures.value("downtimeMinutes").toObject(), (QJsonObject{{"from", 95}, {"to", 95}}));
        QCOMPARE(figures.value("downtimeP80Minutes").toObject(), (QJsonObject{{"from", 100}, {"to", 100}}));
        QCOMPARE(figures.value("probabilityWithinWindow").toObject(), (QJsonObject{{"from", 0.9}, {"to", 0.75}}));
    }

    void baselineSnapshotDropsRunState()
    {
        Plan p = basePlan();
        p.tasks[0].status = TaskStatus::Done;
        p.tasks[0].actualStart = p.start;
        const QDateTime at(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc());
        const Baseline b = Baselines::snapshot(p, QStringLiteral(" review 1 "), QStringLiteral("n"),
                                               QStringLiteral("ana"), at, {});
        QCOMPARE(b.name, QStringLiteral("review 1"));
        QCOMPARE(b.tasks.at(0).status, TaskStatus::NotStarted);
        QVERIFY(!b.tasks.at(0).actualStart.isValid());
        QVERIFY(Baselines::add(&p, b).ok());
        QVERIFY(!Baselines::add(&p, b).ok()); // the name is taken
        QCOMPARE(p.baselines.size(), 1);
        // The plan at the baseline differs from the plan only by run state, which diff ignores.
        const PlanDiff d = PlanDiff::compute(Baselines::planAt(p, b), {}, p, {});
        QVERIFY(!d.hasDifferences());
    }
};

QTEST_GUILESS_MAIN(TestPlanDiff)
#include "test_plandiff.moc"
