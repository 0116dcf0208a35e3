// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop reads every figure from the document's PlanAnalysis: the scenario of issue 20
// (a deleted task leaves traffic switched before the freeze: problems shown, no verdict
// anywhere), one rollback deadline and margin on every surface, and one timeline paint per
// edit. Offscreen, real widgets, no sleeps.
#include "../document/testplan.h"
#include "common/clirunner.h"
#include "document/document.h"
#include "document/runbookmodel.h"
#include "gui/mainwindow.h"
#include "gui/overviewpage.h"
#include "gui/problemspanel.h"
#include "gui/rollbackpage.h"
#include "gui/runbookview.h"
#include "gui/simulationpage.h"
#include "gui/timelinepage.h"
#include "interchange/planjson.h"
#include "interchange/plantemplates.h"
#include "report/reportbuilder.h"
#include "views/simulationview.h"
#include "views/timelineview.h"

#include <QDockWidget>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace cutover;
using namespace cutover::gui;

namespace {

/** Counts the paint events a widget receives. */
class PaintCounter : public QObject
{
public:
    int paints = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        paints += event->type() == QEvent::Paint ? 1 : 0;
        return false;
    }
};

/** "5 h 5 min" for 305, as DurationText writes whole minutes (worked independently here). */
QString minutesText(qint64 minutes)
{
    const bool negative = minutes < 0;
    qint64 rest = negative ? -minutes : minutes;
    QStringList parts;
    if (rest >= 1440)
        parts << QString("%1 d").arg(rest / 1440);
    rest %= 1440;
    if (rest >= 60)
        parts << QString("%1 h").arg(rest / 60);
    if (rest % 60 || parts.isEmpty())
        parts << QString("%1 min").arg(rest % 60);
    return (negative ? QString("−") : QString()) + parts.join(' ');
}

/**
 * smallPlan with the freeze held to the window (22:00) and the final sync as the point of no
 * return: sync-ok 0..0, freeze 60..70, final-sync (FS+5) 75..105, dns 105..120, i.e. the
 * point of no return is done at 22:45. Rollback: revert-dns triangular 5 / 10 / 30 min;
 * likely 10 min, so the likely deadline is 04:00 - 10 min = 03:50 and the likely margin
 * 03:50 - 22:45 = 5 h 5 min. P80 of the triangular = 30 - sqrt(0.2 * 25 * 20) = 20 min, so
 * the P80 deadline is near 03:40 (sampled, so read from the simulation, the same on every surface).
 */
Plan consistencyPlan()
{
    Plan plan = testing::smallPlan();
    plan.tasks[1].notBefore = plan.window.start;
    plan.tasks[2].marks = Mark::PointOfNoReturn;
    for (Task &t : plan.tasks)
        t.owner = "x";
    plan.rollbackTasks[0].owner = "x";
    plan.rollbackTasks[0].duration.optimistic = 5;
    plan.rollbackTasks[0].duration.pessimistic = 30;
    plan.rollbackTasks[0].distribution = Distribution::Triangular;
    return plan;
}

} // namespace

class TestAnalysisGui : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void deletedTaskWithholdsTheVerdictEverywhere();
    void sameDeadlineAndMarginEverywhere();
    void timelinePaintsOncePerEdit();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestAnalysisGui::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir = std::make_unique<QTemporaryDir>();
    m_window = std::make_unique<MainWindow>(m_dir->filePath("recovery"));
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestAnalysisGui::cleanup()
{
    m_window->document()->markSaved();
    m_window.reset();
    m_dir.reset();
}

