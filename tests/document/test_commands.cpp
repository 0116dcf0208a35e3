// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/changeplanpropertycommand.h"
#include "document/changesectioncommand.h"
#include "document/changetaskfieldcommand.h"
#include "document/document.h"
#include "document/inserttaskscommand.h"
#include "document/movetaskcommand.h"
#include "document/removetaskscommand.h"
#include "document/taskedits.h"
#include "testplan.h"

#include <QSignalSpy>
#include <QTest>

using namespace cutover;
using TaskField = Document::TaskField;

class TestCommands : public QObject
{
    Q_OBJECT
private slots:
    void changeTaskField_data();
    void changeTaskField();
    void consecutiveEditsOfOneCellMerge();
    void editsOfDifferentCellsDoNotMerge();
    void mergeBackToOriginalIsObsolete();
    void insertTasks();
    void removeNonContiguousRows();
    void moveTask();
    void planProperty();
    void section();
    void renameFollowsLinksAndDecisions();
    void removeDropsLinksAndDecisions();
    void duplicateRenamesAndRelinks();
    void moveSelectionUpAndDown();
    void moveToPhase();
    void markMovesOffOtherTask();
    void readOnlyRefusesEdits();
    void modifiedFollowsCleanState();
    void fineGrainedSignals();
};

/** Pushes nothing itself: checks that the last command on the stack round-trips. */
static void checkRoundTrip(Document &doc, const Plan &before, const Plan &after)
{
    QCOMPARE(doc.plan(), after);
    doc.undoStack()->undo();
    QVERIFY(doc.plan() == before);
    doc.undoStack()->redo();
    QVERIFY(doc.plan() == after);
    doc.undoStack()->undo();
    QVERIFY(doc.plan() == before);
}

void TestCommands::changeTaskField_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("field");
    QTest::addColumn<QVariant>("value");
    const QDateTime t(QDate(2026, 12, 5), QTime(23, 15), QTimeZone(3600));
    QTest::newRow("name") << 1 << int(TaskField::Name) << QVariant(QString("Block writes"));
    QTest::newRow("owner") << 1 << int(TaskField::Owner) << QVariant(QString("DBA"));
    QTest::newRow("kind") << 0 << int(TaskField::Kind) << QVariant::fromValue(TaskKind::Milestone);
    QTest::newRow("optimistic set") << 1 << int(TaskField::Optimistic) << QVariant(5.0);
    QTest::newRow("optimistic unset") << 2 << int(TaskField::Optimistic) << QVariant();
    QTest::newRow("likely") << 2 << int(TaskField::Likely) << QVariant(45.0);
    QTest::newRow("pessimistic") << 2 << int(TaskField::Pessimistic) << QVariant(90.0);
    QTest::newRow("distribution") << 2 << int(TaskField::Distribution) << QVariant::fromValue(Distribution::Pert);
    QTest::newRow("predecessors") << 3 << int(TaskField::Predecessors)
                                  << QVariant::fromValue(QList<Dependency>{{"freeze", DependencyType::SS, -5}});
    QTest::newRow("not before") << 1 << int(TaskField::NotBefore) << QVariant(t);
    QTest::newRow("marks") << 2 << int(TaskField::Marks) << QVariant::fromValue(Marks(Mark::PointOfNoReturn));
    QTest::newRow("status") << 1 << int(TaskField::Status) << QVariant::fromValue(TaskStatus::Done);
    QTest::newRow("notes") << 1 << int(TaskField::Notes) << QVariant(QString("ask the\tDBA"));
    QTest::newRow("actual start") << 1 << int(TaskField::ActualStart) << QVariant(t);
    QTest::newRow("actual finish") << 1 << int(TaskField::ActualFinish) << QVariant(t);
}

void TestCommands::changeTaskField()
{
    QFETCH(int, row);
    QFETCH(int, field);
    QFETCH(QVariant, value);
    Document doc(testing::smallPlan());
    const Plan before = doc.plan();
    Plan after = before;
    Document::setTaskFieldValue(after.tasks[row], TaskField(field), value);
    QVERIFY(after != before);
    doc.undoStack()->push(new ChangeTaskFieldCommand(&doc, row, TaskField(field), value));
    checkRoundTrip(doc, before, after);
}

void TestCommands::consecutiveEditsOfOneCellMerge()
{
    Document doc(testing::smallPlan());
    const Plan before = doc.plan();
    doc.undoStack()->push(new ChangeTaskFieldCommand(&doc, 2, TaskField::Likely, 40.0));
    doc.undoStack()->push(new ChangeTaskFieldCommand(&doc, 2, TaskField::Likely, 50.0));
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.plan().tasks.at(2).duration.likely, 50.0);
    doc.undoStack()->undo();
    QVERIFY(doc.plan() == before);
}

