// SPDX-License-Identifier: GPL-3.0-or-later
// One test per hostile input of spec/exports.md: a clear one-line error with file:line:col, or
// a correct import; never a crash, a hang or a partial result.
#include "importers/importer.h"

#include <QFile>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <atomic>
#include <cmath>

using namespace cutover;

class TestHostileInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void utf8Bom();
    void crlf();
    void semicolonDecimalCommaWindows1252();
    void quotedNewlinesAndQuotes();
    void truncatedJson_data();
    void truncatedJson();
    void mixedOffsetsAndFold();
    void hugeLine();
    void emptyFile();
    void headerOnly_data();
    void headerOnly();
    void binaryGarbage();
    void utf16_data();
    void utf16();
    void badCells_data();
    void badCells();
    void streamingProgressAndCancel();
    void csvPreview();
    void numberCells_data();
    void numberCells();
    void cellUnitsScaleOnce();
    void impossibleTimes_data();
    void impossibleTimes();
    void prometheusErrorText_data();
    void prometheusErrorText();
    void notRegularFiles();

private:
    /** An error text naming `rest`'s file inside the test folder with its full path. */
    QString at(const QString &rest) const { return m_dir.path() + u'/' + rest; }
    QString write(const QString &name, const QByteArray &bytes);
    Result<ImportResult> import(const QString &name, const QByteArray &bytes, ImportOptions o = {});
    QTemporaryDir m_dir;
};

void TestHostileInput::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestHostileInput::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        qFatal("cannot write test file");
    return path;
}

Result<ImportResult> TestHostileInput::import(const QString &name, const QByteArray &bytes, ImportOptions o)
{
    if (o.timeZone.isEmpty())
        o.timeZone = QStringLiteral("UTC");
    return Importer::importFile(write(name, bytes), o);
}

void TestHostileInput::utf8Bom()
{
    const auto r = import(QStringLiteral("bom.csv"), QByteArray("\xEF\xBB\xBFtime,lag\n2026-10-17T09:00:00Z,1.5\n2026-10-17T09:01:00Z,2\n"));
    QVERIFY2(r.ok(), qPrintable(r.errorString()));
    QCOMPARE(r->format, QStringLiteral("generic-csv"));
    QCOMPARE(r->series.size(), 1);
    QCOMPARE(r->series[0].name, QStringLiteral("lag")); // no BOM in the header cell
    QCOMPARE(r->series[0].values, (QList<double>{1.5, 2.0}));
}

void TestHostileInput::crlf()
{
    const auto r = import(QStringLiteral("crlf.csv"), QByteArray("time,lag\r\n2026-10-17T09:00:00Z,1\r\n2026-10-17T09:01:00Z,2"));
    QVERIFY2(r.ok(), qPrintable(r.errorString()));
    QCOMPARE(r->series[0].values, (QList<double>{1.0, 2.0}));
    QCOMPARE(r->series[0].times, (QList<qint64>{1792227600000, 1792227660000}));
}

void TestHostileInput::semicolonDecimalCommaWindows1252()
{
    // Windows-1252 "é" (0xE9) in a header, ';' delimiter, decimal commas and a thousands dot.
    const QByteArray text("Zeit;Verz\xE9gerung (s);IOPS\r\n"
                          "17.10.2026 11:00:00;1,5;1.204\r\n"
                          "17.10.2026 11:01:00;12,25;980\r\n");
    ImportOptions o;
    o.timeZone = QStringLiteral("Europe/Berlin");
    const auto r = import(QStringLiteral("cp1252.csv"), text, o);
    QVERIFY2(r.ok(), qPrintable(r.errorString()));
    QCOMPARE(r->series.size(), 2);
    QCOMPARE(r->series[0].name, QStringLiteral("Verz\u00e9gerung (s)"));
    QCOMPARE(r->series[0].unit, QStringLiteral("s"));
    QCOMPARE(r->series[0].values, (QList<double>{1.5, 12.25}));
    QCOMPARE(r->series[1].values, (QList<double>{1204.0, 980.0}));
    // 11:00 CEST (+02:00) = 09:00Z.
    QCOMPARE(r->series[0].times.first(), 1792227600000);
    QVERIFY(r->notes.join(u'\n').contains(QStringLiteral("Windows-1252")));
}

