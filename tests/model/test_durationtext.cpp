// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/durationtext.h"
#include "model/enumnames.h"

#include <QTest>

using namespace cutover;

class TestDurationText : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void format_data();
    void format();
    void compactRoundTrip();
    void dependencies_data();
    void dependencies();
    void dependencyErrors();
    void enumSpellings();
};

void TestDurationText::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("minutes"); // NaN = rejected
    const double bad = qQNaN();
    QTest::newRow("bare") << "90" << 90.0;
    QTest::newRow("m") << "90m" << 90.0;
    QTest::newRow("min spaced") << "90 min" << 90.0;
    QTest::newRow("h and bare minutes") << "1h30" << 90.0;
    QTest::newRow("h m") << "1h 30m" << 90.0;
    QTest::newRow("clock") << "1:30" << 90.0;
    QTest::newRow("clock seconds") << "0:01:30" << 1.5;
    QTest::newRow("decimal hours") << "1.5h" << 90.0;
    QTest::newRow("decimal comma") << "1,5 h" << 90.0;
    QTest::newRow("days") << "2d" << 2880.0;
    QTest::newRow("days hours") << "1d 2h" << 1560.0;
    QTest::newRow("seconds") << "30s" << 0.5;
    QTest::newRow("negative") << "-5m" << -5.0;
    QTest::newRow("fraction") << "2.25" << 2.25;
    QTest::newRow("long words") << "2 hours 15 minutes" << 135.0;
    QTest::newRow("empty") << "" << bad;
    QTest::newRow("words") << "soon" << bad;
    QTest::newRow("unknown unit") << "5 weeks" << bad;
    QTest::newRow("bad clock") << "1:75" << bad;
    QTest::newRow("trailing junk") << "5m x" << bad;
    QTest::newRow("minutes then bare") << "30m 5" << bad;
}

void TestDurationText::parse()
{
    QFETCH(QString, text);
    QFETCH(double, minutes);
    const auto parsed = DurationText::parseMinutes(text);
    if (qIsNaN(minutes)) {
        QVERIFY2(!parsed.has_value(), qPrintable(QStringLiteral("accepted as %1").arg(parsed.value_or(0))));
    } else {
        QVERIFY(parsed.has_value());
        QCOMPARE(*parsed, minutes);
    }
}

void TestDurationText::format_data()
{
    QTest::addColumn<double>("minutes");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << 0.0 << "0 min";
    QTest::newRow("minutes") << 45.0 << "45 min";
    QTest::newRow("hour exact") << 60.0 << "1 h";
    QTest::newRow("h min") << 85.0 << "1 h 25 min";
    QTest::newRow("day") << 1440.0 + 180.0 << "1 d 3 h";
    QTest::newRow("rounds") << 84.6 << "1 h 25 min";
    QTest::newRow("seconds") << 0.5 << "30 s";
    QTest::newRow("negative") << -90.0 << QStringLiteral("−1 h 30 min");
}

void TestDurationText::format()
{
    QFETCH(double, minutes);
    QFETCH(QString, text);
    QCOMPARE(DurationText::format(minutes), text);
}

void TestDurationText::compactRoundTrip()
{
    for (const double v : {0.0, 5.0, 59.0, 60.0, 61.0, 90.0, 125.0, 1.5, 0.25, 2880.0, -75.0}) {
        const QString s = DurationText::formatCompact(v);
        const auto back = DurationText::parseMinutes(s);
        QVERIFY2(back.has_value(), qPrintable(s));
        QCOMPARE(*back, v);
    }
    QCOMPARE(DurationText::formatCompact(90), QStringLiteral("1h30"));
    QCOMPARE(DurationText::formatCompact(120), QStringLiteral("2h"));
}

void TestDurationText::dependencies_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("tasks");
    QTest::addColumn<QStringList>("types");
    QTest::addColumn<QList<double>>("lags");
    QTest::newRow("one plain") << "freeze" << QStringList{"freeze"} << QStringList{"FS"} << QList<double>{0};
    QTest::newRow("spec example") << "freeze FS+5m; sync-ok SS" << QStringList{"freeze", "sync-ok"}
                                  << QStringList{"FS", "SS"} << QList<double>{5, 0};
    QTest::newRow("negative lag") << "a SF-10" << QStringList{"a"} << QStringList{"SF"} << QList<double>{-10};
    QTest::newRow("hours lag, comma sep") << "a FF+1h30, b" << QStringList{"a", "b"} << QStringList{"FF", "FS"}
                                          << QList<double>{90, 0};
    QTest::newRow("lower case type") << "x ss +2" << QStringList{"x"} << QStringList{"SS"} << QList<double>{2};
    QTest::newRow("lag without type") << "x +15" << QStringList{"x"} << QStringList{"FS"} << QList<double>{15};
    QTest::newRow("empty") << "  " << QStringList{} << QStringList{} << QList<double>{};
}

void TestDurationText::dependencies()
{
    QFETCH(QString, text);
    QFETCH(QStringList, tasks);
    QFETCH(QStringList, types);
    QFETCH(QList<double>, lags);
    const auto parsed = DurationText::parseDependencies(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorString()));
    QCOMPARE(parsed->size(), tasks.size());
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        QCOMPARE(parsed->at(i).task, tasks.at(i));
        QCOMPARE(toString(parsed->at(i).type), types.at(i));
        QCOMPARE(parsed->at(i).lag, lags.at(i));
    }
    // The formatted text reads back to the same list.
    const auto again = DurationText::parseDependencies(DurationText::formatDependencies(parsed.value()));
    QVERIFY(again.ok());
    QCOMPARE(again.value(), parsed.value());
}

void TestDurationText::dependencyErrors()
{
    QVERIFY(!DurationText::parseDependencies(u"a XX").ok());
    QVERIFY(!DurationText::parseDependencies(u"a FS+soon").ok());
    const auto r = DurationText::parseDependencies(u"a FS+soon");
    QVERIFY(r.errorString().contains(QStringLiteral("soon")));
}

void TestDurationText::enumSpellings()
{
    QCOMPARE(toString(DependencyType::SF), QStringLiteral("SF"));
    QCOMPARE(parseEnum<DependencyType>(u"ff"), std::optional(DependencyType::FF));
    QCOMPARE(parseEnum<CompareOp>(u">="), std::optional(CompareOp::GreaterOrEqual));
    QCOMPARE(parseEnum<Mark>(u"point-of-no-return"), std::optional(Mark::PointOfNoReturn));
    QVERIFY(!parseEnum<TaskKind>(u"Task").has_value());
    QCOMPARE(markNames(Mark::FreezeStart | Mark::PointOfNoReturn),
             (QStringList{QStringLiteral("freeze-start"), QStringLiteral("point-of-no-return")}));
    // Every spelling parses back to itself.
    for (const QString &n : enumNames<PlanStatus>())
        QCOMPARE(toString(*parseEnum<PlanStatus>(n)), n);
}

QTEST_GUILESS_MAIN(TestDurationText)
#include "test_durationtext.moc"
