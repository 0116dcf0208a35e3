// SPDX-License-Identifier: GPL-3.0-or-later
#include "../document/testplan.h"
#include "document/document.h"
#include "storage/planlock.h"
#include "document/runbookmodel.h"
#include "gui/fileactions.h"
#include "gui/mainwindow.h"
#include "gui/messagebanner.h"
#include "gui/overviewpage.h"
#include "gui/recentfiles.h"
#include "gui/rollbackpage.h"
#include "gui/runbookview.h"
#include "gui/sectiontableview.h"
#include "views/simulationview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTimer>
#include <QToolButton>

using namespace cutover;
using namespace cutover::gui;
using M = RunbookModel;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void navigationSwitchesViews();
    void typeDurationIntoCell();
    void invalidInputShowsReason();
    void undoRedoByShortcutWithCommandText();
    void addTaskButton();
    void multiSelectDeleteAndMove();
    void deleteBetweenDrainAndFinalSyncReconnects();
    void deleteCancelledChangesNothing();
    void readOnlyEditSaysWhyInStatusBar();
    void copyThenPasteRows();
    void pasteCellsFromSpreadsheet();
    void overviewUpdatesLive();
    void planNameEditIsUndoable();
    void rollbackCriterionAdded();
    void saveOpenRoundTrip();
    void dropOpensPlan();
    void secondInstanceSeesLock();
    void closingWithUnsavedChangesAsks();

private:
    QToolButton *toolButton(QAction *action) const;
    void editCell(int row, int column, const QString &text);
    void commitEditor(QWidget *editor);

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestMainWindow::init()
{
    m_window = std::make_unique<MainWindow>(m_dir.filePath("recovery"));
    m_window->document()->resetPlan(testing::smallPlan());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::setActiveWindow(m_window.get());
}

void TestMainWindow::cleanup()
{
    m_window->document()->markSaved(); // no "save changes?" question when closing
    m_window->close();
    m_window.reset();
}

QToolButton *TestMainWindow::toolButton(QAction *action) const
{
    const auto toolbars = m_window->runbookView()->findChildren<QToolBar *>();
    for (QToolBar *bar : toolbars) {
        if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(action)))
            return button;
    }
    return nullptr;
}

void TestMainWindow::editCell(int row, int column, const QString &text)
{
    QTableView *table = m_window->runbookView()->table();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(row, column));
    QTest::keyClick(table, Qt::Key_F2);
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(editor && editor != table);
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->selectAll();
    QTest::keyClicks(editor, text);
    commitEditor(editor);
}

void TestMainWindow::commitEditor(QWidget *editor)
{
    // The delegate commits Return on the next turn of the event loop, then closes the editor.
    QPointer<QWidget> open(editor);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(open.isNull() || !open->isVisible());
}

void TestMainWindow::navigationSwitchesViews()
{
    QListWidget *nav = m_window->navigation();
    auto *pages = m_window->findChild<QStackedWidget *>();
    QVERIFY(pages);
    const QRect rect = nav->visualItemRect(nav->item(MainWindow::Runbook));
    QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(pages->currentWidget(), m_window->runbookView());
    const QRect hypercare = nav->visualItemRect(nav->item(MainWindow::Hypercare));
    QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, hypercare.center());
    QCOMPARE(pages->currentWidget(), m_window->page(MainWindow::Hypercare));
    // The simulation area holds the real simulation view (with its Run button).
    m_window->showPage(MainWindow::Simulation);
    QCOMPARE(pages->currentWidget(), m_window->page(MainWindow::Simulation));
    QVERIFY(pages->currentWidget()->findChild<views::SimulationView *>());
}

void TestMainWindow::typeDurationIntoCell()
{
    m_window->showPage(MainWindow::Runbook);
    editCell(2, M::LikelyColumn, "1h30");
    QCOMPARE(m_window->document()->plan().tasks.at(2).duration.likely, 90.0);
    editCell(2, M::PredecessorsColumn, "freeze FS+5m; sync-ok SS");
    const QList<Dependency> expected = {{"freeze", DependencyType::FS, 5}, {"sync-ok", DependencyType::SS, 0}};
    QCOMPARE(m_window->document()->plan().tasks.at(2).after, expected);
    QVERIFY(m_window->isWindowModified());
}

