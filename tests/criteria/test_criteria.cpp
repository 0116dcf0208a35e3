// SPDX-License-Identifier: GPL-3.0-or-later
// Criteria over hand-worked series: every expected value below is derived in the comments.
#include "criteria/criteriaevaluator.h"

#include <QLocale>
#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace cutover;

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

MetricSeries series(const QString &name, const QList<qint64> &seconds, const QList<double> &values,
                    const QString &metric = QStringLiteral("lag"), QMap<QString, QString> labels = {})
{
    MetricSeries s;
    s.id = name;
    s.name = name;
    s.metric = metric;
    s.labels = labels;
    s.unit = QStringLiteral("s");
    for (const qint64 t : seconds)
        s.times.append(t * 1000);
    s.values = values;
    return s;
}

// Series A, one point a minute:
//   t (s): 0   60  120 180 240 300 360 420 480 540
//   v    : 10  31  35  30  40  45  50  20  33  34
MetricSeries makeSeriesA()
{
    return series(QStringLiteral("A"), {0, 60, 120, 180, 240, 300, 360, 420, 480, 540},
                  {10, 31, 35, 30, 40, 45, 50, 20, 33, 34});
}

Criterion metricCriterion(CompareOp op, double threshold, double forSeconds, const QString &metric = QStringLiteral("lag"))
{
    Criterion c;
    c.id = QStringLiteral("c1");
    c.kind = CriterionKind::Metric;
    c.metric = metric;
    c.op = op;
    c.threshold = threshold;
    c.forSeconds = forSeconds;
    return c;
}

} // namespace

class TestCriteria : public QObject
{
    Q_OBJECT

private slots:
    void ruleText_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("op");
        QTest::addColumn<double>("threshold");
        QTest::addColumn<double>("forSeconds");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("expected");
        QTest::newRow("lag") << int(CriterionKind::Metric) << int(CompareOp::Greater) << 30.0 << 300.0 << "s"
                             << QString::fromUtf8("lag_seconds > 30 s for 5 min");
        QTest::newRow("at least, no unit, at once") << int(CriterionKind::Metric) << int(CompareOp::GreaterOrEqual) << 0.5 << 0.0 << ""
                                                    << QString::fromUtf8("lag_seconds \u2265 0.5");
        QTest::newRow("below, seconds") << int(CriterionKind::Metric) << int(CompareOp::LessOrEqual) << 100.0 << 45.0 << "%"
                                        << QString::fromUtf8("lag_seconds \u2264 100 % for 45 s");
        QTest::newRow("large threshold") << int(CriterionKind::Metric) << int(CompareOp::Less) << 1500000.0 << 3600.0 << "rows"
                                         << QString::fromUtf8("lag_seconds < 1,500,000 rows for 1 h");
        QTest::newRow("validation") << int(CriterionKind::Validation) << int(CompareOp::Greater) << 0.0 << 0.0 << ""
                                    << "failed validation objects > 0";
        QTest::newRow("manual") << int(CriterionKind::Manual) << int(CompareOp::Greater) << 0.0 << 0.0 << "" << "manual check";
    }
    void ruleText()
    {
        QFETCH(int, kind);
        QFETCH(int, op);
        QFETCH(double, threshold);
        QFETCH(double, forSeconds);
        QFETCH(QString, unit);
        QFETCH(QString, expected);
        // Numbers are written for people, in the desktop's locale: here English.
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        Criterion c;
        c.kind = CriterionKind(kind);
        c.metric = "lag_seconds";
        c.op = CompareOp(op);
        c.threshold = threshold;
        c.forSeconds = forSeconds;
        const QString rule = CriteriaEvaluator::ruleText(c, unit);
        const QString condition = CriteriaEvaluator::conditionText(c, unit);
        QLocale::setDefault(before);
        QCOMPARE(rule, expected);
        // The condition is the rule without the metric.
        QCOMPARE(c.kind == CriterionKind::Metric ? QString("lag_seconds ") + condition : condition, expected);
    }

    void seriesA_data();
    void seriesA();
    void gapBreaksRun_data();
    void gapBreaksRun();
    void nanPointBreaksRun();
    void breachAtLastPoint();
    void noData();
    void severalSeries();
    void selectors_data();
    void selectors();
    void validation_data();
    void validation();
    void manual_data();
    void manual();
    void wholePlan();
};

