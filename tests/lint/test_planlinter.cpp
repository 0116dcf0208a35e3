// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/isotime.h"
#include "interchange/plantemplates.h"
#include "lint/planlinter.h"
#include "schedule/scheduler.h"

#include <QTest>

using namespace cutover;

namespace {

QDateTime iso(const char *text)
{
    return *IsoTime::parse(QString::fromLatin1(text));
}

Task task(const char *id, double likely, QList<Dependency> after = {})
{
    Task t;
    t.id = QString::fromLatin1(id);
    t.name = t.id;
    t.owner = QStringLiteral("DBA on call");
    t.duration = Estimate{likely, likely, likely};
    t.after = std::move(after);
    return t;
}

Dependency fs(const char *id, double lag = 0)
{
    return Dependency{QString::fromLatin1(id), DependencyType::FS, lag};
}

/**
 * Start 21:00, window 22:00-04:00 (minutes 60..420). prep 0-60, freeze (notBefore 22:00) 60-70,
 * sync 70-100, switch 100-115: freeze and switch inside the window; no problems but a criterion.
 */
Plan cleanPlan()
{
    Plan p;
    p.name = QStringLiteral("t");
    p.timezone = QStringLiteral("Europe/Berlin");
    p.start = iso("2026-12-05T21:00:00+01:00");
    p.window = {iso("2026-12-05T22:00:00+01:00"), iso("2026-12-06T04:00:00+01:00")};
    Task freeze = task("freeze", 10, {fs("prep")});
    freeze.notBefore = iso("2026-12-05T22:00:00+01:00");
    freeze.marks = Mark::FreezeStart;
    Task sync = task("sync", 30, {fs("freeze")});
    sync.marks = Mark::PointOfNoReturn;
    Task sw = task("switch", 15, {fs("sync")});
    sw.marks = Mark::TrafficSwitched;
    p.tasks = {task("prep", 60), freeze, sync, sw};
    p.rollbackTasks = {task("rb-dns", 10), task("rb-writes", 5, {fs("rb-dns")})};
    return p;
}

QStringList codes(const QList<PlanIssue> &findings)
{
    QStringList out;
    for (const PlanIssue &f : findings)
        out.append(f.code);
    return out;
}

const PlanIssue *find(const QList<PlanIssue> &findings, const char *code)
{
    for (const PlanIssue &f : findings) {
        if (f.code == QLatin1String(code))
            return &f;
    }
    return nullptr;
}

} // namespace

class TestPlanLinter : public QObject
{
    Q_OBJECT
private slots:
    void cleanPlanHasNoFindings()
    {
        QCOMPARE(codes(PlanLinter::lint(cleanPlan())), QStringList());
    }