void TestMainWindow::invalidInputShowsReason()
{
    m_window->showPage(MainWindow::Runbook);
    const Plan before = m_window->document()->plan();
    editCell(2, M::LikelyColumn, "soon");
    MessageBanner *banner = m_window->runbookView()->banner();
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains("cannot read \"soon\" as a duration"), qPrintable(banner->text()));
    QVERIFY(m_window->document()->plan() == before);
    editCell(3, M::PredecessorsColumn, "frezee");
    QVERIFY2(banner->text().contains("unknown task \"frezee\""), qPrintable(banner->text()));
    QVERIFY(m_window->document()->plan() == before);
    QVERIFY(!m_window->isWindowModified());
}

void TestMainWindow::undoRedoByShortcutWithCommandText()
{
    m_window->showPage(MainWindow::Runbook);
    editCell(1, M::OwnerColumn, "DBA on call");
    QCOMPARE(m_window->document()->plan().tasks.at(1).owner, QString("DBA on call"));
    QAction *undo = nullptr;
    const auto actions = m_window->findChildren<QAction *>();
    for (QAction *a : actions) {
        if (a->shortcut() == QKeySequence(QKeySequence::Undo))
            undo = a;
    }
    QVERIFY(undo);
    QCOMPARE(undo->text(), QString("&Undo Change owner of \"freeze\""));
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QCOMPARE(m_window->document()->plan().tasks.at(1).owner, QString());
    QTest::keySequence(m_window.get(), QKeySequence::Redo);
    QCOMPARE(m_window->document()->plan().tasks.at(1).owner, QString("DBA on call"));
}

void TestMainWindow::addTaskButton()
{
    m_window->showPage(MainWindow::Runbook);
    RunbookView *view = m_window->runbookView();
    view->selectRows({1});
    QToolButton *add = toolButton(view->editActions().at(0));
    QVERIFY(add);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(m_window->document()->plan().tasks.size(), 5);
    const Task &added = m_window->document()->plan().tasks.at(2);
    QCOMPARE(added.phase, QString("cutover")); // the phase of the row above
    // The name cell is open for typing.
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(qobject_cast<QLineEdit *>(editor));
    qobject_cast<QLineEdit *>(editor)->selectAll();
    QTest::keyClicks(editor, "Announce the freeze");
    commitEditor(editor);
    QCOMPARE(m_window->document()->plan().tasks.at(2).name, QString("Announce the freeze"));
}

void TestMainWindow::multiSelectDeleteAndMove()
{
    m_window->showPage(MainWindow::Runbook);
    RunbookView *view = m_window->runbookView();
    QTableView *table = view->table();
    table->setFocus();
    // Click row 1, ctrl-click row 3.
    auto cellCenter = [table](int row) { return table->visualRect(table->model()->index(row, M::IdColumn)).center(); };
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cellCenter(1));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier, cellCenter(3));
    QCOMPARE(view->selectedRows(), (QList<int>{1, 3}));
    QTest::keyClick(table, Qt::Key_Up, Qt::AltModifier);
    QStringList ids;
    for (const Task &t : m_window->document()->plan().tasks)
        ids << t.id;
    QCOMPARE(ids, (QStringList{"freeze", "sync-ok", "dns", "final-sync"}));
    QCOMPARE(view->selectedRows(), (QList<int>{0, 2}));
    view->setDeleteQuestion([](const QStringList &, const QStringList &) { return RunbookView::DeleteChoice::JustDelete; });
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(m_window->document()->plan().tasks.size(), 2);
    QCOMPARE(m_window->document()->plan().tasks.at(1).id, QString("final-sync"));
    QVERIFY(m_window->document()->plan().tasks.at(1).after.isEmpty()); // its link to freeze went with it
    m_window->document()->undoStack()->undo();
    m_window->document()->undoStack()->undo();
    QVERIFY(m_window->document()->plan() == testing::smallPlan());
}

