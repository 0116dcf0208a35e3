// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/isotime.h"
#include "interchange/planjson.h"
#include "interchange/plantemplates.h"
#include "model/planvalidation.h"

#include <QFile>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace cutover;

namespace {

QDateTime iso(const char *text)
{
    return *IsoTime::parse(QString::fromLatin1(text));
}

Plan berlinPlan()
{
    auto plan = PlanTemplates::create(QStringLiteral("online-migration"), QStringLiteral("Orders"),
                                      iso("2026-03-28T21:00:00+01:00"), QStringLiteral("Europe/Berlin"));
    return plan.ok() ? plan.value() : Plan{};
}

const Task *task(const Plan &plan, const char *id)
{
    return plan.findTask(QString::fromLatin1(id));
}

/** Whether `from` is reachable from `to` by following predecessors of `to`. */
bool dependsOn(const Plan &plan, const QString &to, const QString &from)
{
    QList<QString> stack{to};
    QSet<QString> seen;
    while (!stack.isEmpty()) {
        const Task *t = plan.findTask(stack.takeLast());
        if (!t || seen.contains(t->id))
            continue;
        seen.insert(t->id);
        for (const Dependency &d : t->after) {
            if (d.task == from)
                return true;
            stack.append(d.task);
        }
    }
    return false;
}

} // namespace

class TestPlanTemplates : public QObject
{
    Q_OBJECT
private slots:
    void names()
    {
        QCOMPARE(PlanTemplates::names(), (QStringList{QStringLiteral("online-migration"), QStringLiteral("empty")}));
    }

    void shiftsToStartKeepingWallClockAcrossDst()
    {
        // Berlin leaves winter time on 2026-03-29 at 02:00: the plan starts in CET (+01:00), the
        // window on the next night is in CEST (+02:00) and still reads 22:00-04:00 on the wall.
        const Plan plan = berlinPlan();
        QCOMPARE(plan.name, QStringLiteral("Orders"));
        QCOMPARE(plan.timezone, QStringLiteral("Europe/Berlin"));
        QCOMPARE(IsoTime::format(plan.start), QStringLiteral("2026-03-28T21:00:00+01:00"));
        QCOMPARE(IsoTime::format(plan.window.start), QStringLiteral("2026-03-29T22:00:00+02:00"));
        QCOMPARE(IsoTime::format(plan.window.end), QStringLiteral("2026-03-30T04:00:00+02:00"));
        QCOMPARE(IsoTime::format(task(plan, "freeze")->notBefore), QStringLiteral("2026-03-29T22:00:00+02:00"));
        QCOMPARE(IsoTime::format(task(plan, "gate-freeze")->notBefore), QStringLiteral("2026-03-29T21:30:00+02:00"));
    }

    void startOffsetOtherThanZoneKeepsInstant()
    {
        // 21:00 UTC is 22:00 in Berlin in December: the plan is shown in Berlin time.
        const auto plan = PlanTemplates::create(QStringLiteral("empty"), {}, iso("2026-12-05T21:00:00Z"),
                                                QStringLiteral("Europe/Berlin"));
        QVERIFY2(plan.ok(), qPrintable(plan.errorString()));
        QCOMPARE(plan->start, iso("2026-12-05T21:00:00Z"));
        QCOMPARE(IsoTime::format(plan->start), QStringLiteral("2026-12-05T22:00:00+01:00"));
        QCOMPARE(IsoTime::format(plan->window.start), QStringLiteral("2026-12-05T23:00:00+01:00"));
        QCOMPARE(plan->name, QStringLiteral("New cutover"));
        QVERIFY(plan->tasks.isEmpty());
        QCOMPARE(plan->phases.size(), 6);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown template") << "big-bang" << "UTC"
                                          << "unknown template \"big-bang\" (expected one of online-migration, empty)";
        QTest::newRow("unknown zone") << "empty" << "Mars/Olympus"
                                      << "unknown time zone \"Mars/Olympus\" (expected an IANA name such as Europe/Berlin)";
    }

    void errors()
    {
        QFETCH(QString, name);
        QFETCH(QString, zone);
        QFETCH(QString, expected);
        const auto plan = PlanTemplates::create(name, {}, iso("2026-12-05T21:00:00Z"), zone);
        QVERIFY(!plan.ok());
        QCOMPARE(plan.errorString(), expected);
    }

