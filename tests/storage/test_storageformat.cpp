// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/planfile.h"
#include "storage/planschema.h"
#include "storage/seriescodec.h"
#include "storage/storedtime.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cstring>
#include <limits>

using namespace cutover;

class TestStorageFormat : public QObject
{
    Q_OBJECT
private slots:
    void storedTimeText_data();
    void storedTimeText();
    void storedTimeRejects_data();
    void storedTimeRejects();
    void seriesBytes();
    void seriesDecodeChecksSize();
    void seriesHashSeesEveryBit();
    void migrationSteps();
    void schemaInFile();
};

void TestStorageFormat::storedTimeText_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("offset");
    const QDate d(2026, 12, 5);
    QTest::newRow("utc") << QDateTime(d, QTime(21, 0), Qt::UTC) << "2026-12-05T21:00:00.000Z" << 0;
    QTest::newRow("utc zone") << QDateTime(d, QTime(21, 0), QTimeZone::utc()) << "2026-12-05T21:00:00.000Z[UTC]" << 0;
    QTest::newRow("plus one") << QDateTime(d, QTime(21, 0, 1, 2), Qt::OffsetFromUTC, 3600)
                              << "2026-12-05T21:00:01.002+01:00" << 3600;
    QTest::newRow("india") << QDateTime(d, QTime(9, 30), Qt::OffsetFromUTC, 19800)
                           << "2026-12-05T09:30:00.000+05:30" << 19800;
    QTest::newRow("minus") << QDateTime(d, QTime(23, 59, 59, 999), Qt::OffsetFromUTC, -12600)
                           << "2026-12-05T23:59:59.999-03:30" << -12600;
    QTest::newRow("zone, summer") << QDateTime(QDate(2026, 7, 1), QTime(12, 0), QTimeZone("Europe/Berlin"))
                                  << "2026-07-01T12:00:00.000+02:00[Europe/Berlin]" << 7200;
    QTest::newRow("zone, winter") << QDateTime(d, QTime(12, 0), QTimeZone("America/New_York"))
                                  << "2026-12-05T12:00:00.000-05:00[America/New_York]" << -18000;
    QTest::newRow("invalid") << QDateTime() << QString() << 0;
}

void TestStorageFormat::storedTimeText()
{
    QFETCH(QDateTime, time);
    QFETCH(QString, text);
    QFETCH(int, offset);
    const QVariant stored = StoredTime::toSql(time);
    QCOMPARE(stored.isNull(), text.isNull());
    QCOMPARE(stored.toString(), text);
    const std::optional<QDateTime> back = StoredTime::fromSql(stored);
    QVERIFY(back.has_value());
    QCOMPARE(back->isValid(), time.isValid());
    if (time.isValid()) {
        QCOMPARE(back->toMSecsSinceEpoch(), time.toMSecsSinceEpoch());
        QCOMPARE(back->offsetFromUtc(), offset);
        QCOMPARE(back->timeSpec(), time.timeSpec());
    }
}

void TestStorageFormat::storedTimeRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("words") << "tomorrow";
    QTest::newRow("no offset") << "2026-12-05T21:00:00.000";
    QTest::newRow("bad date") << "2026-13-05T21:00:00.000Z";
    QTest::newRow("unclosed zone") << "2026-12-05T21:00:00.000+01:00Europe/Berlin]";
}

void TestStorageFormat::storedTimeRejects()
{
    QFETCH(QString, text);
    QVERIFY(!StoredTime::fromSql(text).has_value());
}

void TestStorageFormat::seriesBytes()
{
    const qint64 times[] = {1, -2, 0x0102030405060708};
    const QByteArray t = SeriesCodec::encodeTimes(times, 3);
    QCOMPARE(t, QByteArray::fromHex("0100000000000000"
                                    "feffffffffffffff"
                                    "0807060504030201"));
    const double values[] = {1.0, -2.5};
    const QByteArray v = SeriesCodec::encodeValues(values, 2);
    // 1.0 = 0x3FF0000000000000, -2.5 = 0xC004000000000000 (IEEE 754), stored little-endian.
    QCOMPARE(v, QByteArray::fromHex("000000000000f03f"
                                    "00000000000004c0"));

    QList<qint64> timesBack{99};
    QVERIFY(SeriesCodec::decodeTimes(t, 3, &timesBack));
    QCOMPARE(timesBack, QList<qint64>({99, 1, -2, 0x0102030405060708}));

    // A NaN with a payload keeps its exact bits.
    const quint64 nanBits = 0x7ff8000000000123ull;
    double nan;
    std::memcpy(&nan, &nanBits, sizeof nan);
    QList<double> valuesBack;
    QVERIFY(SeriesCodec::decodeValues(SeriesCodec::encodeValues(&nan, 1), 1, &valuesBack));
    quint64 bitsBack;
    std::memcpy(&bitsBack, &valuesBack.at(0), sizeof bitsBack);
    QCOMPARE(bitsBack, nanBits);
}