void TestCriteria::seriesA_data()
{
    QTest::addColumn<int>("op");
    QTest::addColumn<double>("threshold");
    QTest::addColumn<double>("forSeconds");
    QTest::addColumn<int>("state");
    QTest::addColumn<qint64>("firstBreach"); // seconds; -1 = none
    QTest::addColumn<double>("worst");
    const int breached = int(CriterionState::Breached), ok = int(CriterionState::Ok);
    // > 30: runs 60-120 (60 s, 30 at 180 is not > 30) and 240-360; held 120 s at 360.
    QTest::newRow("> 30 for 120") << int(CompareOp::Greater) << 30.0 << 120.0 << breached << qint64(360) << 50.0;
    // >= 30: one run 60..360; held 120 s at 180.
    QTest::newRow(">= 30 for 120") << int(CompareOp::GreaterOrEqual) << 30.0 << 120.0 << breached << qint64(180) << 50.0;
    QTest::newRow("> 30 at once") << int(CompareOp::Greater) << 30.0 << 0.0 << breached << qint64(60) << 50.0;
    // Exactly at the threshold: 50 is not > 50, but is >= 50 (at 360).
    QTest::newRow("> 50") << int(CompareOp::Greater) << 50.0 << 0.0 << ok << qint64(-1) << 50.0;
    QTest::newRow(">= 50") << int(CompareOp::GreaterOrEqual) << 50.0 << 0.0 << breached << qint64(360) << 50.0;
    // < 20: only 10 at 0. <= 20: 10 at 0 and 20 at 420, never two in a row -> no 60 s run.
    QTest::newRow("< 20") << int(CompareOp::Less) << 20.0 << 0.0 << breached << qint64(0) << 10.0;
    QTest::newRow("< 10") << int(CompareOp::Less) << 10.0 << 0.0 << ok << qint64(-1) << 10.0;
    QTest::newRow("<= 10") << int(CompareOp::LessOrEqual) << 10.0 << 0.0 << breached << qint64(0) << 10.0;
    QTest::newRow("<= 20 for 60") << int(CompareOp::LessOrEqual) << 20.0 << 60.0 << ok << qint64(-1) << 10.0;
    // > 30 held 540 s is never reached (longest run 240..360 = 120 s).
    QTest::newRow("> 30 for 180") << int(CompareOp::Greater) << 30.0 << 180.0 << ok << qint64(-1) << 50.0;
    // < 40: run 0..180 held 180 s at 180.
    QTest::newRow("< 40 for 180") << int(CompareOp::Less) << 40.0 << 180.0 << breached << qint64(180) << 10.0;
}

void TestCriteria::seriesA()
{
    QFETCH(int, op);
    QFETCH(double, threshold);
    QFETCH(double, forSeconds);
    QFETCH(int, state);
    QFETCH(qint64, firstBreach);
    QFETCH(double, worst);
    const SeriesEvaluation e = CriteriaEvaluator::evaluateSeries(makeSeriesA(), CompareOp(op), threshold, forSeconds);
    QCOMPARE(int(e.state), state);
    QCOMPARE(e.firstBreach.value_or(-1000), firstBreach * 1000);
    QCOMPARE(e.worst.value_or(NaN), worst);
    QCOMPARE(e.usualIntervalMs, 60000);

    const CriterionResult r = CriteriaEvaluator::evaluate(metricCriterion(CompareOp(op), threshold, forSeconds), {makeSeriesA()}, {});
    QCOMPARE(int(r.state), state);
    QCOMPARE(r.firstBreach.value_or(-1000), firstBreach * 1000);
    QCOMPARE(r.series, QStringList{QStringLiteral("A")});
}

