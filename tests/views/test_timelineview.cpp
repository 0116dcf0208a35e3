// SPDX-License-Identifier: GPL-3.0-or-later
#include "../charts/chartfixtures.h"

#include "views/timelineview.h"

#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace cutover;
using namespace cutover::views;

class TestTimelineView : public QObject
{
    Q_OBJECT
private slots:
    void clickSelectsAndEmits()
    {
        TimelineView view;
        view.resize(1280, 720);
        view.setPlan(testing::fixturePlan(), testing::fixtureSchedule());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy spy(&view, &TimelineView::taskSelected);
        const int bar = view.data().barIndex("tests");
        const QPoint centre = view.layout().barRect(bar).center().toPoint();
        QTest::mouseClick(&view, Qt::LeftButton, {}, centre);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("tests"));
        QCOMPARE(view.selectedTask(), QStringLiteral("tests"));
        // Down: next task row (perf); Up twice: back past tests to gate.
        QTest::keyClick(&view, Qt::Key_Down);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(0).toString(), QStringLiteral("perf"));
        QTest::keyClick(&view, Qt::Key_Up);
        QTest::keyClick(&view, Qt::Key_Up);
        QCOMPARE(view.selectedTask(), QStringLiteral("gate"));
        // Down from the last phase's task crosses the phase header.
        view.selectTask("switch");
        QTest::keyClick(&view, Qt::Key_Down);
        QCOMPARE(view.selectedTask(), QStringLiteral("integrity"));
        // Clicking empty space clears the selection.
        QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(view.width() - 5, view.layout().plot().bottom() - 3));
        QCOMPARE(spy.constLast().at(0).toString(), QString());
    }

    void selectTaskScrollsIntoViewWithoutEmitting()
    {
        Plan plan = testing::fixturePlan();
        // 400 extra tasks in a phase before the others push "integrity" far down.
        QList<Task> filler;
        for (int i = 0; i < 400; ++i)
            filler.append(testing::makeTask(qPrintable(QStringLiteral("f%1").arg(i)), "prep", 5));
        plan.tasks = filler + plan.tasks;
        Schedule schedule = testing::fixtureSchedule();
        QList<TaskTiming> pad(400);
        schedule.tasks = pad + schedule.tasks;
        TimelineView view;
        view.resize(1000, 600);
        view.setPlan(plan, schedule);
        QSignalSpy spy(&view, &TimelineView::taskSelected);
        view.selectTask("integrity");
        QCOMPARE(spy.count(), 0);
        QCOMPARE(view.selectedTask(), QStringLiteral("integrity"));
        const charts::GanttLayout L = view.layout();
        const int bar = view.data().barIndex("integrity");
        QVERIFY(L.plot().contains(L.barRect(bar)));
        view.selectTask("no-such-task");
        QCOMPARE(view.selectedTask(), QString());
    }

    void keyboardZoomAndPan()
    {
        TimelineView view;
        view.resize(1280, 720);
        view.setPlan(testing::fixturePlan(), testing::fixtureSchedule());
        const double span = view.viewport().t1 - view.viewport().t0;
        QTest::keyClick(&view, Qt::Key_Plus);
        QCOMPARE(view.viewport().t1 - view.viewport().t0, span / 1.5);
        QTest::keyClick(&view, Qt::Key_Minus);
        QVERIFY(std::abs((view.viewport().t1 - view.viewport().t0) - span) < 1e-9);
        const double t0 = view.viewport().t0;
        QTest::keyClick(&view, Qt::Key_Right);
        QCOMPARE(view.viewport().t0, t0 + span * 0.1);
        QTest::keyClick(&view, Qt::Key_Home);
        QCOMPARE(view.viewport().t0, t0);
        // Zoom never goes below five minutes.
        for (int i = 0; i < 40; ++i)
            view.zoomIn();
        QVERIFY(view.viewport().t1 - view.viewport().t0 >= 5.0 - 1e-9);
    }

    void rowsStayStillWhileMarkersScrollOut()
    {
        // The fixture's markers need label lanes; panning them out of view must not move the
        // rows up (and back down when they return).
        TimelineView view;
        view.resize(1280, 720);
        view.setPlan(testing::fixturePlan(), testing::fixtureSchedule());
        QVERIFY(!view.grab().isNull()); // paints
        const int lanes = view.layout().markerLabels.laneCount;
        QVERIFY(lanes > 0);
        const double top = view.layout().plot().top();
        for (int i = 0; i < 30; ++i)
            QTest::keyClick(&view, Qt::Key_Left);
        QVERIFY(!view.grab().isNull());
        QCOMPARE(view.layout().markerLabels.laneCount, 0); // nothing in view to label
        QCOMPARE(view.layout().plot().top(), top);
        // "Whole plan" starts afresh: the lanes the markers need, no more.
        view.fitAll();
        QVERIFY(!view.grab().isNull());
        QCOMPARE(view.layout().markerLabels.laneCount, lanes);
        QCOMPARE(view.layout().plot().top(), top);
    }

    void dragPans()
    {
        TimelineView view;
        view.resize(1280, 720);
        view.setPlan(testing::fixturePlan(), testing::fixtureSchedule());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const charts::GanttLayout before = view.layout();
        const double t0 = view.viewport().t0;
        const QPoint start = before.plot().center().toPoint();
        QTest::mousePress(&view, Qt::LeftButton, {}, start);
        QTest::mouseMove(&view, start + QPoint(50, 0));
        QTest::mouseMove(&view, start + QPoint(100, 0));
        QTest::mouseRelease(&view, Qt::LeftButton, {}, start + QPoint(100, 0));
        const double minutesPerPixel = (view.viewport().t1 - view.viewport().t0) / before.plot().width();
        QVERIFY(std::abs(view.viewport().t0 - (t0 - 100 * minutesPerPixel)) < 1e-6);
        QCOMPARE(view.selectedTask(), QString()); // a drag is not a click
    }

    void toolTipDescribesTask()
    {
        TimelineView view;
        view.resize(1280, 720);
        view.setPlan(testing::fixturePlan(), testing::fixtureSchedule());
        const QString tip = view.toolTipFor(view.data().barIndex("finalsync"));
        QVERIFY(tip.contains("finalsync"));
        QVERIFY(tip.contains("22:30"));  // 150 min after 20:00
        QVERIFY(tip.contains("22:55"));
        QVERIFY(tip.contains("25 min"));
        QVERIFY(tip.contains("critical"));
        const QString perf = view.toolTipFor(view.data().barIndex("perf"));
        QVERIFY(perf.contains("float 20 min"));
        QCOMPARE(view.toolTipFor(-1), QString());
    }

    void ghostBarsFromTheSimulationAndOff()
    {
        TimelineView view;
        view.resize(1280, 720);
        SimulationResult sim;
        sim.taskFinishP80 = QList<double>(testing::fixturePlan().tasks.size(), 0.0);
        const int finalSync = 6;
        QCOMPARE(testing::fixturePlan().tasks[finalSync].id, QString("finalsync"));
        sim.taskFinishP80[finalSync] = 185; // EF 175 (22:55): P80 at 23:05
        QVERIFY(view.ghostBars());
        view.setPlan(testing::fixturePlan(), testing::fixtureSchedule(), &sim);
        const int bar = view.data().barIndex("finalsync");
        QCOMPARE(view.data().bars[bar].p80Finish, 185.0);
        QVERIFY(view.toolTipFor(bar).contains("P80 finish"));
        QVERIFY(view.toolTipFor(bar).contains("23:05"));
        view.setGhostBars(false);
        view.setPlan(testing::fixturePlan(), testing::fixtureSchedule(), &sim);
        QVERIFY(std::isnan(view.data().bars[bar].p80Finish));
        QVERIFY(!view.toolTipFor(bar).contains("P80 finish"));
    }

    void keepsSelectionAcrossEdits()
    {
        TimelineView view;
        view.resize(1280, 720);
        view.setPlan(testing::fixturePlan(), testing::fixtureSchedule());
        view.selectTask("perf");
        Plan edited = testing::fixturePlan();
        edited.tasks.removeAt(0);
        Schedule schedule = testing::fixtureSchedule();
        schedule.tasks.removeAt(0);
        view.setPlan(edited, schedule);
        QCOMPARE(view.selectedTask(), QStringLiteral("perf"));
    }

    void exportsPngAndSvg()
    {
        TimelineView view;
        view.resize(900, 500);
        view.setPlan(testing::fixturePlan(), testing::fixtureSchedule());
        QTemporaryDir dir;
        QVERIFY(view.exportTo(dir.filePath("t.png"), view.exportSize()).ok());
        QCOMPARE(QImage(dir.filePath("t.png")).size(), QSize(1280, 720));
        QVERIFY(view.exportTo(dir.filePath("t.svg"), QSize(1600, 1000)).ok());
        QVERIFY(QFileInfo(dir.filePath("t.svg")).size() > 1000);
    }
};

QTEST_MAIN(TestTimelineView)
#include "test_timelineview.moc"
