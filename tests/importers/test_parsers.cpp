// SPDX-License-Identifier: GPL-3.0-or-later
// The building blocks: RFC 4180 records, delimiter detection, time layouts, zones, units, JSON.
#include "importers/csvreader.h"
#include "importers/jsoncursor.h"
#include "importers/timeparse.h"
#include "importers/units.h"

#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace cutover;

class TestParsers : public QObject
{
    Q_OBJECT

private slots:
    void csvRecords_data();
    void csvRecords();
    void csvLines();
    void csvUnterminatedQuote();
    void delimiter_data();
    void delimiter();
    void times_data();
    void times();
    void badTimes_data();
    void badTimes();
    void civilDays();
    void foldAndGap();
    void units_data();
    void units();
    void valueWithUnit_data();
    void valueWithUnit();
    void json();
    void jsonErrors_data();
    void jsonErrors();
    void jsonDepth();
};

void TestParsers::csvRecords_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<QStringList>("first");
    QTest::addColumn<int>("records");
    QTest::newRow("plain") << QByteArray("a,b,c\n1,2,3\n") << ',' << QStringList{"a", "b", "c"} << 2;
    QTest::newRow("crlf no final newline") << QByteArray("a,b\r\n1,2") << ',' << QStringList{"a", "b"} << 2;
    QTest::newRow("quoted delimiter") << QByteArray("\"a,1\",b\n") << ',' << QStringList{"a,1", "b"} << 1;
    QTest::newRow("doubled quotes") << QByteArray("\"say \"\"hi\"\"\",x\n") << ',' << QStringList{"say \"hi\"", "x"} << 1;
    QTest::newRow("embedded newline") << QByteArray("\"line1\nline2\",x\ny,z\n") << ',' << QStringList{"line1\nline2", "x"} << 2;
    QTest::newRow("embedded crlf") << QByteArray("\"a\r\nb\";c\r\n") << ';' << QStringList{"a\r\nb", "c"} << 1;
    QTest::newRow("empty fields") << QByteArray(",,\n") << ',' << QStringList{"", "", ""} << 1;
    QTest::newRow("empty quoted") << QByteArray("\"\",x\n") << ',' << QStringList{"", "x"} << 1;
    QTest::newRow("tab") << QByteArray("a\tb c\n") << '\t' << QStringList{"a", "b c"} << 1;
    QTest::newRow("lone cr") << QByteArray("a,b\rc,d\r") << ',' << QStringList{"a", "b"} << 2;
}

void TestParsers::csvRecords()
{
    QFETCH(QByteArray, text);
    QFETCH(char, delimiter);
    QFETCH(QStringList, first);
    QFETCH(int, records);
    CsvReader r(text.constData(), text.constData() + text.size(), delimiter);
    QVERIFY(r.next());
    QStringList got;
    for (qsizetype i = 0; i < r.size(); ++i)
        got << QString::fromUtf8(r.field(i).data(), qsizetype(r.field(i).size()));
    QCOMPARE(got, first);
    int n = 1;
    while (r.next())
        ++n;
    QVERIFY(!r.failed());
    QCOMPARE(n, records);
}

void TestParsers::csvLines()
{
    const QByteArray text("h1,h2\n\"multi\nline\",1\n\nlast,2\n");
    CsvReader r(text.constData(), text.constData() + text.size(), ',');
    QVERIFY(r.next());
    QCOMPARE(r.line(), 1);
    QVERIFY(r.next());
    QCOMPARE(r.line(), 2);
    QVERIFY(r.next());
    QVERIFY(r.isBlank());
    QCOMPARE(r.line(), 4);
    QVERIFY(r.next());
    QCOMPARE(r.line(), 5);
    QCOMPARE(r.field(0), std::string_view("last"));
    QVERIFY(!r.next());
}

