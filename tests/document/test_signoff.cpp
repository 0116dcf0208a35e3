// SPDX-License-Identifier: GPL-3.0-or-later
// Sign-off (docs/review.md): the status transitions, approval bound to a baseline, and an
// approved plan whose runbook, rollback plan or criteria is edited going back to In review in
// the same undo step (and only then).
#include "document/changevaluecommand.h"
#include "document/document.h"
#include "document/reviewcommand.h"
#include "model/signoff.h"
#include "testplan.h"

#include <QSignalSpy>
#include <QTest>

using namespace cutover;

namespace {

const QDateTime kAt(QDate(2026, 12, 2), QTime(18, 0), QTimeZone::utc());

Baseline baselineOf(const Plan &plan, const QString &name)
{
    Baseline b;
    b.name = name;
    b.takenAt = kAt;
    b.tasks = plan.tasks;
    b.rollbackTasks = plan.rollbackTasks;
    b.criteria = plan.criteria;
    return b;
}

/** A document whose plan was approved as of baseline "R1" (through the commands). */
void approve(Document &doc)
{
    auto add = ReviewCommand::addBaseline(&doc, baselineOf(doc.plan(), "R1"));
    QVERIFY(add.ok());
    QVERIFY(doc.push(add.value().release()));
    auto approved = ReviewCommand::approve(&doc, "R1", "Chris", kAt);
    QVERIFY(approved.ok());
    QVERIFY(doc.push(approved.value().release()));
    QCOMPARE(doc.plan().status, PlanStatus::Approved);
}

} // namespace

class TestSignOff : public QObject
{
    Q_OBJECT
private slots:
    void transitions()
    {
        using S = PlanStatus;
        QCOMPARE(SignOff::nextStatuses(S::Draft), (QList<S>{S::InReview, S::Cancelled}));
        QCOMPARE(SignOff::nextStatuses(S::InReview), (QList<S>{S::Approved, S::Draft, S::Cancelled}));
        QCOMPARE(SignOff::nextStatuses(S::Approved), (QList<S>{S::InProgress, S::InReview, S::Cancelled}));
        QCOMPARE(SignOff::nextStatuses(S::InProgress), (QList<S>{S::Completed, S::RolledBack}));
        QVERIFY(SignOff::nextStatuses(S::Completed).isEmpty());
        QVERIFY(SignOff::nextStatuses(S::RolledBack).isEmpty());
        QVERIFY(!SignOff::canMove(S::Draft, S::Approved));
        QVERIFY(!SignOff::canMove(S::Completed, S::Draft));
        QVERIFY(!SignOff::checkMove(S::InProgress, S::Draft).ok());
    }

    void approvalNeedsBaselineAndName()
    {
        Plan p = testing::smallPlan();
        QVERIFY(!SignOff::approve(&p, "R1", "Chris", kAt).ok()); // no such baseline
        p.baselines = {baselineOf(p, "R1")};
        QVERIFY(!SignOff::approve(&p, "R1", "  ", kAt).ok());    // nobody
        QCOMPARE(p.status, PlanStatus::Draft);
        QVERIFY(SignOff::approve(&p, "R1", "Chris", kAt).ok());  // a draft passes through review
        QCOMPARE(p.status, PlanStatus::Approved);
        QCOMPARE(p.approval, (Approval{"Chris", kAt, "R1"}));
        QVERIFY(!SignOff::changedSinceApproval(p));
        QVERIFY(!SignOff::approve(&p, "R1", "Chris", kAt).ok()); // already approved
        p.tasks[1].status = TaskStatus::Done;                    // run state is no change
        QVERIFY(!SignOff::changedSinceApproval(p));
        p.tasks[1].duration.likely = 11;
        QVERIFY(SignOff::changedSinceApproval(p));
    }

