// SPDX-License-Identifier: GPL-3.0-or-later
// The simulation, monitoring, validation and criteria views.
#include "../charts/chartfixtures.h"

#include "views/criteriaboardview.h"
#include "views/monitoringview.h"
#include "charts/chartstyle.h"
#include "charts/lagqchart.h"
#include "views/serieslistwidget.h"
#include "views/simulationview.h"
#include "views/validationview.h"

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QLineSeries>
#include <QTemporaryDir>
#include <QToolTip>
#include <QWheelEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>

using namespace cutover;
using namespace cutover::views;

class TestChartViews : public QObject
{
    Q_OBJECT
private slots:
    void simulationRunsOffTheUiThread()
    {
        const Plan plan = testing::fixturePlan();
        PlanAnalysis analysis(&plan);
        SimulationView view;
        view.setAutoRun(false);
        view.setIterations(2000);
        view.setAnalysis(&analysis);
        QVERIFY(!view.isRunning());
        QVERIFY(view.runButton()->isEnabled());
        QSignalSpy done(&view, &SimulationView::simulationFinished);
        QTest::mouseClick(view.runButton(), Qt::LeftButton);
        QVERIFY(view.isRunning());
        QVERIFY(view.cancelButton()->isEnabled());
        QVERIFY(!view.runButton()->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 30000);
        QVERIFY(!view.isRunning());
        QCOMPARE(view.progressBar()->value(), 100);
        QVERIFY(view.result());
        QCOMPARE(view.result()->iterations, 2000);
        QCOMPARE(view.chart()->data().finish.total, 2000);
        QCOMPARE(view.runButton()->text(), QStringLiteral("Re-run"));
        // The fixture's tasks are fixed durations: every run finishes at 300 minutes.
        QCOMPARE(view.result()->duration.p95, 300.0);
    }