void TestCommands::editsOfDifferentCellsDoNotMerge()
{
    Document doc(testing::smallPlan());
    doc.undoStack()->push(new ChangeTaskFieldCommand(&doc, 2, TaskField::Likely, 40.0));
    doc.undoStack()->push(new ChangeTaskFieldCommand(&doc, 3, TaskField::Likely, 40.0));
    doc.undoStack()->push(new ChangeTaskFieldCommand(&doc, 3, TaskField::Owner, QString("Network")));
    QCOMPARE(doc.undoStack()->count(), 3);
    doc.undoStack()->undo();
    QCOMPARE(doc.plan().tasks.at(3).owner, QString());
    QCOMPARE(doc.plan().tasks.at(3).duration.likely, 40.0);
}

void TestCommands::mergeBackToOriginalIsObsolete()
{
    Document doc(testing::smallPlan());
    doc.undoStack()->push(new ChangeTaskFieldCommand(&doc, 2, TaskField::Likely, 40.0));
    doc.undoStack()->push(new ChangeTaskFieldCommand(&doc, 2, TaskField::Likely, 30.0));
    QCOMPARE(doc.undoStack()->count(), 0);
    QVERIFY(!doc.isModified());
}

void TestCommands::insertTasks()
{
    Document doc(testing::smallPlan());
    const Plan before = doc.plan();
    Task a;
    a.id = "a";
    Task b;
    b.id = "b";
    Plan after = before;
    after.tasks.insert(1, b);
    after.tasks.insert(1, a);
    doc.undoStack()->push(new InsertTasksCommand(&doc, 1, {a, b}));
    QCOMPARE(doc.plan().tasks.at(1).id, QString("a"));
    QCOMPARE(doc.plan().tasks.at(2).id, QString("b"));
    checkRoundTrip(doc, before, after);
}

void TestCommands::removeNonContiguousRows()
{
    Document doc(testing::smallPlan());
    const Plan before = doc.plan();
    Plan after = before;
    after.tasks.removeAt(3);
    after.tasks.removeAt(1);
    after.tasks.removeAt(0);
    doc.undoStack()->push(new RemoveTasksCommand(&doc, {3, 0, 1}));
    QCOMPARE(doc.plan().tasks.size(), 1);
    QCOMPARE(doc.plan().tasks.first().id, QString("final-sync"));
    checkRoundTrip(doc, before, after);
}

void TestCommands::moveTask()
{
    Document doc(testing::smallPlan());
    const Plan before = doc.plan();
    Plan after = before;
    after.tasks = {before.tasks[1], before.tasks[2], before.tasks[0], before.tasks[3]};
    doc.undoStack()->push(new MoveTaskCommand(&doc, 0, 2));
    checkRoundTrip(doc, before, after);
}

void TestCommands::planProperty()
{
    using P = Document::PlanProperty;
    const QDateTime t(QDate(2026, 12, 6), QTime(6, 0), QTimeZone(3600));
    const QList<std::pair<P, QVariant>> edits = {
        {P::Name, QString("Renamed")}, {P::Timezone, QString("UTC")}, {P::Start, t}, {P::WindowStart, t},
        {P::WindowEnd, t}, {P::Status, QVariant::fromValue(PlanStatus::Approved)}, {P::Author, QString("Ada")},
        {P::Description, QString("text")}, {P::HypercareHours, 72.0}, {P::HypercareNotes, QString("n")}};
    for (const auto &[property, value] : edits) {
        Document doc(testing::smallPlan());
        const Plan before = doc.plan();
        doc.undoStack()->push(new ChangePlanPropertyCommand(&doc, property, value));
        QVERIFY2(doc.plan() != before, qPrintable(ChangePlanPropertyCommand::propertyTitle(property)));
        QCOMPARE(doc.planProperty(property), value);
        const Plan after = doc.plan();
        checkRoundTrip(doc, before, after);
    }
    // Typing a name: one undo step.
    Document doc(testing::smallPlan());
    doc.undoStack()->push(new ChangePlanPropertyCommand(&doc, P::Name, QString("O")));
    doc.undoStack()->push(new ChangePlanPropertyCommand(&doc, P::Name, QString("Or")));
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.undoStack()->text(0), QString("Change plan name"));
}

