// SPDX-License-Identifier: GPL-3.0-or-later
// The chart pages in the main window: fed from the Document, refreshed only when visible,
// timeline and runbook selection in step both ways, imported data reaching the monitoring
// and validation pages, a plan that cannot be scheduled, File > Export chart….
#include "../document/testplan.h"
#include "charts/criteriaboard.h"
#include "charts/ganttdata.h"
#include "charts/lagchart.h"
#include "document/changevaluecommand.h"
#include "document/document.h"
#include "document/importdatacommand.h"
#include "gui/backgroundtask.h"
#include "gui/mainwindow.h"
#include "gui/monitoringpage.h"
#include "gui/runbookview.h"
#include "gui/simulationpage.h"
#include "gui/timelinepage.h"
#include "gui/reportdialog.h"
#include "gui/validationpage.h"
#include "views/criteriaboardview.h"
#include "views/monitoringview.h"
#include "views/serieslistwidget.h"
#include "views/simulationview.h"
#include "views/timelineview.h"
#include "views/validationview.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QTimer>

#include <thread>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QListWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace cutover;
using namespace cutover::gui;

namespace {

MetricSeries lagSeries()
{
    MetricSeries s;
    s.id = QStringLiteral("lag");
    s.name = QStringLiteral("replica-1");
    s.metric = QStringLiteral("replication_lag");
    s.unit = QStringLiteral("s");
    s.sourceChecksum = QStringLiteral("abc");
    const qint64 start = QDateTime(QDate(2026, 12, 5), QTime(20, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    for (int i = 0; i < 10; ++i) {
        s.times << start + i * 60'000;
        s.values << 2.0 * i;
    }
    return s;
}

ValidationResult rowCount(const QString &object, const QString &source, const QString &target, ValidationStatus status)
{
    ValidationResult v;
    v.object = object;
    v.check = QStringLiteral("count");
    v.sourceValue = source;
    v.targetValue = target;
    v.status = status;
    v.sourceChecksum = QStringLiteral("def");
    return v;
}

} // namespace

class TestChartPages : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void realViewsReplaceThePlaceholders();
    void onlyTheVisiblePageRefreshes();
    void selectionBothWays();
    void ghostBarsFollowTheSimulation();
    void importedDataReachesMonitoringAndValidation();
    void unschedulablePlanShowsWhy();
    void exportChartFollowsThePage();
    void reportDialogOptions();
    void backgroundTaskFinishes();
    void backgroundTaskCancels();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestChartPages::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QCoreApplication::setOrganizationName(QStringLiteral("cutover-tests-chartpages"));
    m_window = std::make_unique<MainWindow>(m_dir->filePath(QStringLiteral("recovery")));
    m_window->document()->resetPlan(testing::smallPlan());
    m_window->resize(1280, 720);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestChartPages::cleanup()
{
    m_window->document()->markSaved();
    m_window.reset();
    m_dir.reset();
}

void TestChartPages::realViewsReplaceThePlaceholders()
{
    QCOMPARE(m_window->page(MainWindow::Timeline), m_window->timelinePage());
    QCOMPARE(m_window->page(MainWindow::Simulation), m_window->simulationPage());
    QCOMPARE(m_window->page(MainWindow::Monitoring), m_window->monitoringPage());
    QCOMPARE(m_window->page(MainWindow::Validation), m_window->validationPage());
    QCOMPARE(m_window->monitoringPage()->tabs()->count(), 2);
}

void TestChartPages::onlyTheVisiblePageRefreshes()
{
    QCoreApplication::processEvents();
    QVERIFY(m_window->timelinePage()->isStale());
    m_window->showPage(MainWindow::Timeline);
    QVERIFY(!m_window->timelinePage()->isStale());
    const charts::GanttData &data = m_window->timelinePage()->view()->data();
    QCOMPARE(data.bars.size(), 4);

    // An edit: the visible timeline follows on the next turn of the event loop, the hidden
    // simulation page only notes that it is stale.
    Document *document = m_window->document();
    document->undoStack()->push(new ChangeTaskFieldCommand(document, {2, Document::TaskField::Name}, QStringLiteral("Last sync")));
    auto renamed = [this] {
        const QList<charts::GanttBar> &bars = m_window->timelinePage()->view()->data().bars;
        return std::any_of(bars.begin(), bars.end(), [](const charts::GanttBar &bar) { return bar.id == u"final-sync" && bar.name == u"Last sync"; });
    };
    QVERIFY(!renamed()); // the refresh comes with the next turn of the event loop, once
    QTRY_VERIFY(renamed());
    QVERIFY(!m_window->timelinePage()->isStale());
    QVERIFY(m_window->simulationPage()->isStale());
    QVERIFY(m_window->simulationPage()->currentResult() == nullptr);
}

void TestChartPages::selectionBothWays()
{
    m_window->showPage(MainWindow::Timeline);
    views::TimelineView *timeline = m_window->timelinePage()->view();
    emit timeline->taskSelected(QStringLiteral("final-sync"));
    QCOMPARE(m_window->runbookView()->selectedRows(), QList<int>{2});

    QTableView *table = m_window->runbookView()->table();
    table->setCurrentIndex(table->model()->index(3, 1));
    QCOMPARE(timeline->selectedTask(), QStringLiteral("dns"));
    table->setCurrentIndex(table->model()->index(0, 1));
    QCOMPARE(timeline->selectedTask(), QStringLiteral("sync-ok"));
}

void TestChartPages::ghostBarsFollowTheSimulation()
{
    TimelinePage *page = m_window->timelinePage();
    QAction *ghosts = page->ghostBarsAction();
    const auto ghostCount = [page] {
        int n = 0;
        for (const charts::GanttBar &bar : page->view()->data().bars)
            n += std::isfinite(bar.p80Finish) ? 1 : 0;
        return n;
    };
    m_window->showPage(MainWindow::Timeline);
    QVERIFY(!ghosts->isEnabled());
    QCOMPARE(ghosts->toolTip(), QStringLiteral("Run the simulation first"));
    QCOMPARE(ghostCount(), 0);

    // The small plan simulates by itself when its page is shown.
    m_window->showPage(MainWindow::Simulation);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->simulationPage()->currentResult() != nullptr, 20000);
    const SimulationResult *result = m_window->simulationPage()->currentResult();
    QCOMPARE(result->taskFinishP80.size(), 4);
    m_window->showPage(MainWindow::Timeline);
    // The action follows the analysis's changed(), which is queued after the simulation's state change.
    QTRY_VERIFY(ghosts->isEnabled());
    QVERIFY(ghosts->isChecked());
    QCOMPARE(ghostCount(), 4);
    const QList<charts::GanttBar> &bars = page->view()->data().bars;
    for (int i = 0; i < bars.size(); ++i)
        QCOMPARE(bars[i].p80Finish, result->taskFinishP80[i]);

    // Off and on again.
    ghosts->trigger();
    QVERIFY(!ghosts->isChecked());
    QCOMPARE(ghostCount(), 0);
    ghosts->trigger();
    QCOMPARE(ghostCount(), 4);

    // An edit makes the simulation stale: the ghost bars go, and the control says why.
    Document *document = m_window->document();
    document->undoStack()->push(new ChangeTaskFieldCommand(document, {2, Document::TaskField::Name}, QStringLiteral("Last sync")));
    QTRY_COMPARE(ghostCount(), 0);
    QVERIFY(!ghosts->isEnabled());
    QCOMPARE(ghosts->toolTip(), QStringLiteral("Run the simulation first"));
    // The small plan re-simulates in the background (its page stays hidden) and they return.
    QVERIFY(!m_window->simulationPage()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->simulationPage()->currentResult() != nullptr, 20000);
    QTRY_COMPARE(ghostCount(), 4);
    QVERIFY(ghosts->isEnabled());
}

void TestChartPages::importedDataReachesMonitoringAndValidation()
{
    m_window->showPage(MainWindow::Monitoring);
    QVERIFY(m_window->monitoringPage()->notice()->isVisible());
    QVERIFY(m_window->monitoringPage()->lagView()->data().series.isEmpty());

    Document *document = m_window->document();
    auto command = ImportDataCommand::create(document, {lagSeries()},
                                             {rowCount(QStringLiteral("orders"), QStringLiteral("100"), QStringLiteral("100"), ValidationStatus::Passed),
                                              rowCount(QStringLiteral("customers"), QStringLiteral("50"), QStringLiteral("48"), ValidationStatus::Failed)});
    QVERIFY(command.ok());
    document->undoStack()->push(std::move(command).value().release());
    QTRY_COMPARE(m_window->monitoringPage()->lagView()->data().series.size(), 1);
    QVERIFY(!m_window->monitoringPage()->notice()->isVisible());
    // The series list beside the chart offers it, checked (drawn by default); unchecking hides it.
    QVERIFY(m_window->monitoringPage()->seriesList()->isVisible());
    QCOMPARE(m_window->monitoringPage()->seriesList()->list()->count(), 1);
    QCOMPARE(m_window->monitoringPage()->seriesList()->list()->item(0)->checkState(), Qt::Checked);
    m_window->monitoringPage()->seriesList()->list()->item(0)->setCheckState(Qt::Unchecked);
    QVERIFY(m_window->monitoringPage()->lagView()->data().series.isEmpty());
    QCOMPARE(m_window->monitoringPage()->lagView()->allData().series.size(), 1);
    // The choice is the Document's, so the report draws what the view draws (SeriesSelection).
    QVERIFY(document->seriesSelection().isChosen());
    QVERIFY(document->seriesSelection().chosenIds().isEmpty());
    {
        const charts::LagChartData &all = m_window->monitoringPage()->lagView()->allData();
        QCOMPARE(document->seriesSelection().peek(all.seriesIds(), all.criterionSeries()), QList<int>{});
    }
    m_window->monitoringPage()->seriesList()->list()->item(0)->setCheckState(Qt::Checked);
    QCOMPARE(document->seriesSelection().chosenIds(), QSet<QString>{ QStringLiteral("lag") });

    m_window->showPage(MainWindow::Validation);
    QVERIFY(!m_window->validationPage()->notice()->isVisible());
    QCOMPARE(m_window->validationPage()->view()->proxy()->rowCount(), 2);

    document->undoStack()->undo();
    QTRY_COMPARE(m_window->validationPage()->view()->proxy()->rowCount(), 0);
    QVERIFY(m_window->validationPage()->notice()->isVisible());
    m_window->showPage(MainWindow::Monitoring);
    QVERIFY(m_window->monitoringPage()->lagView()->data().series.isEmpty());
}

void TestChartPages::unschedulablePlanShowsWhy()
{
    Plan plan = testing::smallPlan();
    plan.tasks[0].after = {{QStringLiteral("dns"), DependencyType::FS, 0}}; // sync-ok after dns: a cycle
    m_window->document()->resetPlan(plan);
    m_window->showPage(MainWindow::Timeline);
    QVERIFY(m_window->timelinePage()->notice()->isVisible());
    QVERIFY(m_window->timelinePage()->notice()->text().contains(QStringLiteral("not computed: ")));
    m_window->showPage(MainWindow::Simulation);
    QVERIFY(!m_window->simulationPage()->view()->isEnabled());

    m_window->document()->resetPlan(testing::smallPlan());
    QTRY_VERIFY(m_window->simulationPage()->view()->isEnabled());
    m_window->showPage(MainWindow::Timeline);
    QVERIFY(!m_window->timelinePage()->notice()->isVisible());
}

void TestChartPages::exportChartFollowsThePage()
{
    QAction *exportChart = m_window->exportChartAction();
    m_window->showPage(MainWindow::Overview);
    QVERIFY(!exportChart->isEnabled());
    m_window->showPage(MainWindow::Timeline);
    QVERIFY(exportChart->isEnabled());
    QCOMPARE(m_window->timelinePage()->chart(), m_window->timelinePage()->view());
    m_window->showPage(MainWindow::Monitoring);
    QVERIFY(exportChart->isEnabled());
    QCOMPARE(m_window->monitoringPage()->chart(), m_window->monitoringPage()->lagView());
    m_window->monitoringPage()->tabs()->setCurrentIndex(1);
    QCOMPARE(m_window->monitoringPage()->chart(), m_window->monitoringPage()->board());
    m_window->showPage(MainWindow::Runbook);
    QVERIFY(!exportChart->isEnabled());

    // What File > Export chart… writes: the page's chart at the export size.
    m_window->showPage(MainWindow::Timeline);
    const QString path = m_dir->filePath(QStringLiteral("timeline.png"));
    views::ChartWidget *chart = m_window->timelinePage()->chart();
    QVERIFY(chart->exportTo(path, QSize(1280, 720)).ok());
    QCOMPARE(QImage(path).size(), QSize(1280, 720));
}

void TestChartPages::reportDialogOptions()
{
    report::ReportOptions defaults;
    ReportDialog dialog(QStringLiteral("Export"), defaults);
    QVERIFY(dialog.okButton()->isEnabled());
    dialog.sectionBox(report::Section::Runbook)->setChecked(false);
    dialog.pageSizeCombo()->setCurrentIndex(dialog.pageSizeCombo()->findData(int(QPageSize::Letter)));
    dialog.orientationCombo()->setCurrentIndex(dialog.orientationCombo()->findData(int(QPageLayout::Portrait)));
    const report::ReportOptions options = dialog.options();
    QVERIFY(!options.sections.testFlag(report::Section::Runbook));
    QVERIFY(options.sections.testFlag(report::Section::Timeline));
    QCOMPARE(options.sections, report::ReportOptions::allSections() & ~report::Sections(report::Section::Runbook));
    QCOMPARE(options.pageSize, QPageSize::Letter);
    QCOMPARE(options.orientation, QPageLayout::Portrait);
    QCOMPARE(options.iterations, defaults.iterations);

    // No section at all: nothing to export.
    for (report::Section section : report::SectionNames::all())
        dialog.sectionBox(section)->setChecked(false);
    QVERIFY(!dialog.okButton()->isEnabled());
}

void TestChartPages::backgroundTaskFinishes()
{
    std::atomic<int> runs{0};
    Qt::HANDLE worker = nullptr;
    const bool finished = BackgroundTask::run(m_window.get(), QStringLiteral("Working"),
                                              [&](const BackgroundTask::Progress &progress, const std::atomic_bool *) {
                                                  worker = QThread::currentThreadId();
                                                  progress(1, 2);
                                                  progress(2, 2);
                                                  ++runs;
                                              });
    QVERIFY(finished);
    QCOMPARE(runs.load(), 1);
    QVERIFY(worker != QThread::currentThreadId()); // off the UI thread
    QVERIFY(m_window->findChildren<QProgressDialog *>().isEmpty());
}

void TestChartPages::backgroundTaskCancels()
{
    // The work runs until it is told to stop; Cancel in the progress dialog tells it.
    QTimer::singleShot(0, m_window.get(), [this] {
        const auto dialogs = m_window->findChildren<QProgressDialog *>();
        QCOMPARE(dialogs.size(), 1);
        auto *cancel = dialogs.constFirst()->findChild<QPushButton *>();
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
    });
    bool sawCancel = false;
    const bool finished = BackgroundTask::run(m_window.get(), QStringLiteral("Working"),
                                              [&](const BackgroundTask::Progress &, const std::atomic_bool *cancel) {
                                                  while (!*cancel)
                                                      std::this_thread::yield();
                                                  sawCancel = true;
                                              });
    QVERIFY(!finished);
    QVERIFY(sawCancel);
}

QTEST_MAIN(TestChartPages)
#include "test_chartpages.moc"