void TestParsers::csvUnterminatedQuote()
{
    const QByteArray text("a,b\n1,\"never closed\n2,3\n");
    CsvReader r(text.constData(), text.constData() + text.size(), ',');
    QVERIFY(r.next());
    QVERIFY(!r.next());
    QVERIFY(r.failed());
    QCOMPARE(r.errorPos() - text.constData(), 6); // the opening quote
    const QByteArray junk("a,\"b\"x,c\n");
    CsvReader j(junk.constData(), junk.constData() + junk.size(), ',');
    QVERIFY(!j.next());
    QVERIFY(j.error().contains(QStringLiteral("closing quote")));
    const QByteArray nul("a,b\x00,c\n", 8);
    CsvReader n(nul.constData(), nul.constData() + nul.size(), ',');
    QVERIFY(!n.next());
    QVERIFY(n.error().contains(QStringLiteral("NUL")));
}

void TestParsers::delimiter_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<char>("expected");
    QTest::newRow("comma") << QByteArray("time,a,b\n1,2,3\n") << ',';
    QTest::newRow("semicolon decimal comma") << QByteArray("time;a;b\n2026-01-01;1,5;2,5\n2026-01-02;1,25;3\n") << ';';
    QTest::newRow("tab") << QByteArray("time\ta\n1\t2\n") << '\t';
    QTest::newRow("sep line") << QByteArray("sep=;\r\n\"a\",\"b\"\r\n") << ';';
    QTest::newRow("quoted commas") << QByteArray("\"a,b\";\"c,d\"\n\"1,2\";\"3,4\"\n") << ';';
    QTest::newRow("pipe") << QByteArray("a|b|c\n1|2|3\n") << '|';
}

void TestParsers::delimiter()
{
    QFETCH(QByteArray, text);
    QFETCH(char, expected);
    QCOMPARE(CsvReader::detectDelimiter(std::string_view(text.constData(), size_t(text.size()))), expected);
}

void TestParsers::times_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("layout");
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<bool>("hasOffset");
    // 2026-10-17T09:00:00Z = 1792227600 s (the Prometheus sample's first point).
    const qint64 base = 1792227600000;
    QTest::newRow("iso Z") << QByteArray("2026-10-17T09:00:00Z") << int(TimeLayout::Iso8601) << base << true;
    QTest::newRow("iso offset") << QByteArray("2026-10-17T10:00:00+01:00") << int(TimeLayout::Iso8601) << base << true;
    QTest::newRow("iso offset no colon") << QByteArray("2026-10-17T04:30:00-0430") << int(TimeLayout::Iso8601) << base << true;
    QTest::newRow("iso space micro") << QByteArray("2026-10-17 09:00:00.118532+00:00") << int(TimeLayout::Iso8601) << base + 118 << true;
    QTest::newRow("iso naive") << QByteArray("2026-10-17 09:00:00") << int(TimeLayout::Iso8601) << base << false;
    QTest::newRow("iso minutes") << QByteArray("2026-10-17T09:00") << int(TimeLayout::Iso8601) << base << false;
    QTest::newRow("iso date") << QByteArray("2026-10-17") << int(TimeLayout::Iso8601) << base - 9 * 3600000 << false;
    QTest::newRow("epoch s") << QByteArray("1792227600") << int(TimeLayout::EpochSeconds) << base << true;
    QTest::newRow("epoch s frac") << QByteArray("1792227600.482") << int(TimeLayout::EpochSeconds) << base + 482 << true;
    QTest::newRow("epoch ms") << QByteArray("1792227600000") << int(TimeLayout::EpochMillis) << base << true;
    QTest::newRow("us am") << QByteArray("10/17/2026, 9:00:00.000 AM") << int(TimeLayout::UsDate12h) << base << false;
    QTest::newRow("us pm") << QByteArray("10/17/2026, 2:59:00.440 PM") << int(TimeLayout::UsDate12h) << base + 359 * 60000 + 440 << false;
    QTest::newRow("us 12 am") << QByteArray("10/17/2026, 12:00:00 AM") << int(TimeLayout::UsDate12h) << base - 9 * 3600000 << false;
    QTest::newRow("us 12 pm") << QByteArray("10/17/2026, 12:00:00 PM") << int(TimeLayout::UsDate12h) << base + 3 * 3600000 << false;
    QTest::newRow("ymd slash") << QByteArray("2026/10/17 9:00:01.403") << int(TimeLayout::YmdSlash) << base + 1403 << false;
    QTest::newRow("dmy") << QByteArray("17/10/2026 09:00:00") << int(TimeLayout::DmySlash) << base << false;
    QTest::newRow("dmy dot") << QByteArray("17.10.2026 09:00") << int(TimeLayout::DmyDot) << base << false;
    QTest::newRow("no year") << QByteArray("10-17T09:00:00") << int(TimeLayout::MonthDayNoYear) << base << false;
    QTest::newRow("leap day") << QByteArray("2028-02-29T00:00:00Z") << int(TimeLayout::Iso8601) << qint64(1835395200000) << true;
}