void TestMainWindow::deleteBetweenDrainAndFinalSyncReconnects()
{
    QVERIFY(m_window->fileActions()->newFromTemplate("online-migration"));
    Document *document = m_window->document();
    const Plan original = document->plan();
    const int drain = original.taskIndex("drain-queues");
    QVERIFY(drain >= 0);
    QCOMPARE(original.tasks.at(original.taskIndex("final-sync")).after,
             (QList<Dependency>{{"drain-queues", DependencyType::FS, 0}}));
    m_window->showPage(MainWindow::Runbook);
    RunbookView *view = m_window->runbookView();
    QTableView *table = view->table();
    table->setFocus();

    // Add a task after drain-queues: it lands below it, in its phase, following it.
    const QRect drainCell = table->visualRect(table->model()->index(drain, M::IdColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, drainCell.center());
    QTest::mouseClick(toolButton(view->editActions().at(0)), Qt::LeftButton);
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(qobject_cast<QLineEdit *>(editor));
    qobject_cast<QLineEdit *>(editor)->selectAll();
    QTest::keyClicks(editor, "Pause batch jobs");
    commitEditor(editor);
    const Task added = document->plan().tasks.at(drain + 1);
    QCOMPARE(added.name, QString("Pause batch jobs"));
    QCOMPARE(added.phase, QString("cutover"));
    QCOMPARE(added.after, (QList<Dependency>{{"drain-queues", DependencyType::FS, 0}}));
    // final-sync now waits on the new task: it is between drain-queues and final-sync.
    const int finalSync = document->plan().taskIndex("final-sync");
    editCell(finalSync, M::PredecessorsColumn, added.id);
    QCOMPARE(document->plan().tasks.at(finalSync).after, (QList<Dependency>{{added.id, DependencyType::FS, 0}}));
    const Plan beforeDelete = document->plan();
    const int undoSteps = document->undoStack()->count();

    // Delete it and accept the reconnect offer (the view's question, answered here).
    QStringList askedDeleted, askedSuccessors;
    view->setDeleteQuestion([&](const QStringList &deleted, const QStringList &successors) {
        askedDeleted = deleted;
        askedSuccessors = successors;
        return RunbookView::DeleteChoice::Reconnect;
    });
    const QRect addedCell = table->visualRect(table->model()->index(drain + 1, M::IdColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, addedCell.center());
    QCOMPARE(view->selectedRows(), QList<int>{drain + 1});
    QTest::mouseClick(toolButton(view->editActions().at(2)), Qt::LeftButton);
    QCOMPARE(askedDeleted, QStringList{added.id});
    QCOMPARE(askedSuccessors, QStringList{"final-sync"});

    const Plan &plan = document->plan();
    QCOMPARE(plan.taskIndex(added.id), -1);
    QCOMPARE(plan.tasks.at(plan.taskIndex("final-sync")).after,
             (QList<Dependency>{{"drain-queues", DependencyType::FS, 0}}));
    // Nothing else moved: the plan is the template again.
    QVERIFY(plan == original);
    QTRY_VERIFY(view->banner()->isVisible());
    const QString said = QString("Deleted \"%1\"; \"final-sync\" now follows \"drain-queues\"").arg(added.id);
    QCOMPARE(view->banner()->text(), said);
    // One undo step brings back the task and final-sync's link to it.
    QCOMPARE(document->undoStack()->count(), undoSteps + 1);
    document->undoStack()->undo();
    QVERIFY(document->plan() == beforeDelete);
}

void TestMainWindow::deleteCancelledChangesNothing()
{
    m_window->showPage(MainWindow::Runbook);
    RunbookView *view = m_window->runbookView();
    int asked = 0;
    view->setDeleteQuestion([&asked](const QStringList &, const QStringList &) {
        ++asked;
        return RunbookView::DeleteChoice::Cancel;
    });
    view->selectRows({1}); // freeze: final-sync and dns wait on it
    QTest::mouseClick(toolButton(view->editActions().at(2)), Qt::LeftButton);
    QCOMPARE(asked, 1);
    QVERIFY(m_window->document()->plan() == testing::smallPlan());
    QCOMPARE(m_window->document()->undoStack()->count(), 0);
    // A task nobody waits on is deleted without a question.
    view->selectRows({3});
    QTest::mouseClick(toolButton(view->editActions().at(2)), Qt::LeftButton);
    QCOMPARE(asked, 1);
    QCOMPARE(m_window->document()->plan().tasks.size(), 3);
}

void TestMainWindow::readOnlyEditSaysWhyInStatusBar()
{
    Document *document = m_window->document();
    document->setReadOnly(true);
    // An edit that reaches the document despite the disabled editors (here a direct
    // setData) is refused by Document::push(), and the window says why.
    QVERIFY(!m_window->runbookView()->model()->setData(m_window->runbookView()->model()->index(1, M::OwnerColumn), "DBA"));
    QCOMPARE(m_window->statusBar()->currentMessage(), QString("Not changed: the plan is open read-only"));
    QVERIFY(document->plan() == testing::smallPlan());
    QVERIFY(!m_window->isWindowModified());
    document->setReadOnly(false);
}

void TestMainWindow::copyThenPasteRows()
{
    m_window->showPage(MainWindow::Runbook);
    RunbookView *view = m_window->runbookView();
    QTableView *table = view->table();
    table->setFocus();
    view->selectRows({1, 2});
    QTest::keySequence(table, QKeySequence::Copy);
    const QString copied = QApplication::clipboard()->text();
    QVERIFY(copied.startsWith("ID\tName\tPhase\tOwner"));
    QCOMPARE(copied.count('\n'), 3);
    view->selectRows({3});
    QTest::keySequence(table, QKeySequence::Paste);
    const Plan &plan = m_window->document()->plan();
    QCOMPARE(plan.tasks.size(), 6);
    QCOMPARE(plan.tasks.at(4).id, QString("freeze-2"));
    QCOMPARE(plan.tasks.at(5).id, QString("final-sync-2"));
    QCOMPARE(plan.tasks.at(5).after.at(0).task, QString("freeze-2"));
    QCOMPARE(plan.tasks.at(4).marks, Marks());            // the mark stays on freeze
    QCOMPARE(plan.tasks.at(1).marks, Marks(Mark::FreezeStart));
    QCOMPARE(view->selectedRows(), (QList<int>{4, 5}));
    QCOMPARE(m_window->document()->undoStack()->count(), 1);
}

void TestMainWindow::pasteCellsFromSpreadsheet()
{
    m_window->showPage(MainWindow::Runbook);
    RunbookView *view = m_window->runbookView();
    QTableView *table = view->table();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(1, M::OwnerColumn));
    // As LibreOffice Calc puts two rows of (Owner, Kind, Optimistic) on the clipboard.
    QApplication::clipboard()->setText("DBA\ttask\t7\r\nApp team\tmilestone\t0:20\r\n");
    QTest::keySequence(table, QKeySequence::Paste);
    const Plan &plan = m_window->document()->plan();
    QCOMPARE(plan.tasks.at(1).owner, QString("DBA"));
    QCOMPARE(plan.tasks.at(1).duration.optimistic, std::optional<double>(7.0));
    QCOMPARE(plan.tasks.at(2).owner, QString("App team"));
    QCOMPARE(plan.tasks.at(2).kind, TaskKind::Milestone);
    QCOMPARE(plan.tasks.at(2).duration.optimistic, std::optional<double>(20.0));
    // A bad cell refuses the whole paste, with the line and column.
    QApplication::clipboard()->setText("Ops\ttask\tnever\n");
    QTest::keySequence(table, QKeySequence::Paste);
    QVERIFY(view->banner()->text().contains("line 1, Optimistic"));
    QCOMPARE(plan.tasks.at(1).owner, QString("DBA"));
}

void TestMainWindow::overviewUpdatesLive()
{
    OverviewPage *overview = m_window->overviewPage();
    // Hand-worked: sync-ok 0, freeze 0..10, final-sync 15..45, dns 45..60: finish 22:00 local.
    QTRY_VERIFY(overview->figure("finish")->text().startsWith("2026-12-05 22:00"));
    QCOMPARE(overview->figure("downtime")->text(), QString("1 h"));
    // The freeze starts 21:00, 1 h before the window: a well-formed plan that says by how much it misses.
    QCOMPARE(overview->figure("fits")->text(), QString("no: the write freeze starts 1 h before the window opens"));
    QCOMPARE(overview->figure("tasks")->text(), QString("4 (0 done), 1 rollback steps"));
    // Rollback deadline: window end 04:00 minus 10 min; margin from traffic switched (22:00).
    QCOMPARE(overview->figure("deadline")->text(), QString("2026-12-06 03:50 (likely); P80: run the simulation"));
    QCOMPARE(overview->figure("margin")->text(), QString("5 h 50 min (likely), from the traffic switch (“Step dns”)"));
    // final-sync likely 50 min (inside its 20..60 range): 15..65, dns 65..80, finish 22:20.
    m_window->runbookView()->model()->setData(m_window->runbookView()->model()->index(2, M::LikelyColumn), "50m");
    QTRY_VERIFY(overview->figure("finish")->text().startsWith("2026-12-05 22:20"));
    QCOMPARE(overview->figure("downtime")->text(), QString("1 h 20 min"));
    QCOMPARE(overview->figure("margin")->text(), QString("5 h 30 min (likely), from the traffic switch (“Step dns”)"));
    // 1 h 30 min would put the estimates out of order (pessimistic 1 h): no verdict then.
    m_window->runbookView()->model()->setData(m_window->runbookView()->model()->index(2, M::LikelyColumn), "1h30");
    QTRY_VERIFY(overview->figure("downtime")->text().startsWith("not computed: Estimates out of order"));
    QVERIFY(overview->figure("margin")->text().startsWith("not computed: "));
}

void TestMainWindow::planNameEditIsUndoable()
{
    OverviewPage *overview = m_window->overviewPage();
    QLineEdit *name = overview->nameEdit();
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, "Orders night");
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(m_window->document()->plan().name, QString("Orders night"));
    QCOMPARE(m_window->document()->undoStack()->text(0), QString("Change plan name"));
    m_window->document()->undoStack()->undo();
    QCOMPARE(name->text(), QString("Orders to Azure SQL"));
}

