// SPDX-License-Identifier: GPL-3.0-or-later
// The guardrail of `schedule`, `simulate` and `report` (docs/analysis.md): a plan whose errors
// make its figures meaningless prints those errors first (stderr), reports "fitsWindow": false
// with an "errors" array and exits 1; a well-formed plan that misses the window keeps its
// figures. The plans are small variants of the hand-worked one in test_cli_schedule.cpp.
#include "common/clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using cutover::CliOutcome;
using cutover::runCli;

namespace {

QJsonObject jsonOf(const CliOutcome &o)
{
    return QJsonDocument::fromJson(o.out.toUtf8()).object();
}

// Start 21:00 (+01:00), window 22:00..04:00. The freeze may not start before 22:00; traffic
// is switched by a task with no predecessor, so at 21:00..21:15: before the freeze
// (marks-out-of-order: the "downtime" would be -45 min).
const QByteArray kMarksOutOfOrder = R"({
  "format": "cutover-plan", "version": 1, "name": "Out of order", "timezone": "Europe/Berlin",
  "start": "2026-12-05T21:00:00+01:00",
  "window": { "start": "2026-12-05T22:00:00+01:00", "end": "2026-12-06T04:00:00+01:00" },
  "tasks": [
    { "id": "freeze", "name": "Freeze writes", "owner": "x", "duration": 10,
      "notBefore": "2026-12-05T22:00:00+01:00", "marks": [ "freeze-start" ] },
    { "id": "switch", "name": "Switch traffic", "owner": "x", "duration": 15, "marks": [ "traffic-switched" ] }
  ],
  "rollback": { "tasks": [ { "id": "r1", "name": "Revert DNS", "owner": "x", "duration": 20 } ] }
})";

const QByteArray kCycle = R"({
  "format": "cutover-plan", "version": 1, "name": "cycle", "timezone": "UTC", "start": "2026-12-05T21:00:00Z",
  "tasks": [
    { "id": "a", "owner": "x", "duration": 5, "after": [ "b" ] },
    { "id": "b", "owner": "x", "duration": 5, "after": [ "a" ] }
  ]
})";

// Well formed, but the freeze starts at 21:30, 30 min before the window opens; traffic is
// switched at 21:30 + 10 + 15 = 21:55. Rollback 20 min: deadline 03:40; margin from the
// traffic switch (no point of no return) 03:40 - 21:55 = 5 h 45 min.
const QByteArray kMissesWindow = R"({
  "format": "cutover-plan", "version": 1, "name": "Too early", "timezone": "Europe/Berlin",
  "start": "2026-12-05T21:00:00+01:00",
  "window": { "start": "2026-12-05T22:00:00+01:00", "end": "2026-12-06T04:00:00+01:00" },
  "tasks": [
    { "id": "freeze", "name": "Freeze writes", "owner": "x", "duration": 10,
      "notBefore": "2026-12-05T21:30:00+01:00", "marks": [ "freeze-start" ] },
    { "id": "switch", "name": "Switch traffic", "owner": "x", "duration": 15, "after": [ "freeze" ],
      "marks": [ "traffic-switched" ] }
  ],
  "rollback": { "tasks": [ { "id": "r1", "name": "Revert DNS", "owner": "x", "duration": 20 } ] }
})";

void rows()
{
    QTest::addColumn<QString>("plan");
    QTest::addColumn<QString>("code");
    QTest::newRow("marks out of order") << "out-of-order.json" << "marks-out-of-order";
    QTest::newRow("cycle") << "cycle.json" << "cycle";
}

} // namespace