    void simulationChartsAreQChartViews()
    {
        const Plan plan = testing::fixturePlan();
        PlanAnalysis analysis(&plan);
        SimulationView view;
        view.resize(1280, 1600); // tall enough for a bar per task
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setAutoRun(false);
        view.setIterations(500);
        view.setAnalysis(&analysis);
        SimulationChartWidget *chart = view.chart();
        // Before a run: each panel says so.
        QVERIFY(chart->view(SimulationChartWidget::Finish)->chart()->series().isEmpty());
        QSignalSpy done(&view, &SimulationView::simulationFinished);
        view.run();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 30000);
        // Fixed durations: every run finishes at 300 minutes, so P50 = P80 = P95 = 300.
        QChart *finish = chart->view(SimulationChartWidget::Finish)->chart();
        for (const char *name : { "P50", "P80", "P95" }) {
            QLineSeries *marker = nullptr;
            for (QAbstractSeries *s : finish->series()) {
                if (s->objectName() == QLatin1String(name))
                    marker = qobject_cast<QLineSeries *>(s);
            }
            QVERIFY2(marker, name);
            QCOMPARE(marker->points().constFirst().x(), 300.0);
        }
        // Criticality: one bar per task (all the fixture's tasks fit at this size).
        QChart *criticality = chart->view(SimulationChartWidget::Criticality)->chart();
        QCOMPARE(criticality->series().size(), 1);
        const auto *bars = qobject_cast<QAbstractBarSeries *>(criticality->series().constFirst());
        QVERIFY(bars);
        QCOMPARE(bars->barSets().constFirst()->count(), qsizetype(plan.tasks.size()));
        // Hovering the top bar names the most critical task (bars count upwards).
        QBarSet *set = bars->barSets().constFirst();
        emit set->hovered(true, int(set->count()) - 1);
        const charts::CriticalityBar &top = chart->data().criticality.constFirst();
        QVERIFY2(QToolTip::text().startsWith(top.label + QStringLiteral(": on the critical path in 100")), qPrintable(QToolTip::text()));
        emit set->hovered(false, int(set->count()) - 1);
        // The export still paints the whole chart, freshly built, at the asked size.
        QTemporaryDir dir;
        QVERIFY(chart->exportTo(dir.filePath("simulation.png"), QSize(1280, 720)).ok());
        QCOMPARE(QImage(dir.filePath("simulation.png")).size(), QSize(1280, 720));
        QVERIFY(chart->exportTo(dir.filePath("simulation.svg"), QSize(1280, 720)).ok());
        QVERIFY(!view.grab().isNull());
    }

    void editMarksStaleOrReruns()
    {
        const Plan plan = testing::fixturePlan();
        PlanAnalysis analysis(&plan);
        SimulationView view;
        view.setAutoRun(false);
        view.setIterations(500);
        view.setAnalysis(&analysis);
        QSignalSpy done(&view, &SimulationView::simulationFinished);
        view.run();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 30000);
        analysis.invalidate(PlanAnalysis::Tasks); // an edit
        QVERIFY(view.isStale());
        QTRY_VERIFY(view.statusText().contains("Re-run"));
        // With auto re-run on, an edit of a small plan runs again by itself.
        view.setAutoRun(true);
        analysis.invalidate(PlanAnalysis::Tasks);
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 2, 30000);
        QVERIFY(!view.isStale());
    }

    void simulationCancel()
    {
        Plan plan = testing::fixturePlan();
        for (Task &t : plan.tasks) {
            t.duration.optimistic = t.duration.likely * 0.5;
            t.duration.pessimistic = t.duration.likely * 2 + 1;
        }
        PlanAnalysis analysis(&plan);
        SimulationView view;
        view.setAutoRun(false);
        view.setIterations(MonteCarlo::kMaxIterations);
        view.setAnalysis(&analysis);
        view.run();
        QVERIFY(view.isRunning());
        QTest::mouseClick(view.cancelButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!view.isRunning(), 30000);
        QVERIFY(!view.result());
        QVERIFY(view.statusText().contains("cancelled"));
        QVERIFY(view.runButton()->isEnabled());
    }

    void monitoringZoomAndPan()
    {
        Plan plan = testing::fixturePlan();
        plan.series.append(testing::fixtureLagSeries());
        MonitoringView view;
        view.resize(1280, 720);
        const Schedule schedule = testing::fixtureSchedule();
        view.setPlan(plan, &schedule);
        QCOMPARE(view.data().stretches.size(), 1);
        const charts::LagViewport all = view.viewport();
        QVERIFY(all.t1 > all.t0);
        QTest::keyClick(&view, Qt::Key_Plus);
        QVERIFY(std::abs(double(view.viewport().t1 - view.viewport().t0) - double(all.t1 - all.t0) / 1.5) < 2);
        const qint64 t0 = view.viewport().t0;
        QTest::keyClick(&view, Qt::Key_Right);
        QVERIFY(view.viewport().t0 > t0);
        QTest::keyClick(&view, Qt::Key_Home);
        QCOMPARE(view.viewport().t0, all.t0);
        // Re-setting the same data keeps the zoom.
        view.zoomIn();
        const charts::LagViewport zoomed = view.viewport();
        view.setPlan(plan, &schedule);
        QCOMPARE(view.viewport().t0, zoomed.t0);
        const QImage frame = view.grab().toImage();
        QVERIFY(!frame.isNull());
        QVERIFY(view.chart()->pointCount() > 0);
    }

    void monitoringZoomChangesTheAxes()
    {
        Plan plan = testing::fixturePlan();
        plan.series.append(testing::fixtureLagSeries());
        MonitoringView view;
        view.resize(1280, 720);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const Schedule schedule = testing::fixtureSchedule();
        view.setPlan(plan, &schedule);
        QDateTimeAxis *axis = view.chart()->timeAxis();
        auto span = [&] { return double(axis->max().toMSecsSinceEpoch() - axis->min().toMSecsSinceEpoch()); };
        const double whole = span();
        QCOMPARE(whole, double(view.viewport().t1 - view.viewport().t0));
        // + zooms by 1.5 around the middle, − back.
        QTest::keyClick(&view, Qt::Key_Plus);
        QVERIFY(std::abs(span() - whole / 1.5) <= 2);
        QTest::keyClick(&view, Qt::Key_Minus);
        QVERIFY(std::abs(span() - whole) <= 2);
        // Ctrl+wheel: one notch (120) zooms by 1.0015^120 at the mouse, which stays at the same time.
        const QRectF plot = view.chart()->plotArea();
        const QPointF at(plot.left() + plot.width() * 0.25, plot.center().y());
        const qint64 timeAtMouse = view.chart()->timeAt(at.x());
        QWheelEvent wheel(at, view.mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(&view, &wheel);
        QVERIFY(std::abs(span() - whole / std::pow(1.0015, 120)) <= 2);
        QVERIFY(std::abs(double(view.chart()->timeAt(at.x()) - timeAtMouse)) <= span() / plot.width());
        // A plain wheel pans by half the wheel delta in pixels; the span stays.
        const double zoomed = span();
        const qint64 min0 = axis->min().toMSecsSinceEpoch();
        QWheelEvent pan(at, view.mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(&view, &pan);
        QVERIFY(std::abs(double(axis->min().toMSecsSinceEpoch() - min0) - 60.0 / plot.width() * zoomed) <= 2);
        QVERIFY(std::abs(span() - zoomed) <= 2);
        // A drag of 100 px to the right shows earlier times by 100 px worth.
        const qint64 min1 = axis->min().toMSecsSinceEpoch();
        QTest::mousePress(&view, Qt::LeftButton, Qt::NoModifier, QPoint(400, 300));
        QMouseEvent move(QEvent::MouseMove, QPointF(500, 300), view.mapToGlobal(QPointF(500, 300)), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&view, &move);
        QTest::mouseRelease(&view, Qt::LeftButton, Qt::NoModifier, QPoint(500, 300));
        QVERIFY(std::abs(double(min1 - axis->min().toMSecsSinceEpoch()) - 100.0 / plot.width() * zoomed) <= 2);
        // ←/→ pan by a tenth of the plot; Home shows the whole range again.
        const qint64 min2 = axis->min().toMSecsSinceEpoch();
        QTest::keyClick(&view, Qt::Key_Right);
        QVERIFY(std::abs(double(axis->min().toMSecsSinceEpoch() - min2) - zoomed * 0.1) <= 2);
        QTest::keyClick(&view, Qt::Key_Home);
        QVERIFY(std::abs(span() - whole) <= 2);
        // The series were re-queried for the new window: never more than two points per pixel column.
        for (QLineSeries *line : view.chart()->segments(0))
            QVERIFY(line->count() <= 2 * plot.width());
    }

    void monitoringExport()
    {
        Plan plan = testing::fixturePlan();
        plan.series.append(testing::fixtureLagSeries());
        MonitoringView view;
        view.resize(1000, 600);
        view.setPlan(plan);
        view.zoomIn();
        const charts::LagViewport before = view.viewport();
        const qsizetype points = view.chart()->pointCount();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // PNG at the export size, with the series drawn (its colour is in the image).
        const QString png = dir.filePath(QStringLiteral("lag.png"));
        QVERIFY(view.exportTo(png, QSize(1280, 720)).ok());
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1280, 720));
        bool seriesColour = false;
        for (int y = 0; y < image.height() && !seriesColour; y += 2)
            for (int x = 0; x < image.width() && !seriesColour; ++x)
                seriesColour = QColor(image.pixel(x, y)) == charts::ChartStyle::seriesColor(0);
        QVERIFY(seriesColour);
        // SVG: vector, titled.
        const QString svg = dir.filePath(QStringLiteral("lag.svg"));
        QVERIFY(view.exportTo(svg, QSize(1280, 720)).ok());
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(!text.contains("<image"));
        QVERIFY(text.contains("Monitoring: "));
        // The export draws its own chart: the view's zoom and series are untouched.
        QCOMPARE(view.viewport().t0, before.t0);
        QCOMPARE(view.viewport().t1, before.t1);
        QCOMPARE(view.chart()->pointCount(), points);
    }

    void monitoringTooltip()
    {
        Plan plan = testing::fixturePlan();
        plan.series.append(testing::fixtureLagSeries());
        MonitoringView view;
        view.resize(1280, 720);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setPlan(plan);
        // A drawn point of the breach (45 s), where Qt Charts puts it on the screen.
        QLineSeries *line = view.chart()->segments(0).constFirst();
        QPointF target;
        for (const QPointF &p : line->points()) {
            if (p.y() == 45.0) {
                target = p;
                break;
            }
        }
        QVERIFY(target.y() == 45.0);
        const QPointF pos = view.chart()->mapToPosition(target, line);
        int series = -1;
        qint64 ms = 0;
        double value = 0;
        QVERIFY(view.chart()->nearestPoint(pos, 24, &series, &ms, &value));
        QCOMPARE(series, 0);
        QCOMPARE(value, 45.0);
        QVERIFY(std::abs(double(ms) - target.x() + double(view.chart()->timeAxis()->min().toMSecsSinceEpoch() - view.viewport().t0)) < 1);
        QMouseEvent move(QEvent::MouseMove, pos, view.mapToGlobal(pos), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(&view, &move);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY(QToolTip::text().contains(QStringLiteral("replica-1")));
        QVERIFY(QToolTip::text().contains(QStringLiteral("45 s")));
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, plan.displayZone());
        QVERIFY2(QToolTip::text().contains(at.toString(QStringLiteral("HH:mm:ss"))), qPrintable(QToolTip::text()));
        // Far from every line: no tooltip.
        QVERIFY(!view.chart()->nearestPoint(QPointF(view.chart()->plotArea().center().x(), view.chart()->plotArea().top() + 2), 24, &series, &ms, &value));
    }

    void monitoringSeriesSelection()
    {
        // replica-1 is watched by the lag criterion, iops is not.
        Plan plan = testing::fixturePlan();
        plan.series.append(testing::fixtureLagSeries());
        MetricSeries iops;
        iops.id = "iops";
        iops.name = "iops";
        iops.metric = "disk_iops";
        iops.unit = "IOPS";
        iops.times = { plan.series[0].times.constFirst(), plan.series[0].times.constLast() };
        iops.values = { 100, 200 };
        plan.series.append(iops);
        MonitoringView view;
        view.resize(1000, 600);
        SeriesListWidget list(&view);
        QSignalSpy changed(&view, &MonitoringView::selectionChanged);
        view.setPlan(plan);
        // Default: the series bound to a criterion only.
        QCOMPARE(view.selectedSeries(), QList<int> { 0 });
        QCOMPARE(view.data().series.size(), 1);
        QCOMPARE(view.data().totalSeries, 2);
        QVERIFY(!view.hasUserSelection());
        QCOMPARE(list.list()->count(), 2);
        QCOMPARE(list.list()->item(0)->checkState(), Qt::Checked);
        QCOMPARE(list.list()->item(1)->checkState(), Qt::Unchecked);
        QVERIFY(list.list()->item(0)->font().bold());
        QVERIFY(!list.list()->item(1)->font().bold());
        QVERIFY(list.criterionButton()->isEnabled());

        // Checking an item draws it, and the export draws what the view draws.
        changed.clear();
        list.list()->item(1)->setCheckState(Qt::Checked);
        QCOMPARE(view.selectedSeries(), (QList<int> { 0, 1 }));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(view.data().series.size(), 2);
        QVERIFY(view.hasUserSelection());
        QCOMPARE(view.selectedSeriesIds(), (QStringList { "s1", "iops" }));

        // Unchecking the watched series hides its threshold and breaches too.
        list.list()->item(0)->setCheckState(Qt::Unchecked);
        QCOMPARE(view.data().series.size(), 1);
        QVERIFY(view.data().thresholds.isEmpty());
        QVERIFY(view.data().stretches.isEmpty());

        // The buttons.
        QTest::mouseClick(list.criterionButton(), Qt::LeftButton);
        QCOMPARE(view.selectedSeries(), QList<int> { 0 });
        QCOMPARE(list.list()->item(1)->checkState(), Qt::Unchecked);
        QTest::mouseClick(list.showAllButton(), Qt::LeftButton);
        QCOMPARE(view.selectedSeries(), (QList<int> { 0, 1 }));
        QCOMPARE(list.list()->item(0)->checkState(), Qt::Checked);

        // A user's choice survives new data (by series id); a new series is not drawn unasked.
        list.list()->item(0)->setCheckState(Qt::Unchecked);
        MetricSeries extra = iops;
        extra.id = "extra";
        extra.name = "extra";
        plan.series.prepend(extra);
        view.setPlan(plan);
        QCOMPARE(view.selectedSeriesIds(), QStringList { "iops" });
        QCOMPARE(list.list()->count(), 3);
        QCOMPARE(list.list()->item(0)->checkState(), Qt::Unchecked);
        QCOMPARE(list.list()->item(2)->checkState(), Qt::Checked);
        const QImage frame = view.grab().toImage();
        QVERIFY(!frame.isNull());

        // A fresh import of the watched series (new checksum, new id) after the choice is drawn:
        // the choice covers the series that existed when it was made.
        MetricSeries fresh = testing::fixtureLagSeries();
        fresh.id = "s1-reimported";
        plan.series.append(fresh);
        view.setPlan(plan);
        QCOMPARE(view.selectedSeriesIds(), (QStringList { "iops", "s1-reimported" }));
        QVERIFY(view.hasUserSelection());

        // While none of the chosen series exists (their import undone), the default rule draws;
        // the choice is kept, and comes back with its series (a redo).
        const QList<MetricSeries> chosenTime = plan.series;
        plan.series.clear();
        plan.series.append(testing::fixtureLagSeries());
        plan.series.append(iops);
        plan.series[1].id = "other-iops";
        view.setPlan(plan);
        QVERIFY(view.hasUserSelection());
        QCOMPARE(view.selectedSeriesIds(), QStringList { "s1" });
        plan.series = chosenTime;
        view.setPlan(plan);
        QCOMPARE(view.selectedSeriesIds(), (QStringList { "iops", "s1-reimported" }));

        // Opening another plan forgets a choice.
        list.list()->item(1)->setCheckState(Qt::Checked);
        QVERIFY(view.hasUserSelection());
        view.resetSelection();
        QVERIFY(!view.hasUserSelection());
        // The default rule: the two series the criterion watches (s1 and its re-import).
        QCOMPARE(view.selectedSeriesIds(), (QStringList { "s1", "s1-reimported" }));
    }

    void validationTableFilterAndSummary()
    {
        ValidationView view;
        view.setResults(testing::fixtureValidation(), "fixture");
        QCOMPARE(view.summaryText(), QStringLiteral("5 objects · 2 passed · 2 failed · 1 unknown"));
        QCOMPARE(view.proxy()->rowCount(), 5);
        // Failed first.
        QCOMPARE(view.proxy()->index(0, charts::ValidationTableModel::Status).data(charts::ValidationTableModel::StatusRole).toInt(),
                 int(ValidationStatus::Failed));
        view.statusFilter()->setCurrentIndex(view.statusFilter()->findData(int(ValidationStatus::Passed)));
        QCOMPARE(view.proxy()->rowCount(), 2);
        view.statusFilter()->setCurrentIndex(0);
        QTest::keyClicks(view.filterEdit(), "ORDER");
        QCOMPARE(view.proxy()->rowCount(), 2); // orders, order_items
        QCOMPARE(view.chart()->summary().failed, 2);
        // The bars of the failing checks in a QChartView: |difference| 9 and 2, the largest at the top.
        QChart *chart = view.chart()->view()->chart();
        const auto *bars = qobject_cast<QHorizontalBarSeries *>(chart->series().value(0));
        QVERIFY(bars);
        QCOMPARE(bars->barSets().constFirst()->at(1), 9.0);
        QCOMPARE(bars->barSets().constFirst()->at(0), 2.0);
        QTemporaryDir dir;
        QVERIFY(view.chart()->exportTo(dir.filePath("validation.png"), QSize(1280, 720)).ok());
    }

    void criteriaBoardView()
    {
        Plan plan = testing::fixturePlan();
        plan.series.append(testing::fixtureLagSeries());
        CriteriaBoardView view;
        view.resize(1280, 720);
        view.setPlan(plan);
        QCOMPARE(view.data().tiles.size(), 3);
        QCOMPARE(view.data().tiles[0].state, charts::CriterionTile::State::Breached);
        QVERIFY(!view.grab().isNull());
    }
};

QTEST_MAIN(TestChartViews)
#include "test_chartviews.moc"
