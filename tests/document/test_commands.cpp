// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/changevaluecommand.h"
#include "document/document.h"
#include "document/importdatacommand.h"
#include "document/inserttaskscommand.h"
#include "document/movetaskcommand.h"
#include "document/removetaskscommand.h"
#include "document/runbookclipboard.h"
#include "document/sectionadapters.h"
#include "document/sectiontablemodel.h"
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
    void mergeKeys_data();
    void mergeKeys();
    void mergedStepUndoesToFirstValue();
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
    void readOnlyPushRefusesEveryCommandKind();
    void readOnlyRefusesEveryEditPath();
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
    QTest::newRow("id") << 1 << int(TaskField::Id) << QVariant(QString("write-freeze"));
    QTest::newRow("name") << 1 << int(TaskField::Name) << QVariant(QString("Block writes"));
    QTest::newRow("phase") << 1 << int(TaskField::Phase) << QVariant(QString("sync"));
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
    doc.undoStack()->push(new ChangeTaskFieldCommand(&doc, {row, TaskField(field)}, value));
    checkRoundTrip(doc, before, after);
}

void TestCommands::consecutiveEditsOfOneCellMerge()
{
    Document doc(testing::smallPlan());
    const Plan before = doc.plan();
    doc.undoStack()->push(new ChangeTaskFieldCommand(&doc, {2, TaskField::Likely}, 40.0));
    doc.undoStack()->push(new ChangeTaskFieldCommand(&doc, {2, TaskField::Likely}, 50.0));
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.plan().tasks.at(2).duration.likely, 50.0);
    doc.undoStack()->undo();
    QVERIFY(doc.plan() == before);
}

void TestCommands::editsOfDifferentCellsDoNotMerge()
{
    Document doc(testing::smallPlan());
    doc.undoStack()->push(new ChangeTaskFieldCommand(&doc, {2, TaskField::Likely}, 40.0));
    doc.undoStack()->push(new ChangeTaskFieldCommand(&doc, {3, TaskField::Likely}, 40.0));
    doc.undoStack()->push(new ChangeTaskFieldCommand(&doc, {3, TaskField::Owner}, QString("Network")));
    QCOMPARE(doc.undoStack()->count(), 3);
    doc.undoStack()->undo();
    QCOMPARE(doc.plan().tasks.at(3).owner, QString());
    QCOMPARE(doc.plan().tasks.at(3).duration.likely, 40.0);
}

void TestCommands::mergeBackToOriginalIsObsolete()
{
    Document doc(testing::smallPlan());
    doc.undoStack()->push(new ChangeTaskFieldCommand(&doc, {2, TaskField::Likely}, 40.0));
    doc.undoStack()->push(new ChangeTaskFieldCommand(&doc, {2, TaskField::Likely}, 30.0));
    QCOMPARE(doc.undoStack()->count(), 0);
    QVERIFY(!doc.isModified());
}

namespace {

/** Pushes `first` then `second` (both merging) and returns how many undo steps result. */
template<typename Key>
int stepsAfter(Document &doc, Key first, QVariant a, Key second, QVariant b, Merge merge = Merge::Consecutive)
{
    doc.undoStack()->push(new ChangeValueCommand<Key>(&doc, first, std::move(a), "one", merge));
    doc.undoStack()->push(new ChangeValueCommand<Key>(&doc, second, std::move(b), "two", merge));
    return doc.undoStack()->count();
}

QVariant criteria(double threshold)
{
    Criterion c;
    c.id = "lag";
    c.threshold = threshold;
    return QVariant::fromValue(QList<Criterion>{c});
}

} // namespace

void TestCommands::mergeKeys_data()
{
    QTest::addColumn<int>("kind");   // 0 task field, 1 plan property, 2 section, 3 mixed key types
    QTest::addColumn<int>("variant");
    QTest::addColumn<int>("steps");
    QTest::newRow("task: same row and field") << 0 << 0 << 1;
    QTest::newRow("task: other row") << 0 << 1 << 2;
    QTest::newRow("task: other field") << 0 << 2 << 2;
    QTest::newRow("task: same key, Merge::Never") << 0 << 3 << 2;
    QTest::newRow("plan: same property") << 1 << 0 << 1;
    QTest::newRow("plan: other property") << 1 << 1 << 2;
    QTest::newRow("section: same cell") << 2 << 0 << 1;
    QTest::newRow("section: other row") << 2 << 1 << 2;
    QTest::newRow("section: other column") << 2 << 2 << 2;
    QTest::newRow("section: other section") << 2 << 3 << 2;
    QTest::newRow("section: whole-list edits, Merge::Never") << 2 << 4 << 2;
    QTest::newRow("task field then plan property") << 3 << 0 << 2;
}

