// SPDX-License-Identifier: GPL-3.0-or-later
// The task-list rules (rename follows links, delete drops or reconnects links) on both lists
// that use them: the runbook (TaskEdits) and the rollback list (its section table).
#include "document/document.h"
#include "document/sectionadapters.h"
#include "document/sectiontablemodel.h"
#include "document/taskedits.h"
#include "document/tasklistrules.h"
#include "testplan.h"

#include <QTest>

using namespace cutover;
using T = DependencyType;
using Reconnection = TaskListRules::Reconnection;
Q_DECLARE_METATYPE(cutover::DependencyType)

class TestTaskListRules : public QObject
{
    Q_OBJECT
private slots:
    void compose_data();
    void compose();
    void runbookReconnectAroundOneTask();
    void runbookReconnectKeepsExistingLink();
    void runbookReconnectThroughChain();
    void runbookJustDeleteDropsLinks();
    void reconnectNeverLinksTaskToItself();
    void runbookRenameFollowsLinks();
    void rollbackRenameFollowsLinks();
    void rollbackDeleteDropsLinks();
    void addTaskAfterLinksToCurrentRow();
    void addTaskWithoutRowAppends();
};

static void checkRoundTrip(Document &doc, const Plan &before, const Plan &after)
{
    QCOMPARE(doc.plan(), after);
    doc.undoStack()->undo();
    QVERIFY(doc.plan() == before);
    doc.undoStack()->redo();
    QVERIFY(doc.plan() == after);
}

void TestTaskListRules::compose_data()
{
    // P -first-> D -second-> S; D goes. The P point of `first` now constrains the S point of
    // `second` (a link type names predecessor point then successor point).
    QTest::addColumn<T>("first");
    QTest::addColumn<T>("second");
    QTest::addColumn<T>("result");
    QTest::newRow("FS then FS") << T::FS << T::FS << T::FS;
    QTest::newRow("FS then SS") << T::FS << T::SS << T::FS;
    QTest::newRow("FS then FF") << T::FS << T::FF << T::FF;
    QTest::newRow("FS then SF") << T::FS << T::SF << T::FF;
    QTest::newRow("SS then FS") << T::SS << T::FS << T::SS;
    QTest::newRow("SS then SS") << T::SS << T::SS << T::SS;
    QTest::newRow("SS then FF") << T::SS << T::FF << T::SF;
    QTest::newRow("SS then SF") << T::SS << T::SF << T::SF;
    QTest::newRow("FF then FS") << T::FF << T::FS << T::FS;
    QTest::newRow("FF then FF") << T::FF << T::FF << T::FF;
    QTest::newRow("SF then SS") << T::SF << T::SS << T::SS;
    QTest::newRow("SF then SF") << T::SF << T::SF << T::SF;
}

void TestTaskListRules::compose()
{
    QFETCH(T, first);
    QFETCH(T, second);
    QFETCH(T, result);
    const Dependency d = TaskListRules::compose({"p", first, 5}, {"d", second, -2});
    QCOMPARE(d.task, QString("p"));
    QCOMPARE(d.type, result);
    QCOMPARE(d.lag, 3.0); // 5 + (-2)
}

void TestTaskListRules::runbookReconnectAroundOneTask()
{
    // smallPlan: freeze after sync-ok (FS 0); final-sync after freeze (FS 5);
    // dns after final-sync (FS 0) and freeze (SS 0).
    Document doc(testing::smallPlan());
    const Plan before = doc.plan();
    auto result = TaskEdits::removeTasks(doc, {1}, TaskListRules::LinkPolicy::Reconnect);
    QVERIFY2(result, qPrintable(result.errorString()));
    QCOMPARE(result.value(), (QList<Reconnection>{{"final-sync", {"sync-ok"}}, {"dns", {"sync-ok"}}}));
    Plan after = before;
    after.tasks.removeAt(1);
    after.tasks[1].after = {{"sync-ok", T::FS, 5}};                           // FS 0 then FS 5
    after.tasks[2].after = {{"final-sync", T::FS, 0}, {"sync-ok", T::FS, 0}}; // FS 0 then SS 0
    QCOMPARE(doc.undoStack()->count(), 1); // the reconnect is part of the delete's undo step
    QCOMPARE(doc.undoStack()->text(0), QString("Delete task \"freeze\""));
    checkRoundTrip(doc, before, after);
}

void TestTaskListRules::runbookReconnectKeepsExistingLink()
{
    // Deleting final-sync: dns would get freeze (FS 5) but already waits on it (SS 0).
    Document doc(testing::smallPlan());
    const Plan before = doc.plan();
    auto result = TaskEdits::removeTasks(doc, {2}, TaskListRules::LinkPolicy::Reconnect);
    QVERIFY(result);
    QVERIFY(result.value().isEmpty());
    Plan after = before;
    after.tasks.removeAt(2);
    after.tasks[2].after = {{"freeze", T::SS, 0}};
    checkRoundTrip(doc, before, after);
}

void TestTaskListRules::runbookReconnectThroughChain()
{
    // freeze and final-sync go together: dns reaches sync-ok through both (FS 0, FS 5, FS 0).
    Document doc(testing::smallPlan());
    const Plan before = doc.plan();
    auto result = TaskEdits::removeTasks(doc, {2, 1}, TaskListRules::LinkPolicy::Reconnect);
    QVERIFY(result);
    QCOMPARE(result.value(), (QList<Reconnection>{{"dns", {"sync-ok"}}}));
    Plan after = before;
    after.tasks = {before.tasks[0], before.tasks[3]};
    after.tasks[1].after = {{"sync-ok", T::FS, 5}};
    checkRoundTrip(doc, before, after);
}