void TestCriteria::gapBreaksRun_data()
{
    QTest::addColumn<QList<qint64>>("times");
    QTest::addColumn<double>("forSeconds");
    QTest::addColumn<qint64>("firstBreach");
    // Spacing 60 s (median) with one 240 s hole (> 2 x 60): the run 0..180 ends there and a
    // new one starts at 420, reaching only 120 s at 540. Without the rule 540 s would count.
    QTest::newRow("gap breaks 240") << QList<qint64>{0, 60, 120, 180, 420, 480, 540} << 240.0 << qint64(-1);
    QTest::newRow("gap, 120 before it") << QList<qint64>{0, 60, 120, 180, 420, 480, 540} << 120.0 << qint64(120);
    QTest::newRow("gap, 120 after it only") << QList<qint64>{0, 60, 300, 360, 420} << 120.0 << qint64(420);
    // A hole of exactly 2 x 60 s does not break: run 0..240 reaches 240 s at 240.
    QTest::newRow("exactly twice") << QList<qint64>{0, 60, 120, 240, 300} << 240.0 << qint64(240);
}

void TestCriteria::gapBreaksRun()
{
    QFETCH(QList<qint64>, times);
    QFETCH(double, forSeconds);
    QFETCH(qint64, firstBreach);
    QList<double> values(times.size(), 40.0);
    const SeriesEvaluation e = CriteriaEvaluator::evaluateSeries(series(QStringLiteral("B"), times, values),
                                                                 CompareOp::Greater, 30.0, forSeconds);
    QCOMPARE(e.firstBreach.value_or(-1000), firstBreach * 1000);
    QCOMPARE(int(e.state), firstBreach >= 0 ? int(CriterionState::Breached) : int(CriterionState::Ok));
    QCOMPARE(e.usualIntervalMs, 60000);
}

void TestCriteria::nanPointBreaksRun()
{
    // 40, 40, NaN, 40, 40 every minute: the NaN at 120 ends the run 0..60; 180..240 is 60 s.
    const MetricSeries s = series(QStringLiteral("D"), {0, 60, 120, 180, 240}, {40, 40, NaN, 40, 40});
    const SeriesEvaluation e120 = CriteriaEvaluator::evaluateSeries(s, CompareOp::Greater, 30, 120);
    QCOMPARE(int(e120.state), int(CriterionState::Ok));
    QCOMPARE(e120.worst.value_or(NaN), 40.0);
    const SeriesEvaluation e60 = CriteriaEvaluator::evaluateSeries(s, CompareOp::Greater, 30, 60);
    QCOMPARE(e60.firstBreach.value_or(-1), 60000);
}

void TestCriteria::breachAtLastPoint()
{
    const MetricSeries s = series(QStringLiteral("E"), {0, 60, 120, 180, 240}, {1, 1, 1, 1, 99});
    const SeriesEvaluation e = CriteriaEvaluator::evaluateSeries(s, CompareOp::Greater, 50, 0);
    QCOMPARE(e.firstBreach.value_or(-1), 240000);
    QCOMPARE(e.worst.value_or(NaN), 99.0);
    // Held exactly `for` seconds at the last point.
    const MetricSeries f = series(QStringLiteral("F"), {0, 60, 120}, {40, 40, 40});
    QCOMPARE(CriteriaEvaluator::evaluateSeries(f, CompareOp::Greater, 30, 120).firstBreach.value_or(-1), 120000);
    QCOMPARE(int(CriteriaEvaluator::evaluateSeries(f, CompareOp::Greater, 30, 121).state), int(CriterionState::Ok));
    // One point: no spacing, a single breaching point with for = 0 is a breach.
    const MetricSeries one = series(QStringLiteral("G"), {42}, {31});
    QCOMPARE(CriteriaEvaluator::evaluateSeries(one, CompareOp::Greater, 30, 0).firstBreach.value_or(-1), 42000);
}