void TestHostileInput::quotedNewlinesAndQuotes()
{
    const QByteArray text("\"Series\";\"Time\";\"Value\"\n"
                          "\"replica \"\"east\"\"\nsecond line\";\"2026-10-17T10:00:00+01:00\";5\n"
                          "\"replica \"\"east\"\"\nsecond line\";\"2026-10-17T10:01:00+01:00\";6\n"
                          "\"b\";\"2026-10-17T10:01:00+01:00\";x7\n");
    const auto r = import(QStringLiteral("quoted.csv"), text);
    QVERIFY(!r.ok());
    // The bad cell is on physical line 6 (two records above span two lines each), column 33.
    QCOMPARE(r.errorString(), at(QStringLiteral("quoted.csv:6:33: cannot read \"x7\" as a number (expected a number, or a number "
                                                 "with a unit: s, ms, us, ns, min, h, d, %, count, B, kB, MB, GB, TB, KiB, MiB, GiB)")));
    const QByteArray good = text.left(text.lastIndexOf("\"b\""));
    const auto ok = import(QStringLiteral("quoted-ok.csv"), good);
    QVERIFY2(ok.ok(), qPrintable(ok.errorString()));
    QCOMPARE(ok->series.size(), 1);
    QCOMPARE(ok->series[0].name, QStringLiteral("replica \"east\"\nsecond line"));
    QCOMPARE(ok->series[0].values, (QList<double>{5.0, 6.0}));
}

void TestHostileInput::truncatedJson_data()
{
    QTest::addColumn<QString>("sample");
    QTest::newRow("prometheus") << "prometheus-query-range.json";
    QTest::newRow("azure-cli") << "azure-metrics-cli.json";
    QTest::newRow("cloudwatch") << "aws-cloudwatch-get-metric-data.json";
    QTest::newRow("dms") << "aws-dms-table-statistics.json";
    QTest::newRow("azure-dms") << "dms-task-output.json";
    QTest::newRow("la-json") << "log-analytics-cli.json";
    QTest::newRow("dvt-json") << "dvt-results.json";
}

void TestHostileInput::truncatedJson()
{
    QFETCH(QString, sample);
    QFile f(QStringLiteral(CUTOVER_SAMPLES_DIR "/") + sample);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray full = f.readAll();
    // Cut in the middle of the file, inside a token; the format is still detected by content.
    QByteArray cut = full.left(full.size() / 2 + 3);
    const auto r = import(QStringLiteral("cut-") + sample, cut);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().line >= 1 && r.error().column >= 1, qPrintable(r.errorString()));
    QVERIFY2(r.errorString().contains(QStringLiteral("end of the file")) || r.errorString().contains(QStringLiteral("expected")),
             qPrintable(r.errorString()));
    QVERIFY(!r.errorString().contains(u'\n'));
}