void TestMainWindow::rollbackCriterionAdded()
{
    m_window->showPage(MainWindow::Rollback);
    SectionTableView *criteria = m_window->rollbackPage()->criteria();
    QPushButton *add = nullptr;
    for (QPushButton *b : criteria->findChildren<QPushButton *>()) {
        if (b->text() == "Add")
            add = b;
    }
    QVERIFY(add);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(m_window->document()->plan().criteria.size(), 1);
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(qobject_cast<QLineEdit *>(editor));
    qobject_cast<QLineEdit *>(editor)->selectAll();
    QTest::keyClicks(editor, "Lag under 30 s");
    commitEditor(editor);
    QCOMPARE(m_window->document()->plan().criteria.at(0).name, QString("Lag under 30 s"));
}

void TestMainWindow::saveOpenRoundTrip()
{
    const QString path = m_dir.filePath("orders.cutover");
    m_window->runbookView()->model()->setData(m_window->runbookView()->model()->index(1, M::NotesColumn), "check the\tbridge");
    QVERIFY(m_window->isWindowModified());
    QVERIFY(m_window->fileActions()->saveTo(path));
    QVERIFY(!m_window->isWindowModified());
    QVERIFY(!m_window->document()->isModified());
    QCOMPARE(m_window->windowTitle(), QString("orders.cutover[*]"));
    const Plan saved = m_window->document()->plan();
    m_window->fileActions()->newFromTemplate("empty");
    QVERIFY(m_window->document()->plan().tasks.isEmpty());
    QVERIFY(m_window->fileActions()->openPath(path));
    QVERIFY(m_window->document()->plan() == saved);
    QCOMPARE(m_window->document()->filePath(), path);
    QVERIFY(m_window->fileActions()->recentFiles()->files().contains(path));
    // Plans opened from JSON are saved as .cutover beside them, never over the JSON.
    const QString json = m_dir.filePath("orders.json");
    QVERIFY(m_window->fileActions()->exportJsonTo(json));
    QVERIFY(m_window->fileActions()->openPath(json));
    QVERIFY(m_window->document()->filePath().isEmpty());
    QCOMPARE(m_window->fileActions()->importedFrom(), json);
}

