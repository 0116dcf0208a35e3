// SPDX-License-Identifier: GPL-3.0-or-later
// Every sample export imports with the exact counts and values read off the files by hand
// (and cross-checked with an independent script while writing the test).
#include "importers/importer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace cutover;

namespace {

QString sample(const QString &name)
{
    return QStringLiteral(CUTOVER_SAMPLES_DIR "/") + name;
}

qint64 utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

ImportOptions londonOptions()
{
    ImportOptions o;
    o.timeZone = QStringLiteral("Europe/London");
    o.now = QDateTime(QDate(2026, 11, 2), QTime(8, 0), QTimeZone::utc());
    return o;
}

const MetricSeries *findSeries(const ImportResult &r, const QString &name)
{
    for (const MetricSeries &s : r.series) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

const ValidationResult *findObject(const ImportResult &r, const QString &object)
{
    for (const ValidationResult &v : r.validation) {
        if (v.object == object)
            return &v;
    }
    return nullptr;
}

} // namespace

class TestImportSamples : public QObject
{
    Q_OBJECT

private slots:
    void series_data();
    void series();
    void detection_data();
    void detection();
    void validation_data();
    void validation();
    void seriesMetadata();
    void checksumAndSource();
    void wrongFormatOverride();
    void logAnalyticsVariants();
};

void TestImportSamples::series_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("seriesCount");
    QTest::addColumn<int>("gaps");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("metric");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<int>("points");
    QTest::addColumn<qint64>("firstTime");
    QTest::addColumn<double>("firstValue");
    QTest::addColumn<qint64>("lastTime");
    QTest::addColumn<double>("lastValue");