    void onlineMigrationHasSubstance()
    {
        const Plan plan = berlinPlan();
        QCOMPARE(plan.phases.size(), 6);
        QVERIFY(plan.tasks.size() >= 30);
        QVERIFY(PlanValidator::validate(plan).isEmpty());
        for (const Task &t : plan.tasks + plan.rollbackTasks) {
            QVERIFY2(!t.owner.isEmpty(), qPrintable(t.id));
            QVERIFY2(!t.name.isEmpty(), qPrintable(t.id));
            QVERIFY2(t.duration.low() <= t.duration.likely && t.duration.likely <= t.duration.high(), qPrintable(t.id));
            if (t.kind == TaskKind::Milestone)
                QCOMPARE(t.duration.likely, 0.0);
            else
                QVERIFY2(t.duration.likely > 0, qPrintable(t.id));
        }
        QSet<QString> owners;
        bool ss = false;
        bool ff = false;
        for (const Task &t : plan.tasks) {
            owners.insert(t.owner);
            for (const Dependency &d : t.after) {
                ss = ss || d.type == DependencyType::SS;
                ff = ff || d.type == DependencyType::FF;
            }
        }
        QVERIFY(ss);
        QVERIFY(ff);
        for (const char *owner : {"Platform team", "DBA on call", "App owner", "Network team"})
            QVERIFY2(owners.contains(QString::fromLatin1(owner)), owner);

        // Every phase has tasks.
        for (const Phase &p : plan.phases) {
            const bool used = std::any_of(plan.tasks.cbegin(), plan.tasks.cend(), [&](const Task &t) { return t.phase == p.id; });
            QVERIFY2(used, qPrintable(p.id));
        }

        // Marks, in order, with a gate before the freeze and one before the traffic switch.
        const Task *freeze = plan.taskWithMark(Mark::FreezeStart);
        const Task *pnr = plan.taskWithMark(Mark::PointOfNoReturn);
        const Task *traffic = plan.taskWithMark(Mark::TrafficSwitched);
        QVERIFY(freeze && pnr && traffic);
        QVERIFY(dependsOn(plan, traffic->id, freeze->id));
        QVERIFY(dependsOn(plan, traffic->id, pnr->id) || pnr == traffic);
        QVERIFY(dependsOn(plan, pnr->id, freeze->id));
        QStringList gates;
        for (const Task &t : plan.tasks) {
            if (t.kind == TaskKind::Gate)
                gates.append(t.id);
        }
        QVERIFY(gates.size() >= 2);
        const bool gateBeforeFreeze = std::any_of(gates.cbegin(), gates.cend(), [&](const QString &g) {
            return dependsOn(plan, freeze->id, g);
        });
        const bool gateBeforeTraffic = std::any_of(gates.cbegin(), gates.cend(), [&](const QString &g) {
            return dependsOn(plan, traffic->id, g) && dependsOn(plan, g, freeze->id);
        });
        QVERIFY(gateBeforeFreeze);
        QVERIFY(gateBeforeTraffic);

        // Rollback plan: at least four steps covering DNS, source writes, source health, communication.
        QVERIFY(plan.rollbackTasks.size() >= 4);
        const QString rollbackText = [&] {
            QString s;
            for (const Task &t : plan.rollbackTasks)
                s += t.name.toLower() + u'\n';
            return s;
        }();
        for (const char *word : {"dns", "writes on the source", "verify source health", "stakeholders"})
            QVERIFY2(rollbackText.contains(QString::fromLatin1(word)), word);

        // Readiness checklist for phase 1.
        QString readiness;
        for (const ReadinessItem &r : plan.readiness)
            readiness += r.text.toLower() + u'\n';
        for (const char *word : {"from code", "vnet", "rbac", "private endpoints", "dns zones", "firewall", "backup", "alerts"})
            QVERIFY2(readiness.contains(QString::fromLatin1(word)), word);

        // Default criteria: lag, validation failures, error rate.
        QSet<CriterionKind> kinds;
        QStringList metrics;
        for (const Criterion &c : plan.criteria) {
            kinds.insert(c.kind);
            metrics.append(c.metric);
        }
        QVERIFY(kinds.contains(CriterionKind::Validation));
        QVERIFY(metrics.contains(QStringLiteral("physical_replication_delay_in_seconds")));
        QVERIFY(metrics.contains(QStringLiteral("requests/failed")));

        QVERIFY(plan.hypercare.durationHours > 0);
        QVERIFY(!plan.hypercare.slas.isEmpty());
        QVERIFY(!plan.hypercare.contacts.isEmpty());
    }

    void templateFilesAreCanonical()
    {
        // The shipped JSON is in the writer's own form, so `convert` of a fresh plan diffs cleanly.
        for (const QString &name : PlanTemplates::names()) {
            QFile f(QStringLiteral(CUTOVER_SOURCE_DIR "/resources/templates/%1.json").arg(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray text = f.readAll();
            const auto parsed = PlanJson::parse(text, f.fileName());
            QVERIFY2(parsed.ok(), qPrintable(parsed.errorString()));
            QVERIFY(parsed->warnings.isEmpty());
            QCOMPARE(PlanJson::serialize(parsed->plan), text);
        }
    }

    void nextSaturdayEvening_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("expected");
        // 2026-11-25 is a Wednesday.
        QTest::newRow("wednesday") << iso("2026-11-25T10:00:00+01:00") << "Europe/Berlin" << "2026-11-28T21:00:00+01:00";
        QTest::newRow("friday late") << iso("2026-11-27T23:59:00+01:00") << "Europe/Berlin" << "2026-11-28T21:00:00+01:00";
        QTest::newRow("saturday means next week") << iso("2026-11-28T08:00:00+01:00") << "Europe/Berlin" << "2026-12-05T21:00:00+01:00";
        QTest::newRow("date in the zone, not UTC") << iso("2026-11-27T23:30:00Z") << "Asia/Tokyo" << "2026-12-05T21:00:00+09:00";
        QTest::newRow("into summer time") << iso("2026-03-25T12:00:00Z") << "Europe/Berlin" << "2026-03-28T21:00:00+01:00";
        QTest::newRow("new york") << iso("2026-11-01T12:00:00Z") << "America/New_York" << "2026-11-07T21:00:00-05:00";
    }

    void nextSaturdayEvening()
    {
        QFETCH(QDateTime, now);
        QFETCH(QString, zone);
        QFETCH(QString, expected);
        QCOMPARE(IsoTime::format(PlanTemplates::nextSaturdayEvening(now, QTimeZone(zone.toUtf8()))), expected);
    }
};

QTEST_GUILESS_MAIN(TestPlanTemplates)
#include "test_plantemplates.moc"