void TestCommands::section()
{
    Document doc(testing::smallPlan());
    const Plan before = doc.plan();
    Criterion c;
    c.id = "lag";
    c.metric = "lag_seconds";
    c.threshold = 30;
    doc.undoStack()->push(new ChangeSectionCommand(&doc, Document::Section::Criteria,
                                                   QVariant::fromValue(QList<Criterion>{c}), "Add criterion", 7));
    Plan after = before;
    after.criteria = {c};
    QCOMPARE(doc.undoStack()->text(0), QString("Add criterion"));
    // Same merge key: merges; the result is the last value.
    c.threshold = 60;
    doc.undoStack()->push(new ChangeSectionCommand(&doc, Document::Section::Criteria,
                                                   QVariant::fromValue(QList<Criterion>{c}), "Edit criterion", 7));
    QCOMPARE(doc.undoStack()->count(), 1);
    after.criteria = {c};
    checkRoundTrip(doc, before, after);

    for (auto s : {Document::Section::Phases, Document::Section::RollbackTasks, Document::Section::Decisions,
                   Document::Section::Readiness, Document::Section::Slas, Document::Section::Contacts}) {
        Document d(testing::smallPlan());
        const Plan b = d.plan();
        Plan a = b;
        QVariant v;
        switch (s) {
        case Document::Section::Phases: a.phases.append({"x", "X", {}}); v = QVariant::fromValue(a.phases); break;
        case Document::Section::RollbackTasks: a.rollbackTasks.clear(); v = QVariant::fromValue(a.rollbackTasks); break;
        case Document::Section::Decisions: a.decisions[0].rationale = "why"; v = QVariant::fromValue(a.decisions); break;
        case Document::Section::Readiness: a.readiness.append({"r1", "RBAC", "Ops", ReadinessStatus::Done, "link"}); v = QVariant::fromValue(a.readiness); break;
        case Document::Section::Slas: a.hypercare.slas.append({"Sev 1", 15, 240}); v = QVariant::fromValue(a.hypercare.slas); break;
        case Document::Section::Contacts: a.hypercare.contacts.append({"Ada", "DBA", "+49"}); v = QVariant::fromValue(a.hypercare.contacts); break;
        case Document::Section::Criteria: break;
        }
        d.undoStack()->push(new ChangeSectionCommand(&d, s, v, "edit"));
        checkRoundTrip(d, b, a);
    }
}

void TestCommands::renameFollowsLinksAndDecisions()
{
    Document doc(testing::smallPlan());
    const Plan before = doc.plan();
    QVERIFY(TaskEdits::setFieldText(doc, 0, TaskField::Id, "replication-ok"));
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.undoStack()->text(0), QString("Rename task \"sync-ok\" to \"replication-ok\""));
    Plan after = before;
    after.tasks[0].id = "replication-ok";
    after.tasks[1].after[0].task = "replication-ok";
    after.decisions[0].gate = "replication-ok";
    checkRoundTrip(doc, before, after);
}

void TestCommands::removeDropsLinksAndDecisions()
{
    Document doc(testing::smallPlan());
    const Plan before = doc.plan();
    QVERIFY(TaskEdits::removeTasks(doc, {0, 2}));
    Plan after = before;
    after.tasks = {before.tasks[1], before.tasks[3]};
    after.tasks[0].after.clear();                                      // freeze waited on sync-ok
    after.tasks[1].after = {{"freeze", DependencyType::SS, 0}};        // dns waited on final-sync
    after.decisions.clear();
    QCOMPARE(doc.undoStack()->text(0), QString("Delete 2 tasks"));
    checkRoundTrip(doc, before, after);
}

void TestCommands::duplicateRenamesAndRelinks()
{
    Document doc(testing::smallPlan());
    const Plan before = doc.plan();
    auto rows = TaskEdits::duplicateTasks(doc, {2, 1});
    QVERIFY(rows);
    QCOMPARE(rows.value(), (QList<int>{3, 4}));
    Plan after = before;
    Task freezeCopy = before.tasks[1];
    freezeCopy.id = "freeze-copy";
    freezeCopy.marks = {};
    Task syncCopy = before.tasks[2];
    syncCopy.id = "final-sync-copy";
    syncCopy.after = {{"freeze-copy", DependencyType::FS, 5}};
    after.tasks.insert(3, syncCopy);
    after.tasks.insert(3, freezeCopy);
    checkRoundTrip(doc, before, after);
}

void TestCommands::moveSelectionUpAndDown()
{
    Document doc(testing::smallPlan());
    const Plan before = doc.plan();
    const auto &t = before.tasks;
    auto up = TaskEdits::moveTasks(doc, {1, 3}, -1);
    QVERIFY(up);
    QCOMPARE(up.value(), (QList<int>{0, 2}));
    Plan after = before;
    after.tasks = {t[1], t[0], t[3], t[2]};
    checkRoundTrip(doc, before, after);

    QVERIFY(!TaskEdits::moveTasks(doc, {0, 2}, -1));   // already at the top
    QVERIFY(!TaskEdits::moveTasks(doc, {3}, +1));      // already at the bottom
    auto down = TaskEdits::moveTasks(doc, {0, 1}, +1);
    QVERIFY(down);
    after.tasks = {t[2], t[0], t[1], t[3]};
    checkRoundTrip(doc, before, after);
}

