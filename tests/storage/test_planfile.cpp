// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/plancompare.h"
#include "common/plangenerator.h"
#include "storage/planfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

#include <limits>
#include <memory>

using namespace cutover;

namespace {

QDateTime at(int y, int mo, int d, int h, int mi, int offsetSeconds)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, 7, 250), Qt::OffsetFromUTC, offsetSeconds);
}

/** A plan in which every field of every struct is set to a non-default value. */
Plan richPlan()
{
    Plan p;
    p.name = "Orders DB → Azure SQL «Ünïcödé» 日本語 🚀";
    p.timezone = "Europe/Berlin";
    p.start = at(2026, 12, 5, 21, 0, 3600);
    p.window = {at(2026, 12, 5, 22, 0, 3600), QDateTime(QDate(2026, 12, 6), QTime(4, 0), QTimeZone("Europe/Berlin"))};
    p.status = PlanStatus::Approved;
    p.author = "Zoë O'Brien";
    p.description = "Line one\nLine two with \"quotes\", 'single', \\ backslash, tab\there; NUL-free";
    p.phases = {{"prepare", "Prepare", "Infra from code"}, {"cutover", "Final cutover", ""}};

    Task freeze;
    freeze.id = "freeze";
    freeze.name = "Block writes";
    freeze.phase = "cutover";
    freeze.owner = "DBA on call";
    freeze.kind = TaskKind::Task;
    freeze.duration = {5.5, 10.25, 25.0};
    freeze.distribution = Distribution::Pert;
    freeze.after = {{"ready", DependencyType::FS, 0.0}, {"gate", DependencyType::SS, -5.5}};
    freeze.notBefore = at(2026, 12, 5, 22, 0, -3 * 3600 - 1800); // UTC-03:30
    freeze.marks = Mark::FreezeStart | Mark::PointOfNoReturn;
    freeze.notes = "Use the runbook §4.2";
    freeze.status = TaskStatus::InProgress;
    freeze.actualStart = QDateTime(QDate(2026, 12, 5), QTime(21, 3, 4, 5), Qt::UTC);
    freeze.actualFinish = at(2026, 12, 5, 23, 59, 5 * 3600 + 1800); // UTC+05:30

    Task ready;
    ready.id = "ready";
    ready.name = "Target ready";
    ready.phase = "prepare";
    ready.kind = TaskKind::Milestone;
    ready.duration.likely = 0;               // optimistic/pessimistic unset
    ready.distribution = Distribution::Fixed;
    ready.status = TaskStatus::Done;

    Task gate;
    gate.id = "gate";
    gate.name = "Go / no-go";
    gate.phase = "cutover";
    gate.kind = TaskKind::Gate;
    gate.duration = {std::nullopt, 15.0, 30.0}; // only pessimistic set
    gate.after = {{"ready", DependencyType::FF, 2.0}, {"ready", DependencyType::SF, 1e-3}};
    gate.marks = Mark::TrafficSwitched;
    gate.status = TaskStatus::Blocked;

    Task skipped;
    skipped.id = "skip";
    skipped.duration = {1.0, 2.0, std::nullopt}; // only optimistic set
    skipped.status = TaskStatus::Skipped;
    p.tasks = {freeze, ready, gate, skipped};

    Task revert;
    revert.id = "rb-dns";
    revert.name = "Revert DNS";
    revert.owner = "Network";
    revert.duration = {3, 5, 15};
    Task resume;
    resume.id = "rb-resume";
    resume.name = "Re-enable writes on the source";
    resume.duration.likely = 7.75;
    resume.after = {{"rb-dns", DependencyType::FS, 1.0}};
    p.rollbackTasks = {revert, resume};

    p.criteria = {
        {"lag", "Lag > 30 s", CriterionKind::Metric, "replication_lag", CompareOp::Greater, 30.0, 300.0,
         CriterionAction::Rollback, ManualAnswer::Unknown, "from Prometheus"},
        {"ge", "ge", CriterionKind::Metric, "iops", CompareOp::GreaterOrEqual, 0.1, 0.0, CriterionAction::Hold,
         ManualAnswer::Unknown, ""},
        {"le", "le", CriterionKind::Validation, "", CompareOp::LessOrEqual, -2.5, 1.5, CriterionAction::Warn,
         ManualAnswer::Yes, ""},
        {"lt", "lt", CriterionKind::Manual, "", CompareOp::Less, 1e300, 60.0, CriterionAction::Warn,
         ManualAnswer::No, "asked"},
    };
    p.decisions = {{"gate", GateOutcome::NoGo, "CAB", at(2026, 12, 5, 21, 30, 3600), "Lag too high"},
                   {"gate", GateOutcome::Hold, "", QDateTime(), ""},
                   {"gate", GateOutcome::Go, "CAB", at(2026, 12, 5, 22, 30, 3600), "Green"},
                   {"gate", GateOutcome::Pending, "", QDateTime(), ""}};
    p.readiness = {{"r1", "RBAC", "Platform", ReadinessStatus::Done, "ticket 1"},
                   {"r2", "DNS", "Net", ReadinessStatus::InProgress, ""},
                   {"r3", "FW", "Net", ReadinessStatus::Waived, "risk accepted"},
                   {"r4", "PE", "", ReadinessStatus::Open, ""}};
    p.hypercare.durationHours = 36.5;
    p.hypercare.slas = {{"Sev 1", 15, 240}, {"Sev 2", 60.5, 1440}};
    p.hypercare.contacts = {{"Ana", "Lead", "+49 30 1"}, {"Bø", "DBA", "#dba"}};
    p.hypercare.notes = "Hypercare notes";

    MetricSeries lag;
    lag.id = "s1";
    lag.name = "pg-replica-1:9187";
    lag.metric = "replication_lag";
    lag.labels = {{"instance", "pg-replica-1:9187"}, {"job", "postgres"}, {"ümlaut", "wert"}};
    lag.unit = "s";
    lag.sourceFile = "lag.json";
    lag.sourceFormat = "prometheus-json";
    lag.sourceChecksum = "abc123";
    lag.importedAt = at(2026, 12, 1, 10, 0, 0).toUTC();
    lag.times = {-1000, 0, 15000, 30000, 45000, std::numeric_limits<qint64>::max()};
    lag.values = {0.5, std::numeric_limits<double>::quiet_NaN(), -0.0, 1e-310,
                  std::numeric_limits<double>::infinity(), -12.75};
    MetricSeries empty;
    empty.id = "s2";
    empty.name = "empty";
    empty.metric = "iops";
    p.series = {lag, empty};

    p.validation = {
        {"sales.orders", "count", "1000", "998", 2.0, ValidationStatus::Failed, "dvt-csv",
         at(2026, 12, 6, 1, 0, 0), "dvt.csv", "ff00"},
        {"sales.items", "checksum", "a1", "a1", std::nullopt, ValidationStatus::Passed, "pt-table-checksum",
         QDateTime(), "pt.txt", "ee11"},
        {"sales.x", "sum(amount)", "", "", -0.5, ValidationStatus::Unknown, "", QDateTime(), "", ""},
    };
    return p;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QStringList strayFiles(const QString &dir)
{
    return QDir(dir).entryList({"*.saving*"}, QDir::Files | QDir::Hidden);
}

} // namespace