void TestStorageFormat::seriesDecodeChecksSize()
{
    QList<qint64> out;
    QVERIFY(!SeriesCodec::decodeTimes(QByteArray(15, '\0'), 2, &out));
    QVERIFY(!SeriesCodec::decodeTimes(QByteArray(24, '\0'), 2, &out));
    QVERIFY(out.isEmpty());
    QVERIFY(SeriesCodec::decodeTimes(QByteArray(), 0, &out));
    QVERIFY(out.isEmpty());
}

void TestStorageFormat::seriesHashSeesEveryBit()
{
    const QByteArray times = QByteArray::fromHex("0100000000000000feffffffffffffff");
    const QByteArray values = QByteArray::fromHex("000000000000f03f00000000000004c0");
    const qint64 reference = SeriesCodec::hash(times, values);
    QCOMPARE(SeriesCodec::hash(times, values), reference);
    for (int bit = 0; bit < times.size() * 8; ++bit) {
        QByteArray t = times;
        t[bit / 8] = char(t[bit / 8] ^ (1 << (bit % 8)));
        QVERIFY2(SeriesCodec::hash(t, values) != reference, qPrintable(QString::number(bit)));
        QByteArray v = values;
        v[bit / 8] = char(v[bit / 8] ^ (1 << (bit % 8)));
        QVERIFY2(SeriesCodec::hash(times, v) != reference, qPrintable(QString::number(bit)));
    }
    // Moving bytes from one blob to the other is a different chunk too.
    QVERIFY(SeriesCodec::hash(times + values, {}) != reference);
}

void TestStorageFormat::migrationSteps()
{
    const QList<SchemaMigration> &steps = PlanSchema::migrations();
    QCOMPARE(steps.size(), PlanSchema::currentVersion);
    for (int i = 0; i < steps.size(); ++i) {
        QCOMPARE(steps.at(i).fromVersion, i);
        QVERIFY(!steps.at(i).statements.isEmpty());
    }
    QCOMPARE(PlanFile::schemaVersion, PlanSchema::currentVersion);
    QCOMPARE(PlanSchema::applicationId, quint32('C') << 24 | quint32('U') << 16 | quint32('T') << 8 | 'P');
}

void TestStorageFormat::schemaInFile()
{
    QTemporaryDir dir;
    const QString file = dir.filePath("schema.cutover");
    Plan plan;
    Task a;
    a.id = "a";
    Task b;
    b.id = "b";
    b.after = {{"a", DependencyType::SS, 5.0}, {"missing", DependencyType::FS, 0.0}};
    plan.tasks = {a, b};
    MetricSeries s;
    s.id = "s";
    for (int i = 0; i < 3 * 65536 + 5; ++i) {
        s.times.append(i);
        s.values.append(i * 0.5);
    }
    plan.series = {s};
    QVERIFY(PlanFile::write(plan, file).ok());

    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "inspect");
        db.setDatabaseName(file);
        db.setConnectOptions("QSQLITE_OPEN_READONLY");
        QVERIFY(db.open());
        QSqlQuery q(db);
        auto scalar = [&](const QString &sql) {
            if (!q.exec(sql) || !q.next())
                return QVariant();
            return q.value(0);
        };
        QCOMPARE(scalar("PRAGMA application_id").toLongLong(), qint64(0x43555450));
        QCOMPARE(scalar("PRAGMA user_version").toInt(), 2);
        QCOMPARE(scalar("PRAGMA journal_mode").toString(), QString("delete"));
        QCOMPARE(scalar("PRAGMA integrity_check").toString(), QString("ok"));
        QVERIFY(q.exec("PRAGMA foreign_key_check"));
        QVERIFY(!q.next());
        QStringList tables;
        QVERIFY(q.exec("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"));
        while (q.next())
            tables << q.value(0).toString();
        QCOMPARE(tables, QStringList({"baseline_criteria", "baseline_dependencies", "baseline_tasks", "baselines",
                                      "contacts", "criteria", "dependencies", "gate_decisions", "phases", "plan",
                                      "readiness_items", "series", "series_chunks", "series_labels", "sla_targets",
                                      "tasks", "validation_results"}));
        // 3 * 65536 + 5 points: four chunks, not one row per point.
        QCOMPARE(scalar("SELECT count(*) FROM series_chunks").toInt(), 4);
        QCOMPARE(scalar("SELECT point_count FROM series_chunks WHERE chunk = 3").toInt(), 5);
        QCOMPARE(scalar("SELECT sum(length(times)) FROM series_chunks").toLongLong(), qint64(8) * (3 * 65536 + 5));
        QCOMPARE(scalar("SELECT last_time FROM series_chunks WHERE chunk = 1").toLongLong(), qint64(2 * 65536 - 1));
        QCOMPARE(scalar("SELECT count(*) FROM dependencies d JOIN tasks t USING (task_key) WHERE t.id = 'b'").toInt(),
                 2);
        QCOMPARE(scalar("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL").toInt(), 5);
    }
    QSqlDatabase::removeDatabase("inspect");
}

QTEST_GUILESS_MAIN(TestStorageFormat)
#include "test_storageformat.moc"