void TestCommands::mergeKeys()
{
    QFETCH(int, kind);
    QFETCH(int, variant);
    QFETCH(int, steps);
    using P = Document::PlanProperty;
    using S = Document::Section;
    Document doc(testing::smallPlan());
    int got = -1;
    if (kind == 0) {
        const TaskFieldKey first{2, TaskField::Likely};
        const TaskFieldKey second = variant == 1 ? TaskFieldKey{3, TaskField::Likely}
                                  : variant == 2 ? TaskFieldKey{2, TaskField::Pessimistic}
                                                 : first;
        got = stepsAfter(doc, first, 40.0, second, 50.0, variant == 3 ? Merge::Never : Merge::Consecutive);
    } else if (kind == 1) {
        got = stepsAfter(doc, PlanPropertyKey{P::Name}, QString("A"), PlanPropertyKey{variant == 0 ? P::Name : P::Author},
                         QString("B"));
    } else if (kind == 2) {
        const SectionKey first{S::Criteria, 0, 5};
        SectionKey second = first;
        if (variant == 1)
            second.row = 1;
        if (variant == 2)
            second.column = 4;
        if (variant == 3)
            second.section = S::Readiness;
        const QVariant b = variant == 3 ? QVariant::fromValue(QList<ReadinessItem>{{"r", "RBAC", {}, {}, {}}}) : criteria(60);
        got = stepsAfter(doc, first, criteria(30), second, b, variant == 4 ? Merge::Never : Merge::Consecutive);
    } else {
        doc.undoStack()->push(new ChangeTaskFieldCommand(&doc, {0, TaskField::Name}, QString("x")));
        doc.undoStack()->push(new ChangePlanPropertyCommand(&doc, {P::Name}, QString("x")));
        got = doc.undoStack()->count();
    }
    QCOMPARE(got, steps);
    // However they merged, undoing everything restores the plan exactly.
    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    QVERIFY(doc.plan() == testing::smallPlan());
}

void TestCommands::mergedStepUndoesToFirstValue()
{
    Document doc(testing::smallPlan());
    const Plan before = doc.plan();
    for (double v : {31.0, 32.0, 45.0})
        doc.undoStack()->push(new ChangeTaskFieldCommand(&doc, {2, TaskField::Likely}, v));
    QCOMPARE(doc.undoStack()->count(), 1);
    const auto *step = static_cast<const ChangeTaskFieldCommand *>(doc.undoStack()->command(0));
    QCOMPARE(step->oldValue(), QVariant(30.0));
    QCOMPARE(step->newValue(), QVariant(45.0));
    QCOMPARE(step->text(), QString("Change likely of \"final-sync\""));
    Plan after = before;
    after.tasks[2].duration.likely = 45.0;
    checkRoundTrip(doc, before, after);
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
        doc.undoStack()->push(new ChangePlanPropertyCommand(&doc, {property}, value));
        QVERIFY2(doc.plan() != before, qPrintable(PlanPropertyKey::title(property)));
        QCOMPARE(doc.planProperty(property), value);
        const Plan after = doc.plan();
        checkRoundTrip(doc, before, after);
    }
    // Typing a name: one undo step.
    Document doc(testing::smallPlan());
    doc.undoStack()->push(new ChangePlanPropertyCommand(&doc, {P::Name}, QString("O")));
    doc.undoStack()->push(new ChangePlanPropertyCommand(&doc, {P::Name}, QString("Or")));
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
    doc.undoStack()->push(new ChangeSectionCommand(&doc, {Document::Section::Criteria, 0, 5},
                                                   QVariant::fromValue(QList<Criterion>{c}), "Add criterion", Merge::Consecutive));
    Plan after = before;
    after.criteria = {c};
    QCOMPARE(doc.undoStack()->text(0), QString("Add criterion"));
    // Same merge key: merges; the result is the last value.
    c.threshold = 60;
    doc.undoStack()->push(new ChangeSectionCommand(&doc, {Document::Section::Criteria, 0, 5},
                                                   QVariant::fromValue(QList<Criterion>{c}), "Edit criterion", Merge::Consecutive));
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
        d.undoStack()->push(new ChangeSectionCommand(&d, {s}, v, "edit", Merge::Never));
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

namespace {

/** Records whether it ran and whether it was deleted. */
class ProbeCommand : public QUndoCommand
{
public:
    ProbeCommand(bool *ran, bool *deleted) : m_ran(ran), m_deleted(deleted) {}
    ~ProbeCommand() override { *m_deleted = true; }
    void redo() override { *m_ran = true; }
    void undo() override {}

private:
    bool *m_ran;
    bool *m_deleted;
};

} // namespace