void TestHostileInput::mixedOffsetsAndFold()
{
    // Mixed offsets: the same instant written three ways.
    const auto mixed = import(QStringLiteral("mixed.csv"), QByteArray("time,v\n"
                                                                      "2026-10-25T00:30:00Z,1\n"
                                                                      "2026-10-25T01:30:00+01:00,2\n"
                                                                      "2026-10-24T20:30:00-0400,3\n"
                                                                      "2026-10-25T01:30:00+00:00,4\n"));
    QVERIFY2(mixed.ok(), qPrintable(mixed.errorString()));
    const qint64 t0 = QDateTime(QDate(2026, 10, 25), QTime(0, 30), QTimeZone::utc()).toMSecsSinceEpoch();
    QCOMPARE(mixed->series[0].times, (QList<qint64>{t0, t0, t0, t0 + 3600000}));

    // Naive London times running through the repeated hour (BST ends 02:00 -> 01:00).
    const QByteArray fold("time,v\n"
                          "2026-10-25 00:30:00,1\n"
                          "2026-10-25 01:00:00,2\n"
                          "2026-10-25 01:30:00,3\n"
                          "2026-10-25 01:00:00,4\n"
                          "2026-10-25 01:30:00,5\n"
                          "2026-10-25 02:00:00,6\n");
    ImportOptions o;
    o.timeZone = QStringLiteral("Europe/London");
    const auto r = import(QStringLiteral("fold.csv"), fold, o);
    QVERIFY2(r.ok(), qPrintable(r.errorString()));
    const qint64 m = 60000;
    const qint64 base = QDateTime(QDate(2026, 10, 24), QTime(23, 30), QTimeZone::utc()).toMSecsSinceEpoch();
    // 00:30 BST = 23:30Z; 01:00 BST = 00:00Z; 01:30 BST = 00:30Z; 01:00 GMT; 01:30 GMT; 02:00 GMT.
    QCOMPARE(r->series[0].times, (QList<qint64>{base, base + 30 * m, base + 60 * m, base + 90 * m, base + 120 * m, base + 150 * m}));
    QCOMPARE(r->series[0].values, (QList<double>{1, 2, 3, 4, 5, 6}));
    const QString notes = r->notes.join(u'\n');
    QVERIFY(notes.contains(QStringLiteral("Europe/London")));
    QVERIFY(notes.contains(QStringLiteral("repeated hour")));
}

void TestHostileInput::hugeLine()
{
    const QByteArray note(400 * 1024, 'x');
    const QByteArray text = "time,lag,comment\n2026-10-17T09:00:00Z,1,\"" + note + "\"\n2026-10-17T09:01:00Z,2,short\n";
    const auto r = import(QStringLiteral("hugeline.csv"), text);
    QVERIFY2(r.ok(), qPrintable(r.errorString()));
    QCOMPARE(r->series.size(), 1);
    QCOMPARE(r->series[0].values, (QList<double>{1.0, 2.0}));
    // A 400 KB JSON string value is fine too.
    const QByteArray json = "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[{\"metric\":{\"__name__\":\"lag\",\"note\":\""
                            + note + "\"},\"values\":[[1792227600,\"1\"]]}]}}";
    const auto p = import(QStringLiteral("hugeline.json"), json);
    QVERIFY2(p.ok(), qPrintable(p.errorString()));
    QCOMPARE(p->series[0].labels.value(QStringLiteral("note")).size(), note.size());
}

void TestHostileInput::emptyFile()
{
    const auto r = import(QStringLiteral("empty.csv"), QByteArray());
    QVERIFY(!r.ok());
    QCOMPARE(r.errorString(), at(QStringLiteral("empty.csv: the file is empty")));
    const auto ws = import(QStringLiteral("blank.json"), QByteArray("  \r\n\n  "));
    QVERIFY(!ws.ok());
    QVERIFY(ws.errorString().startsWith(at(QStringLiteral("blank.json: "))));
}

void TestHostileInput::headerOnly_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("generic") << QByteArray("time,lag,iops\n");
    QTest::newRow("grafana") << QByteArray("\"Time\",\"a\",\"b\"\r\n");
    QTest::newRow("grafana-rows") << QByteArray("\"Series\";\"Time\";\"Value\"\r\n");
    QTest::newRow("log-analytics") << QByteArray("\xEF\xBB\xBF\"TimeGenerated [UTC]\",Resource,Average\r\n");
    QTest::newRow("dvt") << QByteArray("validation_name,validation_type,aggregation_type,source_table_name,validation_status\n\n");
    QTest::newRow("pt") << QByteArray("            TS ERRORS  DIFFS     ROWS  DIFF_ROWS  CHUNKS SKIPPED    TIME TABLE\n");
}