class TestPlanFile : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void roundTripRich();
    void roundTripKeepsOffsets();
    void roundTripEmptyPlan();
    void roundTripManyLabels();
    void roundTripGenerated_data();
    void roundTripGenerated();
    void overwriteReplacesContent();
    void badInputNeverModified_data();
    void badInputNeverModified();
    void damagedPointsDetected();
    void handEditedFile_data();
    void handEditedFile();
    void isPlanFile_data();
    void isPlanFile();
    void writeRefusesToClobberForeignFile();
    void failedWriteKeepsOldFile();
    void writeRemovesStrayTemporaries();
    void writeKeepsPermissionsAndSymlink();
    void addImportedReplacesAndAppends();
    void addImportedAllOrNothing();
    void concurrentReads();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path(const QString &name) const { return m_dir->filePath(name); }
};

void TestPlanFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestPlanFile::roundTripRich()
{
    const Plan plan = richPlan();
    const QString file = path("rich.cutover");
    const Status written = PlanFile::write(plan, file);
    QVERIFY2(written.ok(), qPrintable(written.errorString()));
    const Result<Plan> read = PlanFile::read(file);
    QVERIFY2(read.ok(), qPrintable(read.errorString()));
    const Plan &back = read.value();

    // Field groups first, for readable failures; then everything at once.
    QCOMPARE(back.name, plan.name);
    QCOMPARE(back.description, plan.description);
    QCOMPARE(back.window, plan.window);
    QCOMPARE(back.phases, plan.phases);
    QCOMPARE(back.tasks, plan.tasks);
    QCOMPARE(back.rollbackTasks, plan.rollbackTasks);
    QCOMPARE(back.criteria, plan.criteria);
    QCOMPARE(back.decisions, plan.decisions);
    QCOMPARE(back.readiness, plan.readiness);
    QCOMPARE(back.hypercare, plan.hypercare);
    QCOMPARE(back.validation, plan.validation);
    QCOMPARE(back.series.size(), 2);
    QCOMPARE(back.series.at(0).labels, plan.series.at(0).labels);
    QCOMPARE(back.series.at(0).times, plan.series.at(0).times);
    QVERIFY(qIsNaN(back.series.at(0).values.at(1)));
    QVERIFY(std::signbit(back.series.at(0).values.at(2))); // -0.0 stays negative zero
    QCOMPARE(back.series.at(0).values.at(3), 1e-310);      // subnormal kept
    QVERIFY(qIsInf(back.series.at(0).values.at(4)));
    QCOMPARE(planDifference(back, plan), QString());

    // Unset optionals stay unset, set ones stay set.
    QVERIFY(!back.tasks.at(1).duration.optimistic.has_value());
    QVERIFY(!back.tasks.at(1).duration.pessimistic.has_value());
    QVERIFY(!back.tasks.at(2).duration.optimistic.has_value());
    QCOMPARE(back.tasks.at(2).duration.pessimistic, std::optional<double>(30.0));
    QVERIFY(!back.validation.at(1).difference.has_value());
    QCOMPARE(back.validation.at(2).difference, std::optional<double>(-0.5));
    QVERIFY(!back.tasks.at(1).notBefore.isValid());
}