    void reviewCommandUndoRedo()
    {
        Document doc(testing::smallPlan());
        const Plan before = doc.plan();
        approve(doc);
        QCOMPARE(doc.plan().baselines.size(), 1);
        QVERIFY(!ReviewCommand::addBaseline(&doc, baselineOf(doc.plan(), "R1")).ok()); // name taken
        QVERIFY(!ReviewCommand::moveTo(&doc, PlanStatus::Draft).ok());                 // not from Approved
        auto started = ReviewCommand::moveTo(&doc, PlanStatus::InProgress);
        QVERIFY(started.ok());
        QVERIFY(doc.push(started.value().release()));
        QCOMPARE(doc.plan().status, PlanStatus::InProgress);
        doc.undoStack()->undo();
        QCOMPARE(doc.plan().status, PlanStatus::Approved);
        doc.undoStack()->undo();
        QCOMPARE(doc.plan().status, PlanStatus::Draft);
        QVERIFY(!doc.plan().approval.isValid());
        doc.undoStack()->undo();
        QCOMPARE(doc.plan(), before);
    }

    void editOfApprovedRunbookReturnsToReview_data()
    {
        QTest::addColumn<int>("what");
        QTest::newRow("task estimate") << 0;
        QTest::newRow("criteria") << 1;
        QTest::newRow("rollback plan") << 2;
    }

    void editOfApprovedRunbookReturnsToReview()
    {
        QFETCH(int, what);
        Document doc(testing::smallPlan());
        approve(doc);
        const Plan approved = doc.plan();
        QSignalSpy withdrawn(&doc, &Document::approvalWithdrawn);
        QUndoCommand *edit = nullptr;
        if (what == 0) {
            edit = new ChangeTaskFieldCommand(&doc, TaskFieldKey{2, Document::TaskField::Likely}, 45.0);
        } else if (what == 1) {
            Criterion c;
            c.id = "lag";
            c.metric = "lag";
            edit = new ChangeSectionCommand(&doc, SectionKey{Document::Section::Criteria}, QVariant::fromValue(QList<Criterion>{c}),
                                            "Add criterion", Merge::Never);
        } else {
            edit = new ChangeSectionCommand(&doc, SectionKey{Document::Section::RollbackTasks},
                                            QVariant::fromValue(QList<Task>{}), "Remove rollback step", Merge::Never);
        }
        QVERIFY(doc.push(edit));
        QCOMPARE(doc.plan().status, PlanStatus::InReview);
        QCOMPARE(withdrawn.count(), 1);
        QCOMPARE(withdrawn.at(0).at(0).toString(), QStringLiteral("R1"));
        // The approval stays on record, so the report can say the plan changed since.
        QCOMPARE(doc.plan().approval.approvedBy, QStringLiteral("Chris"));
        QVERIFY(SignOff::changedSinceApproval(doc.plan()));
        // One undo step takes back the edit and the status together.
        doc.undoStack()->undo();
        QCOMPARE(doc.plan(), approved);
        doc.undoStack()->redo();
        QCOMPARE(doc.plan().status, PlanStatus::InReview);
        QCOMPARE(withdrawn.count(), 2);
        // A further edit is an ordinary one (the plan is in review now).
        QVERIFY(doc.push(new ChangeTaskFieldCommand(&doc, TaskFieldKey{1, Document::TaskField::Likely}, 12.0)));
        QCOMPARE(doc.plan().status, PlanStatus::InReview);
        QCOMPARE(withdrawn.count(), 2);
    }

    void otherEditsKeepTheApproval()
    {
        Document doc(testing::smallPlan());
        approve(doc);
        QSignalSpy withdrawn(&doc, &Document::approvalWithdrawn);
        // Run state, readiness and plan properties are not what was approved.
        QVERIFY(doc.push(new ChangeTaskFieldCommand(&doc, TaskFieldKey{0, Document::TaskField::Status},
                                                    QVariant::fromValue(TaskStatus::Done))));
        QVERIFY(doc.push(new ChangePlanPropertyCommand(&doc, PlanPropertyKey{Document::PlanProperty::Description},
                                                       QStringLiteral("new words"))));
        ReadinessItem r;
        r.id = "r1";
        QVERIFY(doc.push(new ChangeSectionCommand(&doc, SectionKey{Document::Section::Readiness},
                                                  QVariant::fromValue(QList<ReadinessItem>{r}), "Add item", Merge::Never)));
        QCOMPARE(doc.plan().status, PlanStatus::Approved);
        QCOMPARE(withdrawn.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSignOff)
#include "test_signoff.moc"