    // Azure CLI: one metric, average and maximum present (minimum/total/count all null); 5 null buckets each.
    QTest::newRow("azure-cli") << "azure-metrics-cli.json" << 2 << 10 << "pgflex-prod-replica1 maximum"
                               << "physical_replication_delay_in_seconds" << "s" << 360 << utc("2026-10-17T09:00:00Z")
                               << 1044.534 << utc("2026-10-17T14:59:00Z") << 0.736;
    // Azure REST: two metrics x (average, maximum); 2 empty buckets per metric and aggregation.
    QTest::newRow("azure-rest") << "azure-metrics-rest.json" << 4 << 8 << "mysqlflex-prod-replica1 average"
                                << "replication_lag" << "s" << 72 << utc("2026-10-17T09:00:00Z") << 773.55
                                << utc("2026-10-17T14:55:00Z") << 2.58;
    // Log Analytics portal CSV: 2 resources x (Average, Maximum, Minimum); Count is not a series.
    QTest::newRow("la-csv") << "log-analytics-export.csv" << 6 << 0 << "PGFLEX-PROD-REPLICA1 minimum"
                            << "physical_replication_delay_in_seconds" << "s" << 355 << utc("2026-10-17T09:00:00Z")
                            << 668.963 << utc("2026-10-17T14:59:00Z") << 0.275;
    QTest::newRow("la-json") << "log-analytics-cli.json" << 4 << 0 << "PGFLEX-PROD-REPLICA1 AvgLag"
                             << "AvgLag" << "" << 72 << utc("2026-10-17T09:00:00Z") << 772.9476
                             << utc("2026-10-17T14:55:00Z") << 1.3688;
    // Prometheus range: replica-2 misses 6 minutes (one 7-minute step) -> 355 points.
    QTest::newRow("prom-range") << "prometheus-query-range.json" << 2 << 0 << "pg-replica-2:9187"
                                << "pg_replication_lag_seconds" << "s" << 355 << qint64(1792227600000)
                                << 832.674 << qint64(1792249200000) << 5.875;
    QTest::newRow("prom-vector") << "prometheus-query-vector.json" << 2 << 0 << "mysql-replica-1:9104"
                                 << "mysql_slave_status_seconds_behind_master" << "s" << 1 << qint64(1792247047482)
                                 << 97.0 << qint64(1792247047482) << 97.0;
    // Grafana formatted: local London time (BST, +01:00), "13.56 min" = 813.6 s, "1.54 s".
    QTest::newRow("grafana-formatted") << "grafana-series-joined.csv" << 2 << 6 << "pg-replica-1:9187"
                                       << "pg-replica-1:9187" << "s" << 361 << utc("2026-10-17T09:00:00Z") << 813.6
                                       << utc("2026-10-17T15:00:00Z") << 1.54;
    QTest::newRow("grafana-raw") << "grafana-series-joined-raw.csv" << 2 << 6 << "pg-replica-2:9187"
                                 << "pg-replica-2:9187" << "" << 361 << qint64(1792227600000) << 832.674
                                 << qint64(1792249200000) << 5.875;
    // "Download for Excel": UTF-16LE, tabs, 240 rows 10:00-13:59 local; last cell "315 ms".
    QTest::newRow("grafana-excel") << "grafana-series-joined-excel.csv" << 2 << 6 << "pg-replica-2:9187"
                                   << "pg-replica-2:9187" << "s" << 240 << utc("2026-10-17T09:00:00Z") << 832.8
                                   << utc("2026-10-17T12:59:00Z") << 0.315;
    QTest::newRow("grafana6-columns") << "grafana-series-as-columns-excel.csv" << 2 << 5 << "mysql-replica-2"
                                      << "mysql-replica-2" << "" << 360 << utc("2026-10-17T09:00:00Z") << 924.0
                                      << utc("2026-10-17T14:59:00Z") << 2.0;
    QTest::newRow("grafana6-rows") << "grafana-series-as-rows.csv" << 2 << 5 << "mysql-replica-1"
                                   << "mysql-replica-1" << "" << 360 << utc("2026-10-17T09:00:00Z") << 856.0
                                   << utc("2026-10-17T14:59:00Z") << 1.0;
    // CloudWatch get-metric-data is newest first: sorted on import.
    QTest::newRow("cloudwatch-data") << "aws-cloudwatch-get-metric-data.json" << 2 << 0 << "CDCLatencyTarget"
                                     << "CDCLatencyTarget" << "s" << 356 << utc("2026-10-17T09:00:00Z") << 915.0
                                     << utc("2026-10-17T14:59:00Z") << 1.0;
    QTest::newRow("cloudwatch-stats") << "aws-cloudwatch-get-metric-statistics.json" << 2 << 0 << "CDCLatencySource average"
                                      << "CDCLatencySource" << "s" << 72 << utc("2026-10-17T09:00:00Z") << 41.0
                                      << utc("2026-10-17T14:55:00Z") << 1.8;
}

void TestImportSamples::series()
{
    QFETCH(QString, file);
    QFETCH(int, seriesCount);
    QFETCH(int, gaps);
    QFETCH(QString, name);
    QFETCH(QString, metric);
    QFETCH(QString, unit);
    QFETCH(int, points);
    QFETCH(qint64, firstTime);
    QFETCH(double, firstValue);
    QFETCH(qint64, lastTime);
    QFETCH(double, lastValue);

    const auto r = Importer::importFile(sample(file), londonOptions());
    QVERIFY2(r.ok(), qPrintable(r.errorString()));
    QCOMPARE(r->series.size(), seriesCount);
    QCOMPARE(r->gaps, gaps);
    const MetricSeries *s = findSeries(r.value(), name);
    QVERIFY2(s, qPrintable(name));
    QCOMPARE(s->metric, metric);
    QCOMPARE(s->unit, unit);
    QCOMPARE(s->size(), points);
    QCOMPARE(s->values.size(), points);
    QCOMPARE(s->times.first(), firstTime);
    QCOMPARE(s->values.first(), firstValue);
    QCOMPARE(s->times.last(), lastTime);
    QCOMPARE(s->values.last(), lastValue);
    QVERIFY(std::is_sorted(s->times.cbegin(), s->times.cend()));
}

