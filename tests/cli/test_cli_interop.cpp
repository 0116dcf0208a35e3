// SPDX-License-Identifier: GPL-3.0-or-later
// `convert` with the exchange formats: exit codes, one-line errors naming the file as given with
// line and column, notes on what was left out, and a failed convert never touching OUT.
#include "common/clirunner.h"
#include "common/plangenerator.h"
#include "interchange/planjson.h"
#include "storage/planfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace cutover;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

const QString kFixtures = QStringLiteral(CUTOVER_SOURCE_DIR "/tests/data/mspdi/");

} // namespace

class TestCliInterop : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        PlanGeneratorOptions options;
        options.tasks = 30;
        QVERIFY(PlanJson::writeFile(generatePlan(options), path("plan.json")));
    }

    void exportEveryFormat_data()
    {
        QTest::addColumn<QString>("out");
        QTest::addColumn<QString>("format");
        QTest::newRow("xml") << QStringLiteral("out.xml") << QStringLiteral("MS Project XML");
        QTest::newRow("csv") << QStringLiteral("out.csv") << QStringLiteral("CSV");
        QTest::newRow("tsv") << QStringLiteral("out.TSV") << QStringLiteral("TSV");
        QTest::newRow("ics") << QStringLiteral("out.ics") << QStringLiteral("iCalendar");
    }
    void exportEveryFormat()
    {
        QFETCH(QString, out);
        QFETCH(QString, format);
        const QString target = m_dir.filePath(out);
        const CliOutcome r = runCli({QStringLiteral("convert"), path("plan.json"), target});
        QCOMPARE(r.code, 0);
        QVERIFY(QFile::exists(target));
        QVERIFY2(r.err.contains(QStringLiteral("%1: note: left out of %2: ").arg(target, format)), qPrintable(r.err));
        QCOMPARE(r.err.count(u'\n'), 1);
    }

    void importBack_data()
    {
        QTest::addColumn<QString>("exchange");
        QTest::newRow("xml") << QStringLiteral("back.xml");
        QTest::newRow("csv") << QStringLiteral("back.csv");
        QTest::newRow("tsv") << QStringLiteral("back.tsv");
    }
    void importBack()
    {
        QFETCH(QString, exchange);
        const QString file = m_dir.filePath(exchange);
        QCOMPARE(runCli({QStringLiteral("convert"), path("plan.json"), file}).code, 0);
        const QString native = file + QStringLiteral(".cutover");
        const CliOutcome r = runCli({QStringLiteral("convert"), file, native});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const auto plan = PlanFile::read(native);
        QVERIFY2(plan, qPrintable(plan.errorString()));
        QCOMPARE(plan->tasks.size(), 30);
        // The converted plan can be scheduled.
        QCOMPARE(runCli({QStringLiteral("schedule"), native}).code, 0);
    }

    void mspdiByContent()
    {
        // An MSPDI file is recognised by its namespace, whatever it is called.
        const QString renamed = path("from-pmo.project");
        QVERIFY(writeAll(renamed, readAll(kFixtures + QStringLiteral("summary-links.xml"))));
        const CliOutcome r = runCli({QStringLiteral("convert"), renamed, path("pmo.json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("warning: %1: 1 deadlines ignored").arg(renamed)));
        const auto plan = PlanJson::readFile(path("pmo.json"));
        QVERIFY(plan);
        QCOMPARE(plan->plan.tasks.size(), 7);
    }

    void badInputLeavesOutputAlone_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("error");
        QTest::newRow("xml") << QStringLiteral("bad.xml")
                             << QByteArray("<Project xmlns=\"http://schemas.microsoft.com/project\">\n<StartDate>soon</StartDate>\n</Project>\n")
                             << QStringLiteral(":2:12: cannot read \"soon\" as StartDate");
        QTest::newRow("csv") << QStringLiteral("bad.csv") << QByteArray("id,name,likely\na,A,x\n")
                             << QStringLiteral(":2:5: cannot read \"x\" as the likely duration");
        QTest::newRow("not a runbook") << QStringLiteral("series.csv") << QByteArray("time,value\n1,2\n")
                                       << QStringLiteral(":1:1: no \"id\" column");
        QTest::newRow("other xml") << QStringLiteral("other.xml") << QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
                                   << QStringLiteral(":1:42: the root element is <svg>");
    }
    void badInputLeavesOutputAlone()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(QString, error);
        const QString in = m_dir.filePath(name);
        QVERIFY(writeAll(in, content));
        for (const char *outName : {"keep.json", "keep.xml"}) {
            const QString out = path(outName);
            QVERIFY(writeAll(out, "previous content\n"));
            const CliOutcome r = runCli({QStringLiteral("convert"), in, out});
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.startsWith(in + error), qPrintable(r.err));
            QCOMPARE(r.err.count(u'\n'), 1);
            QCOMPARE(readAll(out), QByteArray("previous content\n"));
        }
    }

    void unknownOutputFormat()
    {
        const CliOutcome r = runCli({QStringLiteral("convert"), path("plan.json"), path("out.docx")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("use a .cutover, .json, .xml (MS Project), .csv, .tsv or .ics file name")));
        QVERIFY(!QFile::exists(path("out.docx")));
    }

    void fifoIsRefusedNotWaitedOn()
    {
        // Opening a FIFO without a writer would block for ever: it is refused by stat() first.
        for (const char *name : {"pipe.xml", "pipe.csv"}) {
            const QString fifo = path(name);
            QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
            const CliOutcome r = runCli({QStringLiteral("convert"), fifo, path("fifo.json")});
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.startsWith(fifo + QStringLiteral(": is not a regular file")), qPrintable(r.err));
        }
    }

    void icsOfACycleFails()
    {
        // Like `schedule`: a plan with a cycle is exit 1 with one error line, and no calendar.
        const QByteArray cycle = R"({
  "format": "cutover-plan", "version": 1, "name": "cycle", "timezone": "UTC", "start": "2026-12-05T21:00:00Z",
  "tasks": [
    { "id": "a", "owner": "x", "duration": 5, "after": [ "b" ] },
    { "id": "b", "owner": "x", "duration": 5, "after": [ "a" ] }
  ]
})";
        QVERIFY(writeAll(path("cycle.json"), cycle));
        const QString out = path("cycle.ics");
        const CliOutcome r = runCli({QStringLiteral("convert"), path("cycle.json"), out});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.startsWith(path("cycle.json") + QStringLiteral(": ")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("cycle")), qPrintable(r.err));
        QCOMPARE(r.err.count(u'\n'), 1);
        QVERIFY(!QFile::exists(out));
        QVERIFY(r.out.isEmpty());
    }

    void icsIsNotAnInput()
    {
        QCOMPARE(runCli({QStringLiteral("convert"), path("plan.json"), path("night.ics")}).code, 0);
        const CliOutcome r = runCli({QStringLiteral("convert"), path("night.ics"), path("night.json")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.startsWith(path("night.ics") + QStringLiteral(": ")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliInterop)
#include "test_cli_interop.moc"