void TestAnalysisGui::deletedTaskWithholdsTheVerdictEverywhere()
{
    auto plan = PlanTemplates::create("online-migration", "Orders", QDateTime(QDate(2026, 12, 5), QTime(21, 0), QTimeZone("Europe/Berlin")),
                                      "Europe/Berlin");
    QVERIFY(plan.ok());
    Document *document = m_window->document();
    document->resetPlan(plan.value());
    QTreeWidget *problems = m_window->problemsPanel()->list();
    QVERIFY(m_window->problemsDock()->isVisible());
    const auto hasCode = [problems](const QString &code) {
        for (int i = 0; i < problems->topLevelItemCount(); ++i) {
            if (problems->topLevelItem(i)->text(1) == code)
                return i;
        }
        return -1;
    };
    QTRY_VERIFY(hasCode("criterion-no-data") >= 0); // the template's warnings are listed
    QCOMPARE(hasCode("marks-out-of-order"), -1);
    OverviewPage *overview = static_cast<OverviewPage *>(m_window->page(MainWindow::Overview));
    m_window->showPage(MainWindow::Overview);
    QCOMPARE(overview->figure("fits")->text(), QString("yes"));

    // Delete "drain-queues", the only predecessor of the final sync, in the runbook.
    m_window->showPage(MainWindow::Runbook);
    QTableView *table = m_window->runbookView()->table();
    const int row = int(document->plan().taskIndex("drain-queues"));
    QVERIFY(row > 0);
    table->setFocus();
    table->scrollTo(table->model()->index(row, RunbookModel::IdColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(row, RunbookModel::IdColumn)).center());
    QCOMPARE(m_window->runbookView()->selectedRows(), QList<int>{row});
    // The view offers to reconnect the final sync to the freeze (its default); the user declines
    // ("Just delete"), which is what leaves traffic switched before the freeze.
    QStringList askedDeleted, askedSuccessors;
    m_window->runbookView()->setDeleteQuestion([&](const QStringList &deleted, const QStringList &successors) {
        askedDeleted = deleted;
        askedSuccessors = successors;
        return RunbookView::DeleteChoice::JustDelete;
    });
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(askedDeleted, QStringList{"drain-queues"});
    QCOMPARE(askedSuccessors, QStringList{"final-sync"});
    QCOMPARE(document->plan().taskIndex("drain-queues"), -1);

    // The Problems panel shows the error, live.
    QTRY_VERIFY(hasCode("marks-out-of-order") >= 0);
    QVERIFY(m_window->problemsDock()->windowTitle().contains("error"));
    QString firstError = document->analysis()->errors().first().message;
    QVERIFY(firstError.startsWith("Traffic is switched"));
    QVERIFY(firstError.endsWith('.'));
    firstError.chop(1); // quoted inside sentences without its full stop
    const QString notComputed = "not computed: " + firstError;

    // No verdict on the overview ...
    m_window->showPage(MainWindow::Overview);
    for (const char *key : {"fits", "downtime", "deadline", "margin"})
        QCOMPARE(overview->figure(QString::fromLatin1(key))->text(), notComputed);
    QVERIFY(!overview->figure("downtime")->text().contains("−"));
    // ... the timeline ...
    m_window->showPage(MainWindow::Timeline);
    TimelinePage *timeline = m_window->timelinePage();
    QVERIFY(timeline->notice()->isVisible());
    QVERIFY(timeline->notice()->text().contains(notComputed));
    QVERIFY(!timeline->view()->isVisible());
    // ... the simulation page ...
    m_window->showPage(MainWindow::Simulation);
    SimulationPage *simulation = m_window->simulationPage();
    QVERIFY(simulation->findChild<QLabel *>("simulationNotice")->isVisible());
    QVERIFY(simulation->findChild<QLabel *>("simulationNotice")->text().contains(notComputed));
    QVERIFY(!simulation->view()->isEnabled());
    QVERIFY(!document->analysis()->isSimulationRunning());
    // ... the rollback page ...
    auto *rollback = static_cast<RollbackPage *>(m_window->page(MainWindow::Rollback));
    QVERIFY(rollback->summaryLabel()->text().contains(notComputed));
    // ... and the report's figures.
    report::ReportOptions options;
    options.iterations = 200;
    const auto data = report::ReportData::build(document->plan(), options);
    QVERIFY(data.ok());
    QVERIFY(data.value().summary.verdictWithheld());
    QVERIFY(!data.value().simulation);

    // Clicking the finding selects the task it names (the traffic switch) in the runbook.
    QTreeWidgetItem *item = problems->topLevelItem(hasCode("marks-out-of-order"));
    problems->scrollToItem(item);
    QTest::mouseClick(problems->viewport(), Qt::LeftButton, {}, problems->visualItemRect(item).center());
    QCOMPARE(m_window->page(MainWindow::Runbook)->isVisible(), true);
    const int switchRow = int(document->plan().taskIndex("traffic-switch"));
    QCOMPARE(m_window->runbookView()->selectedRows(), QList<int>{switchRow});

    // Undo brings the verdict back.
    document->undoStack()->undo();
    QTRY_COMPARE(hasCode("marks-out-of-order"), -1);
    m_window->showPage(MainWindow::Overview);
    QCOMPARE(overview->figure("fits")->text(), QString("yes"));
}