void TestCriteria::noData()
{
    const MetricSeries gaps = series(QStringLiteral("H"), {0, 60}, {NaN, NaN});
    QCOMPARE(int(CriteriaEvaluator::evaluateSeries(gaps, CompareOp::Greater, 30, 0).state), int(CriterionState::NoData));
    const CriterionResult none = CriteriaEvaluator::evaluate(metricCriterion(CompareOp::Greater, 30, 0, QStringLiteral("iops")),
                                                             {makeSeriesA()}, {});
    QCOMPARE(int(none.state), int(CriterionState::NoData));
    QVERIFY(none.series.isEmpty());
    QVERIFY(none.detail.contains(QStringLiteral("iops")));
    const CriterionResult onlyGaps = CriteriaEvaluator::evaluate(metricCriterion(CompareOp::Greater, 30, 0), {gaps}, {});
    QCOMPARE(int(onlyGaps.state), int(CriterionState::NoData));
    QCOMPARE(onlyGaps.series, QStringList{QStringLiteral("H")});
}

void TestCriteria::severalSeries()
{
    // A breaches (> 30 for 120) at 360 with worst 50; K breaches at 120 with worst 45.
    const MetricSeries k = series(QStringLiteral("K"), {0, 60, 120}, {45, 45, 45});
    const MetricSeries other = series(QStringLiteral("L"), {0, 60}, {99, 99}, QStringLiteral("iops"));
    const CriterionResult r = CriteriaEvaluator::evaluate(metricCriterion(CompareOp::Greater, 30, 120), {makeSeriesA(), k, other}, {});
    QCOMPARE(int(r.state), int(CriterionState::Breached));
    QCOMPARE(r.firstBreach.value_or(-1), 120000);
    QCOMPARE(r.worst.value_or(NaN), 50.0);
    QCOMPARE(r.series, (QStringList{QStringLiteral("A"), QStringLiteral("K")}));
    // For "<" the worst is the lowest across series: A's 10.
    const CriterionResult low = CriteriaEvaluator::evaluate(metricCriterion(CompareOp::Less, 5, 0), {k, makeSeriesA()}, {});
    QCOMPARE(low.worst.value_or(NaN), 10.0);
    QCOMPARE(int(low.state), int(CriterionState::Ok));
}

void TestCriteria::selectors_data()
{
    QTest::addColumn<QString>("selector");
    QTest::addColumn<bool>("matches");
    QTest::newRow("metric") << "pg_replication_lag_seconds" << true;
    QTest::newRow("case") << "PG_Replication_Lag_Seconds" << true;
    QTest::newRow("name") << "pg-replica-1:9187" << true;
    QTest::newRow("label") << "pg_replication_lag_seconds{instance=pg-replica-1:9187}" << true;
    QTest::newRow("quoted label") << "pg_replication_lag_seconds{instance=\"pg-replica-1:9187\", job=postgres}" << true;
    QTest::newRow("other label") << "pg_replication_lag_seconds{instance=pg-replica-2:9187}" << false;
    QTest::newRow("other metric") << "replication_lag" << false;
    QTest::newRow("empty") << "" << false;
}

void TestCriteria::selectors()
{
    QFETCH(QString, selector);
    QFETCH(bool, matches);
    const MetricSeries s = series(QStringLiteral("pg-replica-1:9187"), {0}, {1}, QStringLiteral("pg_replication_lag_seconds"),
                                  {{QStringLiteral("instance"), QStringLiteral("pg-replica-1:9187")}, {QStringLiteral("job"), QStringLiteral("postgres")}});
    QCOMPARE(CriteriaEvaluator::matches(selector, s), matches);
}