void TestImportSamples::detection_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::newRow("1") << "azure-metrics-cli.json" << "azure-metrics-cli";
    QTest::newRow("2") << "azure-metrics-rest.json" << "azure-metrics-rest";
    QTest::newRow("3") << "log-analytics-export.csv" << "log-analytics-csv";
    QTest::newRow("4") << "log-analytics-cli.json" << "log-analytics-json";
    QTest::newRow("5") << "prometheus-query-range.json" << "prometheus";
    QTest::newRow("6") << "prometheus-query-vector.json" << "prometheus";
    QTest::newRow("7") << "grafana-series-joined.csv" << "grafana-csv";
    QTest::newRow("8") << "grafana-series-joined-raw.csv" << "grafana-csv";
    QTest::newRow("9") << "grafana-series-joined-excel.csv" << "grafana-csv";
    QTest::newRow("10") << "grafana-series-as-columns-excel.csv" << "grafana-legacy-columns";
    QTest::newRow("11") << "grafana-series-as-rows.csv" << "grafana-legacy-rows";
    QTest::newRow("12") << "aws-cloudwatch-get-metric-data.json" << "cloudwatch-metric-data";
    QTest::newRow("13") << "aws-cloudwatch-get-metric-statistics.json" << "cloudwatch-statistics";
    QTest::newRow("14") << "dvt-results.csv" << "dvt-csv";
    QTest::newRow("15") << "dvt-results.json" << "dvt-json";
    QTest::newRow("16") << "pt-table-checksum.txt" << "pt-table-checksum";
    QTest::newRow("17") << "pt-table-checksum-2to1.txt" << "pt-table-checksum";
    QTest::newRow("18") << "aws-dms-table-statistics.json" << "aws-dms";
    QTest::newRow("19") << "aws-dms-table-statistics-cliv1.json" << "aws-dms";
    QTest::newRow("20") << "dms-task-output.json" << "azure-dms";
}

void TestImportSamples::detection()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    const auto r = Importer::importFile(sample(file), londonOptions());
    QVERIFY2(r.ok(), qPrintable(r.errorString()));
    QCOMPARE(r->format, format);
    QVERIFY(Importer::format(format).has_value());
    QVERIFY(!r->formatName.isEmpty());
}

void TestImportSamples::validation_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("objects");
    QTest::addColumn<int>("passed");
    QTest::addColumn<int>("failed");
    QTest::addColumn<QString>("object");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("target");
    QTest::addColumn<double>("difference");
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("runAt");

    const int failed = int(ValidationStatus::Failed);
    const int passed = int(ValidationStatus::Passed);
    const int unknown = int(ValidationStatus::Unknown);
    // DVT: 20 tables, 3 fail (order_items -37, contact_events +6, ledger_entries -1204).
    QTest::newRow("dvt-csv") << "dvt-results.csv" << 20 << 17 << 3 << "sales.order_items" << "18904112" << "18904075"
                             << -37.0 << failed << utc("2026-10-17T15:06:27.850Z");
    QTest::newRow("dvt-json") << "dvt-results.json" << 20 << 17 << 3 << "billing.ledger_entries" << "25117890" << "25116686"
                              << -1204.0 << failed << qint64(1792249641744);
    // pt-table-checksum: 10 tables; DIFFS > 0 on order_items and stock_levels. 16:12:53 BST = 15:12:53Z.
    QTest::newRow("pt") << "pt-table-checksum.txt" << 10 << 8 << 2 << "sales.customers" << "1204551" << ""
                        << 0.0 << passed << utc("2026-10-17T15:12:53Z");
    QTest::newRow("pt-2to1") << "pt-table-checksum-2to1.txt" << 10 << 8 << 2 << "inventory.stock_levels" << "2311004"
                             << "1 chunk(s) differ" << 3.0 << failed << utc("2026-10-17T15:18:22Z");
    // AWS DMS: 9 validated, 3 failed (2 mismatched, 1 table error), 4 pending/suspended/no key.
    QTest::newRow("dms-v2") << "aws-dms-table-statistics.json" << 16 << 9 << 3 << "sales.orders" << "4812337" << "Validated"
                            << 0.0 << passed << utc("2026-10-17T14:55:49.156Z");
    QTest::newRow("dms-v1") << "aws-dms-table-statistics-cliv1.json" << 16 << 9 << 3 << "sales.order_items" << "18904112"
                            << "Mismatched records" << 37.0 << failed << qint64(1792249039316);
    QTest::newRow("azure-dms") << "dms-task-output.json" << 6 << 5 << 0 << "public.audit_log" << "7442713" << "FULL_LOAD"
                               << 0.0 << unknown << utc("2026-10-17T14:57:33.294Z");
}

