// SPDX-License-Identifier: GPL-3.0-or-later
// The import and criteria commands end to end: exit codes, summaries, JSON, all-or-nothing.
#include "common/clirunner.h"
#include "storage/planfile.h"
#include "storage/planlock.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace cutover;

namespace {

QString sample(const char *name)
{
    return QStringLiteral(CUTOVER_SAMPLES_DIR "/") + QLatin1String(name);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCliImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void importAndSummary();
    void reimportReplaces();
    void failedImportChangesNothing();
    void needsCutoverPlan();
    void importJson();
    void badOptions_data();
    void badOptions();
    void criteriaExitCodes();
    void writersRespectDesktopLock();
    void readOnlyPlanIsOneLine();

private:
    QString m_plan;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_plan = m_dir->filePath(QStringLiteral("night.cutover"));
    const CliOutcome o = runCli({QStringLiteral("new"), m_plan, QStringLiteral("--timezone"), QStringLiteral("Europe/London")});
    QVERIFY2(o.code == 0, qPrintable(o.err));
}

void TestCliImport::importAndSummary()
{
    const CliOutcome o = runCli({QStringLiteral("import"), m_plan, sample("prometheus-query-range.json"), sample("grafana-series-joined.csv"),
                           sample("dvt-results.csv")});
    QVERIFY2(o.code == 0, qPrintable(o.err));
    QVERIFY(o.out.contains(QStringLiteral("(prometheus)")));
    QVERIFY(o.out.contains(QStringLiteral("361 points, 2026-10-17T10:00:00+01:00 .. 2026-10-17T16:00:00+01:00")));
    QVERIFY(o.out.contains(QStringLiteral("6 gaps")));
    QVERIFY(o.out.contains(QStringLiteral("20 objects: 17 passed, 3 failed")));
    QVERIFY(o.out.contains(QStringLiteral("read in Europe/London"))); // the plan's zone for Grafana's naive times
    const auto plan = PlanFile::read(m_plan);
    QVERIFY2(plan.ok(), qPrintable(plan.errorString()));
    QCOMPARE(plan->series.size(), 4);
    QCOMPARE(plan->validation.size(), 20);
    QCOMPARE(plan->series[0].size(), 361);
    QCOMPARE(plan->series[0].values.first(), 813.895);
}

void TestCliImport::reimportReplaces()
{
    QCOMPARE(runCli({QStringLiteral("import"), m_plan, sample("prometheus-query-range.json")}).code, 0);
    const CliOutcome again = runCli({QStringLiteral("import"), m_plan, sample("prometheus-query-range.json")});
    QCOMPARE(again.code, 0);
    QVERIFY(again.out.contains(QStringLiteral("already imported; replaced")));
    const auto plan = PlanFile::read(m_plan);
    QVERIFY(plan.ok());
    QCOMPARE(plan->series.size(), 2);
    QCOMPARE(plan->series[0].size() + plan->series[1].size(), 361 + 355);
}

void TestCliImport::failedImportChangesNothing()
{
    QCOMPARE(runCli({QStringLiteral("import"), m_plan, sample("dvt-results.csv")}).code, 0);
    const QByteArray before = readAll(m_plan);
    const QString bad = m_dir->filePath(QStringLiteral("lag.csv"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("time,lag\n2026-10-17T09:00:00Z,1\n2026-10-17T09:01:00Z,oops\n");
    f.close();
    const CliOutcome o = runCli({QStringLiteral("import"), m_plan, sample("prometheus-query-range.json"), bad});
    QCOMPARE(o.code, 2);
    // One line, naming the file as given (its full path here).
    QVERIFY2(o.err.startsWith(bad + QStringLiteral(":3:22: cannot read \"oops\" as a number (expected a number, ")), qPrintable(o.err));
    QVERIFY2(o.err.endsWith(QStringLiteral(" (nothing was imported; %1 is unchanged)\n").arg(m_plan)), qPrintable(o.err));
    QCOMPARE(o.err.count(u'\n'), 1);
    QCOMPARE(readAll(m_plan), before);
}

void TestCliImport::needsCutoverPlan()
{
    const QString json = m_dir->filePath(QStringLiteral("plan.json"));
    QCOMPARE(runCli({QStringLiteral("convert"), m_plan, json}).code, 0);
    const CliOutcome o = runCli({QStringLiteral("import"), json, sample("dvt-results.csv")});
    QCOMPARE(o.code, 2);
    QVERIFY2(o.err.contains(QStringLiteral("needs a .cutover plan")), qPrintable(o.err));
    const CliOutcome missing = runCli({QStringLiteral("import"), m_dir->filePath(QStringLiteral("nope.cutover")), sample("dvt-results.csv")});
    QCOMPARE(missing.code, 2);
    QCOMPARE(runCli({QStringLiteral("import"), m_plan}).code, 2); // no FILE
}

void TestCliImport::importJson()
{
    const CliOutcome o = runCli({QStringLiteral("import"), m_plan, sample("prometheus-query-range.json"), sample("dvt-results.json"),
                           QStringLiteral("--json")});
    QVERIFY2(o.code == 0, qPrintable(o.err));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(o.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonArray files = doc.object().value(QStringLiteral("files")).toArray();
    QCOMPARE(files.size(), 2);
    const QJsonObject prom = files[0].toObject();
    QCOMPARE(prom.value(QStringLiteral("format")).toString(), QStringLiteral("prometheus"));
    const QJsonObject s0 = prom.value(QStringLiteral("series")).toArray().at(0).toObject();
    QCOMPARE(s0.value(QStringLiteral("name")).toString(), QStringLiteral("pg-replica-1:9187"));
    QCOMPARE(s0.value(QStringLiteral("metric")).toString(), QStringLiteral("pg_replication_lag_seconds"));
    QCOMPARE(s0.value(QStringLiteral("labels")).toObject().value(QStringLiteral("job")).toString(), QStringLiteral("postgres"));
    QCOMPARE(s0.value(QStringLiteral("unit")).toString(), QStringLiteral("s"));
    QCOMPARE(s0.value(QStringLiteral("points")).toInt(), 361);
    QCOMPARE(s0.value(QStringLiteral("from")).toString(), QStringLiteral("2026-10-17T10:00:00+01:00"));
    QCOMPARE(s0.value(QStringLiteral("to")).toString(), QStringLiteral("2026-10-17T16:00:00+01:00"));
    const QJsonObject dvt = files[1].toObject().value(QStringLiteral("validation")).toObject();
    QCOMPARE(dvt.value(QStringLiteral("objects")).toInt(), 20);
    QCOMPARE(dvt.value(QStringLiteral("failed")).toInt(), 3);
}

void TestCliImport::badOptions_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("message");
    QTest::newRow("zone") << QStringList{"--timezone", "Mars/Olympus"} << "unknown time zone";
    QTest::newRow("format") << QStringList{"--format", "excel"} << "unknown format";
    QTest::newRow("delimiter") << QStringList{"--delimiter", "x"} << "--delimiter";
    QTest::newRow("time format") << QStringList{"--time-format", "yyyy"} << "--time-format";
}

void TestCliImport::badOptions()
{
    QFETCH(QStringList, extra);
    QFETCH(QString, message);
    const QByteArray before = readAll(m_plan);
    const CliOutcome o = runCli(QStringList{QStringLiteral("import"), m_plan, sample("dvt-results.csv")} + extra);
    QCOMPARE(o.code, 2);
    QVERIFY2(o.err.contains(message), qPrintable(o.err));
    QCOMPARE(readAll(m_plan), before);
}

void TestCliImport::criteriaExitCodes()
{
    // The online-migration template's criteria: "lag" (physical_replication_delay_in_seconds > 30
    // for 300 s, hold) and "validation-failures" (failed objects > 0, rollback).
    QCOMPARE(runCli({QStringLiteral("import"), m_plan, sample("azure-metrics-cli.json")}).code, 0);
    const CliOutcome held = runCli({QStringLiteral("criteria"), m_plan, QStringLiteral("--json")});
    QCOMPARE(held.code, 0); // lag is breached but its action is "hold", validation has no data
    const QJsonArray criteria = QJsonDocument::fromJson(held.out.toUtf8()).object().value(QStringLiteral("criteria")).toArray();
    QJsonObject lag, validation;
    for (const QJsonValue &v : criteria) {
        if (v.toObject().value(QStringLiteral("id")).toString() == u"lag")
            lag = v.toObject();
        if (v.toObject().value(QStringLiteral("id")).toString() == u"validation-failures")
            validation = v.toObject();
    }
    QVERIFY(!lag.isEmpty());
    QCOMPARE(lag.value(QStringLiteral("status")).toString(), QStringLiteral("breached"));
    // Lag is above 30 s from the first point (09:00Z = 10:00 BST): held 300 s at 10:05.
    QCOMPARE(lag.value(QStringLiteral("firstBreach")).toString(), QStringLiteral("2026-10-17T10:05:00+01:00"));
    QCOMPARE(lag.value(QStringLiteral("worst")).toDouble(), 1044.534); // highest "maximum" in the file
    QCOMPARE(lag.value(QStringLiteral("series")).toArray().size(), 2);
    QCOMPARE(validation.value(QStringLiteral("status")).toString(), QStringLiteral("no-data"));
    QVERIFY(validation.value(QStringLiteral("firstBreach")).isNull());

    QCOMPARE(runCli({QStringLiteral("import"), m_plan, sample("dvt-results.csv")}).code, 0);
    const CliOutcome breached = runCli({QStringLiteral("criteria"), m_plan});
    QCOMPARE(breached.code, 1);
    QVERIFY(breached.out.contains(QStringLiteral("validation-failures")));
    QVERIFY(breached.out.contains(QStringLiteral("A rollback criterion is breached.")));
    QCOMPARE(runCli({QStringLiteral("criteria"), m_dir->filePath(QStringLiteral("missing.cutover"))}).code, 2);
}

void TestCliImport::writersRespectDesktopLock()
{
    // Every command that writes a plan refuses while the desktop has it open (its PlanLock).
    const QString json = m_dir->filePath(QStringLiteral("copy.json"));
    QCOMPARE(runCli({QStringLiteral("convert"), m_plan, json}).code, 0);
    const QByteArray before = readAll(m_plan);
    PlanLock desktop;
    QVERIFY(desktop.acquire(m_plan));
    const QList<QStringList> writers{
        {QStringLiteral("import"), m_plan, sample("dvt-results.csv")},
        {QStringLiteral("convert"), json, m_plan},
        {QStringLiteral("new"), m_plan, QStringLiteral("--force")},
    };
    for (const QStringList &args : writers) {
        const CliOutcome o = runCli(args);
        QCOMPARE(o.code, 2);
        QVERIFY2(o.err.startsWith(m_plan + QStringLiteral(": is open in ")), qPrintable(o.err));
        QCOMPARE(o.err.count(QLatin1Char('\n')), 1);
        QCOMPARE(readAll(m_plan), before);
    }
    desktop.release();
    QCOMPARE(runCli({QStringLiteral("import"), m_plan, sample("dvt-results.csv")}).code, 0);
}

void TestCliImport::readOnlyPlanIsOneLine()
{
    QVERIFY(::chmod(QFile::encodeName(m_plan).constData(), 0444) == 0);
    const QByteArray before = readAll(m_plan);
    const CliOutcome o = runCli({QStringLiteral("import"), m_plan, sample("dvt-results.csv")});
    QCOMPARE(o.code, 2);
    QCOMPARE(o.err, m_plan + QStringLiteral(": the plan is read-only (mode 0444); it was not changed\n"));
    QCOMPARE(readAll(m_plan), before);
    QVERIFY(::chmod(QFile::encodeName(m_plan).constData(), 0644) == 0);
}

QTEST_GUILESS_MAIN(TestCliImport)
#include "test_cli_import.moc"
