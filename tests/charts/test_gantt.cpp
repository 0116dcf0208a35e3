// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartfixtures.h"

#include "charts/chartstyle.h"
#include "charts/ganttrenderer.h"
#include "charts/timeaxis.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace cutover;
using namespace cutover::charts;

class TestGantt : public QObject
{
    Q_OBJECT
private slots:
    void crowdedDayLabelsAreThinned()
    {
        // One pixel per second. A date label is far wider than 10 px and far narrower than 5,000.
        QList<TimeTick> ticks(3);
        ticks[0].ms = 0;
        ticks[0].dayLabel = QStringLiteral("Sat 28 Nov 2026");
        ticks[1].ms = 10 * 1000;
        ticks[1].dayLabel = QStringLiteral("Sun 29 Nov 2026");
        ticks[2].ms = 5000 * 1000;
        ticks[2].dayLabel = QStringLiteral("Mon 30 Nov 2026");
        const QFontMetricsF metrics(ChartStyle().font(0.85));
        TimeAxis::thinDayLabels(ticks, [](qint64 ms) { return double(ms) / 1000.0; }, metrics);
        QVERIFY(ticks[0].dayLabel.isEmpty());  // would run into Sunday's label
        QCOMPARE(ticks[1].dayLabel, QStringLiteral("Sun 29 Nov 2026"));
        QCOMPARE(ticks[2].dayLabel, QStringLiteral("Mon 30 Nov 2026"));
    }
    void rowsGroupedByPhase()
    {
        const GanttData d = GanttData::build(testing::fixturePlan(), testing::fixtureSchedule());
        // 5 phase headers + 13 tasks.
        QCOMPARE(d.rows.size(), 18);
        const QStringList expected = { "Prepare target", "infra", "network", "ready", "Continuous sync", "load", "catchup",
                                       "Final cutover", "freeze", "finalsync", "starttarget", "Validate on target", "gate",
                                       "tests", "perf", "switch", "Confirm success", "integrity" };
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(d.rows[i].label, expected[i]);
        QCOMPARE(d.rows[0].kind, GanttRow::Kind::Phase);
        QCOMPARE(d.rows[1].kind, GanttRow::Kind::Task);
        QCOMPARE(d.bars[d.barIndex("perf")].row, 14);
        QCOMPARE(d.rows[14].bar, d.barIndex("perf"));
    }

    void unknownPhaseGoesUnderOther()
    {
        Plan plan = testing::fixturePlan();
        plan.tasks[4].phase = QStringLiteral("nowhere"); // catchup
        const GanttData d = GanttData::build(plan, testing::fixtureSchedule());
        QCOMPARE(d.rows.size(), 19);
        QCOMPARE(d.rows[17].kind, GanttRow::Kind::Phase);
        QCOMPARE(d.rows[17].label, QStringLiteral("Other"));
        QCOMPARE(d.rows[18].label, QStringLiteral("catchup"));
    }

    void barsAndMarkersFromSchedule()
    {
        const GanttData d = GanttData::build(testing::fixturePlan(), testing::fixtureSchedule());
        const GanttBar &tests = d.bars[d.barIndex("tests")];
        QCOMPARE(tests.start, 190.0);
        QCOMPARE(tests.finish, 230.0);
        QVERIFY(tests.critical);
        QVERIFY(!d.bars[d.barIndex("perf")].critical);
        QCOMPARE(d.bars[d.barIndex("perf")].totalFloat, 20.0);
        QCOMPARE(d.finish, 300.0);
        QCOMPARE(d.windowStart, 120.0);
        QCOMPARE(d.windowEnd, 480.0);
        QCOMPARE(d.freezeStart, 140.0);
        QCOMPARE(d.trafficSwitched, 240.0);
        QCOMPARE(d.pointOfNoReturn, 240.0);
        // Deadline 03:25 is 7 h 25 min after the 20:00 start.
        QCOMPARE(d.rollbackDeadline, 445.0);
        QVERIFY(std::isnan(d.rollbackDeadlineP80));
        QCOMPARE(d.toDateTime(240).time(), QTime(0, 0));
        // Links: 13 FS links, critical when both ends are.
        QCOMPARE(d.links.size(), 13);
        int critical = 0;
        for (const GanttLink &l : d.links)
            critical += l.critical ? 1 : 0;
        QCOMPARE(critical, 11); // all but gate→perf and perf→switch
    }

    void p80GhostAndDeadlineFromSimulation()
    {
        SimulationResult sim;
        sim.rollbackDeadlineP80 = QDateTime(QDate(2026, 3, 15), QTime(3, 10), QTimeZone(3600));
        QList<double> p80(13, std::nan(""));
        p80[9] = 250;
        const GanttData d = GanttData::build(testing::fixturePlan(), testing::fixtureSchedule(), &sim, p80);
        QCOMPARE(d.rollbackDeadlineP80, 430.0);
        QCOMPARE(d.bars[9].p80Finish, 250.0);
        QVERIFY(std::isnan(d.bars[8].p80Finish));
        QCOMPARE(d.maxTime(), 480.0);
        QCOMPARE(d.minTime(), 0.0);
    }

