// SPDX-License-Identifier: GPL-3.0-or-later
// `forecast PLAN [--json]` (spec/monitoring.md): the JSON fields, the figures of a series built
// with a known slope and level (worked by hand), and the exit codes of the two refusals.
#include "common/clirunner.h"
#include "interchange/planjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace cutover;

namespace {

MetricSeries lag(const QString &metric, QList<double> values)
{
    MetricSeries s;
    s.id = QStringLiteral("s1");
    s.name = QStringLiteral("pg-replica-1");
    s.metric = metric;
    s.unit = QStringLiteral("s");
    const qint64 t0 = QDateTime(QDate(2026, 12, 5), QTime(18, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    for (qsizetype i = 0; i < values.size(); ++i)
        s.times.append(t0 + i * 10'000);
    s.values = std::move(values);
    return s;
}

Plan planWith(const QList<MetricSeries> &series)
{
    Plan plan;
    plan.name = QStringLiteral("Forecast");
    plan.start = QDateTime(QDate(2026, 12, 5), QTime(22, 0), QTimeZone::utc());
    Task t;
    t.id = QStringLiteral("sync");
    t.name = QStringLiteral("Final sync");
    t.owner = QStringLiteral("DBA");
    t.duration.likely = 10;
    plan.tasks = {t};
    plan.series = series;
    return plan;
}

} // namespace

class TestCliForecast : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void lagSlopeForecast()
    {
        // 600 s falling at -0.5 s/s to 120 s (97 points, 960 s), then 120 s for an hour:
        // drain 120 / (1 + 0.5) = 80 s = 1.3 min (one decimal) at P50 and P80.
        QList<double> v;
        for (int k = 0; k <= 96; ++k)
            v.append(600 - 5.0 * k);
        for (int k = 0; k < 360; ++k)
            v.append(120);
        const QString path = m_dir.filePath(QStringLiteral("lag.json"));
        QVERIFY(PlanJson::writeFile(planWith({lag(QStringLiteral("pg_replication_lag_seconds"), v)}), path).ok());
        const CliOutcome o = runCli({QStringLiteral("forecast"), path, QStringLiteral("--json")});
        QCOMPARE(o.code, 0);
        const QJsonObject f = QJsonDocument::fromJson(o.out.toUtf8()).object().value(QStringLiteral("finalSync")).toObject();
        QCOMPARE(f.value(QStringLiteral("basis")).toString(), QStringLiteral("lag-slope"));
        QCOMPARE(f.value(QStringLiteral("series")).toArray().size(), 1);
        QCOMPARE(f.value(QStringLiteral("series")).toArray().at(0).toString(), QStringLiteral("pg-replica-1"));
        QCOMPARE(f.value(QStringLiteral("lagSeconds")).toDouble(), 120.0);
        QVERIFY(qAbs(f.value(QStringLiteral("catchUpRatio")).toDouble() - 1.5) < 1e-9);
        QCOMPARE(f.value(QStringLiteral("p50Minutes")).toDouble(), 1.3);
        QCOMPARE(f.value(QStringLiteral("p80Minutes")).toDouble(), 1.3);
        QVERIFY(qAbs(f.value(QStringLiteral("p50Seconds")).toDouble() - 80.0) < 1e-9);
        const QJsonArray stretches = f.value(QStringLiteral("stretches")).toArray();
        QCOMPARE(stretches.size(), 1);
        QVERIFY(qAbs(stretches.at(0).toObject().value(QStringLiteral("slope")).toDouble() + 0.5) < 1e-9);
        // Times in the plan's zone (UTC here), inside the fall 18:00:00 .. 18:16:00.
        const QString from = stretches.at(0).toObject().value(QStringLiteral("from")).toString();
        QVERIFY2(from.startsWith(QStringLiteral("2026-12-05T18:0")), qPrintable(from));

        const CliOutcome text = runCli({QStringLiteral("forecast"), path});
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains(QStringLiteral("P50 1 min 20 s")), qPrintable(text.out));
        QVERIFY(text.out.contains(QStringLiteral("pg-replica-1")));
    }

    void noCatchUpExitsOne()
    {
        const QString path = m_dir.filePath(QStringLiteral("flat.json"));
        QVERIFY(PlanJson::writeFile(planWith({lag(QStringLiteral("replication_lag"), QList<double>(200, 1.0))}), path).ok());
        const CliOutcome o = runCli({QStringLiteral("forecast"), path, QStringLiteral("--json")});
        QCOMPARE(o.code, 1);
        QVERIFY(o.out.isEmpty());
        QCOMPARE(o.err.count(u'\n'), 1);
        QVERIFY2(o.err.startsWith(path + QStringLiteral(": no catch-up stretch")), qPrintable(o.err));
    }

    void noLagSeriesExitsTwo()
    {
        const QString path = m_dir.filePath(QStringLiteral("none.json"));
        QVERIFY(PlanJson::writeFile(planWith({}), path).ok());
        const CliOutcome o = runCli({QStringLiteral("forecast"), path});
        QCOMPARE(o.code, 2);
        QCOMPARE(o.err.count(u'\n'), 1);
        QVERIFY2(o.err.contains(QStringLiteral("no replication-lag series")), qPrintable(o.err));
        // Unreadable input and bad usage are exit 2 too.
        QCOMPARE(runCli({QStringLiteral("forecast"), m_dir.filePath(QStringLiteral("missing.json"))}).code, 2);
        QCOMPARE(runCli({QStringLiteral("forecast")}).code, 2);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestCliForecast)
#include "test_cli_forecast.moc"
