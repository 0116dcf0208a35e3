// SPDX-License-Identifier: GPL-3.0-or-later
// Limits end to end (issue 11): an over-long label is refused and the plan left as it was;
// durations and lags out of range are refused on reading; a simulation chart of a plan at the
// range limit finishes with bounded memory.
#include "common/clirunner.h"
#include "model/planlimits.h"
#include "storage/planfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cutover;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

/** A JSON plan of `n` chained tasks with the given three-point estimate and the lag of each link. */
QByteArray chainPlan(int n, const QByteArray &duration, const QByteArray &lag = "0")
{
    QByteArray tasks;
    for (int i = 0; i < n; ++i) {
        if (i > 0)
            tasks += ',';
        tasks += "{\"id\":\"t" + QByteArray::number(i) + "\",\"name\":\"t\",\"phase\":\"p\",\"owner\":\"ops\",\"duration\":" + duration;
        if (i > 0)
            tasks += ",\"after\":[{\"task\":\"t" + QByteArray::number(i - 1) + "\",\"lag\":" + lag + "}]";
        tasks += '}';
    }
    return "{\"format\":\"cutover-plan\",\"version\":1,\"name\":\"limits\",\"timezone\":\"UTC\",\"start\":\"2026-12-05T20:00:00Z\","
           "\"window\":{\"start\":\"2026-12-05T21:00:00Z\",\"end\":\"2026-12-06T03:00:00Z\"},\"phases\":[{\"id\":\"p\",\"name\":\"P\"}],\"tasks\":["
        + tasks + "]}";
}

} // namespace

class TestCliLimits : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void hugeLabelRefusedPlanUnchanged()
    {
        const QString plan = m_dir->filePath(QStringLiteral("night.cutover"));
        QCOMPARE(runCli({QStringLiteral("new"), plan, QStringLiteral("--timezone"), QStringLiteral("UTC")}).code, 0);
        const QByteArray before = readAll(plan);
        const QString file = m_dir->filePath(QStringLiteral("big.json"));
        // 3 Mi + 1 bytes: beyond the limit by the byte count alone (the report's 200 MB behaves the same).
        const QByteArray text = "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[{\"metric\":{\"__name__\":\"lag\",\"note\":\""
            + QByteArray(3 * PlanLimits::maxLabelValueLength + 1, 'x') + "\"},\"values\":[[1792227600,\"1\"]]}]}}";
        writeFile(file, text);
        const CliOutcome o = runCli({QStringLiteral("import"), plan, file});
        QCOMPARE(o.code, 2);
        const QString first = o.err.section(u'\n', 0, 0);
        const qsizetype column = text.indexOf("\"note\":\"") + 7 + 1;
        // One line: the file named as given, the limit, then what it means for the plan.
        QCOMPARE(first, QStringLiteral("%1:1:%2: label \"note\" is 3145729 bytes long; the limit is 1048576 characters "
                                       "(nothing was imported; %3 is unchanged)").arg(file).arg(column).arg(plan));
        QVERIFY(o.err.size() < 1000); // the label is never echoed
        QVERIFY(o.out.size() < 1000);
        QCOMPARE(readAll(plan), before);
    }

    void durationOutOfRange_data()
    {
        QTest::addColumn<QByteArray>("duration");
        QTest::addColumn<QByteArray>("lag");
        QTest::addColumn<QString>("expected");
        QTest::newRow("1e308 likely") << QByteArray("1e308") << QByteArray("0")
                                      << QStringLiteral("plan.json: tasks[0].duration: expected a duration from 0 to 5259600 minutes (10 years), got 1e+308");
        QTest::newRow("1e12 pessimistic") << QByteArray("{\"optimistic\":1,\"likely\":2,\"pessimistic\":1e12}") << QByteArray("0")
                                          << QStringLiteral("plan.json: tasks[0].duration.pessimistic: expected a duration from 0 to 5259600 minutes (10 years), got 1e+12");
        QTest::newRow("1e18 lag") << QByteArray("5") << QByteArray("1e18")
                                  << QStringLiteral("plan.json: tasks[1].after[0].lag: expected a lag from -5259600 to 5259600 minutes (10 years), got 1e+18");
    }
    void durationOutOfRange()
    {
        QFETCH(QByteArray, duration);
        QFETCH(QByteArray, lag);
        QFETCH(QString, expected);
        const QString path = m_dir->filePath(QStringLiteral("plan.json"));
        writeFile(path, chainPlan(2, duration, lag));
        for (const char *command : {"schedule", "check", "report"}) {
            QStringList args{QString::fromLatin1(command), path};
            if (qstrcmp(command, "report") == 0)
                args << QStringLiteral("-o") << m_dir->filePath(QStringLiteral("r.pdf"));
            const CliOutcome o = runCli(args);
            QCOMPARE(o.code, 2);
            QVERIFY2(o.err.contains(expected.section(QStringLiteral("plan.json"), 1)), qPrintable(command + (u' ' + o.err)));
            QVERIFY2(!o.out.contains(QStringLiteral("-292274")), qPrintable(o.out));
        }
        QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("r.pdf"))));
    }

    void cutoverFileOutOfRange()
    {
        // A .cutover written by another tool (here: the storage API, which does not check).
        Plan p;
        p.name = QStringLiteral("x");
        p.phases = {Phase{QStringLiteral("p"), QStringLiteral("P"), {}}};
        Task t;
        t.id = QStringLiteral("a");
        t.phase = QStringLiteral("p");
        t.duration.likely = 1e308;
        p.tasks = {t};
        const QString path = m_dir->filePath(QStringLiteral("far.cutover"));
        QVERIFY(PlanFile::write(p, path).ok());
        const auto read = PlanFile::read(path);
        QVERIFY(!read.ok());
        QVERIFY2(read.errorString().contains(QStringLiteral("the plan breaks a limit: The likely duration of task \"a\": expected a duration from 0 to 5259600")),
                 qPrintable(read.errorString()));
    }

    void simulationChartAtTheLimit()
    {
        // 200 tasks each up to 10 years: a finish range of ~2,000 years. The clock-time axis once
        // asked for one tick per day of it (and 1e12 minutes ran out of memory).
        const QString path = m_dir->filePath(QStringLiteral("long.json"));
        writeFile(path, chainPlan(200, "{\"optimistic\":0,\"likely\":1,\"pessimistic\":5259600}"));
        const QString png = m_dir->filePath(QStringLiteral("sim.png"));
        const CliOutcome o = runCli({QStringLiteral("chart"), path, QStringLiteral("--kind"), QStringLiteral("simulation"), QStringLiteral("-o"), png,
                                     QStringLiteral("--iterations"), QStringLiteral("500")});
        QVERIFY2(o.code == 0, qPrintable(o.err));
        QVERIFY(QFile(png).size() > 0);
    }
};

QTEST_MAIN(TestCliLimits) // chart and report paint: a QApplication (offscreen), as Qt Charts needs
#include "test_cli_limits.moc"