void TestParsers::times()
{
    QFETCH(QByteArray, text);
    QFETCH(int, layout);
    QFETCH(qint64, ms);
    QFETCH(bool, hasOffset);
    ParsedTime t;
    const std::string_view s(text.constData(), size_t(text.size()));
    QVERIFY(parseTime(s, TimeLayout(layout), t, 2026));
    QCOMPARE(t.ms, ms);
    QCOMPARE(t.hasOffset, hasOffset);
    if (TimeLayout(layout) != TimeLayout::MonthDayNoYear && TimeLayout(layout) != TimeLayout::DmySlash)
        QCOMPARE(int(detectTimeLayout(s)), layout);
}

void TestParsers::badTimes_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("layout");
    QTest::newRow("month 13") << QByteArray("24/13/2026, 1:00:00 AM") << int(TimeLayout::UsDate12h);
    QTest::newRow("feb 30") << QByteArray("2026-02-30T00:00:00Z") << int(TimeLayout::Iso8601);
    QTest::newRow("hour 25") << QByteArray("2026-02-03T25:00:00Z") << int(TimeLayout::Iso8601);
    QTest::newRow("trailing junk") << QByteArray("2026-02-03T01:00:00Zjunk") << int(TimeLayout::Iso8601);
    QTest::newRow("13 pm") << QByteArray("10/17/2026, 13:00:00 PM") << int(TimeLayout::UsDate12h);
    QTest::newRow("empty") << QByteArray("") << int(TimeLayout::Iso8601);
    QTest::newRow("text epoch") << QByteArray("12a") << int(TimeLayout::EpochSeconds);
}

void TestParsers::badTimes()
{
    QFETCH(QByteArray, text);
    QFETCH(int, layout);
    ParsedTime t;
    QVERIFY(!parseTime(std::string_view(text.constData(), size_t(text.size())), TimeLayout(layout), t, 2026));
}

void TestParsers::civilDays()
{
    QCOMPARE(daysFromCivil(1970, 1, 1), 0);
    QCOMPARE(daysFromCivil(2000, 3, 1), 11017);
    QCOMPARE(daysFromCivil(1969, 12, 31), -1);
    // Against QDate for every day of a leap cycle.
    const QDate epoch(1970, 1, 1);
    for (QDate d(2023, 1, 1); d < QDate(2029, 1, 1); d = d.addDays(1))
        QCOMPARE(daysFromCivil(d.year(), unsigned(d.month()), unsigned(d.day())), epoch.daysTo(d));
}