void TestMainWindow::dropOpensPlan()
{
    const QString path = m_dir.filePath("dropped.cutover");
    Plan plan = testing::smallPlan();
    plan.name = "Dropped plan";
    {
        Document other(plan);
        MainWindow helper(m_dir.filePath("recovery-helper"));
        helper.document()->resetPlan(plan);
        QVERIFY(helper.fileActions()->saveTo(path));
        helper.fileActions()->closing();
    }
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(m_window.get(), &drop);
    QCOMPARE(m_window->document()->plan().name, QString("Dropped plan"));
    QCOMPARE(m_window->document()->filePath(), path);
}

void TestMainWindow::secondInstanceSeesLock()
{
    const QString path = m_dir.filePath("locked.cutover");
    QVERIFY(m_window->fileActions()->saveTo(path));
    PlanLock second;
    QVERIFY(!second.acquire(path));
    QVERIFY2(second.holder().contains(QString::number(QCoreApplication::applicationPid())), qPrintable(second.holder()));
    m_window->fileActions()->closing();
    QVERIFY(second.acquire(path));
}

void TestMainWindow::closingWithUnsavedChangesAsks()
{
    m_window->runbookView()->model()->setData(m_window->runbookView()->model()->index(1, M::OwnerColumn), "DBA");
    QVERIFY(m_window->document()->isModified());
    // Answer the question with a click once it is up.
    auto answer = [](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, [button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            QVERIFY(box->text().contains("Orders to Azure SQL"));
            QTest::mouseClick(box->button(button), Qt::LeftButton);
        });
    };
    answer(QMessageBox::Cancel);
    QVERIFY(!m_window->close());
    QVERIFY(m_window->isVisible());
    QCOMPARE(m_window->document()->plan().tasks.at(1).owner, QString("DBA"));
    answer(QMessageBox::Discard);
    QVERIFY(m_window->close());
    QVERIFY(!m_window->isVisible());
}

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
