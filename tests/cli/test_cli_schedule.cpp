// SPDX-License-Identifier: GPL-3.0-or-later
// `schedule` and `simulate` through cutover::cli::run with captured output. The schedule of
// kPlan is worked by hand in the comment above it.
#include "common/clirunner.h"
#include "cli/cli.h"
#include "cli/console.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using cutover::CliOutcome;
using cutover::runCli;

namespace {

QJsonObject jsonOf(const CliOutcome &o)
{
    return QJsonDocument::fromJson(o.out.toUtf8()).object();
}

// Start 21:00 (+01:00); window 22:00..04:00 = minutes 60..420.
// prep 0..60; freeze (notBefore 22:00) 60..70; sync FS 70..100; check SS+5 from freeze 65..85;
// switch: FS sync -> 100, FF check -> 85 - 15 = 70, so 100..115. Finish 115, downtime 115 - 60 = 55.
// Backward: switch LF 115 LS 100; sync LF 100 (float 0); check FF: LF <= 115 -> LS 95, float 30;
// freeze: LF <= LS_sync = 70 and LS <= LS_check - 5 = 90 -> LF 70, float 0; prep LF 60, float 0.
// Rollback r1 20 -> r2 10: 30 min, deadline 04:00 - 30 min = 03:30.
const QByteArray kPlan = R"({
  "format": "cutover-plan", "version": 1, "name": "Hand-worked", "timezone": "Europe/Berlin",
  "start": "2026-12-05T21:00:00+01:00",
  "window": { "start": "2026-12-05T22:00:00+01:00", "end": "2026-12-06T04:00:00+01:00" },
  "tasks": [
    { "id": "prep", "name": "Prepare", "owner": "x", "duration": 60 },
    { "id": "freeze", "name": "Freeze writes", "owner": "x", "duration": { "optimistic": 5, "likely": 10, "pessimistic": 30 },
      "after": [ "prep" ], "notBefore": "2026-12-05T22:00:00+01:00", "marks": [ "freeze-start" ] },
    { "id": "sync", "name": "Final sync", "owner": "x", "duration": { "optimistic": 20, "likely": 30, "pessimistic": 90 },
      "distribution": "pert", "after": [ "freeze" ] },
    { "id": "check", "name": "Checks", "owner": "x", "duration": 20, "after": [ { "task": "freeze", "type": "SS", "lag": 5 } ] },
    { "id": "switch", "name": "Switch traffic", "owner": "x", "duration": 15,
      "after": [ "sync", { "task": "check", "type": "FF" } ], "marks": [ "traffic-switched" ] }
  ],
  "rollback": { "tasks": [
    { "id": "r1", "name": "Revert DNS", "owner": "x", "duration": { "optimistic": 10, "likely": 20, "pessimistic": 40 } },
    { "id": "r2", "name": "Re-enable writes", "owner": "x", "duration": 10, "after": [ "r1" ] }
  ] }
})";

const QByteArray kCycle = R"({
  "format": "cutover-plan", "version": 1, "name": "cycle", "timezone": "UTC", "start": "2026-12-05T21:00:00Z",
  "tasks": [
    { "id": "a", "owner": "x", "duration": 5, "after": [ "b" ] },
    { "id": "b", "owner": "x", "duration": 5, "after": [ "a" ] }
  ]
})";

} // namespace