    void templatePassesWithoutErrors_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("zone");
        QTest::newRow("berlin winter") << "2026-12-05T21:00:00+01:00" << "Europe/Berlin";
        QTest::newRow("berlin dst change") << "2026-03-28T21:00:00+01:00" << "Europe/Berlin";
        QTest::newRow("new york dst end") << "2026-10-31T21:00:00-04:00" << "America/New_York";
        QTest::newRow("utc") << "2027-01-02T21:00:00Z" << "UTC";
    }

    void templatePassesWithoutErrors()
    {
        QFETCH(QString, start);
        QFETCH(QString, zone);
        const auto plan = PlanTemplates::create(QStringLiteral("online-migration"), {}, *IsoTime::parse(start), zone);
        QVERIFY2(plan.ok(), qPrintable(plan.errorString()));
        const QList<PlanIssue> findings = PlanLinter::lint(plan.value());
        QCOMPARE(PlanLinter::count(findings, PlanIssue::Severity::Error), 0);
        // The only warnings: criteria without imported data (a new plan has none yet).
        for (const PlanIssue &f : findings)
            QCOMPARE(f.code, QStringLiteral("criterion-no-data"));
        QCOMPARE(findings.size(), plan->criteria.size() - 1); // all but the manual one
    }

    void criterionDataFoundAsTheEvaluatorFindsIt_data()
    {
        // `check` must agree with `criteria`: a selector matches as CriteriaEvaluator::matches
        // says (metric or series name, any case, optional {label="value"} filters).
        QTest::addColumn<QString>("selector");
        QTest::addColumn<bool>("warned");
        QTest::newRow("exact metric") << "pg_replication_lag_seconds" << false;
        QTest::newRow("other case") << "PG_Replication_Lag_Seconds" << false;
        QTest::newRow("series name") << "pg-replica-1:9187" << false;
        QTest::newRow("matching label") << "pg_replication_lag_seconds{instance=\"pg-replica-1:9187\"}" << false;
        QTest::newRow("other label value") << "pg_replication_lag_seconds{instance=\"pg-replica-2:9187\"}" << true;
        QTest::newRow("unknown metric") << "cpu_percent" << true;
    }
    void criterionDataFoundAsTheEvaluatorFindsIt()
    {
        QFETCH(QString, selector);
        QFETCH(bool, warned);
        Plan plan = cleanPlan();
        MetricSeries s;
        s.id = "s1";
        s.name = "pg-replica-1:9187";
        s.metric = "pg_replication_lag_seconds";
        s.labels = {{"instance", "pg-replica-1:9187"}};
        s.times = {0, 60000};
        s.values = {1, 2};
        plan.series = {s};
        Criterion c;
        c.id = "lag";
        c.name = "lag";
        c.kind = CriterionKind::Metric;
        c.metric = selector;
        c.threshold = 30;
        plan.criteria = {c};
        bool found = false;
        for (const PlanIssue &f : PlanLinter::lint(plan))
            found = found || f.code == QStringLiteral("criterion-no-data");
        QCOMPARE(found, warned);
    }

    void templateTimeline()
    {
        // Worked by hand from the template's likely durations (docs/templates.md): the freeze
        // waits for the window (minute 1500 = Sun 22:00), the switch ends at 1640 (00:20),
        // the hypercare checkpoint at 2245; the rollback chain takes 5+10+15+15+20+10 = 75 min.
        const auto plan = PlanTemplates::create(QStringLiteral("online-migration"), {}, iso("2027-01-02T21:00:00Z"),
                                                QStringLiteral("UTC"));
        QVERIFY(plan.ok());
        const auto schedule = Scheduler::schedule(plan.value());
        QVERIFY2(schedule.ok(), qPrintable(schedule.errorString()));
        QCOMPARE(schedule->freezeStart.value_or(-1), 1500.0);
        QCOMPARE(schedule->trafficSwitched.value_or(-1), 1640.0);
        QCOMPARE(schedule->downtime.value_or(-1), 140.0);
        QCOMPARE(schedule->finish, 2245.0);
        QCOMPARE(schedule->rollbackDuration, 75.0);
        QCOMPARE(schedule->fitsWindow.value_or(false), true);
        QCOMPARE(schedule->rollbackDeadline, iso("2027-01-04T02:45:00Z"));
        const qsizetype fullLoad = plan->taskIndex(QStringLiteral("full-load"));
        QCOMPARE(schedule->tasks[fullLoad].es, 215.0);
        QCOMPARE(schedule->tasks[fullLoad].ef, 815.0);
        const qsizetype catchup = plan->taskIndex(QStringLiteral("cdc-catchup"));
        QCOMPARE(schedule->tasks[catchup].es, 845.0); // FF on the index build (ends 905) minus its 60 min
    }

    void cycleNamesEveryTaskInOrder()
    {
        Plan p = cleanPlan();
        // a waits on c, b on a, c on b: a -> b -> c -> a. d waits on c only (not on the cycle).
        p.tasks.append(task("a", 5, {fs("c")}));
        p.tasks.append(task("b", 5, {fs("a")}));
        p.tasks.append(task("c", 5, {fs("b")}));
        p.tasks.append(task("d", 5, {fs("c")}));
        const QList<PlanIssue> findings = PlanLinter::lint(p);
        QCOMPARE(codes(findings), QStringList{QStringLiteral("cycle")});
        QCOMPARE(findings[0].severity, PlanIssue::Severity::Error);
        QCOMPARE(findings[0].ids, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(findings[0].message, QStringLiteral("Dependency cycle: a → b → c → a (each task waits for the one before it)."));
        QCOMPARE(PlanLinter::subject(findings[0], p), QStringLiteral("tasks \"a\", \"b\", \"c\""));
    }

    void selfDependencyIsReportedOnce()
    {
        Plan p = cleanPlan();
        p.tasks[2].after.append(fs("sync"));
        QCOMPARE(codes(PlanLinter::lint(p)), QStringList{QStringLiteral("self-dependency")});
    }

    void twoCyclesTwoFindings()
    {
        Plan p = cleanPlan();
        p.tasks[0].after = {fs("switch")}; // prep -> freeze -> sync -> switch -> prep
        p.rollbackTasks[0].after = {fs("rb-writes")};
        const QList<PlanIssue> findings = PlanLinter::lint(p);
        QCOMPARE(codes(findings), (QStringList{QStringLiteral("cycle"), QStringLiteral("cycle")}));
        QCOMPARE(findings[0].ids, (QStringList{QStringLiteral("prep"), QStringLiteral("freeze"), QStringLiteral("sync"),
                                               QStringLiteral("switch")}));
        QCOMPARE(findings[1].ids, (QStringList{QStringLiteral("rb-dns"), QStringLiteral("rb-writes")}));
    }

    void findings_data()
    {
        QTest::addColumn<int>("change");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("error");
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown predecessor") << 0 << "unknown-predecessor" << true << QStringList{"sync", "frezee"}
                                             << "Task \"sync\" waits on unknown task \"frezee\".";
        QTest::newRow("missing owner") << 1 << "missing-owner" << false << QStringList{"sync"}
                                       << "Task has no owner: nobody is named to run it.";
        QTest::newRow("rollback owner") << 2 << "missing-owner" << false << QStringList{"rb-dns"}
                                        << "Rollback step has no owner: nobody is named to run it.";
        QTest::newRow("estimates out of order") << 3 << "estimate-order" << true << QStringList{"sync"}
                                                << "Estimates out of order: optimistic 40 min, likely 30 min, pessimistic 35 min "
                                                   "(expected optimistic ≤ likely ≤ pessimistic).";
        // prep runs 0-60; with notBefore gone the freeze starts at 60 = 22:00 still; take prep away too.
        QTest::newRow("freeze before window") << 4 << "freeze-before-window" << true << QStringList{"freeze"}
                                              << "The write freeze starts at Sat 2026-12-05 21:00, 1 h before the window opens at Sat 2026-12-05 22:00.";
        // sync 70 + 400 = 470, switch 470-485; window end is minute 420 (04:00): 65 min late at 05:05.
        QTest::newRow("traffic after window") << 5 << "traffic-after-window" << true << QStringList{"switch"}
                                              << "Traffic is switched at Sun 2026-12-06 05:05, 1 h 5 min after the window closes at Sun 2026-12-06 04:00.";
        QTest::newRow("duplicate mark") << 6 << "duplicate-mark" << true << QStringList{"freeze", "sync"}
                                        << "Mark \"freeze-start\" is on 2 tasks (freeze, sync); it may be on one task only.";
        QTest::newRow("criterion without data") << 7 << "criterion-no-data" << false << QStringList{"lag"}
                                                << "No imported series has metric \"lag_seconds\"; the criterion cannot be evaluated yet (import a monitoring export).";
        QTest::newRow("window backwards") << 8 << "window-invalid" << true << QStringList{}
                                          << "The maintenance window ends (2026-12-05T20:00:00+01:00) before it starts (2026-12-05T22:00:00+01:00).";
        QTest::newRow("switch before freeze") << 9 << "marks-out-of-order" << true << QStringList{"prep", "freeze"}
                                              << "Traffic is switched (Sat 2026-12-05 22:00) before the write freeze starts (Sat 2026-12-05 22:30).";
        QTest::newRow("milestone with duration") << 10 << "milestone-duration" << false << QStringList{"sync"}
                                                 << "Milestone has a duration (30 min); milestones take no time and are scheduled as 0.";
    }

    void findings()
    {
        QFETCH(int, change);
        QFETCH(QString, code);
        QFETCH(bool, error);
        QFETCH(QStringList, ids);
        QFETCH(QString, message);
        Plan p = cleanPlan();
        switch (change) {
        case 0: p.tasks[2].after.append(fs("frezee")); break;
        case 1: p.tasks[2].owner = QStringLiteral("  "); break;
        case 2: p.rollbackTasks[0].owner.clear(); break;
        case 3: p.tasks[2].duration = Estimate{40, 30, 35}; break;
        case 4: p.tasks[1].notBefore = {}; p.tasks[1].after.clear(); break;
        case 5: p.tasks[2].duration = Estimate{400, 400, 400}; break;
        case 6: p.tasks[2].marks |= Mark::FreezeStart; break;
        case 7: {
            Criterion c;
            c.id = QStringLiteral("lag");
            c.metric = QStringLiteral("lag_seconds");
            p.criteria.append(c);
            MetricSeries other;
            other.metric = QStringLiteral("cpu");
            other.times = {1};
            other.values = {1};
            p.series.append(other);
            break;
        }
        case 8: p.window.end = iso("2026-12-05T20:00:00+01:00"); break;
        case 9: // the switch mark moves to "prep" (0-60 = 22:00), the freeze waits until 22:30
            p.tasks[3].marks = {};
            p.tasks[0].marks = Mark::TrafficSwitched;
            p.tasks[1].notBefore = iso("2026-12-05T22:30:00+01:00");
            break;
        case 10: p.tasks[2].kind = TaskKind::Milestone; break;
        }
        const QList<PlanIssue> findings = PlanLinter::lint(p);
        const PlanIssue *f = find(findings, code.toLatin1().constData());
        QVERIFY2(f, qPrintable(codes(findings).join(u' ')));
        QCOMPARE(f->severity == PlanIssue::Severity::Error, error);
        QCOMPARE(f->ids, ids);
        QCOMPARE(f->message, message);
        QCOMPARE(PlanLinter::count(findings, PlanIssue::Severity::Error) > 0, error);
    }

    void criterionWithDataIsQuiet()
    {
        Plan p = cleanPlan();
        Criterion c;
        c.id = QStringLiteral("lag");
        c.metric = QStringLiteral("lag_seconds");
        p.criteria.append(c);
        MetricSeries s;
        s.metric = QStringLiteral("lag_seconds");
        s.times = {1};
        s.values = {1};
        p.series.append(s);
        QCOMPARE(codes(PlanLinter::lint(p)), QStringList());
    }

    void missingMarksAndWindowWarn()
    {
        Plan p = cleanPlan();
        for (Task &t : p.tasks)
            t.marks = {};
        p.window = {};
        const QList<PlanIssue> findings = PlanLinter::lint(p);
        QCOMPARE(codes(findings), (QStringList{QStringLiteral("missing-mark"), QStringLiteral("missing-mark"),
                                               QStringLiteral("missing-mark"), QStringLiteral("missing-window")}));
        QCOMPARE(PlanLinter::count(findings, PlanIssue::Severity::Error), 0);
        QCOMPARE(PlanLinter::count(findings, PlanIssue::Severity::Warning), 4);
        QVERIFY(findings[0].message.contains(QStringLiteral("\"freeze-start\"")));
        QVERIFY(findings[2].message.contains(QStringLiteral("\"point-of-no-return\"")));
    }

    void subjectNamesKinds()
    {
        Plan p = cleanPlan();
        Criterion c;
        c.id = QStringLiteral("lag");
        p.criteria.append(c);
        PlanIssue issue;
        issue.ids = {QStringLiteral("lag")};
        QCOMPARE(PlanLinter::subject(issue, p), QStringLiteral("criterion \"lag\""));
        issue.ids = {QStringLiteral("freeze"), QStringLiteral("lag")};
        QCOMPARE(PlanLinter::subject(issue, p), QStringLiteral("task \"freeze\", criterion \"lag\""));
        issue.ids = {};
        QCOMPARE(PlanLinter::subject(issue, p), QString());
    }
};

QTEST_GUILESS_MAIN(TestPlanLinter)
#include "test_planlinter.moc"
