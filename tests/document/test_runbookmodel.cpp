// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/document.h"
#include "document/runbookmodel.h"
#include "document/taskedits.h"
#include "testplan.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace cutover;
using M = RunbookModel;

class TestRunbookModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void shape();
    void setDataPushesCommand_data();
    void setDataPushesCommand();
    void invalidInputRefusedWithReason_data();
    void invalidInputRefusedWithReason();
    void derivedColumnsFollowEdits();
    void derivedColumnsShowScheduleError();
    void structureChangesUnderTester();

private:
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<RunbookModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestRunbookModel::init()
{
    m_doc = std::make_unique<Document>(testing::smallPlan());
    m_model = std::make_unique<RunbookModel>(m_doc.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestRunbookModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_doc.reset();
}

void TestRunbookModel::shape()
{
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->columnCount(), int(M::ColumnCount));
    QCOMPARE(m_model->headerData(M::LikelyColumn, Qt::Horizontal).toString(), QString("Likely"));
    QCOMPARE(m_model->data(m_model->index(2, M::IdColumn)).toString(), QString("final-sync"));
    QCOMPARE(m_model->data(m_model->index(2, M::PhaseColumn)).toString(), QString("Final cutover"));
    QCOMPARE(m_model->data(m_model->index(2, M::PhaseColumn), Qt::EditRole).toString(), QString("cutover"));
    QCOMPARE(m_model->data(m_model->index(3, M::PredecessorsColumn)).toString(), QString("final-sync; freeze SS"));
    QCOMPARE(m_model->data(m_model->index(1, M::MarksColumn)).toString(), QString("freeze-start"));
    QVERIFY(m_model->flags(m_model->index(0, M::NameColumn)) & Qt::ItemIsEditable);
    QVERIFY(!(m_model->flags(m_model->index(0, M::FloatColumn)) & Qt::ItemIsEditable));
    QCOMPARE(m_model->data(m_model->index(3, 0), M::TaskIdRole).toString(), QString("dns"));
}

void TestRunbookModel::setDataPushesCommand_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("likely 1h30") << 2 << int(M::LikelyColumn) << "1h30" << "1h30";
    QTest::newRow("likely 1:30") << 2 << int(M::LikelyColumn) << "1:30" << "1h30";
    QTest::newRow("likely 1.5h") << 2 << int(M::LikelyColumn) << "1.5h" << "1h30";
    QTest::newRow("likely 90") << 2 << int(M::LikelyColumn) << "90" << "1h30";
    QTest::newRow("pessimistic 45") << 2 << int(M::PessimisticColumn) << "45" << "45";
    QTest::newRow("predecessors") << 3 << int(M::PredecessorsColumn) << "freeze FS+5m; sync-ok SS" << "freeze FS+5; sync-ok SS";
    QTest::newRow("owner") << 1 << int(M::OwnerColumn) << "DBA on call" << "DBA on call";
    QTest::newRow("phase by name") << 1 << int(M::PhaseColumn) << "continuous sync" << "Continuous sync";
    QTest::newRow("kind") << 1 << int(M::KindColumn) << "gate" << "gate";
    QTest::newRow("status") << 1 << int(M::StatusColumn) << "in-progress" << "in-progress";
    QTest::newRow("not before") << 1 << int(M::NotBeforeColumn) << "2026-12-05 22:00" << "2026-12-05 22:00";
}

void TestRunbookModel::setDataPushesCommand()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, text);
    QFETCH(QString, shown);
    const Plan before = m_doc->plan();
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_model->setData(m_model->index(row, column), text));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_model->data(m_model->index(row, column)).toString(), shown);
    QVERIFY(!changed.isEmpty());
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->plan() == before);
}

void TestRunbookModel::invalidInputRefusedWithReason_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("duration") << 2 << int(M::LikelyColumn) << "soon" << "cannot read \"soon\" as a duration";
    QTest::newRow("unknown predecessor") << 3 << int(M::PredecessorsColumn) << "frezee FS" << "unknown task \"frezee\"";
    QTest::newRow("duplicate id") << 3 << int(M::IdColumn) << "freeze" << "already used";
    QTest::newRow("derived") << 3 << int(M::FloatColumn) << "5" << "computed from the schedule";
    QTest::newRow("phase") << 3 << int(M::PhaseColumn) << "later" << "unknown phase";
}