void TestHostileInput::headerOnly()
{
    QFETCH(QByteArray, text);
    const auto r = import(QStringLiteral("header.csv"), text);
    QVERIFY(!r.ok());
    QVERIFY2(r.errorString().startsWith(at(QStringLiteral("header.csv"))), qPrintable(r.errorString()));
    QVERIFY2(r.errorString().contains(QStringLiteral("no data rows")) || r.errorString().contains(QStringLiteral("no result rows"))
                 || r.errorString().contains(QStringLiteral("no numeric column")),
             qPrintable(r.errorString()));
}

void TestHostileInput::binaryGarbage()
{
    // Deterministic pseudo-random bytes (a linear congruential generator), 1 MB.
    QByteArray bytes(1 << 20, Qt::Uninitialized);
    quint32 x = 12345;
    for (char &c : bytes) {
        x = x * 1103515245u + 12345u;
        c = char(x >> 24);
    }
    bytes[0] = 'P';
    bytes[1] = 'K';
    bytes[2] = '\x03';
    const auto r = import(QStringLiteral("garbage.csv"), bytes);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().line, 1);
    QCOMPARE(r.error().column, 3);
    QVERIFY2(r.errorString().contains(QStringLiteral("binary data")), qPrintable(r.errorString()));
    // A NUL far past the sniffed head is still caught by the CSV reader.
    QByteArray late("time,lag\n");
    for (int i = 0; i < 2000; ++i)
        late += "2026-10-17T09:00:00Z,1\n";
    late += QByteArray("2026-10-17T09:00:00Z,1\0\0\0\n", 26);
    const auto l = import(QStringLiteral("late.csv"), late);
    QVERIFY(!l.ok());
    QCOMPARE(l.error().line, 2002);
    QVERIFY2(l.errorString().contains(QStringLiteral("NUL")), qPrintable(l.errorString()));
}

void TestHostileInput::utf16_data()
{
    QTest::addColumn<bool>("bigEndian");
    QTest::addColumn<bool>("bom");
    QTest::newRow("LE with BOM") << false << true;
    QTest::newRow("LE without BOM") << false << false;
    QTest::newRow("BE with BOM") << true << true;
    QTest::newRow("BE without BOM") << true << false;
}

void TestHostileInput::utf16()
{
    QFETCH(bool, bigEndian);
    QFETCH(bool, bom);
    const QString text = QStringLiteral("\"Time\"\t\"r\u00e9plica\"\r\n2026-10-17 10:00:00\t850 ms\r\n2026-10-17 10:01:00\t1.58 min\r\n");
    QStringEncoder enc(bigEndian ? QStringEncoder::Utf16BE : QStringEncoder::Utf16LE,
                       bom ? QStringEncoder::Flag::WriteBom : QStringEncoder::Flag::Default);
    const QByteArray bytes = enc(text);
    ImportOptions o;
    o.timeZone = QStringLiteral("Europe/London");
    const auto r = import(QStringLiteral("utf16.csv"), bytes, o);
    QVERIFY2(r.ok(), qPrintable(r.errorString()));
    QCOMPARE(r->format, QStringLiteral("grafana-csv"));
    QCOMPARE(r->series[0].name, QStringLiteral("r\u00e9plica"));
    // 850 ms and 1.58 min in seconds (unit arithmetic: compared to the last bits).
    QCOMPARE(r->series[0].values.size(), 2);
    QVERIFY(qFuzzyCompare(r->series[0].values[0], 0.85));
    QVERIFY(qFuzzyCompare(r->series[0].values[1], 94.8));
    QCOMPARE(r->series[0].times.first(), 1792227600000);
    QVERIFY(r->notes.join(u'\n').contains(QStringLiteral("UTF-16")));
}