    void ghostBarsFromTheSimulationsTaskQuantiles()
    {
        SimulationResult sim;
        sim.taskFinishP80 = QList<double>(13, 0.0);
        sim.taskFinishP80[9] = 500; // past the window's end (480)
        sim.taskFinishP80[2] = 75;
        // No explicit P80 finishes: the simulation's are drawn.
        GanttData d = GanttData::build(testing::fixturePlan(), testing::fixtureSchedule(), &sim);
        QCOMPARE(d.bars[9].p80Finish, 500.0);
        QCOMPARE(d.bars[2].p80Finish, 75.0);
        QCOMPARE(d.maxTime(), 500.0); // the time range covers the ghost bars
        // Explicit ones win.
        QList<double> p80(13, std::nan(""));
        p80[9] = 250;
        d = GanttData::build(testing::fixturePlan(), testing::fixtureSchedule(), &sim, p80);
        QCOMPARE(d.bars[9].p80Finish, 250.0);
        QVERIFY(std::isnan(d.bars[2].p80Finish));
        // Quantiles of another plan (a different task count) are ignored, not misplaced.
        sim.taskFinishP80.removeLast();
        d = GanttData::build(testing::fixturePlan(), testing::fixtureSchedule(), &sim);
        for (const GanttBar &bar : d.bars)
            QVERIFY(std::isnan(bar.p80Finish));
    }