void TestPlanFile::roundTripKeepsOffsets()
{
    const Plan plan = richPlan();
    const QString file = path("offsets.cutover");
    QVERIFY(PlanFile::write(plan, file).ok());
    const Result<Plan> read = PlanFile::read(file);
    QVERIFY(read.ok());
    const Plan &back = read.value();
    QCOMPARE(back.start.offsetFromUtc(), 3600);
    QCOMPARE(back.tasks.at(0).notBefore.offsetFromUtc(), -12600);
    QCOMPARE(back.tasks.at(0).actualFinish.offsetFromUtc(), 19800);
    QCOMPARE(back.tasks.at(0).actualStart.timeSpec(), Qt::UTC);
    QCOMPARE(back.tasks.at(0).actualStart.time(), QTime(21, 3, 4, 5));
    // A value with an IANA zone comes back in that zone (winter: +01:00).
    QCOMPARE(back.window.end.timeSpec(), Qt::TimeZone);
    QCOMPARE(back.window.end.timeZone().id(), QByteArray("Europe/Berlin"));
    QCOMPARE(back.window.end.offsetFromUtc(), 3600);
    QCOMPARE(back.window.end.time(), QTime(4, 0));
}

void TestPlanFile::roundTripEmptyPlan()
{
    const Plan plan;
    const QString file = path("empty.cutover");
    QVERIFY(PlanFile::write(plan, file).ok());
    const Result<Plan> read = PlanFile::read(file);
    QVERIFY2(read.ok(), qPrintable(read.errorString()));
    QVERIFY(read.value() == plan);
    QVERIFY(!read.value().start.isValid());
}