void TestHostileInput::badCells_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("bad time") << QByteArray("\"TimeGenerated [UTC]\",Resource,Average\r\n"
                                            "\"10/17/2026, 9:00:00.000 AM\",r1,1\r\n"
                                            "\"24/13/2026, 9:01:00.000 AM\",r1,2\r\n")
                              << "lag.csv:3:1: cannot read \"24/13/2026, 9:01:00.000 AM\" as a time (no such month)";
    QTest::newRow("bad number") << QByteArray("time,lag\n2026-10-17T09:00:00Z,1\n2026-10-17T09:01:00Z,1..2\n")
                                << "lag.csv:3:22: cannot read \"1..2\" as a number (expected a number, or a number with a unit: "
                                   "s, ms, us, ns, min, h, d, %, count, B, kB, MB, GB, TB, KiB, MiB, GiB)";
    QTest::newRow("unit change") << QByteArray("\"Time\",\"a\"\n2026-10-17 10:00:00,850 ms\n2026-10-17 10:01:00,45%\n")
                                 << "lag.csv:3:21: \"45%\" is not in the column's unit (s)";
    QTest::newRow("unterminated quote") << QByteArray("time,lag\n2026-10-17T09:00:00Z,\"1\n")
                                        << "lag.csv:2:22: a quoted field that never ends (missing closing '\"')";
}

void TestHostileInput::badCells()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, error);
    const auto r = import(QStringLiteral("lag.csv"), text);
    QVERIFY(!r.ok());
    QCOMPARE(r.errorString(), at(error));
}

void TestHostileInput::streamingProgressAndCancel()
{
    // 200,000 rows (about 6 MB): progress is reported several times and grows to the total.
    QByteArray text("timestamp,lag,iops\n");
    text.reserve(7 << 20);
    const qint64 start = 1792227600;
    for (int i = 0; i < 200000; ++i) {
        const QDateTime t = QDateTime::fromSecsSinceEpoch(start + i, QTimeZone::utc());
        text += t.toString(Qt::ISODate).toLatin1() + ',' + QByteArray::number(i % 100) + ".5," + QByteArray::number(i) + '\n';
    }
    const QString path = write(QStringLiteral("big.csv"), text);
    QList<qint64> reports;
    ImportOptions o;
    o.progress = [&reports](qint64 done, qint64 total) {
        QCOMPARE(total, qint64(6) * 0 + total); // total is constant per import
        reports.append(done);
    };
    const auto r = Importer::importFile(path, o);
    QVERIFY2(r.ok(), qPrintable(r.errorString()));
    QCOMPARE(r->series.size(), 2);
    QCOMPARE(r->series[0].size(), 200000);
    QCOMPARE(r->series[0].values[199999], 99.5);
    QCOMPARE(r->series[1].values[123456], 123456.0);
    QCOMPARE(r->series[1].times[123456], (start + 123456) * 1000);
    QVERIFY(reports.size() >= 4);
    QVERIFY(std::is_sorted(reports.cbegin(), reports.cend()));
    QCOMPARE(reports.last(), qint64(text.size()));

    // Cancel from the progress callback after the first report: the import stops with an error.
    std::atomic<bool> cancel{false};
    int calls = 0;
    ImportOptions c;
    c.cancel = &cancel;
    c.progress = [&](qint64, qint64) {
        ++calls;
        cancel = true;
    };
    const auto cancelled = Importer::importFile(path, c);
    QVERIFY(!cancelled.ok());
    QCOMPARE(cancelled.errorString(), at(QStringLiteral("big.csv: import cancelled")));
    QCOMPARE(calls, 1);
}

