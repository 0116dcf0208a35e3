// SPDX-License-Identifier: GPL-3.0-or-later
// Exact round trips of every double the model allows through the JSON plan format and the
// .cutover file (docs/plan-format-extensions.md, "Numbers"), checked on hand-picked values and
// as a property over hostile generated plans: json -> cutover -> json and cutover -> json ->
// cutover give identical bytes.
#include "common/plangenerator.h"
#include "interchange/jsonwriter.h"
#include "interchange/planjson.h"
#include "model/planlimits.h"
#include "storage/planfile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <cstring>
#include <limits>

using namespace cutover;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

quint64 bitsOf(double d)
{
    quint64 b;
    std::memcpy(&b, &d, sizeof b);
    return b;
}

/** A minimal valid plan whose criterion threshold, lag and first series value are given as JSON text. */
QByteArray planJson(const QByteArray &threshold, const QByteArray &lag, const QByteArray &value)
{
    return R"({ "format": "cutover-plan", "version": 1, "name": "n", "start": "2026-12-05T21:00:00Z",
  "tasks": [ { "id": "a", "duration": 5 }, { "id": "b", "duration": 5, "after": [ { "task": "a", "lag": )"
        + lag + R"( } ] } ],
  "criteria": [ { "id": "c", "metric": "m", "op": ">", "threshold": )"
        + threshold + R"(, "action": "rollback" } ],
  "series": [ { "id": "s", "metric": "m", "times": [ 0, 1 ], "values": [ )"
        + value + R"(, 1 ] } ] })";
}

} // namespace

class TestRoundTrip : public QObject
{
    Q_OBJECT
private:
    /** On tmpfs when there is one: the saves' fsync() calls are then free, and 1,200 saves
        take seconds instead of a minute. Durability is tested elsewhere (test_crashsafety). */
    static QString tempTemplate()
    {
        const QString shm = QStringLiteral("/dev/shm");
        return QFileInfo(shm).isDir() && QFileInfo(shm).isWritable() ? shm + QStringLiteral("/roundtrip-XXXXXX")
                                                                      : QString();
    }
    QTemporaryDir m_dir{tempTemplate().isEmpty() ? QDir::tempPath() + QStringLiteral("/roundtrip-XXXXXX") : tempTemplate()};

    /** The plan through a .cutover file and back. */
    Plan throughCutover(const Plan &plan, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        const Status written = PlanFile::write(plan, path);
        if (!written)
            qFatal("cannot write %s: %s", qPrintable(path), qPrintable(written.errorString()));
        auto read = PlanFile::read(path);
        if (!read)
            qFatal("cannot read %s: %s", qPrintable(path), qPrintable(read.errorString()));
        return std::move(read).value();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void writesExactNumbers_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QByteArray>("text");
        // Expected spellings worked out by hand: the shortest decimal that reads back to the
        // same double (IEEE 754 binary64), -0 with its sign, non-finite values as strings.
        QTest::newRow("zero") << 0.0 << QByteArray("0");
        QTest::newRow("-0") << -0.0 << QByteArray("-0.0");
        QTest::newRow("+inf") << kInf << QByteArray("\"Infinity\"");
        QTest::newRow("-inf") << -kInf << QByteArray("\"-Infinity\"");
        QTest::newRow("nan") << std::nan("") << QByteArray("\"NaN\"");
        QTest::newRow("0.1") << 0.1 << QByteArray("0.1");
        QTest::newRow("max") << std::numeric_limits<double>::max() << QByteArray("1.7976931348623157e+308");
        QTest::newRow("min normal") << std::numeric_limits<double>::min() << QByteArray("2.2250738585072014e-308");
        QTest::newRow("min subnormal") << std::numeric_limits<double>::denorm_min() << QByteArray("5e-324");
        QTest::newRow("-min subnormal") << -std::numeric_limits<double>::denorm_min() << QByteArray("-5e-324");
        QTest::newRow("2^53") << 9007199254740992.0 << QByteArray("9007199254740992");
        QTest::newRow("1/3") << 1.0 / 3.0 << QByteArray("0.3333333333333333");
    }
    void writesExactNumbers()
    {
        QFETCH(double, value);
        QFETCH(QByteArray, text);
        QCOMPARE(JsonWriter::exactNumber(value), text);
    }

    void readsExactNumbers_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<double>("expected");
        QTest::newRow("-0") << QByteArray("-0") << -0.0;
        QTest::newRow("-0.0") << QByteArray("-0.0") << -0.0;
        QTest::newRow("-0.000e+12") << QByteArray("-0.000e+12") << -0.0;
        QTest::newRow("-0E-3") << QByteArray("-0E-3") << -0.0;
        QTest::newRow("0") << QByteArray("0") << 0.0;
        QTest::newRow("-0.5") << QByteArray("-0.5") << -0.5;
        QTest::newRow("Infinity") << QByteArray("\"Infinity\"") << kInf;
        QTest::newRow("-Infinity") << QByteArray("\"-Infinity\"") << -kInf;
        QTest::newRow("5e-324") << QByteArray("5e-324") << std::numeric_limits<double>::denorm_min();
        QTest::newRow("4.9e-324") << QByteArray("4.9406564584124654e-324") << std::numeric_limits<double>::denorm_min();
        QTest::newRow("max") << QByteArray("1.7976931348623157e+308") << std::numeric_limits<double>::max();
        QTest::newRow("-max") << QByteArray("-1.7976931348623157e308") << -std::numeric_limits<double>::max();
    }
    void readsExactNumbers()
    {
        QFETCH(QByteArray, text);
        QFETCH(double, expected);
        // Lags are finite and within 10 years (PlanLimits): the others keep a lag of 0 there.
        const bool lagAllowed = std::isfinite(expected) && std::fabs(expected) <= PlanLimits::maxMinutes;
        const auto parsed = PlanJson::parse(planJson(text, lagAllowed ? text : QByteArray("0"), text), QStringLiteral("p.json"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorString()));
        const Plan &plan = parsed->plan;
        QCOMPARE(bitsOf(plan.criteria.at(0).threshold), bitsOf(expected));
        QCOMPARE(bitsOf(plan.series.at(0).values.at(0)), bitsOf(expected));
        if (lagAllowed)
            QCOMPARE(bitsOf(plan.tasks.at(1).after.at(0).lag), bitsOf(expected));
        // ... and the same bits after a .cutover file.
        const Plan stored = throughCutover(plan, QStringLiteral("exact-%1.cutover").arg(QString::fromLatin1(QTest::currentDataTag())));
        QCOMPARE(bitsOf(stored.criteria.at(0).threshold), bitsOf(expected));
        QCOMPARE(bitsOf(stored.series.at(0).values.at(0)), bitsOf(expected));
        QCOMPARE(bitsOf(stored.tasks.at(1).after.at(0).lag), bitsOf(plan.tasks.at(1).after.at(0).lag));
    }

    void nanAndGaps()
    {
        // NaN: a gap (null) in series values; "NaN" is read as a gap too; a threshold keeps it.
        const auto parsed = PlanJson::parse(planJson("\"NaN\"", "0", "null"), QStringLiteral("p.json"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorString()));
        QVERIFY(std::isnan(parsed->plan.criteria.at(0).threshold));
        QVERIFY(std::isnan(parsed->plan.series.at(0).values.at(0)));
        const QByteArray json = PlanJson::serialize(parsed->plan);
        QVERIFY2(json.contains(R"("threshold": "NaN")"), json.constData());
        QVERIFY2(json.contains(R"("values": [null, 1])"), json.constData());
        const auto fromString = PlanJson::parse(planJson("1", "0", "\"NaN\""), QStringLiteral("p.json"));
        QVERIFY2(fromString.ok(), qPrintable(fromString.errorString()));
        QVERIFY(std::isnan(fromString->plan.series.at(0).values.at(0)));
    }

    void infiniteBreachSurvivesConversion()
    {
        // The defect of issue 11: +Inf became null (a gap) in JSON, so a breach disappeared.
        const auto parsed = PlanJson::parse(planJson("30", "0", "\"Infinity\""), QStringLiteral("p.json"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorString()));
        const Plan stored = throughCutover(parsed->plan, QStringLiteral("inf.cutover"));
        const QByteArray json = PlanJson::serialize(stored);
        QVERIFY2(json.contains(R"("values": ["Infinity", 1])"), json.constData());
        const auto again = PlanJson::parse(json, QStringLiteral("again.json"));
        QVERIFY2(again.ok(), qPrintable(again.errorString()));
        QCOMPARE(again->plan.series.at(0).values.at(0), kInf);
    }

    void nonFiniteRejectedWhereMeaningless_data()
    {
        QTest::addColumn<QByteArray>("lag");
        QTest::addColumn<QString>("error");
        QTest::newRow("inf lag") << QByteArray("\"Infinity\"")
                                 << "p.json: tasks[1].after[0].lag: expected a number of minutes, got \"Infinity\"";
        QTest::newRow("nan lag") << QByteArray("\"NaN\"") << "p.json: tasks[1].after[0].lag: expected a number of minutes, got \"NaN\"";
        QTest::newRow("other string") << QByteArray("\"-0.0\"")
                                      << "p.json: tasks[1].after[0].lag: expected a number of minutes, got \"-0.0\"";
    }
    void nonFiniteRejectedWhereMeaningless()
    {
        QFETCH(QByteArray, lag);
        QFETCH(QString, error);
        const auto parsed = PlanJson::parse(planJson("1", lag, "1"), QStringLiteral("p.json"));
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.errorString(), error);
    }

    void syntaxErrorPositionAfterNegativeZero()
    {
        // "-0.00000" is rewritten to a 4-byte string before parsing; the column must still be
        // that of the original text. Line 2 is `  "x": -0.00000 ]`; Qt reports the position
        // just past the first character of the offending token, column 18 here.
        const QByteArray json = "{\n  \"x\": -0.00000 ]\n}";
        const auto parsed = PlanJson::parse(json, QStringLiteral("bad.json"));
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.errorString().startsWith(QStringLiteral("bad.json:2:18: invalid JSON")), qPrintable(parsed.errorString()));
    }

    void hostilePlansRoundTrip()
    {
        QElapsedTimer timer;
        timer.start();
        int seeds = 0;
        for (quint32 seed = 1; seed <= 300; ++seed) {
            PlanGeneratorOptions options;
            options.seed = seed;
            options.tasks = 8 + int(seed % 17);
            options.rollbackTasks = int(seed % 4);
            options.validationRows = int(seed % 6);
            options.seriesPoints = seed % 5 == 0 ? 0 : 12 + seed % 40;
            options.seriesCount = 1 + int(seed % 3);
            options.hostile = true;
            const Plan plan = generatePlan(options);

            // json -> cutover -> json
            const QByteArray json = PlanJson::serialize(plan);
            auto fromJson = PlanJson::parse(json, QStringLiteral("seed.json"));
            QVERIFY2(fromJson.ok(), qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(fromJson.errorString())));
            const QByteArray jsonAgain = PlanJson::serialize(throughCutover(fromJson->plan, QStringLiteral("a.cutover")));
            if (jsonAgain != json) {
                qsizetype i = 0;
                while (i < json.size() && i < jsonAgain.size() && json[i] == jsonAgain[i])
                    ++i;
                QFAIL(qPrintable(QStringLiteral("seed %1: json -> cutover -> json differs at byte %2: \"%3\" vs \"%4\"")
                                     .arg(seed)
                                     .arg(i)
                                     .arg(QString::fromUtf8(json.mid(std::max<qsizetype>(0, i - 60), 120)),
                                          QString::fromUtf8(jsonAgain.mid(std::max<qsizetype>(0, i - 60), 120)))));
            }

            // cutover -> json -> cutover, compared as the JSON of each file
            const Plan stored = throughCutover(plan, QStringLiteral("b.cutover"));
            const QByteArray storedJson = PlanJson::serialize(stored);
            auto back = PlanJson::parse(storedJson, QStringLiteral("b.json"));
            QVERIFY2(back.ok(), qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(back.errorString())));
            const QByteArray restoredJson = PlanJson::serialize(throughCutover(back->plan, QStringLiteral("c.cutover")));
            QVERIFY2(restoredJson == storedJson, qPrintable(QStringLiteral("seed %1: cutover -> json -> cutover differs").arg(seed)));
            ++seeds;
        }
        QCOMPARE(seeds, 300);
        qInfo("300 hostile plans round-tripped both ways in %lld ms", qint64(timer.elapsed()));
    }
};

QTEST_GUILESS_MAIN(TestRoundTrip)
#include "test_roundtrip.moc"