void TestPlanFile::roundTripManyLabels()
{
    // Three series with 20 labels each: 60 labels fill two batches of labels while all three
    // heads are still waiting in theirs (found by importing every sample export into one plan).
    Plan plan = richPlan();
    plan.series.clear();
    for (int i = 0; i < 3; ++i) {
        MetricSeries s;
        s.id = QString("s%1").arg(i);
        s.name = QString("series %1").arg(i);
        s.metric = "lag";
        for (int k = 0; k < 20; ++k)
            s.labels.insert(QString("key%1").arg(k, 2, 10, QLatin1Char('0')), QString("v%1-%2").arg(i).arg(k));
        s.times = {1000 * i};
        s.values = {double(i)};
        plan.series.append(s);
    }
    const QString file = path("labels.cutover");
    const Status written = PlanFile::write(plan, file);
    QVERIFY2(written.ok(), qPrintable(written.errorString()));
    const Result<Plan> read = PlanFile::read(file);
    QVERIFY2(read.ok(), qPrintable(read.errorString()));
    QCOMPARE(read.value().series.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(read.value().series.at(i).labels.size(), 20);
        QCOMPARE(read.value().series.at(i).labels.value("key07"), QString("v%1-7").arg(i));
    }
}

void TestPlanFile::roundTripGenerated_data()
{
    QTest::addColumn<int>("tasks");
    QTest::addColumn<qint64>("points");
    QTest::addColumn<int>("seriesCount");
    QTest::newRow("no series") << 300 << qint64(0) << 0;
    QTest::newRow("whole insert batches") << 16 << qint64(0) << 0;
    QTest::newRow("one point") << 10 << qint64(1) << 1;
    QTest::newRow("exactly one chunk") << 10 << qint64(65536) << 1;
    QTest::newRow("one chunk and one point") << 10 << qint64(65537) << 1;
    QTest::newRow("many series") << 1000 << qint64(300000) << 7;
}

void TestPlanFile::roundTripGenerated()
{
    QFETCH(int, tasks);
    QFETCH(qint64, points);
    QFETCH(int, seriesCount);
    PlanGeneratorOptions options;
    options.tasks = tasks;
    options.seed = 7;
    options.seriesPoints = points;
    options.seriesCount = seriesCount;
    const Plan plan = generatePlan(options);
    QCOMPARE(plan.tasks.size(), tasks);
    const QString file = path("generated.cutover");
    QVERIFY(PlanFile::write(plan, file).ok());
    const Result<Plan> read = PlanFile::read(file);
    QVERIFY2(read.ok(), qPrintable(read.errorString()));
    QCOMPARE(planDifference(read.value(), plan), QString());
    qint64 total = 0;
    for (const MetricSeries &s : read.value().series)
        total += s.size();
    QCOMPARE(total, points);
}

void TestPlanFile::overwriteReplacesContent()
{
    const QString file = path("plan.cutover");
    PlanGeneratorOptions big;
    big.tasks = 200;
    big.seriesPoints = 1000;
    QVERIFY(PlanFile::write(generatePlan(big), file).ok());
    Plan small = richPlan();
    small.series.clear();
    QVERIFY(PlanFile::write(small, file).ok());
    const Result<Plan> read = PlanFile::read(file);
    QVERIFY(read.ok());
    QVERIFY(read.value() == small); // nothing of the bigger plan is left over
    QCOMPARE(strayFiles(m_dir->path()), QStringList());
}

void TestPlanFile::badInputNeverModified_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected"); // part of the one-line error
    QTest::newRow("missing") << "missing" << "no such file";
    QTest::newRow("folder") << "folder" << "is a folder, not a Cutover plan";
    QTest::newRow("empty") << "empty" << "the file is empty";
    QTest::newRow("text") << "text" << "not a Cutover plan (not an SQLite database)";
    QTest::newRow("short header") << "shortheader" << "the file is truncated (only 10 bytes)";
    QTest::newRow("foreign sqlite") << "foreign" << "an SQLite database, but not a Cutover plan";
    QTest::newRow("newer schema") << "newer"
                                  << "this plan was written by a newer Cutover Planner (schema 3; "
                                     "this version reads up to 2)";
    QTest::newRow("no schema version") << "version0" << "the plan file is incomplete";
    QTest::newRow("truncated") << "truncated" << "the file is truncated (";
    QTest::newRow("b-tree pages overwritten") << "corrupt" << "the file is damaged (database disk image is malformed)";
}