void TestImportSamples::validation()
{
    QFETCH(QString, file);
    QFETCH(int, objects);
    QFETCH(int, passed);
    QFETCH(int, failed);
    QFETCH(QString, object);
    QFETCH(QString, source);
    QFETCH(QString, target);
    QFETCH(double, difference);
    QFETCH(int, status);
    QFETCH(qint64, runAt);

    const auto r = Importer::importFile(sample(file), londonOptions());
    QVERIFY2(r.ok(), qPrintable(r.errorString()));
    QVERIFY(r->series.isEmpty());
    QCOMPARE(r->validation.size(), objects);
    QCOMPARE(r->passedObjects(), passed);
    QCOMPARE(r->failedObjects(), failed);
    const ValidationResult *v = findObject(r.value(), object);
    QVERIFY2(v, qPrintable(object));
    QCOMPARE(v->sourceValue, source);
    QCOMPARE(v->targetValue, target);
    QCOMPARE(v->difference.value_or(NAN), difference);
    QCOMPARE(int(v->status), status);
    QCOMPARE(v->runAt.toMSecsSinceEpoch(), runAt);
    QCOMPARE(v->tool, r->format);
}

void TestImportSamples::seriesMetadata()
{
    const auto r = Importer::importFile(sample(QStringLiteral("prometheus-query-range.json")), londonOptions());
    QVERIFY(r.ok());
    const MetricSeries &s = r->series.first();
    QCOMPARE(s.labels.value(QStringLiteral("instance")), QStringLiteral("pg-replica-1:9187"));
    QCOMPARE(s.labels.value(QStringLiteral("cluster")), QStringLiteral("pg-prod"));
    QVERIFY(!s.labels.contains(QStringLiteral("__name__")));
    QCOMPARE(s.sourceFile, QStringLiteral("prometheus-query-range.json"));
    QCOMPARE(s.sourceFormat, QStringLiteral("prometheus"));
    QCOMPARE(s.importedAt, QDateTime(QDate(2026, 11, 2), QTime(8, 0), QTimeZone::utc()));

    // Azure REST: 12:20 and 12:25 buckets have only a timeStamp -> NaN gaps, not zeros.
    const auto az = Importer::importFile(sample(QStringLiteral("azure-metrics-rest.json")), londonOptions());
    QVERIFY(az.ok());
    const MetricSeries &lag = az->series.first();
    const qsizetype i = lag.times.indexOf(utc("2026-10-17T12:20:00Z"));
    QVERIFY(i >= 0);
    QVERIFY(std::isnan(lag.values[i]));
    QVERIFY(std::isnan(lag.values[i + 1]));
    QVERIFY(!std::isnan(lag.values[i + 2]));

    // The pt-table-checksum year is inferred and the assumed zone is noted.
    const auto pt = Importer::importFile(sample(QStringLiteral("pt-table-checksum.txt")), londonOptions());
    QVERIFY(pt.ok());
    QVERIFY(pt->notes.join(u'\n').contains(QStringLiteral("2026 assumed")));
    QVERIFY(pt->notes.join(u'\n').contains(QStringLiteral("Europe/London")));
    // Run in January: October times are from the previous year.
    ImportOptions jan = londonOptions();
    jan.now = QDateTime(QDate(2027, 1, 5), QTime(8, 0), QTimeZone::utc());
    const auto ptJan = Importer::importFile(sample(QStringLiteral("pt-table-checksum.txt")), jan);
    QVERIFY(ptJan.ok());
    QCOMPARE(ptJan->validation.first().runAt.date().year(), 2026);
    jan.now = QDateTime(QDate(2026, 10, 1), QTime(8, 0), QTimeZone::utc());
    const auto ptEarly = Importer::importFile(sample(QStringLiteral("pt-table-checksum.txt")), jan);
    QVERIFY(ptEarly.ok());
    QCOMPARE(ptEarly->validation.first().runAt.date().year(), 2025);
}