void TestTaskListRules::runbookJustDeleteDropsLinks()
{
    Document doc(testing::smallPlan());
    const Plan before = doc.plan();
    auto result = TaskEdits::removeTasks(doc, {1}, TaskListRules::LinkPolicy::Drop);
    QVERIFY(result);
    QVERIFY(result.value().isEmpty());
    Plan after = before;
    after.tasks.removeAt(1);
    after.tasks[1].after.clear();
    after.tasks[2].after = {{"final-sync", T::FS, 0}};
    checkRoundTrip(doc, before, after);
}

void TestTaskListRules::reconnectNeverLinksTaskToItself()
{
    // a <-> b is a cycle; deleting a must not make b wait on itself.
    QList<Task> tasks(3);
    tasks[0].id = "a";
    tasks[0].after = {{"b", T::FS, 0}, {"c", T::SS, 2}};
    tasks[1].id = "b";
    tasks[1].after = {{"a", T::FS, 1}};
    tasks[2].id = "c";
    QList<Reconnection> reconnections;
    const QList<int> changed = TaskListRules::dropLinks(tasks, {"a"}, TaskListRules::LinkPolicy::Reconnect, &reconnections);
    QCOMPARE(changed, QList<int>{1});
    QCOMPARE(tasks[1].after, (QList<Dependency>{{"c", T::SS, 3}}));
    QCOMPARE(reconnections, (QList<Reconnection>{{"b", {"c"}}}));
    QCOMPARE(tasks[0].after.size(), 2); // the deleted task itself is left alone
}

void TestTaskListRules::runbookRenameFollowsLinks()
{
    Document doc(testing::smallPlan());
    QVERIFY(TaskEdits::setFieldText(doc, 1, Document::TaskField::Id, "write-freeze"));
    QCOMPARE(doc.plan().tasks[2].after, (QList<Dependency>{{"write-freeze", T::FS, 5}}));
    QCOMPARE(doc.plan().tasks[3].after, (QList<Dependency>{{"final-sync", T::FS, 0}, {"write-freeze", T::SS, 0}}));
}

static Plan planWithRollbackChain()
{
    Plan plan = testing::smallPlan();
    Task stop;
    stop.id = "stop-app";
    stop.duration.likely = 5;
    Task restore;
    restore.id = "restore-source";
    restore.duration.likely = 20;
    restore.after = {{"stop-app", T::FS, 0}};
    Task check;
    check.id = "check-source";
    check.duration.likely = 10;
    check.after = {{"restore-source", T::FS, 0}, {"stop-app", T::SS, 1}};
    plan.rollbackTasks = {stop, restore, check};
    return plan;
}

void TestTaskListRules::rollbackRenameFollowsLinks()
{
    Document doc(planWithRollbackChain());
    SectionTableModel model(&doc, SectionAdapters::rollbackTasks());
    QVERIFY(model.setData(model.index(0, 0), "stop-writes"));
    const QList<Task> &r = doc.plan().rollbackTasks;
    QCOMPARE(r[0].id, QString("stop-writes"));
    QCOMPARE(r[1].after, (QList<Dependency>{{"stop-writes", T::FS, 0}}));
    QCOMPARE(r[2].after, (QList<Dependency>{{"restore-source", T::FS, 0}, {"stop-writes", T::SS, 1}}));
    QCOMPARE(doc.undoStack()->count(), 1);
    doc.undoStack()->undo();
    QVERIFY(doc.plan() == planWithRollbackChain());
}

void TestTaskListRules::rollbackDeleteDropsLinks()
{
    Document doc(planWithRollbackChain());
    SectionTableModel model(&doc, SectionAdapters::rollbackTasks());
    QVERIFY(model.removeRowsAt({1}));
    const QList<Task> &r = doc.plan().rollbackTasks;
    QCOMPARE(r.size(), 2);
    QCOMPARE(r[1].id, QString("check-source"));
    QCOMPARE(r[1].after, (QList<Dependency>{{"stop-app", T::SS, 1}}));
    doc.undoStack()->undo();
    QVERIFY(doc.plan() == planWithRollbackChain());
}

void TestTaskListRules::addTaskAfterLinksToCurrentRow()
{
    Document doc(testing::smallPlan());
    const Plan before = doc.plan();
    auto row = TaskEdits::addTaskAfter(doc, 1);
    QVERIFY(row);
    QCOMPARE(row.value(), 2);
    const Task &added = doc.plan().tasks.at(2);
    QCOMPARE(added.phase, QString("cutover"));
    QCOMPARE(added.after, (QList<Dependency>{{"freeze", T::FS, 0}}));
    QVERIFY(before.taskIndex(added.id) < 0 && before.rollbackTaskIndex(added.id) < 0);
    QCOMPARE(doc.undoStack()->count(), 1);
    Plan after = before;
    after.tasks.insert(2, added);
    checkRoundTrip(doc, before, after);
}

void TestTaskListRules::addTaskWithoutRowAppends()
{
    Document doc(testing::smallPlan());
    auto row = TaskEdits::addTaskAfter(doc, -1);
    QVERIFY(row);
    QCOMPARE(row.value(), 4);
    QCOMPARE(doc.plan().tasks.at(4).phase, QString("sync")); // the first phase
    QVERIFY(doc.plan().tasks.at(4).after.isEmpty());
}

QTEST_GUILESS_MAIN(TestTaskListRules)
#include "test_tasklistrules.moc"