void TestCommands::readOnlyPushRefusesEveryCommandKind()
{
    bool ran = false;
    bool deleted = false;
    Document doc(testing::smallPlan()); // after the flags: its stack deletes probes last
    doc.setReadOnly(true);
    QCOMPARE(doc.refusalReason(), QString("the plan is open read-only"));
    QSignalSpy refused(&doc, &Document::editRefused);
    const Plan before = doc.plan();
    MetricSeries series;
    series.metric = "lag_seconds";
    auto import = ImportDataCommand::create(&doc, {series}, {}, "Import");
    QVERIFY(import.ok());
    auto macro = std::make_unique<QUndoCommand>("Rename");
    new ChangeTaskFieldCommand(&doc, {0, TaskField::Id}, QString("gate"), macro.get());
    new ChangeSectionCommand(&doc, {Document::Section::Decisions}, QVariant::fromValue(QList<GateDecision>{}), {},
                             Merge::Never, macro.get());
    const QList<QUndoCommand *> commands = {
        new ChangeTaskFieldCommand(&doc, {1, TaskField::Name}, QString("x")),
        new ChangePlanPropertyCommand(&doc, {Document::PlanProperty::WindowEnd}, QDateTime()),
        new ChangeSectionCommand(&doc, {Document::Section::Criteria, 0, 0}, criteria(1), "Edit", Merge::Consecutive),
        new InsertTasksCommand(&doc, 0, {TaskEdits::newTask(before, "sync")}),
        new RemoveTasksCommand(&doc, {1, 3}),
        new MoveTaskCommand(&doc, 0, 2),
        std::move(import).value().release(),
        macro.release(),
    };
    for (QUndoCommand *command : commands)
        QVERIFY(!doc.push(command));
    QVERIFY(!doc.push(new ProbeCommand(&ran, &deleted)));
    QVERIFY(!ran);
    QVERIFY(deleted); // refused commands are deleted, not leaked
    QCOMPARE(refused.count(), int(commands.size()) + 1);
    QCOMPARE(refused.at(0).at(0).toString(), QString("the plan is open read-only"));
    QCOMPARE(doc.undoStack()->count(), 0);
    QVERIFY(doc.plan() == before);
    QVERIFY(!doc.isModified());

    // Writable again: the same call runs the command.
    doc.setReadOnly(false);
    QVERIFY(doc.refusalReason().isEmpty());
    deleted = false;
    QVERIFY(doc.push(new ProbeCommand(&ran, &deleted)));
    QVERIFY(ran);
    QVERIFY(!deleted);
    QCOMPARE(doc.undoStack()->count(), 1);
}

void TestCommands::readOnlyRefusesEveryEditPath()
{
    Document doc(testing::smallPlan());
    doc.setReadOnly(true);
    const Plan before = doc.plan();
    const QString reason = "the plan is open read-only";
    QSignalSpy refused(&doc, &Document::editRefused);
    // TaskEdits: each edit kind, including the macros (rename, marks) and the moves.
    QCOMPARE(TaskEdits::setFieldText(doc, 0, TaskField::Id, "gate").errorString(), reason);
    QCOMPARE(TaskEdits::setFieldText(doc, 2, TaskField::Marks, "freeze-start").errorString(), reason);
    QCOMPARE(TaskEdits::setField(doc, 2, TaskField::Likely, 45.0).errorString(), reason);
    QCOMPARE(TaskEdits::duplicateTasks(doc, {1}).errorString(), reason);
    QCOMPARE(TaskEdits::moveTasks(doc, {1}, 1).errorString(), reason);
    QCOMPARE(TaskEdits::moveToPhase(doc, {1}, "sync").errorString(), reason);
    QCOMPARE(TaskEdits::removeTasks(doc, {1}).errorString(), reason);
    QCOMPARE(TaskEdits::addTaskAfter(doc, 1).errorString(), reason);
    // Paste: new rows and cells.
    const QList<TaskField> fields = {TaskField::Id, TaskField::Name, TaskField::Likely};
    QCOMPARE(RunbookClipboard::paste(doc, 1, 0, fields, "ID\tName\nnew\tNew").errorString(), reason);
    QCOMPARE(RunbookClipboard::paste(doc, 1, 1, fields, "Renamed").errorString(), reason);
    // Section tables: edit, add, remove.
    SectionTableModel criteriaModel(&doc, SectionAdapters::criteria());
    SectionTableModel rollback(&doc, SectionAdapters::rollbackTasks());
    QVERIFY(!rollback.setData(rollback.index(0, 1), "Restore"));
    QCOMPARE(rollback.lastError(), reason);
    QCOMPARE(criteriaModel.addRow(), -1);
    QCOMPARE(criteriaModel.lastError(), reason);
    QVERIFY(!rollback.removeRowsAt({0}));
    QCOMPARE(doc.undoStack()->count(), 0);
    QVERIFY(doc.plan() == before);
    QCOMPARE(refused.count(), 13); // each refusal said once, by the document
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
    doc.undoStack()->push(new ChangePlanPropertyCommand(&doc, {Document::PlanProperty::Name}, QString("n")));
    QCOMPARE(property.count(), 1);
}

QTEST_GUILESS_MAIN(TestCommands)
#include "test_commands.moc"