void TestParsers::foldAndGap()
{
    // Europe/London 2026: BST ends Sunday 25 October at 02:00 BST (01:00 UTC), so 01:00-01:59
    // happens twice (00:xx UTC as BST, then 01:xx UTC as GMT). BST starts 29 March at 01:00 GMT:
    // 01:00-01:59 does not exist.
    LocalTimeConverter c(QTimeZone("Europe/London"));
    const qint64 min = std::numeric_limits<qint64>::min();
    const qint64 wall0130 = QDateTime(QDate(2026, 10, 25), QTime(1, 30), QTimeZone::utc()).toMSecsSinceEpoch();
    const qint64 utc0030 = wall0130 - 3600000;
    QCOMPARE(c.toUtc(wall0130, min), utc0030);                      // first occurrence (BST)
    const qint64 wall0100 = wall0130 - 30 * 60000;
    // A series that already reached 00:30 UTC and reads 01:00 again is in the second pass (GMT).
    QCOMPARE(c.toUtc(wall0100, utc0030), wall0100);
    QCOMPARE(c.ambiguousCount(), 2);
    const qint64 wall0200 = wall0130 + 30 * 60000;
    QCOMPARE(c.toUtc(wall0200, min), wall0200);                      // after the fold: GMT
    QCOMPARE(c.toUtc(wall0200 - 86400000LL * 2, min), wall0200 - 86400000LL * 2 - 3600000); // BST
    const qint64 spring = QDateTime(QDate(2026, 3, 29), QTime(1, 30), QTimeZone::utc()).toMSecsSinceEpoch();
    QCOMPARE(c.toUtc(spring, min), spring);                          // offset before the change (GMT)
    QCOMPARE(c.nonexistentCount(), 1);
    // Fixed zones and UTC need no lookups.
    LocalTimeConverter utc(QTimeZone::utc());
    QCOMPARE(utc.toUtc(12345, min), 12345);
}

void TestParsers::units_data()
{
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("normalised");
    QTest::addColumn<double>("factor");
    QTest::newRow("Seconds") << "Seconds" << "s" << 1.0;
    QTest::newRow("MilliSeconds") << "MilliSeconds" << "s" << 0.001;
    QTest::newRow("min") << "min" << "s" << 60.0;
    QTest::newRow("h") << "h" << "s" << 3600.0;
    QTest::newRow("Percent") << "Percent" << "%" << 1.0;
    QTest::newRow("Count") << "Count" << "count" << 1.0;
    QTest::newRow("MB") << "MB" << "bytes" << 1e6;
    QTest::newRow("unknown") << "rows/s" << "rows/s" << 1.0;
}

void TestParsers::units()
{
    QFETCH(QString, unit);
    QFETCH(QString, normalised);
    QFETCH(double, factor);
    const NormalisedUnit n = normaliseUnit(unit);
    QCOMPARE(n.unit, normalised);
    QCOMPARE(n.factor, factor);
    QCOMPARE(unitForMetric(u"MilliSecondsBehindSource"), QStringLiteral("ms"));
    QCOMPARE(unitForMetric(u"pg_replication_lag_seconds"), QStringLiteral("s"));
    QCOMPARE(unitForMetric(u"CDCLatencySource"), QStringLiteral("s"));
    QCOMPARE(unitForMetric(u"iops"), QString());
}

void TestParsers::valueWithUnit_data()
{
    QTest::addColumn<QByteArray>("cell");
    QTest::addColumn<bool>("decimalComma");
    QTest::addColumn<double>("value");
    QTest::addColumn<QByteArray>("unit");
    QTest::newRow("ms") << QByteArray("850 ms") << false << 850.0 << QByteArray("ms");
    QTest::newRow("min") << QByteArray("1.58 min") << false << 1.58 << QByteArray("min");
    QTest::newRow("percent") << QByteArray("45.2%") << false << 45.2 << QByteArray("%");
    QTest::newRow("comma") << QByteArray("1,5 s") << true << 1.5 << QByteArray("s");
    QTest::newRow("thousands") << QByteArray("1,204 ms") << false << 1204.0 << QByteArray("ms");
    QTest::newRow("plain") << QByteArray("-3") << false << -3.0 << QByteArray("");
    QTest::newRow("exp") << QByteArray("1.5e3 s") << false << 1500.0 << QByteArray("s");
}