    void markerLabelsDoNotCollide_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1600x1000") << QSize(1600, 1000);
        QTest::newRow("1280x720") << QSize(1280, 720);
        QTest::newRow("narrow 640x480") << QSize(640, 480);
    }
    void markerLabelsDoNotCollide()
    {
        // The fixture crowds the markers: window opens 22:00 and freeze 22:20, traffic switch and
        // point of no return both at 00:00, and the P80 deadline equal to the likely one (03:25).
        QFETCH(QSize, size);
        SimulationResult sim;
        sim.rollbackDeadlineP80 = QDateTime(QDate(2026, 3, 15), QTime(3, 25), QTimeZone(3600));
        const GanttData d = GanttData::build(testing::fixturePlan(), testing::fixtureSchedule(), &sim);
        QCOMPARE(d.rollbackDeadlineP80, d.rollbackDeadline);
        const QRectF rect(QPointF(0, 0), size);
        const ChartStyle style = ChartStyle::forSize(rect.size());
        const GanttLayout L(d, GanttLayout::fitAll(d, rect, style), rect, style);
        QCOMPARE(L.markers.size(), 7);
        QCOMPARE(L.markerLabels.rects.size(), 7);
        QVERIFY(L.markerLabels.complete);
        const double gap = std::max(3.0, style.fontPx * 0.25);
        for (qsizetype i = 0; i < L.markers.size(); ++i) {
            const QRectF r = L.markerLabels.rects[i];
            const double x = L.x(L.markers[i].at);
            QVERIFY(r.width() > 0);
            QVERIFY2(std::abs(r.left() - (x + gap)) < 1e-6 || std::abs(r.right() - (x - gap)) < 1e-6,
                     qPrintable(L.markers[i].text + " is not beside its line"));
            QVERIFY(L.markerBand.contains(r));
            QVERIFY(r.bottom() <= L.plot().top());
            QVERIFY(r.left() >= L.plot().left() - 1e-6 && r.right() <= L.plot().right() + 1e-6);
            QVERIFY(L.markerLabels.lineTop(i) <= r.top());
            for (qsizetype j = 0; j < L.markers.size(); ++j) {
                if (j == i)
                    continue;
                QVERIFY2(!r.intersects(L.markerLabels.rects[j]), qPrintable(L.markers[i].text + " overlaps " + L.markers[j].text));
                const double xj = L.x(L.markers[j].at);
                if (xj >= r.left() && xj <= r.right())
                    QVERIFY2(L.markerLabels.lineTop(j) >= r.bottom(), qPrintable(L.markers[j].text + "'s line crosses " + L.markers[i].text));
            }
        }
    }

    void barGeometry_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<double>("start");
        QTest::addColumn<double>("finish");
        QTest::newRow("infra") << "infra" << 0.0 << 60.0;
        QTest::newRow("tests") << "tests" << 190.0 << 230.0;
        QTest::newRow("perf") << "perf" << 190.0 << 210.0;
        QTest::newRow("integrity") << "integrity" << 240.0 << 300.0;
    }
    void barGeometry()
    {
        QFETCH(QString, id);
        QFETCH(double, start);
        QFETCH(double, finish);
        const GanttData d = GanttData::build(testing::fixturePlan(), testing::fixtureSchedule());
        GanttViewport v;
        v.t0 = 0;
        v.t1 = 300;
        v.rowHeight = 20;
        const QRectF rect(0, 0, 1600, 1000);
        const GanttLayout L(d, v, rect, ChartStyle::forSize(rect.size()));
        const int bar = d.barIndex(id);
        const QRectF r = L.barRect(bar);
        // x maps [0, 300] minutes onto the plot's width.
        QCOMPARE(r.left(), L.plot().left() + L.plot().width() * start / 300.0);
        QCOMPARE(r.width(), L.plot().width() * (finish - start) / 300.0);
        // The bar sits inside its row.
        const double rowTop = L.plot().top() + d.bars[bar].row * 20.0;
        QVERIFY(r.top() > rowTop && r.bottom() < rowTop + 20.0);
        // Hit-testing finds it again, in the middle of the bar and on its label.
        QCOMPARE(L.barAt(r.center()), bar);
        QCOMPARE(L.barAt(QPointF(L.labelColumn.center().x(), r.center().y())), bar);
        QCOMPARE(L.rowAt(r.center().y()), d.bars[bar].row);
    }

    void milestoneIsDiamondAtFinish()
    {
        const GanttData d = GanttData::build(testing::fixturePlan(), testing::fixtureSchedule());
        GanttViewport v;
        v.t0 = 0;
        v.t1 = 300;
        v.rowHeight = 30;
        const QRectF rect(0, 0, 1280, 720);
        const GanttLayout L(d, v, rect, ChartStyle::forSize(rect.size()));
        const QRectF r = L.barRect(d.barIndex("ready"));
        QCOMPARE(r.center().x(), L.plot().left() + L.plot().width() * 90.0 / 300.0);
        QCOMPARE(r.width(), r.height());
    }

    void scrollingAndZoomMoveBars()
    {
        const GanttData d = GanttData::build(testing::fixturePlan(), testing::fixtureSchedule());
        const QRectF rect(0, 0, 1280, 720);
        const ChartStyle style = ChartStyle::forSize(rect.size());
        GanttViewport v;
        v.t0 = 100;
        v.t1 = 200;
        v.rowHeight = 25;
        v.firstRow = 10;
        const GanttLayout L(d, v, rect, style);
        QCOMPARE(L.firstVisibleRow, 10);
        const int tests = d.barIndex("tests");
        QCOMPARE(L.barRect(tests).left(), L.plot().left() + L.plot().width() * 0.9);
        QCOMPARE(L.rowTop(d.bars[tests].row), L.plot().top() + (13 - 10) * 25.0);
        QCOMPARE(L.minutesAt(L.plot().left() + L.plot().width() / 2), 150.0);
        // Rows scrolled off the top are not hit.
        QCOMPARE(L.rowAt(L.plot().top() - 1), -1);
    }

    void fitAllShowsEverything()
    {
        const GanttData d = GanttData::build(testing::fixturePlan(), testing::fixtureSchedule());
        const QRectF rect(0, 0, 1280, 720);
        const ChartStyle style = ChartStyle::forSize(rect.size());
        const GanttViewport v = GanttLayout::fitAll(d, rect, style);
        QVERIFY(v.t0 < 0 && v.t1 > 480);
        const GanttLayout L(d, v, rect, style);
        QCOMPARE(L.firstVisibleRow, 0);
        QCOMPARE(L.lastVisibleRow, int(d.rows.size()) - 1);
        for (int i = 0; i < d.bars.size(); ++i)
            QVERIFY(L.plot().contains(L.barRect(i)));
    }

    void paintsCriticalBarsHatched()
    {
        // The critical bar's pixels include the dark hatch; the non-critical bar's are plain.
        const GanttData d = GanttData::build(testing::fixturePlan(), testing::fixtureSchedule());
        QImage image(1280, 720, QImage::Format_ARGB32);
        image.fill(Qt::white);
        GanttViewport v;
        v.t0 = 0;
        v.t1 = 300;
        v.rowHeight = 30;
        v.showLegend = false;
        {
            QPainter p(&image);
            GanttRenderer::paint(&p, image.rect(), d, v);
        }
        const GanttLayout L(d, v, image.rect(), ChartStyle::forSize(image.size()));
        auto colours = [&](int bar) {
            QSet<QRgb> set;
            const QRect r = L.barRect(bar).toAlignedRect().adjusted(4, 4, -4, -4);
            for (int y = r.top(); y <= r.bottom(); ++y)
                for (int x = r.left(); x <= r.right(); ++x)
                    set.insert(image.pixel(x, y));
            return set;
        };
        const QSet<QRgb> perf = colours(d.barIndex("perf"));
        QCOMPARE(perf.size(), 1);
        QCOMPARE(QColor(*perf.cbegin()), ChartStyle::skyBlue());
        QVERIFY(colours(d.barIndex("integrity")).size() > 1);
    }

    void emptyPlanPaintsMessage()
    {
        Plan plan;
        plan.name = QStringLiteral("empty");
        const GanttData d = GanttData::build(plan, Schedule());
        QCOMPARE(d.rows.size(), 0);
        QImage image(400, 300, QImage::Format_ARGB32);
        image.fill(Qt::black);
        QPainter p(&image);
        GanttRenderer::paint(&p, image.rect(), d);
        p.end();
        QCOMPARE(QColor(image.pixel(5, 5)), QColor(Qt::white));
    }
};

QTEST_MAIN(TestGantt)
#include "test_gantt.moc"