void TestRunbookModel::invalidInputRefusedWithReason()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, text);
    QFETCH(QString, reason);
    const Plan before = m_doc->plan();
    QSignalSpy refused(m_model.get(), &RunbookModel::editRefused);
    QVERIFY(!m_model->setData(m_model->index(row, column), text));
    QCOMPARE(refused.count(), 1);
    QVERIFY2(refused.at(0).at(1).toString().contains(reason), qPrintable(refused.at(0).at(1).toString()));
    QVERIFY(m_model->lastError().contains(reason));
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QVERIFY(m_doc->plan() == before);
}

void TestRunbookModel::derivedColumnsFollowEdits()
{
    // Hand-worked: sync-ok 0..0, freeze 0..10, final-sync 15..45 (FS+5), dns 45..60.
    auto minutes = [this](int row, int column) { return m_model->data(m_model->index(row, column), M::MinutesRole).toDouble(); };
    QCOMPARE(minutes(3, M::EarlyStartColumn), 45.0);
    QCOMPARE(minutes(3, M::EarlyFinishColumn), 60.0);
    QCOMPARE(m_model->data(m_model->index(3, M::EarlyStartColumn)).toString(), QLocale().toString(QDate(2026, 12, 5), "ddd") + " 21:45");
    QVERIFY(m_model->data(m_model->index(3, M::EarlyStartColumn), Qt::ToolTipRole).toString().startsWith("2026-12-05 21:45, 45 min after"));
    QVERIFY(m_model->data(m_model->index(3, M::CriticalColumn), M::CriticalRole).toBool());

    QSignalSpy derived(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_model->setData(m_model->index(2, M::LikelyColumn), "1h30"));
    QTRY_VERIFY(std::any_of(derived.begin(), derived.end(), [](const QList<QVariant> &args) {
        return args.at(0).toModelIndex().column() == M::EarlyStartColumn;
    }));
    // final-sync 15..105, dns 105..120.
    QCOMPARE(minutes(3, M::EarlyStartColumn), 105.0);
    QCOMPARE(minutes(3, M::EarlyFinishColumn), 120.0);

    // dns now waits on freeze only: 10..25, finish stays 105 so dns floats 80 minutes.
    QVERIFY(m_model->setData(m_model->index(3, M::PredecessorsColumn), "freeze"));
    QCOMPARE(minutes(3, M::EarlyStartColumn), 10.0);
    QCOMPARE(minutes(3, M::FloatColumn), 80.0);
    QVERIFY(!m_model->data(m_model->index(3, M::CriticalColumn), M::CriticalRole).toBool());
    QCOMPARE(m_model->data(m_model->index(3, M::FloatColumn)).toString(), QString("1 h 20 min"));
}

void TestRunbookModel::derivedColumnsShowScheduleError()
{
    // freeze waits on dns, which (via final-sync) waits on freeze: a cycle.
    QVERIFY(m_model->setData(m_model->index(1, M::PredecessorsColumn), "dns"));
    QVERIFY(!m_doc->schedule().ok());
    QVERIFY(m_model->data(m_model->index(1, M::EarlyStartColumn)).isNull());
    QVERIFY(m_model->data(m_model->index(1, M::EarlyStartColumn), Qt::ToolTipRole).toString().startsWith("No schedule"));
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->schedule().ok());
}

void TestRunbookModel::structureChangesUnderTester()
{
    // The tester checks every signal sequence; these go through all of them.
    QVERIFY(TaskEdits::insertTasks(*m_doc, 1, {TaskEdits::newTask(m_doc->plan(), "sync")}));
    QCOMPARE(m_model->rowCount(), 5);
    QVERIFY(TaskEdits::moveTasks(*m_doc, {1}, +1));
    QCOMPARE(m_model->data(m_model->index(2, M::IdColumn)).toString(), QString("task-5"));
    QVERIFY(TaskEdits::duplicateTasks(*m_doc, {0, 3}));
    QCOMPARE(m_model->rowCount(), 7);
    QVERIFY(TaskEdits::removeTasks(*m_doc, {0, 2, 6}));
    QCOMPARE(m_model->rowCount(), 4);
    while (m_doc->undoStack()->canUndo())
        m_doc->undoStack()->undo();
    QVERIFY(m_doc->plan() == testing::smallPlan());
    while (m_doc->undoStack()->canRedo())
        m_doc->undoStack()->redo();
    QCOMPARE(m_model->rowCount(), 4);
    Plan other = testing::smallPlan();
    other.tasks.removeLast();
    m_doc->resetPlan(other);
    QCOMPARE(m_model->rowCount(), 3);
}

QTEST_GUILESS_MAIN(TestRunbookModel)
#include "test_runbookmodel.moc"