void TestCommands::moveToPhase()
{
    Document doc(testing::smallPlan());
    const Plan before = doc.plan();
    QVERIFY(TaskEdits::moveToPhase(doc, {1, 2}, "sync"));
    QCOMPARE(doc.undoStack()->count(), 1);
    Plan after = before;
    after.tasks[1].phase = "sync";
    after.tasks[2].phase = "sync";
    checkRoundTrip(doc, before, after);
    QVERIFY(!TaskEdits::moveToPhase(doc, {1}, "nowhere"));
    QCOMPARE(doc.undoStack()->count(), 1);
}

void TestCommands::markMovesOffOtherTask()
{
    Document doc(testing::smallPlan());
    const Plan before = doc.plan();
    QVERIFY(TaskEdits::setFieldText(doc, 2, TaskField::Marks, "freeze-start, point-of-no-return"));
    QCOMPARE(doc.undoStack()->count(), 1);
    Plan after = before;
    after.tasks[1].marks = {};
    after.tasks[2].marks = Mark::FreezeStart | Mark::PointOfNoReturn;
    checkRoundTrip(doc, before, after);
}

void TestCommands::readOnlyRefusesEdits()
{
    Document doc(testing::smallPlan());
    doc.setReadOnly(true);
    const Plan before = doc.plan();
    QVERIFY(!TaskEdits::setFieldText(doc, 1, TaskField::Name, "x"));
    QVERIFY(!TaskEdits::removeTasks(doc, {1}));
    QVERIFY(!TaskEdits::insertTasks(doc, 0, {TaskEdits::newTask(before, "sync")}));
    QCOMPARE(doc.undoStack()->count(), 0);
    QVERIFY(doc.plan() == before);
}

void TestCommands::modifiedFollowsCleanState()
{
    Document doc(testing::smallPlan());
    QSignalSpy modified(&doc, &Document::modifiedChanged);
    QVERIFY(!doc.isModified());
    QVERIFY(TaskEdits::setFieldText(doc, 1, TaskField::Owner, "DBA"));
    QVERIFY(doc.isModified());
    QCOMPARE(modified.count(), 1);
    doc.undoStack()->undo();
    QVERIFY(!doc.isModified());
    QCOMPARE(modified.count(), 2);
    doc.undoStack()->redo();
    doc.markSaved();
    QVERIFY(!doc.isModified());
    doc.markUnsaved();
    QVERIFY(doc.isModified());
    doc.resetPlan(testing::smallPlan());
    QVERIFY(!doc.isModified());
    QCOMPARE(doc.undoStack()->count(), 0);
}

void TestCommands::fineGrainedSignals()
{
    Document doc(testing::smallPlan());
    QSignalSpy changedTask(&doc, &Document::taskChanged);
    QSignalSpy inserted(&doc, &Document::tasksInserted);
    QSignalSpy removed(&doc, &Document::tasksRemoved);
    QSignalSpy moved(&doc, &Document::taskMoved);
    QSignalSpy property(&doc, &Document::planPropertyChanged);
    QVERIFY(TaskEdits::setFieldText(doc, 2, TaskField::Likely, "1h30"));
    QCOMPARE(changedTask.count(), 1);
    QCOMPARE(changedTask.at(0).at(0).toInt(), 2);
    QCOMPARE(changedTask.at(0).at(1).value<TaskField>(), TaskField::Likely);
    QCOMPARE(doc.plan().tasks.at(2).duration.likely, 90.0);
    QVERIFY(TaskEdits::insertTasks(doc, 1, {TaskEdits::newTask(doc.plan(), "sync")}));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(0).toInt(), 1);
    doc.undoStack()->undo();
    QCOMPARE(removed.count(), 1);
    QVERIFY(TaskEdits::moveTasks(doc, {2}, 1));
    QCOMPARE(moved.count(), 1);
    QCOMPARE(moved.at(0).at(0).toInt(), 2);
    QCOMPARE(moved.at(0).at(1).toInt(), 3);
    doc.undoStack()->push(new ChangePlanPropertyCommand(&doc, Document::PlanProperty::Name, QString("n")));
    QCOMPARE(property.count(), 1);
}

QTEST_GUILESS_MAIN(TestCommands)
#include "test_commands.moc"