class TestCliSchedule : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_plan, m_cycle;

    QString write(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_plan = write("plan.json", kPlan);
        m_cycle = write("cycle.json", kCycle);
    }

    void scheduleJson()
    {
        const CliOutcome o = runCli({"schedule", m_plan, "--json"});
        QCOMPARE(o.code, 0);
        QCOMPARE(o.err, QString());
        const QJsonObject j = jsonOf(o);
        QCOMPARE(j["finish"].toString(), QString("2026-12-05T22:55:00+01:00"));
        QCOMPARE(j["durationMinutes"].toDouble(), 115.0);
        QCOMPARE(j["downtimeMinutes"].toDouble(), 55.0);
        QCOMPARE(j["fitsWindow"].toBool(), true);
        QCOMPARE(j["criticalPath"].toVariant().toStringList(), (QStringList{"prep", "freeze", "sync", "switch"}));
        const QJsonArray tasks = j["tasks"].toArray();
        QCOMPARE(tasks.size(), 5);
        const QJsonObject check = tasks[3].toObject();
        QCOMPARE(check["id"].toString(), QString("check"));
        QCOMPARE(check["es"].toDouble(), 65.0);
        QCOMPARE(check["ef"].toDouble(), 85.0);
        QCOMPARE(check["ls"].toDouble(), 95.0);
        QCOMPARE(check["lf"].toDouble(), 115.0);
        QCOMPARE(check["float"].toDouble(), 30.0);
        QCOMPARE(check["critical"].toBool(), false);
        QCOMPARE(tasks[1].toObject()["es"].toDouble(), 60.0);
        QCOMPARE(tasks[1].toObject()["critical"].toBool(), true);
        const QJsonObject rollback = j["rollback"].toObject();
        QCOMPARE(rollback["durationMinutes"].toDouble(), 30.0);
        QCOMPARE(rollback["deadline"].toString(), QString("2026-12-06T03:30:00+01:00"));
    }

    void scheduleText()
    {
        const CliOutcome o = runCli({"schedule", m_plan});
        QCOMPARE(o.code, 0);
        QVERIFY(o.out.contains("Times in Europe/Berlin (UTC+01:00 at the start)"));
        QVERIFY(o.out.contains(QRegularExpression("\\ncheck +Checks +Sat 12-05 22:05 +Sat 12-05 22:25 +30 min\\n")));
        QVERIFY(o.out.contains(QRegularExpression("\\nfreeze +Freeze writes +Sat 12-05 22:00 +Sat 12-05 22:10 +0 min +\\*\\n")));
        QVERIFY(o.out.contains("Finish:         Sat 2026-12-05 22:55 (1 h 55 min after the start)"));
        QVERIFY(o.out.contains("Downtime:       55 min (write freeze Sat 2026-12-05 22:00 to traffic switched Sat 2026-12-05 22:55)"));
        QVERIFY(o.out.contains("Fits window:    yes"));
        QVERIFY(o.out.contains("Critical path:  prep → freeze → sync → switch"));
        QVERIFY(o.out.contains("Rollback:       30 min; start it by Sun 2026-12-06 03:30"));
    }

    void simulateJson()
    {
        const CliOutcome o = runCli({"simulate", m_plan, "--json", "--iterations", "4000", "--seed", "7"});
        QCOMPARE(o.code, 0);
        const QJsonObject j = jsonOf(o);
        QCOMPARE(j["iterations"].toInt(), 4000);
        QCOMPARE(j["seed"].toInt(), 7);
        const QJsonObject d = j["downtimeMinutes"].toObject();
        for (const char *key : {"mean", "p50", "p80", "p95"})
            QVERIFY(d.contains(QLatin1String(key)));
        // Downtime = freeze + sync + switch (check has 30 min float and sync at least 20 min):
        // between 5 + 20 + 15 = 40 and 30 + 90 + 15 = 135.
        QVERIFY(d["p50"].toDouble() > 40 && d["p95"].toDouble() < 135);
        QVERIFY(d["p50"].toDouble() <= d["p80"].toDouble() && d["p80"].toDouble() <= d["p95"].toDouble());
        QCOMPARE(j["probabilityWithinWindow"].toDouble(), 1.0);
        const QJsonObject criticality = j["criticality"].toObject();
        QCOMPARE(criticality["prep"].toDouble(), 1.0);
        QCOMPARE(criticality["sync"].toDouble(), 1.0);
        QCOMPARE(criticality["check"].toDouble(), 0.0);
        const QJsonObject rollback = j["rollback"].toObject();
        const double p80 = rollback["durationMinutes"].toObject()["p80"].toDouble();
        QVERIFY(p80 > 20 && p80 < 50);
        QVERIFY(rollback["deadlineP80"].toString().startsWith("2026-12-06T03:"));
        QVERIFY(rollback["deadlineP80"].toString().endsWith("+01:00"));
    }

    void simulateSameNumbersWhateverTheThreads()
    {
        const CliOutcome one = runCli({"simulate", m_plan, "--json", "--iterations", "3000", "--threads", "1"});
        const CliOutcome two = runCli({"simulate", m_plan, "--json", "--iterations", "3000", "--threads", "2"});
        QCOMPARE(one.code, 0);
        QCOMPARE(two.out, one.out);
        const CliOutcome other = runCli({"simulate", m_plan, "--json", "--iterations", "3000", "--seed", "2"});
        QVERIFY(other.out != one.out);
    }

    void simulateText()
    {
        const CliOutcome o = runCli({"simulate", m_plan, "--iterations", "2000"});
        QCOMPARE(o.code, 0);
        QVERIFY(o.out.contains("Monte Carlo: 2000 iterations, seed 1"));
        QVERIFY(o.out.contains(QRegularExpression("\\nDowntime +\\d")));
        QVERIFY(o.out.contains("Fits the window in 100.0 % of the runs."));
        QVERIFY(o.out.contains(QRegularExpression("\\+0\\.\\d\\d  sync +Final sync")));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        // A cycle is no longer a usage error: the guardrail reports it (exit 1, test_cli_guardrails).
        QTest::newRow("iterations") << QStringList{"simulate", "PLAN", "--iterations", "ten"}
                                    << "simulate: --iterations: expected a whole number from 1 to 1000000, got \"ten\"";
        QTest::newRow("threads") << QStringList{"simulate", "PLAN", "--threads", "-1"}
                                 << "simulate: --threads: expected a whole number from 0 to 1024, got \"-1\"";
        QTest::newRow("missing file") << QStringList{"schedule", "MISSING"} << "missing.json";
        QTest::newRow("no plan") << QStringList{"schedule"} << "schedule: missing arguments";
    }
    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        args.replaceInStrings("CYCLE", m_cycle);
        args.replaceInStrings("PLAN", m_plan);
        args.replaceInStrings("MISSING", m_dir.filePath("missing.json"));
        const CliOutcome o = runCli(args);
        QCOMPARE(o.code, 2);
        QCOMPARE(o.out, QString());
        QVERIFY2(o.err.contains(message), qPrintable(o.err));
        QCOMPARE(o.err.count('\n'), 1); // one line
    }

    void help()
    {
        for (const QString &command : {QStringLiteral("schedule"), QStringLiteral("simulate")}) {
            const CliOutcome o = runCli({command, QStringLiteral("--help")});
            QVERIFY2(o.code == 0, qPrintable(o.err));
            QVERIFY(o.out.startsWith(QString("Usage: cutover-planner %1 PLAN").arg(command)));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliSchedule)
#include "test_cli_schedule.moc"