void TestPlanFile::badInputNeverModified()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    const QString file = path("bad.cutover");
    PlanGeneratorOptions options;
    options.tasks = 400;
    const Plan plan = generatePlan(options);

    auto setBigEndian32 = [](QByteArray &bytes, int offset, quint32 value) {
        for (int i = 0; i < 4; ++i)
            bytes[offset + i] = char((value >> (8 * (3 - i))) & 0xff);
    };
    if (kind == "empty") {
        QVERIFY(writeBytes(file, {}));
    } else if (kind == "folder") {
        QVERIFY(QDir(m_dir->path()).mkdir("bad.cutover"));
    } else if (kind == "text") {
        QVERIFY(writeBytes(file, "name,start\nOrders,2026-12-05\n"));
    } else if (kind == "shortheader") {
        QVERIFY(writeBytes(file, QByteArray("SQLite for", 10)));
    } else if (kind == "foreign") {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "foreign");
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec("CREATE TABLE notes (body TEXT)"));
            QVERIFY(q.exec("INSERT INTO notes VALUES ('hello')"));
            db.close();
        }
        QSqlDatabase::removeDatabase("foreign");
    } else if (kind != "missing") {
        QVERIFY(PlanFile::write(plan, file).ok());
        QByteArray bytes = fileBytes(file);
        QVERIFY(bytes.size() > 8192);
        if (kind == "newer")
            setBigEndian32(bytes, 60, 3); // user_version, offset 60 in the SQLite header
        else if (kind == "version0")
            setBigEndian32(bytes, 60, 0);
        else if (kind == "truncated")
            bytes.truncate(bytes.size() / 2);
        else if (kind == "corrupt")
            bytes.replace(4096, 4096 * 2, QByteArray(4096 * 2, '\x5a')); // pages 2 and 3: garbage
        QVERIFY(writeBytes(file, bytes));
    }

    const bool existed = QFileInfo::exists(file);
    const QByteArray before = fileBytes(file);
    const QDateTime mtime = QFileInfo(file).lastModified();
    const QStringList filesBefore = QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::Hidden);

    const Result<Plan> read = PlanFile::read(file);
    QVERIFY(!read.ok());
    const QString message = read.errorString();
    QVERIFY2(message.startsWith(file + ": "), qPrintable(message));
    QVERIFY2(message.contains(expected), qPrintable(message));
    QVERIFY2(!message.contains('\n'), qPrintable(message));

    // Reading never changes the file nor leaves anything next to it.
    QCOMPARE(QFileInfo::exists(file), existed);
    QCOMPARE(fileBytes(file), before);
    QCOMPARE(QFileInfo(file).lastModified(), mtime);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::Hidden), filesBefore);

    // addImported refuses the same file the same way and leaves it alone too.
    const Status imported = PlanFile::addImported(file, {}, {});
    QVERIFY(!imported.ok());
    QVERIFY2(imported.errorString().contains(expected), qPrintable(imported.errorString()));
    QCOMPARE(fileBytes(file), before);
}

void TestPlanFile::damagedPointsDetected()
{
    Plan plan = richPlan();
    MetricSeries &s = plan.series[1];
    // A recognisable pattern so the test can find the value blob in the file on its own.
    for (int i = 0; i < 64; ++i) {
        s.times.append(1000 * i);
        s.values.append(1234.5);
    }
    const QString file = path("points.cutover");
    QVERIFY(PlanFile::write(plan, file).ok());
    QByteArray bytes = fileBytes(file);
    const double pattern = 1234.5;
    const QByteArray needle(reinterpret_cast<const char *>(&pattern), sizeof pattern); // little-endian host
    const qsizetype where = bytes.indexOf(needle.repeated(8));
    QVERIFY(where > 0);
    bytes[where + 20] = char(bytes[where + 20] ^ 0x01); // one flipped bit inside the values
    QVERIFY(writeBytes(file, bytes));

    const Result<Plan> read = PlanFile::read(file);
    QVERIFY(!read.ok());
    QCOMPARE(read.errorString(),
             file + ": series[1].chunk[0]: the stored points are damaged (checksum mismatch)");
    QCOMPARE(fileBytes(file), bytes);
}