void TestHostileInput::csvPreview()
{
    const QString path = write(QStringLiteral("preview.csv"), QByteArray("Zeit;Verz\xE9gerung (s);IOPS;Host\r\n"
                                                                         "17.10.2026 11:00:00;1,5;1.204;a\r\n"
                                                                         "17.10.2026 11:01:00;;980;b\r\n"
                                                                         "17.10.2026 11:02:00;2,25;990;c\r\n"));
    ImportOptions o;
    o.timeZone = QStringLiteral("Europe/Berlin");
    const auto p = Importer::previewCsv(path, o, 2);
    QVERIFY2(p.ok(), qPrintable(p.errorString()));
    QCOMPARE(p->layout.delimiter, ';');
    QVERIFY(p->layout.decimalComma);
    QCOMPARE(p->layout.timeColumn, 0);
    QCOMPARE(p->layout.valueColumns, (QList<int>{1, 2}));
    QCOMPARE(int(p->layout.timeLayout), int(TimeLayout::DmyDot));
    QCOMPARE(p->layout.headers.value(3), QStringLiteral("Host"));
    QCOMPARE(p->cells.size(), 2);
    QCOMPARE(p->cells[1].value(2), QStringLiteral("980"));
    QCOMPARE(p->times[0], QDateTime(QDate(2026, 10, 17), QTime(9, 0), QTimeZone::utc()));
    QCOMPARE(p->values[0], (QList<double>{1.5, 1204.0}));
    QVERIFY(std::isnan(p->values[1][0]));
    // Overrides: only IOPS, decimal point (so "1.204" is 1.204).
    o.csv.valueColumns = QStringList{QStringLiteral("IOPS")};
    o.csv.decimalComma = false;
    const auto q = Importer::previewCsv(path, o, 5);
    QVERIFY2(q.ok(), qPrintable(q.errorString()));
    QCOMPARE(q->layout.valueColumns, QList<int>{2});
    QCOMPARE(q->values.size(), 3);
    QCOMPARE(q->values[0], QList<double>{1.204});
    o.csv.valueColumns = QStringList{QStringLiteral("nope")};
    const auto bad = Importer::previewCsv(path, o, 5);
    QVERIFY(!bad.ok());
    QVERIFY(bad.errorString().contains(QStringLiteral("no column \"nope\"")));
}

namespace {
const QString kUnitsHint = QStringLiteral("(expected a number, or a number with a unit: s, ms, us, ns, min, h, d, %, count, B, kB, MB, "
                                          "GB, TB, KiB, MiB, GiB)");
} // namespace

void TestHostileInput::numberCells_data()
{
    // One cell under a header; the values are worked out by hand from the unit table
    // (ms = 1e-3 s, min = 60 s, h = 3600 s). Header "lag_seconds" implies seconds.
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("cell");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("error"); // after the path; empty when the cell is read
    const QString s = QStringLiteral("s");
    QTest::newRow("plain") << QByteArray("lag_seconds") << QByteArray("1.5") << 1.5 << s << QString();
    QTest::newRow("exponent") << QByteArray("lag_seconds") << QByteArray("1e3") << 1000.0 << s << QString();
    QTest::newRow("ms") << QByteArray("lag_seconds") << QByteArray("850 ms") << 0.85 << s << QString();
    QTest::newRow("min no space") << QByteArray("lag_seconds") << QByteArray("2min") << 120.0 << s << QString();
    QTest::newRow("hours") << QByteArray("lag_seconds") << QByteArray("1.5 h") << 5400.0 << s << QString();
    QTest::newRow("percent") << QByteArray("cpu") << QByteArray("45.5%") << 45.5 << QStringLiteral("%") << QString();
    QTest::newRow("thousands, no unit") << QByteArray("rows") << QByteArray("\"1,204\"") << 1204.0 << QString() << QString();
    QTest::newRow("thousands") << QByteArray("cpu") << QByteArray("\"1,204 ms\"") << 1.204 << s << QString();
    // Before: 0 with unit "x10", 1 with unit "_000", 1 with unit "e", 5 with unit "abc".
    QTest::newRow("hex") << QByteArray("lag_seconds") << QByteArray("0x10") << 0.0 << s
                         << QStringLiteral("lag.csv:2:22: cannot read \"0x10\" as a number ") + kUnitsHint;
    QTest::newRow("underscore") << QByteArray("lag_seconds") << QByteArray("1_000") << 0.0 << s
                                << QStringLiteral("lag.csv:2:22: cannot read \"1_000\" as a number ") + kUnitsHint;
    QTest::newRow("dangling exponent") << QByteArray("lag_seconds") << QByteArray("1e") << 0.0 << s
                                       << QStringLiteral("lag.csv:2:22: cannot read \"1e\" as a number ") + kUnitsHint;
    QTest::newRow("unknown unit") << QByteArray("lag_seconds") << QByteArray("5abc") << 0.0 << s
                                  << QStringLiteral("lag.csv:2:22: cannot read \"5abc\" as a number ") + kUnitsHint;
    QTest::newRow("unknown unit, any column") << QByteArray("value") << QByteArray("5 parsecs") << 0.0 << s
                                              << QStringLiteral("lag.csv:2:22: cannot read \"5 parsecs\" as a number ") + kUnitsHint;
    QTest::newRow("two dots") << QByteArray("lag_seconds") << QByteArray("1.2.3 s") << 0.0 << s
                              << QStringLiteral("lag.csv:2:22: cannot read \"1.2.3 s\" as a number ") + kUnitsHint;
    QTest::newRow("percent in a seconds column") << QByteArray("lag_seconds") << QByteArray("5%") << 0.0 << s
                                                 << QStringLiteral("lag.csv:2:22: \"5%\" is not in the column's unit (s)");
}