void TestImportSamples::checksumAndSource()
{
    const QString path = sample(QStringLiteral("dvt-results.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString expected = QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
    const auto r = Importer::importFile(path, londonOptions());
    QVERIFY(r.ok());
    QCOMPARE(r->checksum, expected);
    QCOMPARE(r->validation.first().sourceChecksum, expected);
    QCOMPARE(r->validation.first().sourceFile, QStringLiteral("dvt-results.csv"));
    QCOMPARE(r->bytes, f.size());
}

void TestImportSamples::wrongFormatOverride()
{
    ImportOptions o = londonOptions();
    o.format = QStringLiteral("prometheus");
    const auto r = Importer::importFile(sample(QStringLiteral("dvt-results.csv")), o);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().line, 1);
    QCOMPARE(r.error().column, 1);
    // The file as given: its full path.
    QVERIFY2(r.errorString().startsWith(sample(QStringLiteral("dvt-results.csv")) + QStringLiteral(":1:1: ")), qPrintable(r.errorString()));

    o.format = QStringLiteral("no-such-format");
    const auto unknown = Importer::importFile(sample(QStringLiteral("dvt-results.csv")), o);
    QVERIFY(!unknown.ok());
    QVERIFY(unknown.errorString().contains(QStringLiteral("grafana-csv")));
}

void TestImportSamples::logAnalyticsVariants()
{
    // The portal in a ja-JP locale writes YYYY/MM/DD; the [Local Time] variant has no offset and
    // is read in the assumed zone (London, BST in October: 10:00:01.403 local = 09:00:01.403Z).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("la-local.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("\xEF\xBB\xBF\"TimeGenerated [Local Time]\",Resource,MetricName,Average,UnitName\r\n"
            "\"2026/10/17 10:00:01.403\",\"R1\",\"replication_lag\",1500,MilliSeconds\r\n"
            "\"2026/10/17 10:01:01.403\",\"R1\",\"replication_lag\",,MilliSeconds\r\n");
    f.close();
    const auto r = Importer::importFile(path, londonOptions());
    QVERIFY2(r.ok(), qPrintable(r.errorString()));
    QCOMPARE(r->format, QStringLiteral("log-analytics-csv"));
    QCOMPARE(r->series.size(), 1);
    const MetricSeries &s = r->series.first();
    QCOMPARE(s.metric, QStringLiteral("replication_lag"));
    QCOMPARE(s.unit, QStringLiteral("s"));
    QCOMPARE(s.labels.value(QStringLiteral("resource")), QStringLiteral("R1"));
    QCOMPARE(s.times.first(), utc("2026-10-17T09:00:01.403Z"));
    QCOMPARE(s.values.first(), 1.5);
    QVERIFY(std::isnan(s.values.last()));
    QVERIFY(r->notes.join(u'\n').contains(QStringLiteral("Europe/London")));
}

QTEST_GUILESS_MAIN(TestImportSamples)
#include "test_importsamples.moc"
