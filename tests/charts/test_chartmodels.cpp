// SPDX-License-Identifier: GPL-3.0-or-later
// The chart data models of the simulation, validation and criteria charts.
#include "chartfixtures.h"

#include "charts/criteriaboard.h"
#include "charts/simulationchart.h"
#include "charts/validationchart.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace cutover;
using namespace cutover::charts;

class TestChartModels : public QObject
{
    Q_OBJECT
private slots:
    void distributionFromSamples()
    {
        // 1..10: nearest rank P50 = 5th value, P80 = 8th, P95 = ceil(9.5) = 10th.
        const OutcomeDistribution d = OutcomeDistribution::fromSamples({ 7, 3, 9, 1, 5, 2, 8, 10, 4, 6 }, 3, 6.5);
        QCOMPARE(d.total, 10);
        QCOMPARE(d.p50, 5.0);
        QCOMPARE(d.p80, 8.0);
        QCOMPARE(d.p95, 10.0);
        QCOMPARE(d.mean, 5.5);
        // Bins of width 3 over [1, 10]: [1,4) 1,2,3 | [4,7) 4,5,6 | [7,10] 7,8,9,10.
        QCOMPARE(d.binEdges, QList<double>({ 1, 4, 7, 10 }));
        QCOMPARE(d.counts, QList<int>({ 3, 3, 4 }));
        QCOMPARE(d.probability, 0.6); // six samples ≤ 6.5
        QCOMPARE(d.sCurve.constFirst(), QPointF(1, 0.1));
        QCOMPARE(d.sCurve.constLast(), QPointF(10, 1.0));
    }

    void distributionTiesAndEmpty()
    {
        const OutcomeDistribution same = OutcomeDistribution::fromSamples({ 4, 4, 4, 4 }, 10);
        QCOMPARE(same.counts, QList<int>({ 4 }));
        QCOMPARE(same.sCurve.constFirst(), QPointF(4, 1.0));
        QVERIFY(std::isnan(same.probability));
        const OutcomeDistribution none = OutcomeDistribution::fromSamples({ qQNaN() }, 10);
        QVERIFY(none.isEmpty());
    }

    void simulationDataFromResult()
    {
        const Plan plan = testing::fixturePlan();
        const Schedule schedule = testing::fixtureSchedule();
        SimulationResult r;
        r.iterations = 4000;
        r.seed = 99;
        r.probabilityWithinWindow = 0.93;
        r.duration = { 305, 300, 320, 340, 290, 360, 10 };
        r.downtime = Percentiles { 102, 100, 110, 118, 95, 130, 6 };
        r.finishDistribution.binEdges = { 290, 300, 310, 320 };
        r.finishDistribution.counts = { 1000, 2000, 1000 };
        r.finishDistribution.sCurve = { { 290, 0 }, { 320, 1 } };
        r.downtimeDistribution = r.finishDistribution;
        r.criticality = QList<double>(plan.tasks.size(), 1.0);
        r.criticality[10] = 0.25; // perf
        r.criticality[0] = 0.5;
        // Downtime driven by task 6 (finalsync) only: 100 + 50 u. Its fastest tenth averages
        // 100 + 50·0.05 = 102.5 and its slowest 100 + 50·0.95 = 147.5 (uniform u).
        r.sensitivity = QList<double>(plan.tasks.size(), 0.0);
        r.sensitivity[6] = 0.99;
        r.sensitivity[9] = 0.01;
        for (int k = 0; k < r.iterations; ++k) {
            r.downtimeSamples.append(100 + 50 * MonteCarlo::uniform(r.seed, k, 6));
            r.finishSamples.append(300);
        }
        const SimulationChartData d = SimulationChartData::build(plan, schedule, r);
        QCOMPARE(d.iterations, 4000);
        QCOMPARE(d.finish.total, 4000);
        QCOMPARE(d.finish.p80, 320.0);
        QCOMPARE(d.finish.limit, 480.0);
        QCOMPARE(d.finish.probability, 0.93);
        QCOMPARE(d.finish.deterministic, 300.0);
        QCOMPARE(d.finish.valueText(300), QStringLiteral("%1 01:00").arg(QLocale().dayName(7, QLocale::ShortFormat)));
        QCOMPARE(d.downtime.p95, 118.0);
        QCOMPARE(d.downtime.deterministic, 100.0);
        QCOMPARE(d.criticality.constFirst().index, 1.0);
        QCOMPARE(d.criticality.constLast().id, QStringLiteral("perf"));
        QCOMPARE(d.criticality[d.criticality.size() - 2].id, QStringLiteral("infra"));
        QCOMPARE(d.tornadoTarget, QStringLiteral("downtime"));
        QCOMPARE(d.tornado.size(), 2);
        QCOMPARE(d.tornado[0].id, QStringLiteral("finalsync"));
        QVERIFY(std::abs(d.tornado[0].low - 102.5) < 1.0);
        QVERIFY(std::abs(d.tornado[0].high - 147.5) < 1.0);
        QVERIFY(std::abs(d.tornadoBase - 125.0) < 1.5);
        // tests (index 9) does not drive downtime: both tenths near the mean.
        QVERIFY(std::abs(d.tornado[1].high - d.tornado[1].low) < 6.0);
    }