void TestAnalysisGui::sameDeadlineAndMarginEverywhere()
{
    const Plan plan = consistencyPlan();
    Document *document = m_window->document();
    document->resetPlan(plan);
    const QString planPath = m_dir->filePath("plan.json");
    QVERIFY(PlanJson::writeFile(plan, planPath).ok());

    // The simulation the user runs (10,000 runs, seed 1: what the report and the CLI use by default).
    m_window->showPage(MainWindow::Simulation);
    views::SimulationView *view = m_window->simulationPage()->view();
    view->setAutoRun(false);
    view->setIterations(10000);
    QTest::mouseClick(view->runButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(document->analysis()->isSimulationCurrent(), 30000);
    QTRY_VERIFY(view->statusText().contains("(P80)"));

    const PlanSummary &s = document->analysis()->summary();
    QCOMPARE(s.deadlineLikely.toOffsetFromUtc(3600).time(), QTime(3, 50));
    QCOMPARE(*s.marginLikely, 305.0);
    QVERIFY(s.deadlineP80.isValid());
    const QString likelyDeadline = "03:50";
    const QString p80Deadline = s.deadlineP80.toOffsetFromUtc(3600).toString("HH:mm");
    // Independent check of the P80 deadline: window end minus the triangular's closed-form P80
    // (20 min), within the sampling error of 10,000 runs.
    QVERIFY2(std::abs(s.deadlineP80.secsTo(plan.window.end) / 60.0 - 20.0) <= 1.0, qPrintable(p80Deadline));
    const QString likelyMargin = minutesText(305);
    const QString p80Margin = minutesText(qint64(*s.marginP80));
    QCOMPARE(*s.marginP80, double(QDateTime(QDate(2026, 12, 5), QTime(22, 45), QTimeZone(3600)).secsTo(s.deadlineP80) / 60));

    // Overview.
    m_window->showPage(MainWindow::Overview);
    auto *overview = static_cast<OverviewPage *>(m_window->page(MainWindow::Overview));
    QCOMPARE(overview->figure("deadline")->text(), QString("2026-12-06 %1 (likely); 2026-12-06 %2 (P80)").arg(likelyDeadline, p80Deadline));
    QVERIFY2(overview->figure("margin")->text().startsWith(QString("%1 (likely); %2 (P80), from the point of no return").arg(likelyMargin, p80Margin)),
             qPrintable(overview->figure("margin")->text()));
    // Rollback page.
    auto *rollback = static_cast<RollbackPage *>(m_window->page(MainWindow::Rollback));
    // The page follows the analysis's changed(), which is queued after the simulation's state change.
    QTRY_VERIFY(!rollback->summaryLabel()->text().contains("need a current simulation"));
    const QString rb = rollback->summaryLabel()->text();
    QVERIFY2(rb.contains(QString("start by 2026-12-06 %1 (likely) or by 2026-12-06 %2 (P80)").arg(likelyDeadline, p80Deadline)), qPrintable(rb));
    QVERIFY2(rb.contains(QString(": %1 (likely), %2 (P80).").arg(likelyMargin, p80Margin)), qPrintable(rb));
    // Simulation page.
    const QString st = view->statusText();
    QVERIFY2(st.contains(QString("Rollback deadline Sun %1 (P80), Sun %2 (likely).").arg(p80Deadline, likelyDeadline)), qPrintable(st));
    QVERIFY2(st.contains(QString(": %1 (P80), %2 (likely).").arg(p80Margin, likelyMargin)), qPrintable(st));

    // simulate --json (same plan, default 10,000 runs and seed 1).
    const CliOutcome cli = runCli({"simulate", planPath, "--json"});
    QCOMPARE(cli.code, 0);
    const QJsonObject rollbackJson = QJsonDocument::fromJson(cli.out.toUtf8()).object()["rollback"].toObject();
    QCOMPARE(rollbackJson["deadlineLikely"].toString(), QString("2026-12-06T%1:00+01:00").arg(likelyDeadline));
    QCOMPARE(rollbackJson["deadlineP80"].toString(), QString("2026-12-06T%1:00+01:00").arg(p80Deadline));
    QCOMPARE(rollbackJson["margin"].toObject()["likelyMinutes"].toDouble(), 305.0);
    QCOMPARE(rollbackJson["margin"].toObject()["p80Minutes"].toDouble(), *s.marginP80);

    // The report's text: the data the desktop builds reuses the simulation on screen ...
    report::ReportOptions options;
    options.sections = report::Section::Summary | report::Section::Rollback;
    const auto data = report::ReportData::build(document->plan(), options, {}, nullptr,
                                                document->analysis()->sharedCurrentSimulation());
    QVERIFY(data.ok());
    QCOMPARE(data.value().simulation->rollbackDuration.p80, document->analysis()->currentSimulation()->rollbackDuration.p80);
    // ... and the PDF says the same minutes.
    const QString pdf = m_dir->filePath("report.pdf");
    QVERIFY(report::ReportBuilder::writePdf(pdf, data.value(), options).ok());
    if (QStandardPaths::findExecutable("pdftotext").isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QProcess p;
    p.start("pdftotext", {"-enc", "UTF-8", pdf, "-"});
    QVERIFY(p.waitForFinished(30000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput()).replace(QRegularExpression("\\s+"), " ");
    QVERIFY2(text.contains(QString("Sun %1 (likely); Sun %2 (P80)").arg(likelyDeadline, p80Deadline)), qPrintable(text));
    QVERIFY2(text.contains(QString("%1 (likely); %2 (P80) from the point of no return").arg(likelyMargin, p80Margin)), qPrintable(text));
    QVERIFY2(text.contains(QString("rollback must start by %1 (P80)").arg(p80Deadline)), qPrintable(text));
    QVERIFY2(text.contains("seed 1") || text.contains("10,000"), qPrintable(text));
}

void TestAnalysisGui::timelinePaintsOncePerEdit()
{
    Document *document = m_window->document();
    document->resetPlan(consistencyPlan());
    m_window->showPage(MainWindow::Timeline);
    views::TimelineView *view = m_window->timelinePage()->view();
    QTRY_VERIFY(view->isVisible() && !m_window->timelinePage()->isStale());
    QCoreApplication::processEvents();
    PaintCounter counter;
    view->installEventFilter(&counter);
    // A duration edit through the runbook's model (what typing into the cell does).
    QAbstractItemModel *model = m_window->runbookView()->table()->model();
    QVERIFY(model->setData(model->index(2, RunbookModel::LikelyColumn), QString("45 min")));
    QTRY_COMPARE(counter.paints, 1);
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
    QCOMPARE(counter.paints, 1);
    QCOMPARE(view->data().bars.at(2).finish - view->data().bars.at(2).start, 45.0);
    view->removeEventFilter(&counter);
}

QTEST_MAIN(TestAnalysisGui)
#include "test_analysisgui.moc"
