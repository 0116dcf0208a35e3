// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile inputs on the real binary (issue 11): every failure is one line naming the path as
// given; FIFOs, devices and /proc files are refused before they are opened; an unknown command
// is a usage error; a breach at +Inf survives convert.
#include "common/clirunner.h"
#include "common/plangenerator.h"
#include "storage/planfile.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <sys/types.h>

using namespace cutover;

namespace {

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/** A lag series with one +Inf point and a rollback criterion "lag > 30". */
const QByteArray kInfinitePlan = R"({ "format": "cutover-plan", "version": 1, "name": "inf", "timezone": "UTC",
  "start": "2026-12-05T21:00:00Z",
  "tasks": [ { "id": "a", "owner": "x", "duration": 5 } ],
  "criteria": [ { "id": "lag", "metric": "lag", "op": ">", "threshold": 30, "for": 0, "action": "rollback" } ],
  "series": [ { "id": "s", "metric": "lag", "unit": "s", "times": [ 1796504400000, 1796504460000 ],
                "values": [ 1, "Infinity" ] } ] })";

} // namespace

class TestCliInput : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    /** A small valid .cutover plan at `name`. */
    QString makePlan(const char *name)
    {
        PlanGeneratorOptions options;
        options.tasks = 6;
        const QString p = path(name);
        const Status s = PlanFile::write(generatePlan(options), p);
        if (!s)
            qFatal("%s", qPrintable(s.errorString()));
        return p;
    }

    static void verifyOneLine(const CliOutcome &o, const QString &expected)
    {
        QVERIFY2(o.code != kCliHung, "the command did not return");
        QCOMPARE(o.code, 2);
        QCOMPARE(o.err, expected + u'\n');
        QCOMPARE(o.out, QString());
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void unknownCommandIsUsageError()
    {
        // Before: not a command, so the desktop opened (offscreen: it never returned).
        const CliOutcome o = runProgram({QStringLiteral("frobnicate"), QStringLiteral("x")});
        verifyOneLine(o, QStringLiteral("unknown command \"frobnicate\" (see cutover-planner --help)"));
    }

    void missingPlanPathIsUsageError()
    {
        const QString missing = path("no-such-plan.cutover");
        const CliOutcome o = runProgram({missing});
        verifyOneLine(o, missing + QStringLiteral(": no such file (to open a plan it must exist; see cutover-planner --help)"));
    }

    void fifoIsRefusedWithoutBlocking_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("check") << "check";
        QTest::newRow("convert") << "convert";
        QTest::newRow("import export") << "import";
        QTest::newRow("import into") << "import-into";
        QTest::newRow("schedule") << "schedule";
    }
    void fifoIsRefusedWithoutBlocking()
    {
        QFETCH(QString, command);
        const QString fifo = m_dir.filePath(QStringLiteral("pipe-%1").arg(command));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const QString plan = makePlan("fifo-target.cutover");
        const QByteArray before = readAll(plan);
        QStringList args;
        QString expected = fifo + QStringLiteral(": is not a regular file (a FIFO)");
        if (command == u"convert")
            args = {command, fifo, path("fifo-out.json")};
        else if (command == u"import")
            args = {command, plan, fifo}, expected += QStringLiteral(" (nothing was imported; %1 is unchanged)").arg(plan);
        else if (command == u"import-into")
            args = {QStringLiteral("import"), fifo, QStringLiteral(CUTOVER_SAMPLES_DIR "/prometheus-query-range.json")};
        else
            args = {command, fifo};
        // No writer ever opens the FIFO: opening it for reading would block for good.
        verifyOneLine(runProgram(args), expected);
        QCOMPARE(readAll(plan), before);
        QVERIFY(!QFile::exists(path("fifo-out.json")));
    }

    void devicesAndProcFilesAreRefused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("kind");
        QTest::newRow("/dev/urandom") << "/dev/urandom" << "a character device";
        QTest::newRow("/dev/null") << "/dev/null" << "a character device";
        QTest::newRow("/proc/self/status") << "/proc/self/status" << "a /proc or /sys pseudo-file";
    }
    void devicesAndProcFilesAreRefused()
    {
        QFETCH(QString, file);
        QFETCH(QString, kind);
        if (!QFile::exists(file))
            QSKIP("not on this machine");
        // Before: "the file is empty" (and the base name only) for all of them.
        verifyOneLine(runProgram({QStringLiteral("check"), file}),
                      file + QStringLiteral(": is not a regular file (%1)").arg(kind));
        const QString plan = makePlan("device-target.cutover");
        verifyOneLine(runProgram({QStringLiteral("import"), plan, file}),
                      file + QStringLiteral(": is not a regular file (%1) (nothing was imported; %2 is unchanged)").arg(kind, plan));
    }

    void failedImportIsOneLineWithFullPath()
    {
        const QString plan = makePlan("one-line.cutover");
        const QString csv = path("bad-cell.csv");
        QVERIFY(writeAll(csv, "time,lag_seconds\n2026-10-17T09:00:00Z,1\n2026-10-17T09:01:00Z,5abc\n"));
        const QByteArray before = readAll(plan);
        // Before: two lines, the first naming "bad-cell.csv" only.
        verifyOneLine(runProgram({QStringLiteral("import"), plan, csv}),
                      csv + QStringLiteral(":3:22: cannot read \"5abc\" as a number (expected a number, or a number with a unit: "
                                           "s, ms, us, ns, min, h, d, %, count, B, kB, MB, GB, TB, KiB, MiB, GiB) "
                                           "(nothing was imported; %1 is unchanged)").arg(plan));
        QCOMPARE(readAll(plan), before);
    }

    void importIntoAnotherApplicationsDatabase()
    {
        const QString other = path("other-app.db");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(other);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE notes (body TEXT)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const QByteArray before = readAll(other);
        // Before: "import needs a .cutover plan (convert a .json plan first ...)".
        verifyOneLine(runProgram({QStringLiteral("import"), other, QStringLiteral(CUTOVER_SAMPLES_DIR "/prometheus-query-range.json")}),
                      other + QStringLiteral(": an SQLite database, but not a Cutover plan (application id 0)"));
        QCOMPARE(readAll(other), before);
    }

    void truncatedPlanSaysTruncated()
    {
        const QString plan = makePlan("cut.cutover");
        QFile f(plan);
        QVERIFY(f.resize(50));
        // Before (check, convert): "is an SQLite database but not a Cutover Planner plan".
        for (const QString &command : {QStringLiteral("check"), QStringLiteral("schedule")})
            verifyOneLine(runProgram({command, plan}), plan + QStringLiteral(": the file is truncated (only 50 bytes)"));
        verifyOneLine(runProgram({QStringLiteral("import"), plan, QStringLiteral(CUTOVER_SAMPLES_DIR "/prometheus-query-range.json")}),
                      plan + QStringLiteral(": the file is truncated (only 50 bytes)"));
    }

    void infiniteBreachSurvivesConvert()
    {
        // Before: convert wrote +Inf as null, read back as a gap: exit 1 became 0.
        const QString json = path("inf.json");
        QVERIFY(writeAll(json, kInfinitePlan));
        const QString cutover = path("inf.cutover");
        const QString back = path("inf-back.json");
        QCOMPARE(runProgram({QStringLiteral("convert"), json, cutover}).code, 0);
        QCOMPARE(runProgram({QStringLiteral("convert"), cutover, back}).code, 0);
        QVERIFY2(readAll(back).contains(R"("values": [1, "Infinity"])"), readAll(back).constData());
        for (const QString &plan : {json, cutover, back}) {
            const CliOutcome o = runProgram({QStringLiteral("criteria"), plan});
            QVERIFY2(o.code == 1, qPrintable(plan + QStringLiteral(": exit %1: %2%3").arg(o.code).arg(o.out, o.err)));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliInput)
#include "test_cli_input.moc"