    void distributionRangeKeepsAFarLimitOffTheAxis_data()
    {
        // Samples from 600 to 700 minutes (span 100), the plan's value 610.
        QTest::addColumn<double>("limit");
        QTest::addColumn<bool>("offScale");
        QTest::addColumn<double>("x0");
        QTest::addColumn<double>("x1");
        QTest::newRow("inside") << 650.0 << false << 600.0 << 700.0;
        QTest::newRow("just after, shares the axis") << 740.0 << false << 600.0 << 740.0;
        QTest::newRow("half a span before, still shares") << 550.0 << false << 550.0 << 700.0;
        QTest::newRow("a little further: edge note") << 540.0 << true << 600.0 << 700.0;
        QTest::newRow("hours before: edge note") << 240.0 << true << 600.0 << 700.0;
        QTest::newRow("far after: edge note") << 760.0 << true << 600.0 << 700.0;
        QTest::newRow("none") << std::nan("") << false << 600.0 << 700.0;
    }

    void distributionRangeKeepsAFarLimitOffTheAxis()
    {
        QFETCH(double, limit);
        QFETCH(bool, offScale);
        QFETCH(double, x0);
        QFETCH(double, x1);
        OutcomeDistribution d;
        d.binEdges = { 600, 625, 650, 675, 700 };
        d.counts = { 1, 2, 2, 1 };
        d.deterministic = 610;
        d.limit = limit;
        const SimulationRenderer::Range r = SimulationRenderer::distributionRange(d);
        QCOMPARE(r.limitOffScale, offScale);
        QCOMPARE(r.x0, x0);
        QCOMPARE(r.x1, x1);
    }

    void simulationWithoutMarks()
    {
        Plan plan = testing::fixturePlan();
        for (Task &t : plan.tasks)
            t.marks = {};
        SimulationResult r;
        r.iterations = 10;
        r.finishSamples = QList<double>(10, 300.0);
        const SimulationChartData d = SimulationChartData::build(plan, testing::fixtureSchedule(), r);
        QVERIFY(d.downtime.isEmpty());
        QVERIFY(!d.downtime.emptyText.isEmpty());
        QCOMPARE(d.tornadoTarget, QStringLiteral("finish"));
        QVERIFY(d.tornado.isEmpty()); // no task has a non-zero rank correlation
    }

    void validationSummary()
    {
        QList<ValidationResult> results = testing::fixtureValidation();
        ValidationResult noDiff;
        noDiff.object = QStringLiteral("public.orders");
        noDiff.check = QStringLiteral("checksum");
        noDiff.status = ValidationStatus::Failed;
        results.append(noDiff);
        const ValidationSummary s = ValidationSummary::build(results);
        QCOMPARE(s.checks, 6);
        QCOMPARE(s.objects, 5);
        QCOMPARE(s.passed, 2);
        QCOMPARE(s.failed, 3);
        QCOMPARE(s.unknown, 1);
        QCOMPARE(s.failing.size(), 3);
        QCOMPARE(s.failing[0].object, QStringLiteral("public.order_items"));
        QCOMPARE(s.failing[0].difference, 9.0);
        QCOMPARE(s.failing[1].difference, 2.0);
        QVERIFY(!s.failing[2].differenceKnown);
    }