void TestParsers::valueWithUnit()
{
    QFETCH(QByteArray, cell);
    QFETCH(bool, decimalComma);
    QFETCH(double, value);
    QFETCH(QByteArray, unit);
    double v = 0;
    std::string_view u;
    QVERIFY(splitValueAndUnit(std::string_view(cell.constData(), size_t(cell.size())), v, u, decimalComma));
    QCOMPARE(v, value);
    QCOMPARE(QByteArray(u.data(), qsizetype(u.size())), unit);
    double x;
    QVERIFY(!splitValueAndUnit("ms", x, u, false));
}

void TestParsers::json()
{
    const QByteArray text(R"( {"a": [1, -2.5e1, "x\"y\u00e9\ud83d\ude00", null, true, {"n": {}}], "b": "NaN", "c": [] } )");
    JsonCursor c(text.constData(), text.constData() + text.size());
    std::string_view key, s;
    double v = 0;
    bool gap = false, b = false;
    QVERIFY(c.enterObject());
    QVERIFY(c.nextKey(key));
    QCOMPARE(key, std::string_view("a"));
    QVERIFY(c.enterArray());
    QVERIFY(c.nextElement() && c.readNumber(v));
    QCOMPARE(v, 1.0);
    QVERIFY(c.nextElement() && c.readNumber(v));
    QCOMPARE(v, -25.0);
    QVERIFY(c.nextElement() && c.readString(s));
    QCOMPARE(QString::fromUtf8(s.data(), qsizetype(s.size())), QStringLiteral("x\"y\u00e9\U0001F600"));
    QVERIFY(c.nextElement() && c.readLooseNumber(v, gap));
    QVERIFY(gap && std::isnan(v));
    QVERIFY(c.nextElement() && c.readBool(b));
    QVERIFY(b);
    QVERIFY(c.nextElement() && c.skip());
    QVERIFY(!c.nextElement());
    QVERIFY(c.nextKey(key));
    QVERIFY(c.readLooseNumber(v, gap));
    QVERIFY(gap);
    QVERIFY(c.nextKey(key) && c.skip());
    QVERIFY(!c.nextKey(key));
    QVERIFY(!c.failed());
    QVERIFY(c.expectEnd());
}

void TestParsers::jsonErrors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QString>("message");
    QTest::newRow("truncated") << QByteArray("{\"a\": [1, 2") << 11 << "end of the file";
    QTest::newRow("missing comma") << QByteArray("{\"a\": 1 \"b\": 2}") << 8 << "','";
    QTest::newRow("trailing comma") << QByteArray("[1, 2, ]") << 7 << "a value after";
    QTest::newRow("bad literal") << QByteArray("[tru]") << 1 << "true or false";
    QTest::newRow("unterminated string") << QByteArray("[\"abc") << 5 << "inside a string";
    QTest::newRow("control in string") << QByteArray("[\"a\nb\"]") << 3 << "control character";
    QTest::newRow("garbage after") << QByteArray("{} x") << 3 << "end of the file after";
}

void TestParsers::jsonErrors()
{
    QFETCH(QByteArray, text);
    QFETCH(int, offset);
    QFETCH(QString, message);
    JsonCursor c(text.constData(), text.constData() + text.size());
    QVERIFY(!(c.skip() && c.expectEnd()));
    QVERIFY(c.failed());
    QVERIFY2(c.error().contains(message), qPrintable(c.error()));
    QCOMPARE(c.errorPos() - text.constData(), offset);
}

void TestParsers::jsonDepth()
{
    // 100,000 nested arrays must fail cleanly, not overflow the stack.
    const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
    JsonCursor c(deep.constData(), deep.constData() + deep.size());
    QVERIFY(!c.skip());
    QVERIFY(c.error().contains(QStringLiteral("nesting deeper")));
    const QByteArray ok = QByteArray(200, '[') + QByteArray(200, ']');
    JsonCursor d(ok.constData(), ok.constData() + ok.size());
    QVERIFY(d.skip());
    QVERIFY(d.expectEnd());
}

QTEST_GUILESS_MAIN(TestParsers)
#include "test_parsers.moc"