void TestPlanFile::handEditedFile_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QString>("expected"); // the error after "file: "; empty = reads fine
    QTest::newRow("ordinals reversed") << QStringList{"UPDATE tasks SET ordinal = -1 - ordinal WHERE list = 'runbook'",
                                                      "UPDATE tasks SET ordinal = ordinal + 4 WHERE list = 'runbook'"}
                                       << QString();
    QTest::newRow("unknown kind") << QStringList{"UPDATE tasks SET kind = 'bogus' WHERE id = 'ready'"}
                                  << "tasks[1].kind: unknown value \"bogus\" (expected one of task, milestone, gate)";
    QTest::newRow("bad time") << QStringList{"UPDATE tasks SET not_before = 'yesterday' WHERE id = 'freeze'"}
                              << "tasks[0].notBefore: \"yesterday\" is not a stored time (expected ISO 8601 with an "
                                 "offset)";
    QTest::newRow("unknown marks") << QStringList{"UPDATE tasks SET marks = 16 WHERE id = 'gate'"}
                                   << "tasks[2].marks: unknown marks 16";
    QTest::newRow("unknown dependency type") << QStringList{"UPDATE dependencies SET type = 'XX'"}
                                             << "tasks[0].after[0].type: unknown value \"XX\" (expected one of FS, SS, "
                                                "FF, SF)";
    QTest::newRow("points missing") << QStringList{"DELETE FROM series_chunks"} << "series[0]: 0 of 6 points are stored";
    QTest::newRow("huge point count") << QStringList{"UPDATE series SET point_count = 1000000000000000 WHERE ordinal = 0"}
                                      << "series[0]: the stored point count 1000000000000000 does not fit the file";
    QTest::newRow("point count too small") << QStringList{"UPDATE series SET point_count = 5 WHERE ordinal = 0"}
                                           << "series[0].chunk[0]: the stored points do not match their count";
    QTest::newRow("chunk renumbered") << QStringList{"UPDATE series_chunks SET chunk = 1"}
                                      << "series[0]: chunk 0 is missing";
    QTest::newRow("plan row missing") << QStringList{"DELETE FROM plan"} << "plan: the plan row is missing";
    QTest::newRow("table dropped") << QStringList{"DROP TABLE contacts"}
                                   << "cannot read the stored plan: no such table: contacts";
}

void TestPlanFile::handEditedFile()
{
    QFETCH(QStringList, statements);
    QFETCH(QString, expected);
    const Plan plan = richPlan();
    const QString file = path("edited.cutover");
    QVERIFY(PlanFile::write(plan, file).ok());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "edit");
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &sql : statements)
            QVERIFY2(q.exec(sql), qPrintable(sql));
        db.close();
    }
    QSqlDatabase::removeDatabase("edit");
    const QByteArray before = fileBytes(file);

    const Result<Plan> read = PlanFile::read(file);
    QCOMPARE(fileBytes(file), before);
    if (!expected.isEmpty()) {
        QVERIFY(!read.ok());
        QCOMPARE(read.errorString(), file + ": " + expected);
        return;
    }
    QVERIFY2(read.ok(), qPrintable(read.errorString()));
    // The stored ordinals, not the storage order, give the list order; dependencies follow their task.
    QList<Task> reversed = plan.tasks;
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(read.value().tasks, reversed);
    QCOMPARE(read.value().rollbackTasks, plan.rollbackTasks);
}

void TestPlanFile::isPlanFile_data()
{
    QTest::addColumn<QByteArray>("content"); // empty: write a real plan
    QTest::addColumn<bool>("expected");
    QTest::newRow("plan") << QByteArray() << true;
    QTest::newRow("text") << QByteArray("hello world") << false;
    QByteArray foreign(100, '\0');
    foreign.replace(0, 16, QByteArray("SQLite format 3\0", 16));
    QTest::newRow("sqlite header, no application id") << foreign << false;
    QByteArray ours = foreign;
    ours.replace(68, 4, QByteArray("CUTP"));
    QTest::newRow("sqlite header with CUTP application id") << ours << true;
    QTest::newRow("id without sqlite header") << QByteArray(68, 'x') + "CUTP" + QByteArray(28, 'x') << false;
}

void TestPlanFile::isPlanFile()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, expected);
    const QString file = path("x.cutover");
    if (content.isEmpty())
        QVERIFY(PlanFile::write(richPlan(), file).ok());
    else
        QVERIFY(writeBytes(file, content));
    QCOMPARE(PlanFile::isPlanFile(file), expected);
    QVERIFY(!PlanFile::isPlanFile(path("does-not-exist.cutover")));
}