    void validationTableSortsFailedFirst()
    {
        ValidationTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResults(testing::fixtureValidation());
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), int(ValidationTableModel::ColumnCount));
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(ValidationTableModel::SortRole);
        proxy.sort(ValidationTableModel::Status);
        QCOMPARE(proxy.index(0, ValidationTableModel::Status).data(ValidationTableModel::StatusRole).toInt(), int(ValidationStatus::Failed));
        QCOMPARE(proxy.index(1, ValidationTableModel::Status).data(ValidationTableModel::StatusRole).toInt(), int(ValidationStatus::Failed));
        QCOMPARE(proxy.index(2, ValidationTableModel::Status).data(ValidationTableModel::StatusRole).toInt(), int(ValidationStatus::Unknown));
        QCOMPARE(proxy.index(4, ValidationTableModel::Status).data(ValidationTableModel::StatusRole).toInt(), int(ValidationStatus::Passed));
        // Sorting by difference uses |difference|.
        proxy.sort(ValidationTableModel::Difference, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, ValidationTableModel::Object).data().toString(), QStringLiteral("public.order_items"));
        QCOMPARE(proxy.index(0, ValidationTableModel::Source).data().toString(), QStringLiteral("5400"));
        // Filtering on the object column.
        proxy.setFilterKeyColumn(ValidationTableModel::Object);
        proxy.setFilterFixedString(QStringLiteral("pay"));
        QCOMPARE(proxy.rowCount(), 1);
    }

    void criteriaBoard()
    {
        Plan plan = testing::fixturePlan();
        CriteriaBoardData empty = CriteriaBoardData::build(plan);
        QCOMPARE(empty.tiles.size(), 3);
        QCOMPARE(empty.tiles[0].state, CriterionTile::State::NoData);
        QCOMPARE(empty.tiles[1].state, CriterionTile::State::NoData);
        QCOMPARE(empty.tiles[2].state, CriterionTile::State::ManualNo);
        QCOMPARE(empty.breached(), 0);

        plan.series.append(testing::fixtureLagSeries());
        plan.validation = testing::fixtureValidation();
        plan.criteria[2].answer = ManualAnswer::Yes;
        const CriteriaBoardData d = CriteriaBoardData::build(plan);
        QCOMPARE(d.tiles[0].state, CriterionTile::State::Breached);
        // Lag above 30 s from 23:00 held for 5 minutes at 23:05.
        QCOMPARE(d.tiles[0].firstBreach, QDateTime(QDate(2026, 3, 14), QTime(23, 5), QTimeZone(3600)));
        QCOMPARE(d.tiles[0].worst, 45.0);
        QCOMPARE(d.tiles[0].unit, QStringLiteral("s"));
        QCOMPARE(d.tiles[1].state, CriterionTile::State::Breached); // 2 failed > 0
        QCOMPARE(d.tiles[2].state, CriterionTile::State::ManualYes);
        QCOMPARE(d.breached(), 3);
        QVERIFY(CriteriaBoardRenderer::stateText(d.tiles[0], d.zone).contains(QStringLiteral("23:05")));
        // The fixture's breach is on the plan's night: time only. Data from another day shows its date.
        QVERIFY(!CriteriaBoardRenderer::stateText(d.tiles[0], d.zone, d.planStart).contains(QStringLiteral("2026")));
        QVERIFY(CriteriaBoardRenderer::stateText(d.tiles[0], d.zone, d.planStart.addDays(30)).contains(QStringLiteral("2026")));
        QVERIFY(empty.tiles[0].reason.contains(QStringLiteral("no imported series")));
        QVERIFY(d.tiles[0].reason.isEmpty());
        QVERIFY(empty.tiles[2].reason.isEmpty()); // manual: the state says it
    }

    void criteriaBoardWorstBesideThreshold_data()
    {
        QTest::addColumn<double>("worst");
        QTest::addColumn<double>("threshold");
        QTest::addColumn<QString>("expected");
        QTest::newRow("apart") << 45.0 << 30.0 << QStringLiteral("45");
        QTest::newRow("rounds onto threshold") << 90.24 << 90.0 << QStringLiteral("90.2");
        QTest::newRow("needs two decimals") << 90.04 << 90.0 << QStringLiteral("90.04");
        QTest::newRow("below, rounds onto") << 29.96 << 30.0 << QStringLiteral("29.96");
        QTest::newRow("equal") << 30.0 << 30.0 << QStringLiteral("30");
    }

    void criteriaBoardWorstBesideThreshold()
    {
        QFETCH(double, worst);
        QFETCH(double, threshold);
        QFETCH(QString, expected);
        CriterionTile t;
        t.worst = worst;
        t.threshold = threshold;
        QCOMPARE(CriteriaBoardRenderer::worstText(t), expected);
    }
};

QTEST_MAIN(TestChartModels)
#include "test_chartmodels.moc"
