// SPDX-License-Identifier: GPL-3.0-or-later
// Baselines and the approval in the .cutover file (schema 2) and in JSON: round trips both
// ways (gate decisions with the figures of their moment too), and a schema-1 file (made by the schema-1 step alone, as the previous release wrote
// it) read and upgraded.
#include "common/plancompare.h"
#include "interchange/planjson.h"
#include "storage/planfile.h"
#include "storage/planschema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace cutover;

namespace {

Task task(const QString &id, double likely)
{
    Task t;
    t.id = id;
    t.name = id + QStringLiteral(" name");
    t.owner = QStringLiteral("ops");
    t.duration.likely = likely;
    return t;
}

Plan planWithBaselines()
{
    const QTimeZone berlin("Europe/Berlin");
    Plan p;
    p.name = QStringLiteral("Review");
    p.timezone = QStringLiteral("Europe/Berlin");
    p.start = QDateTime(QDate(2026, 12, 5), QTime(21, 0), berlin);
    p.tasks = {task("a", 10), task("b", 20)};
    p.tasks[1].after = {Dependency{"a", DependencyType::SS, 5}};
    p.tasks[1].duration = Estimate{15.0, 20.0, 40.0};
    p.tasks[1].marks = Mark::FreezeStart | Mark::FinalSync;
    p.tasks[1].kind = TaskKind::Gate;
    p.tasks[1].notBefore = QDateTime(QDate(2026, 12, 5), QTime(22, 0), berlin);
    p.rollbackTasks = {task("rb1", 30)};
    Criterion c;
    c.id = "lag";
    c.metric = "replication_lag";
    c.threshold = 30;
    c.forSeconds = 120;
    p.criteria = {c};

    Baseline first;
    first.name = "review 1";
    first.takenAt = QDateTime(QDate(2026, 11, 20), QTime(10, 0), berlin);
    first.takenBy = "ana";
    first.note = "before the dress rehearsal";
    first.tasks = {task("a", 15)};
    first.tasks[0].after = {Dependency{"x", DependencyType::FF, -2}};
    first.rollbackTasks = {task("rb1", 25), task("rb2", 5)};
    first.criteria = {c};
    first.criteria[0].threshold = 60;
    BaselineFigures &f = first.figures;
    f.finish = QDateTime(QDate(2026, 12, 6), QTime(1, 30), berlin);
    f.downtimeMinutes = 140;
    f.durationP50 = 260.5;
    f.durationP80 = 281.25;
    f.durationP95 = 300;
    f.downtimeP50 = 150;
    f.downtimeP80 = 171.75;
    f.downtimeP95 = 190;
    f.probabilityWithinWindow = 0.9926;
    f.rollbackDeadlineP80 = QDateTime(QDate(2026, 12, 6), QTime(2, 24), berlin);
    f.seed = 42;
    f.iterations = 10000;

    Baseline second; // no figures known, nothing simulated
    second.name = "review 2";
    second.takenAt = QDateTime(QDate(2026, 11, 27), QTime(9, 15), QTimeZone::utc());
    second.tasks = p.tasks;
    second.figures.seed = (quint64(1) << 60) + 3; // larger than a JSON number holds exactly
    p.baselines = {first, second};
    p.approval = Approval{"Chris", QDateTime(QDate(2026, 11, 27), QTime(9, 30), QTimeZone::utc()), "review 2"};
    p.status = PlanStatus::Approved;
    GateDecision go;
    go.gate = "b";
    go.outcome = GateOutcome::Go;
    go.decidedBy = "Chris";
    go.decidedAt = QDateTime(QDate(2026, 12, 5), QTime(23, 10), berlin);
    go.rationale = "lag under 5 s";
    go.downtimeP80 = 171.75;
    go.probabilityWithinWindow = 0.5;
    go.deadlineP80 = QDateTime(QDate(2026, 12, 6), QTime(2, 24), berlin);
    go.marginP80 = -12;
    GateDecision hold = go; // recorded without figures
    hold.outcome = GateOutcome::Hold;
    hold.downtimeP80.reset();
    hold.probabilityWithinWindow.reset();
    hold.deadlineP80 = {};
    hold.marginP80.reset();
    p.decisions = {go, hold};
    return p;
}

} // namespace