class TestCliGuardrails : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_outOfOrder, m_cycle, m_misses;

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
        m_outOfOrder = write("out-of-order.json", kMarksOutOfOrder);
        m_cycle = write("cycle.json", kCycle);
        m_misses = write("misses.json", kMissesWindow);
    }

    void simulateJsonWithErrors_data() { rows(); }
    void simulateJsonWithErrors()
    {
        QFETCH(QString, plan);
        QFETCH(QString, code);
        const QString path = m_dir.filePath(plan);
        const CliOutcome o = runCli({"simulate", path, "--json", "--iterations", "200"});
        QCOMPARE(o.code, 1);
        const QStringList errLines = o.err.split('\n', Qt::SkipEmptyParts);
        QVERIFY2(!errLines.isEmpty(), qPrintable(o.err));
        QVERIFY2(errLines.first().startsWith(path + ": error: [" + code + "]"), qPrintable(o.err));
        const QJsonObject j = jsonOf(o);
        QVERIFY2(!j.isEmpty(), qPrintable(o.out));
        QCOMPARE(j["fitsWindow"], QJsonValue(false));
        QVERIFY(j["downtimeMinutes"].isNull());
        QVERIFY(j["probabilityWithinWindow"].isNull());
        const QJsonArray errors = j["errors"].toArray();
        QVERIFY(!errors.isEmpty());
        QCOMPARE(errors.first()["code"].toString(), code);
        QVERIFY(!errors.first()["message"].toString().isEmpty());
    }

    void scheduleJsonWithErrors_data() { rows(); }
    void scheduleJsonWithErrors()
    {
        QFETCH(QString, plan);
        QFETCH(QString, code);
        const QString path = m_dir.filePath(plan);
        const CliOutcome o = runCli({"schedule", path, "--json"});
        QCOMPARE(o.code, 1);
        QVERIFY2(o.err.startsWith(path + ": error: [" + code + "]"), qPrintable(o.err));
        const QJsonObject j = jsonOf(o);
        QCOMPARE(j["fitsWindow"], QJsonValue(false));
        QVERIFY(j["downtimeMinutes"].isNull());
        QVERIFY(j["rollback"]["deadline"].isNull());
        QVERIFY(j["rollback"]["margin"]["likelyMinutes"].isNull());
        QCOMPARE(j["errors"].toArray().first()["code"].toString(), code);
        if (code == "marks-out-of-order") {
            // The schedule itself is defined: its tasks are still listed.
            QCOMPARE(j["tasks"].toArray().size(), 2);
            QCOMPARE(j["errors"].toArray().first()["ids"].toArray().first().toString(), QString("switch"));
        }
    }

    void textWithErrors()
    {
        const CliOutcome s = runCli({"schedule", m_outOfOrder});
        QCOMPARE(s.code, 1);
        QVERIFY2(s.err.startsWith(m_outOfOrder + ": error: [marks-out-of-order] tasks \"switch\", \"freeze\": Traffic is switched"),
                 qPrintable(s.err));
        QVERIFY2(s.out.contains(QRegularExpression("Downtime: +not computed: Traffic is switched")), qPrintable(s.out));
        QVERIFY(s.out.contains(QRegularExpression("Fits window: +not computed:")));
        QVERIFY(!s.out.contains("−45 min"));
        const CliOutcome m = runCli({"simulate", m_outOfOrder, "--iterations", "100"});
        QCOMPARE(m.code, 1);
        QVERIFY(m.err.contains("[marks-out-of-order]"));
        QCOMPARE(m.out, QString()); // nothing simulated, no figures printed
    }

    void missingTheWindowKeepsFigures()
    {
        const CliOutcome s = runCli({"schedule", m_misses, "--json"});
        QCOMPARE(s.code, 0);
        const QJsonObject j = jsonOf(s);
        QCOMPARE(j["fitsWindow"], QJsonValue(false));
        QCOMPARE(j["downtimeMinutes"].toDouble(), 25.0);
        QVERIFY(!j.contains("errors"));
        QCOMPARE(j["rollback"]["deadline"].toString(), QString("2026-12-06T03:40:00+01:00"));
        QCOMPARE(j["rollback"]["margin"]["anchor"].toString(), QString("traffic-switched"));
        QCOMPARE(j["rollback"]["margin"]["likelyMinutes"].toDouble(), 345.0);
        const CliOutcome t = runCli({"schedule", m_misses});
        QCOMPARE(t.code, 0);
        QVERIFY2(t.out.contains(QRegularExpression("Fits window: +no: the write freeze starts 30 min before the window opens")),
                 qPrintable(t.out));
    }

    void reportWithErrors()
    {
        const QString pdf = m_dir.filePath("out-of-order.pdf");
        const CliOutcome o = runCli({"report", m_outOfOrder, "-o", pdf, "--iterations", "200", "--sections", "summary"});
        QCOMPARE(o.code, 1);
        QVERIFY2(o.err.startsWith(m_outOfOrder + ": error: [marks-out-of-order]"), qPrintable(o.err));
        QVERIFY(QFile::exists(pdf));
        if (QStandardPaths::findExecutable("pdftotext").isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QProcess p;
        p.start("pdftotext", {"-enc", "UTF-8", pdf, "-"});
        QVERIFY(p.waitForFinished(30000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput()).replace(QRegularExpression("\\s+"), " ");
        QVERIFY2(text.contains("Not computed: the plan has an error: Traffic is switched"), qPrintable(text));
        QVERIFY(!text.contains("Fits the window with"));
        QVERIFY(!text.contains("rollback must start by"));
    }

    void reportOnUnschedulablePlan()
    {
        const QString pdf = m_dir.filePath("cycle.pdf");
        const CliOutcome o = runCli({"report", m_cycle, "-o", pdf, "--iterations", "200"});
        QCOMPARE(o.code, 1);
        QVERIFY2(o.err.startsWith(m_cycle + ": error: [cycle]"), qPrintable(o.err));
        QVERIFY(!QFile::exists(pdf)); // nothing to show: no half-written report either
    }
};

QTEST_MAIN(TestCliGuardrails)
#include "test_cli_guardrails.moc"