void TestPlanFile::writeRefusesToClobberForeignFile()
{
    const QString file = path("notes.txt");
    QVERIFY(writeBytes(file, "my precious notes"));
    const Status s = PlanFile::write(richPlan(), file);
    QVERIFY(!s.ok());
    QCOMPARE(s.errorString(), file + ": exists and is not a Cutover plan; it was left unchanged");
    QCOMPARE(fileBytes(file), QByteArray("my precious notes"));
    QCOMPARE(strayFiles(m_dir->path()), QStringList());

    // An empty file (e.g. just created by a save dialog) may be replaced.
    const QString emptyFile = path("new.cutover");
    QVERIFY(writeBytes(emptyFile, {}));
    QVERIFY(PlanFile::write(richPlan(), emptyFile).ok());
    QVERIFY(PlanFile::isPlanFile(emptyFile));
}

void TestPlanFile::failedWriteKeepsOldFile()
{
    const QString file = path("plan.cutover");
    QVERIFY(PlanFile::write(richPlan(), file).ok());
    const QByteArray before = fileBytes(file);

    Plan broken = richPlan();
    broken.series[0].values.removeLast(); // 6 times, 5 values
    const Status s = PlanFile::write(broken, file);
    QVERIFY(!s.ok());
    QCOMPARE(s.errorString(), file + ": cannot save: series s1 has 6 times but 5 values");
    QCOMPARE(fileBytes(file), before);
    QCOMPARE(strayFiles(m_dir->path()), QStringList());

    const QString nowhere = path("no/such/folder/plan.cutover");
    const Status s2 = PlanFile::write(richPlan(), nowhere);
    QVERIFY(!s2.ok());
    QVERIFY2(s2.errorString().startsWith(nowhere + ": cannot save: the folder "), qPrintable(s2.errorString()));

    const Status s3 = PlanFile::write(richPlan(), m_dir->path());
    QVERIFY(!s3.ok());
    QVERIFY(s3.errorString().contains("is a folder"));
}

void TestPlanFile::writeRemovesStrayTemporaries()
{
    const QString file = path("plan.cutover");
    const QString stray1 = path(".plan.cutover.1a2b3c4d.saving");
    const QString stray2 = path(".plan.cutover.deadbeef.saving-journal");
    const QString other = path(".other.cutover.1a2b3c4d.saving"); // another document's save
    QVERIFY(writeBytes(stray1, "half a database"));
    QVERIFY(writeBytes(stray2, "journal"));
    QVERIFY(writeBytes(other, "someone else's"));
    QVERIFY(PlanFile::write(richPlan(), file).ok());
    QVERIFY(!QFileInfo::exists(stray1));
    QVERIFY(!QFileInfo::exists(stray2));
    QVERIFY(QFileInfo::exists(other));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden),
             QStringList({".other.cutover.1a2b3c4d.saving", "plan.cutover"}));
}

void TestPlanFile::writeKeepsPermissionsAndSymlink()
{
    const QString real = path("real.cutover");
    const QString link = path("link.cutover");
    QVERIFY(PlanFile::write(Plan(), real).ok());
    const QFile::Permissions perms = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup;
    QVERIFY(QFile::setPermissions(real, perms));
    QVERIFY(QFile::link(real, link));

    QVERIFY(PlanFile::write(richPlan(), link).ok());
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(QFile::permissions(real) & 0x7077, perms);
    const Result<Plan> read = PlanFile::read(real);
    QVERIFY(read.ok());
    QCOMPARE(read.value().name, richPlan().name);
}