void TestHostileInput::numberCells()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, cell);
    QFETCH(double, value);
    QFETCH(QString, unit);
    QFETCH(QString, error);
    // The first row is a plain number so that the column is a value column whatever the cell.
    const QByteArray text = "time," + header + "\n2026-10-17T09:00:00Z," + cell + "\n2026-10-17T09:01:00Z,2\n";
    const QByteArray swapped = "time," + header + "\n2026-10-17T09:00:00Z,2\n2026-10-17T09:01:00Z," + cell + "\n";
    const auto r = import(QStringLiteral("lag.csv"), error.isEmpty() ? text : swapped);
    if (!error.isEmpty()) {
        QVERIFY2(!r.ok(), "the cell was read");
        QString expected = at(error);
        expected.replace(QStringLiteral("lag.csv:2:"), QStringLiteral("lag.csv:3:")); // the cell is on line 3
        QCOMPARE(r.errorString(), expected);
        return;
    }
    QVERIFY2(r.ok(), qPrintable(r.errorString()));
    QCOMPARE(r->series.size(), 1);
    QCOMPARE(r->series[0].unit, unit);
    QVERIFY2(qFuzzyCompare(r->series[0].values[0], value), qPrintable(QString::number(r->series[0].values[0], 'g', 17)));
}

void TestHostileInput::cellUnitsScaleOnce()
{
    // "lag (ms)": plain cells are milliseconds; a cell that says "ms" itself was scaled twice
    // (0.00085 s) before.
    const auto r = import(QStringLiteral("ms.csv"), "time,lag (ms)\n2026-10-17T09:00:00Z,850\n2026-10-17T09:01:00Z,850 ms\n"
                                                     "2026-10-17T09:02:00Z,2 s\n");
    QVERIFY2(r.ok(), qPrintable(r.errorString()));
    QCOMPARE(r->series[0].unit, QStringLiteral("s"));
    QCOMPARE(r->series[0].values.size(), 3);
    QVERIFY(qFuzzyCompare(r->series[0].values[0], 0.85));
    QVERIFY(qFuzzyCompare(r->series[0].values[1], 0.85));
    QVERIFY(qFuzzyCompare(r->series[0].values[2], 2.0));
    // Grafana rows: a metric named in milliseconds, cells with their own unit.
    const auto g = import(QStringLiteral("rows.csv"), "Series;Time;Value\nMilliSecondsBehindSource;2026-10-17T09:00:00Z;850\n"
                                                       "MilliSecondsBehindSource;2026-10-17T09:01:00Z;1 s\n",
                          [] { ImportOptions o; o.format = QStringLiteral("grafana-legacy-rows"); return o; }());
    QVERIFY2(g.ok(), qPrintable(g.errorString()));
    QCOMPARE(g->series[0].unit, QStringLiteral("s"));
    QVERIFY(qFuzzyCompare(g->series[0].values[0], 0.85));
    QVERIFY(qFuzzyCompare(g->series[0].values[1], 1.0));
}