class TestBaselineStorage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void cutoverRoundTrip()
    {
        const Plan plan = planWithBaselines();
        const QString path = m_dir.filePath("baselines.cutover");
        QVERIFY(PlanFile::write(plan, path).ok());
        const Result<Plan> back = PlanFile::read(path);
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.errorString()));
        QCOMPARE(planDifference(plan, back.value()), QString());
        QCOMPARE(back->baselines.at(1).figures.seed, (quint64(1) << 60) + 3);
        QVERIFY(!back->baselines.at(1).figures.downtimeMinutes.has_value());
    }

    void jsonRoundTrip()
    {
        const Plan plan = planWithBaselines();
        const QByteArray json = PlanJson::serialize(plan);
        QVERIFY(json.contains("\"baselines\""));
        QVERIFY(json.contains("\"seed\": 42"));
        QVERIFY(json.contains("\"seed\": \"1152921504606846979\""));
        const Result<JsonPlan> back = PlanJson::parse(json, "plan.json");
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.errorString()));
        QCOMPARE(back->warnings, QStringList());
        QCOMPARE(planDifference(plan, back->plan), QString());
        // And through the .cutover file again: lossless both ways.
        const QString path = m_dir.filePath("fromjson.cutover");
        QVERIFY(PlanFile::write(back->plan, path).ok());
        QCOMPARE(planDifference(plan, PlanFile::read(path).value()), QString());
    }

    void planWithoutBaselinesWritesNoKey()
    {
        Plan p;
        p.name = "plain";
        p.start = QDateTime(QDate(2026, 12, 5), QTime(21, 0), QTimeZone::utc());
        const QByteArray json = PlanJson::serialize(p);
        QVERIFY(!json.contains("baselines"));
        QVERIFY(!json.contains("approval"));
    }

    void jsonRejectsDuplicateNames()
    {
        Plan plan = planWithBaselines();
        plan.baselines[1].name = plan.baselines[0].name;
        const Result<JsonPlan> back = PlanJson::parse(PlanJson::serialize(plan), "plan.json");
        QVERIFY(!back.ok());
        QCOMPARE(back.error().path, QStringLiteral("baselines[1].name"));
    }

    void jsonRejectsProbabilityAboveOne()
    {
        Plan plan = planWithBaselines();
        plan.baselines[0].figures.probabilityWithinWindow = 1.5;
        const Result<JsonPlan> back = PlanJson::parse(PlanJson::serialize(plan), "plan.json");
        QVERIFY(!back.ok());
        QCOMPARE(back.error().path, QStringLiteral("baselines[0].figures.probabilityWithinWindow"));
    }

    void schemaOneFileIsUpgraded()
    {
        // A file as schema 1 wrote it: only the first migration step, one plan row, one task.
        const QString path = m_dir.filePath("v1.cutover");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "v1");
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const QLatin1StringView statement : PlanSchema::migrations().at(0).statements)
                QVERIFY2(q.exec(QString(statement)), qPrintable(q.lastError().text()));
            QVERIFY(q.exec("INSERT INTO plan (singleton, name, start, status, hypercare_hours) "
                           "VALUES (1, 'Old plan', '2026-12-05T21:00:00.000Z', 'in-review', 0)"));
            QVERIFY(q.exec("INSERT INTO tasks (task_key, list, ordinal, id, name, kind, likely, distribution, marks, status) "
                           "VALUES (1, 'runbook', 0, 'a', 'A', 'task', 10, 'fixed', 0, 'not-started')"));
            QVERIFY(q.exec("PRAGMA application_id = 1129665616"));
            QVERIFY(q.exec("PRAGMA user_version = 1"));
            db.close();
        }
        QSqlDatabase::removeDatabase("v1");
        const QByteArray before = [&] { QFile f(path); f.open(QIODevice::ReadOnly); return f.readAll(); }();

        const Result<Plan> read = PlanFile::read(path);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.errorString()));
        QCOMPARE(read->name, QStringLiteral("Old plan"));
        QCOMPARE(read->status, PlanStatus::InReview);
        QCOMPARE(read->tasks.size(), 1);
        QVERIFY(read->baselines.isEmpty());
        QVERIFY(!read->approval.isValid());
        // Reading upgraded a private copy: the file itself is still schema 1, byte for byte.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        f.close();

        // Saved with a baseline it becomes schema 2 and keeps both.
        Plan upgraded = read.value();
        Baseline b;
        b.name = "after upgrade";
        b.takenAt = QDateTime(QDate(2026, 12, 1), QTime(8, 0), QTimeZone::utc());
        b.tasks = upgraded.tasks;
        upgraded.baselines = {b};
        QVERIFY(PlanFile::write(upgraded, path).ok());
        QCOMPARE(planDifference(upgraded, PlanFile::read(path).value()), QString());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "v2");
            db.setDatabaseName(path);
            db.setConnectOptions("QSQLITE_OPEN_READONLY");
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec("PRAGMA user_version") && q.next());
            QCOMPARE(q.value(0).toInt(), 2);
            QVERIFY(q.exec("SELECT count(*) FROM baseline_tasks") && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
        }
        QSqlDatabase::removeDatabase("v2");
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestBaselineStorage)
#include "test_baselinestorage.moc"
