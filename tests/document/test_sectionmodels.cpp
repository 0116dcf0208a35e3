// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/document.h"
#include "document/sectionadapters.h"
#include "document/sectiontablemodel.h"
#include "testplan.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace cutover;

class TestSectionModels : public QObject
{
    Q_OBJECT
private slots:
    void criteriaAddEditRemove();
    void criterionCellRefusals_data();
    void criterionCellRefusals();
    void rollbackRenameFollowsLinks();
    void rollbackIdsUniqueAcrossRunbook();
    void decisionsNeedGate();
    void phasesInUseCannotGo();
    void hypercareDurations();
};

void TestSectionModels::criteriaAddEditRemove()
{
    Document doc(testing::smallPlan());
    SectionTableModel model(&doc, SectionAdapters::criteria());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Plan before = doc.plan();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.addRow(), 0);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(doc.plan().criteria.at(0).id, QString("criterion-1"));
    QVERIFY(model.setData(model.index(0, 3), "physical_replication_delay_in_seconds"));
    QVERIFY(model.setData(model.index(0, 4), ">="));
    QVERIFY(model.setData(model.index(0, 5), "30"));
    QVERIFY(model.setData(model.index(0, 6), "5m"));
    QVERIFY(model.setData(model.index(0, 7), "hold"));
    const Criterion &c = doc.plan().criteria.at(0);
    QCOMPARE(c.metric, QString("physical_replication_delay_in_seconds"));
    QCOMPARE(c.op, CompareOp::GreaterOrEqual);
    QCOMPARE(c.threshold, 30.0);
    QCOMPARE(c.forSeconds, 300.0);
    QCOMPARE(c.action, CriterionAction::Hold);
    QCOMPARE(model.data(model.index(0, 6)).toString(), QString("5 min"));
    QCOMPARE(model.data(model.index(0, 6), Qt::EditRole).toString(), QString("5"));
    QCOMPARE(doc.undoStack()->count(), 6);
    QVERIFY(model.removeRowsAt({0}));
    QCOMPARE(model.rowCount(), 0);
    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    QVERIFY(doc.plan() == before);
}

void TestSectionModels::criterionCellRefusals_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::newRow("threshold") << 5 << "thirty";
    QTest::newRow("op") << 4 << "=>";
    QTest::newRow("for") << 6 << "-5m";
    QTest::newRow("action") << 7 << "panic";
    QTest::newRow("id space") << 0 << "a b";
}

void TestSectionModels::criterionCellRefusals()
{
    QFETCH(int, column);
    QFETCH(QString, text);
    Document doc(testing::smallPlan());
    SectionTableModel model(&doc, SectionAdapters::criteria());
    model.addRow();
    const Plan before = doc.plan();
    QSignalSpy refused(&model, &SectionTableModel::editRefused);
    QVERIFY(!model.setData(model.index(0, column), text));
    QCOMPARE(refused.count(), 1);
    QVERIFY(!model.lastError().isEmpty());
    QVERIFY(doc.plan() == before);
}

void TestSectionModels::rollbackRenameFollowsLinks()
{
    Plan plan = testing::smallPlan();
    Task reenable;
    reenable.id = "reenable-writes";
    reenable.duration.likely = 5;
    reenable.after = {{"revert-dns", DependencyType::FS, 0}};
    plan.rollbackTasks.append(reenable);
    Document doc(plan);
    SectionTableModel model(&doc, SectionAdapters::rollbackTasks());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setData(model.index(0, 0), "dns-back"));
    QCOMPARE(doc.plan().rollbackTasks.at(1).after.at(0).task, QString("dns-back"));
    QVERIFY(!model.setData(model.index(1, 7), "freeze")); // a runbook task
    QVERIFY(model.removeRowsAt({0}));
    QVERIFY(doc.plan().rollbackTasks.at(0).after.isEmpty());
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QVERIFY(doc.plan() == plan);
}

void TestSectionModels::rollbackIdsUniqueAcrossRunbook()
{
    Document doc(testing::smallPlan());
    SectionTableModel model(&doc, SectionAdapters::rollbackTasks());
    QVERIFY(!model.setData(model.index(0, 0), "freeze"));
    QVERIFY(model.lastError().contains("already used"));
}

void TestSectionModels::decisionsNeedGate()
{
    Document doc(testing::smallPlan());
    SectionTableModel model(&doc, SectionAdapters::decisions());
    QVERIFY(!model.setData(model.index(0, 0), "freeze"));
    QVERIFY(model.lastError().contains("not a gate"));
    QVERIFY(model.setData(model.index(0, 1), "no-go"));
    QCOMPARE(doc.plan().decisions.at(0).outcome, GateOutcome::NoGo);
    QVERIFY(model.setData(model.index(0, 3), "2026-12-05 22:40"));
    QCOMPARE(doc.plan().decisions.at(0).decidedAt.toUTC(), QDateTime(QDate(2026, 12, 5), QTime(21, 40), QTimeZone::utc()));
    QCOMPARE(model.adapter().choices(doc.plan(), 0), QStringList{"sync-ok"});
}

void TestSectionModels::phasesInUseCannotGo()
{
    Document doc(testing::smallPlan());
    SectionTableModel model(&doc, SectionAdapters::phases());
    QVERIFY(!model.removeRowsAt({0}));
    QVERIFY(model.lastError().contains("still has tasks"));
    QVERIFY(!model.setData(model.index(0, 0), "replication"));
    QVERIFY(model.setData(model.index(0, 1), "Replication"));
    QCOMPARE(model.addRow(), 2);
    QVERIFY(model.removeRowsAt({2}));
    QCOMPARE(doc.plan().phases.size(), 2);
}

void TestSectionModels::hypercareDurations()
{
    Document doc(testing::smallPlan());
    SectionTableModel slas(&doc, SectionAdapters::slas());
    SectionTableModel contacts(&doc, SectionAdapters::contacts());
    slas.addRow();
    QVERIFY(slas.setData(slas.index(0, 1), "15"));
    QVERIFY(slas.setData(slas.index(0, 2), "4h30"));
    QCOMPARE(doc.plan().hypercare.slas.at(0).resolveMinutes, 270.0);
    QVERIFY(!slas.setData(slas.index(0, 2), "later"));
    contacts.addRow();
    QVERIFY(contacts.setData(contacts.index(0, 2), "#cutover-bridge"));
    QCOMPARE(doc.plan().hypercare.contacts.at(0).reach, QString("#cutover-bridge"));
    QVERIFY(!contacts.setData(contacts.index(0, 0), "  "));
}

QTEST_GUILESS_MAIN(TestSectionModels)
#include "test_sectionmodels.moc"