void TestHostileInput::impossibleTimes_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("error");
    // Before: "no column holds times (use --time-column to name it)", without a position.
    QTest::newRow("Feb 30 first row") << QByteArray("time,lag\n2026-02-30T10:00:00Z,1\n")
                                      << "t.csv:2:1: cannot read \"2026-02-30T10:00:00Z\" as a time (no such day)";
    QTest::newRow("Feb 29 not leap") << QByteArray("lag,time\n1,2027-02-29 10:00:00\n")
                                     << "t.csv:2:3: cannot read \"2027-02-29 10:00:00\" as a time (no such day)";
    QTest::newRow("month 13") << QByteArray("time,lag\n2026-13-01T10:00:00Z,1\n")
                              << "t.csv:2:1: cannot read \"2026-13-01T10:00:00Z\" as a time (no such month)";
    QTest::newRow("Feb 30 later row") << QByteArray("time,lag\n2026-02-28T10:00:00Z,1\n2026-02-30T10:00:00Z,2\n")
                                      << "t.csv:3:1: cannot read \"2026-02-30T10:00:00Z\" as a time (no such day)";
    QTest::newRow("hour 25 later row") << QByteArray("time,lag\n2026-02-28T10:00:00Z,1\n2026-02-28T25:00:00Z,2\n")
                                       << "t.csv:3:1: cannot read \"2026-02-28T25:00:00Z\" as a time (no such time of day)";
    QTest::newRow("31 April, day first") << QByteArray("time;lag\n31.04.2026 10:00;1\n")
                                         << "t.csv:2:1: cannot read \"31.04.2026 10:00\" as a time (no such day)";
}

void TestHostileInput::impossibleTimes()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, error);
    const auto r = import(QStringLiteral("t.csv"), text);
    QVERIFY(!r.ok());
    QCOMPARE(r.errorString(), at(error));
}

void TestHostileInput::prometheusErrorText_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("error");
    // Before: "Prometheus reported error: " with nothing after it.
    QTest::newRow("no text") << QByteArray(R"({"status":"error"})") << "p.json: Prometheus reported error (the file has no error text)";
    QTest::newRow("empty texts") << QByteArray(R"({"status":"error","errorType":"","error":" "})")
                                 << "p.json: Prometheus reported error (the file has no error text)";
    QTest::newRow("type only") << QByteArray(R"({"status":"error","errorType":"timeout","error":""})")
                               << "p.json: Prometheus reported error: timeout";
    QTest::newRow("both, error first") << QByteArray(R"({"status":"error","error":"query timed out","errorType":"timeout"})")
                                       << "p.json: Prometheus reported error: timeout: query timed out";
}

void TestHostileInput::prometheusErrorText()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, error);
    ImportOptions o;
    o.format = QStringLiteral("prometheus");
    const auto r = import(QStringLiteral("p.json"), text, o);
    QVERIFY(!r.ok());
    QCOMPARE(r.errorString(), at(error));
}

void TestHostileInput::notRegularFiles()
{
    // Checked with stat() before opening; before, each was "the file is empty" by base name.
    // (The FIFO case runs the real binary with a hang guard: tests/cli/test_cli_input.cpp.)
    const auto device = Importer::importFile(QStringLiteral("/dev/zero"));
    QVERIFY(!device.ok());
    QCOMPARE(device.errorString(), QStringLiteral("/dev/zero: is not a regular file (a character device)"));
    if (QFile::exists(QStringLiteral("/proc/self/status"))) {
        const auto proc = Importer::importFile(QStringLiteral("/proc/self/status"));
        QVERIFY(!proc.ok());
        QCOMPARE(proc.errorString(), QStringLiteral("/proc/self/status: is not a regular file (a /proc or /sys pseudo-file)"));
    }
    const auto folder = Importer::importFile(m_dir.path());
    QVERIFY(!folder.ok());
    QCOMPARE(folder.errorString(), m_dir.path() + QStringLiteral(": is a folder, expected an export file"));
    const auto preview = Importer::previewCsv(QStringLiteral("/dev/zero"));
    QVERIFY(!preview.ok());
    QCOMPARE(preview.errorString(), QStringLiteral("/dev/zero: is not a regular file (a character device)"));
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "test_hostileinput.moc"