void TestPlanFile::addImportedReplacesAndAppends()
{
    const QString file = path("plan.cutover");
    const Plan original = richPlan();
    QVERIFY(PlanFile::write(original, file).ok());

    // Same (checksum, metric, labels, name) as stored s1: replaces it in place, keeps its id.
    MetricSeries again = original.series.at(0);
    again.id = "imported-1";
    again.times = {1, 2};
    again.values = {3.0, 4.0};
    // Same metric and name but other labels: a new series; its wanted id "s2" is taken.
    MetricSeries other = original.series.at(0);
    other.id = "s2";
    other.labels.insert("instance", "pg-replica-2:9187");
    other.times = {5};
    other.values = {6.0};
    // Same labels but another source file checksum: also new; empty id gets a generated one.
    MetricSeries otherSource = original.series.at(0);
    otherSource.id.clear();
    otherSource.sourceChecksum = "def456";
    otherSource.times = {};
    otherSource.values = {};

    ValidationResult recount = original.validation.at(0); // same (ff00, sales.orders, count)
    recount.targetValue = "1000";
    recount.difference = 0.0;
    recount.status = ValidationStatus::Passed;
    ValidationResult fresh{"sales.new", "count", "1", "1", 0.0, ValidationStatus::Passed, "dvt-csv",
                           QDateTime(), "dvt.csv", "ff00"};

    const Status s = PlanFile::addImported(file, {again, other, otherSource}, {recount, fresh});
    QVERIFY2(s.ok(), qPrintable(s.errorString()));
    const Result<Plan> read = PlanFile::read(file);
    QVERIFY(read.ok());
    const Plan &back = read.value();

    QCOMPARE(back.series.size(), 4);
    MetricSeries expectedFirst = again;
    expectedFirst.id = "s1";
    QVERIFY(back.series.at(0) == expectedFirst);
    QVERIFY(back.series.at(1) == original.series.at(1));
    MetricSeries expectedOther = other;
    expectedOther.id = "s2-2";
    QVERIFY(back.series.at(2) == expectedOther);
    QCOMPARE(back.series.at(3).id, QString("series-2"));
    QCOMPARE(back.series.at(3).sourceChecksum, QString("def456"));

    QCOMPARE(back.validation.size(), 4);
    QVERIFY(back.validation.at(0) == original.validation.at(1));
    QVERIFY(back.validation.at(1) == original.validation.at(2));
    QVERIFY(back.validation.at(2) == recount);
    QVERIFY(back.validation.at(3) == fresh);

    // Everything else is untouched.
    Plan rest = back;
    Plan originalRest = original;
    rest.series.clear();
    rest.validation.clear();
    originalRest.series.clear();
    originalRest.validation.clear();
    QVERIFY(rest == originalRest);
}

void TestPlanFile::addImportedAllOrNothing()
{
    const QString file = path("plan.cutover");
    QVERIFY(PlanFile::write(richPlan(), file).ok());
    const QByteArray before = fileBytes(file);

    MetricSeries good;
    good.id = "good";
    good.times = {1};
    good.values = {1.0};
    MetricSeries bad;
    bad.id = "bad";
    bad.times = {1, 2};
    bad.values = {1.0};
    const ValidationResult row{"o", "count", "1", "1", 0.0, ValidationStatus::Passed, "", {}, "", "x"};
    const Status s = PlanFile::addImported(file, {good, bad}, {row});
    QVERIFY(!s.ok());
    QCOMPARE(s.errorString(), file + ": cannot import: series bad has 2 times but 1 values");
    QCOMPARE(fileBytes(file), before);
    QCOMPARE(strayFiles(m_dir->path()), QStringList());
}

void TestPlanFile::concurrentReads()
{
    PlanGeneratorOptions options;
    options.tasks = 500;
    options.seriesPoints = 20000;
    const Plan plan = generatePlan(options);
    const QString file = path("shared.cutover");
    QVERIFY(PlanFile::write(plan, file).ok());

    constexpr int threads = 4;
    constexpr int readsEach = 5;
    QList<int> good(threads, 0);
    std::vector<std::unique_ptr<QThread>> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back(QThread::create([&, t] {
            for (int i = 0; i < readsEach; ++i) {
                const Result<Plan> read = PlanFile::read(file);
                if (read.ok() && planDifference(read.value(), plan).isEmpty())
                    ++good[t];
            }
        }));
        workers.back()->start();
    }
    for (auto &w : workers)
        QVERIFY(w->wait(60000));
    QCOMPARE(good, QList<int>(threads, readsEach));
    // Every connection was removed again.
    QCOMPARE(QSqlDatabase::connectionNames(), QStringList());
}

QTEST_GUILESS_MAIN(TestPlanFile)
#include "test_planfile.moc"