void TestCriteria::validation_data()
{
    QTest::addColumn<int>("op");
    QTest::addColumn<double>("threshold");
    QTest::addColumn<int>("state");
    // 5 objects, 3 failed (t = 300, 100, 200 s): the first failure ran at 100 s.
    QTest::newRow("> 0") << int(CompareOp::Greater) << 0.0 << int(CriterionState::Breached);
    QTest::newRow("> 3") << int(CompareOp::Greater) << 3.0 << int(CriterionState::Ok);
    QTest::newRow(">= 3") << int(CompareOp::GreaterOrEqual) << 3.0 << int(CriterionState::Breached);
    QTest::newRow("< 3") << int(CompareOp::Less) << 3.0 << int(CriterionState::Ok);
    QTest::newRow("<= 3") << int(CompareOp::LessOrEqual) << 3.0 << int(CriterionState::Breached);
}

void TestCriteria::validation()
{
    QFETCH(int, op);
    QFETCH(double, threshold);
    QFETCH(int, state);
    QList<ValidationResult> results;
    const ValidationStatus statuses[] = {ValidationStatus::Passed, ValidationStatus::Failed, ValidationStatus::Failed,
                                         ValidationStatus::Unknown, ValidationStatus::Failed};
    const qint64 at[] = {50, 300, 100, 20, 200};
    for (int i = 0; i < 5; ++i) {
        ValidationResult v;
        v.object = QStringLiteral("t%1").arg(i);
        v.status = statuses[i];
        v.runAt = QDateTime::fromSecsSinceEpoch(at[i], QTimeZone::utc());
        results << v;
    }
    Criterion c;
    c.id = QStringLiteral("v");
    c.kind = CriterionKind::Validation;
    c.op = CompareOp(op);
    c.threshold = threshold;
    const CriterionResult r = CriteriaEvaluator::evaluate(c, {}, results);
    QCOMPARE(int(r.state), state);
    QCOMPARE(r.worst.value_or(NaN), 3.0);
    if (r.state == CriterionState::Breached)
        QCOMPARE(r.firstBreach.value_or(-1), 100000);
    else
        QVERIFY(!r.firstBreach);
    QCOMPARE(int(CriteriaEvaluator::evaluate(c, {}, {}).state), int(CriterionState::NoData));
}

void TestCriteria::manual_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<int>("state");
    QTest::newRow("yes") << int(ManualAnswer::Yes) << int(CriterionState::Breached);
    QTest::newRow("no") << int(ManualAnswer::No) << int(CriterionState::Ok);
    QTest::newRow("unknown") << int(ManualAnswer::Unknown) << int(CriterionState::NoData);
}

void TestCriteria::manual()
{
    QFETCH(int, answer);
    QFETCH(int, state);
    Criterion c;
    c.kind = CriterionKind::Manual;
    c.answer = ManualAnswer(answer);
    QCOMPARE(int(CriteriaEvaluator::evaluate(c, {makeSeriesA()}, {}).state), state);
}

void TestCriteria::wholePlan()
{
    Plan plan;
    plan.series = {makeSeriesA()};
    plan.criteria = {metricCriterion(CompareOp::Greater, 30, 120), metricCriterion(CompareOp::Greater, 1000, 0)};
    plan.criteria[1].id = QStringLiteral("c2");
    plan.criteria[1].action = CriterionAction::Warn;
    const QList<CriterionResult> r = CriteriaEvaluator::evaluate(plan);
    QCOMPARE(r.size(), 2);
    QCOMPARE(r[0].id, QStringLiteral("c1"));
    QCOMPARE(int(r[0].state), int(CriterionState::Breached));
    QCOMPARE(int(r[1].action), int(CriterionAction::Warn));
    QCOMPARE(int(r[1].state), int(CriterionState::Ok));
    QCOMPARE(toString(CriterionState::NoData), QStringLiteral("no-data"));
}

QTEST_GUILESS_MAIN(TestCriteria)
#include "test_criteria.moc"
