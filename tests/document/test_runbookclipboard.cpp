// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/document.h"
#include "document/runbookclipboard.h"
#include "document/taskfieldtext.h"
#include "testplan.h"

#include <QTest>

using namespace cutover;
using TaskField = Document::TaskField;

class TestRunbookClipboard : public QObject
{
    Q_OBJECT
private slots:
    void parseField_data();
    void parseField();
    void formatRoundTrip();
    void parseTsv_data();
    void parseTsv();
    void copyWritesHeaderAndQuotes();
    void pasteWithHeaderInsertsNewTasks();
    void pasteOwnCopyGetsFreshIds();
    void pasteCellsOverwrites();
    void badCellRefusesWholePaste_data();
    void badCellRefusesWholePaste();
};

void TestRunbookClipboard::parseField_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QVariant>("expected");
    const auto F = [](TaskField f) { return int(f); };
    QTest::newRow("likely 90") << 2 << F(TaskField::Likely) << "90" << true << QVariant(90.0);
    QTest::newRow("likely 1h30") << 2 << F(TaskField::Likely) << "1h30" << true << QVariant(90.0);
    QTest::newRow("likely 1:30") << 2 << F(TaskField::Likely) << "1:30" << true << QVariant(90.0);
    QTest::newRow("likely 1.5h") << 2 << F(TaskField::Likely) << "1.5h" << true << QVariant(90.0);
    QTest::newRow("likely empty") << 2 << F(TaskField::Likely) << "" << false << QVariant();
    QTest::newRow("likely negative") << 2 << F(TaskField::Likely) << "-5" << false << QVariant();
    QTest::newRow("likely words") << 2 << F(TaskField::Likely) << "a while" << false << QVariant();
    QTest::newRow("optimistic empty unsets") << 2 << F(TaskField::Optimistic) << " " << true << QVariant();
    // PlanLimits: at most 10 years = 5,259,600 minutes (3,652.5 days).
    QTest::newRow("pessimistic 3652d") << 2 << F(TaskField::Pessimistic) << "3652d" << true << QVariant(3652.0 * 1440.0);
    QTest::newRow("pessimistic 3653d") << 2 << F(TaskField::Pessimistic) << "3653d" << false << QVariant();
    QTest::newRow("likely 20000000") << 2 << F(TaskField::Likely) << "20000000" << false << QVariant();
    QTest::newRow("id ok") << 1 << F(TaskField::Id) << "block-writes" << true << QVariant(QString("block-writes"));
    QTest::newRow("id same row") << 1 << F(TaskField::Id) << "freeze" << true << QVariant(QString("freeze"));
    QTest::newRow("id taken") << 1 << F(TaskField::Id) << "dns" << false << QVariant();
    QTest::newRow("id taken by rollback") << 1 << F(TaskField::Id) << "revert-dns" << false << QVariant();
    QTest::newRow("id with space") << 1 << F(TaskField::Id) << "a b" << false << QVariant();
    QTest::newRow("name empty") << 1 << F(TaskField::Name) << "  " << false << QVariant();
    QTest::newRow("phase by id") << 1 << F(TaskField::Phase) << "sync" << true << QVariant(QString("sync"));
    QTest::newRow("phase by name") << 1 << F(TaskField::Phase) << "final CUTOVER" << true << QVariant(QString("cutover"));
    QTest::newRow("phase unknown") << 1 << F(TaskField::Phase) << "later" << false << QVariant();
    QTest::newRow("kind") << 1 << F(TaskField::Kind) << "Milestone" << true << QVariant::fromValue(TaskKind::Milestone);
    QTest::newRow("kind bad") << 1 << F(TaskField::Kind) << "step" << false << QVariant();
    QTest::newRow("predecessors") << 3 << F(TaskField::Predecessors) << "freeze FS+5m; sync-ok SS" << true
        << QVariant::fromValue(QList<Dependency>{{"freeze", DependencyType::FS, 5}, {"sync-ok", DependencyType::SS, 0}});
    QTest::newRow("predecessor unknown") << 3 << F(TaskField::Predecessors) << "frezee" << false << QVariant();
    QTest::newRow("predecessor lag 3653d") << 3 << F(TaskField::Predecessors) << "freeze FS+3653d" << false << QVariant();
    QTest::newRow("predecessor lag -3652d") << 3 << F(TaskField::Predecessors) << "freeze FS-3652d" << true
        << QVariant::fromValue(QList<Dependency>{{"freeze", DependencyType::FS, -3652.0 * 1440.0}});
    QTest::newRow("predecessor self") << 3 << F(TaskField::Predecessors) << "dns" << false << QVariant();
    QTest::newRow("predecessor rollback task") << 3 << F(TaskField::Predecessors) << "revert-dns" << false << QVariant();
    QTest::newRow("predecessors empty") << 3 << F(TaskField::Predecessors) << "" << true
        << QVariant::fromValue(QList<Dependency>{});
    // Berlin is UTC+1 in December.
    QTest::newRow("not before local") << 1 << F(TaskField::NotBefore) << "2026-12-05 22:30" << true
        << QVariant(QDateTime(QDate(2026, 12, 5), QTime(21, 30), QTimeZone::utc()));
    QTest::newRow("not before iso") << 1 << F(TaskField::NotBefore) << "2026-12-05T21:30:00Z" << true
        << QVariant(QDateTime(QDate(2026, 12, 5), QTime(21, 30), QTimeZone::utc()));
    QTest::newRow("not before bad") << 1 << F(TaskField::NotBefore) << "tomorrow" << false << QVariant();
    QTest::newRow("marks") << 1 << F(TaskField::Marks) << "freeze-start point-of-no-return" << true
        << QVariant::fromValue(Marks(Mark::FreezeStart | Mark::PointOfNoReturn));
    QTest::newRow("marks bad") << 1 << F(TaskField::Marks) << "downtime" << false << QVariant();
    QTest::newRow("status") << 1 << F(TaskField::Status) << "done" << true << QVariant::fromValue(TaskStatus::Done);
}

void TestRunbookClipboard::parseField()
{
    QFETCH(int, row);
    QFETCH(int, field);
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QVariant, expected);
    const Plan plan = testing::smallPlan();
    const auto parsed = TaskFieldText::parse(plan, row, TaskField(field), text);
    QCOMPARE(parsed.ok(), ok);
    if (!ok) {
        QVERIFY(!parsed.error().message.isEmpty());
        return;
    }
    if (TaskField(field) == TaskField::NotBefore)
        QCOMPARE(parsed.value().toDateTime().toUTC(), expected.toDateTime());
    else
        QCOMPARE(parsed.value(), expected);
}

void TestRunbookClipboard::formatRoundTrip()
{
    // Every field of every task formats to text that parses back to the same value.
    const Plan plan = testing::smallPlan();
    for (int row = 0; row < plan.tasks.size(); ++row) {
        for (int f = int(TaskField::Id); f <= int(TaskField::ActualFinish); ++f) {
            const auto field = TaskField(f);
            const QVariant value = Document::taskFieldValue(plan.tasks.at(row), field);
            const QString text = TaskFieldText::format(plan, field, value);
            if (field == TaskField::Name && text.isEmpty())
                continue;
            const auto back = TaskFieldText::parse(plan, row, field, text);
            QVERIFY2(back.ok(), qPrintable(text + ": " + back.errorString()));
            QCOMPARE(back.value(), value);
        }
    }
}

void TestRunbookClipboard::parseTsv_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<QStringList>>("expected");
    QTest::newRow("plain") << "a\tb\nc\td\n" << QList<QStringList>{{"a", "b"}, {"c", "d"}};
    QTest::newRow("crlf") << "a\tb\r\nc\td\r\n" << QList<QStringList>{{"a", "b"}, {"c", "d"}};
    QTest::newRow("no final newline") << "a\t\tb" << QList<QStringList>{{"a", "", "b"}};
    QTest::newRow("quoted tab and newline") << "\"x\ty\"\t\"two\nlines\"\n"
                                            << QList<QStringList>{{"x\ty", "two\nlines"}};
    QTest::newRow("doubled quote") << "\"say \"\"hi\"\"\"\tz\n" << QList<QStringList>{{"say \"hi\"", "z"}};
    QTest::newRow("quote inside cell") << "5\" pipe\tz\n" << QList<QStringList>{{"5\" pipe", "z"}};
    QTest::newRow("blank lines dropped") << "a\n\nb\n" << QList<QStringList>{{"a"}, {"b"}};
}

void TestRunbookClipboard::parseTsv()
{
    QFETCH(QString, text);
    QFETCH(QList<QStringList>, expected);
    QCOMPARE(RunbookClipboard::parseTsv(text), expected);
}

void TestRunbookClipboard::copyWritesHeaderAndQuotes()
{
    Plan plan = testing::smallPlan();
    plan.tasks[2].notes = "check \"lag\"\tfirst";
    const QString tsv = RunbookClipboard::toTsv(plan, {2, 3}, {TaskField::Id, TaskField::Likely,
                                                               TaskField::Predecessors, TaskField::Notes});
    QCOMPARE(tsv, QString("ID\tLikely\tPredecessors\tNotes\n"
                          "final-sync\t30\tfreeze FS+5\t\"check \"\"lag\"\"\tfirst\"\n"
                          "dns\t15\tfinal-sync; freeze SS\t\n"));
}

void TestRunbookClipboard::pasteWithHeaderInsertsNewTasks()
{
    Document doc(testing::smallPlan());
    const Plan before = doc.plan();
    const QString text = "ID\tName\tOwner\tOptimistic\tLikely\tPessimistic\tPredecessors\r\n"
                         "smoke\tSmoke tests\tQA\t10\t0:20\t1h\tdns\r\n"
                         "announce\tTell users\tComms\t\t5\t\tsmoke SS+2\r\n";
    auto rows = RunbookClipboard::paste(doc, 3, 0, {TaskField::Id}, text);
    QVERIFY2(rows, qPrintable(rows.errorString()));
    QCOMPARE(rows.value(), (QList<int>{4, 5}));
    QCOMPARE(doc.undoStack()->count(), 1);
    const Task &smoke = doc.plan().tasks.at(4);
    QCOMPARE(smoke.id, QString("smoke"));
    QCOMPARE(smoke.name, QString("Smoke tests"));
    QCOMPARE(smoke.owner, QString("QA"));
    QCOMPARE(smoke.phase, QString("cutover")); // the phase of the row pasted below
    QCOMPARE(smoke.duration, (Estimate{10.0, 20.0, 60.0}));
    QCOMPARE(smoke.after, (QList<Dependency>{{"dns", DependencyType::FS, 0}}));
    const Task &announce = doc.plan().tasks.at(5);
    QCOMPARE(announce.duration, (Estimate{std::nullopt, 5.0, std::nullopt}));
    QCOMPARE(announce.after, (QList<Dependency>{{"smoke", DependencyType::SS, 2}}));
    doc.undoStack()->undo();
    QVERIFY(doc.plan() == before);
}

void TestRunbookClipboard::pasteOwnCopyGetsFreshIds()
{
    Document doc(testing::smallPlan());
    const QList<TaskField> fields = {TaskField::Id, TaskField::Name, TaskField::Likely, TaskField::Predecessors};
    const QString copied = RunbookClipboard::toTsv(doc.plan(), {1, 2}, fields);
    auto rows = RunbookClipboard::paste(doc, 3, 0, fields, copied);
    QVERIFY2(rows, qPrintable(rows.errorString()));
    QCOMPARE(doc.plan().tasks.size(), 6);
    QCOMPARE(doc.plan().tasks.at(4).id, QString("freeze-2"));
    QCOMPARE(doc.plan().tasks.at(5).id, QString("final-sync-2"));
    // The link inside the pasted block follows the renamed copy; links outside stay.
    QCOMPARE(doc.plan().tasks.at(5).after, (QList<Dependency>{{"freeze-2", DependencyType::FS, 5}}));
    QCOMPARE(doc.plan().tasks.at(4).after, (QList<Dependency>{{"sync-ok", DependencyType::FS, 0}}));
}

void TestRunbookClipboard::pasteCellsOverwrites()
{
    Document doc(testing::smallPlan());
    const Plan before = doc.plan();
    const QList<TaskField> fields = {TaskField::Id, TaskField::Owner, TaskField::Likely};
    auto rows = RunbookClipboard::paste(doc, 1, 1, fields, "DBA\t12\nApp team\t1h\n");
    QVERIFY2(rows, qPrintable(rows.errorString()));
    QCOMPARE(rows.value(), (QList<int>{1, 2}));
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.plan().tasks.at(1).owner, QString("DBA"));
    QCOMPARE(doc.plan().tasks.at(1).duration.likely, 12.0);
    QCOMPARE(doc.plan().tasks.at(2).owner, QString("App team"));
    QCOMPARE(doc.plan().tasks.at(2).duration.likely, 60.0);
    doc.undoStack()->undo();
    QVERIFY(doc.plan() == before);
}

void TestRunbookClipboard::badCellRefusesWholePaste_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reasonContains");
    QTest::newRow("bad duration") << 1 << 1 << "DBA\t12\nApp\tsoon\n" << "line 2, Likely";
    QTest::newRow("past the end") << 3 << 1 << "a\t1\nb\t2\n" << "past the last task";
    QTest::newRow("too wide") << 1 << 2 << "1\t2\n" << "more cells";
    QTest::newRow("header unknown pred") << 1 << 0 << "ID\tPredecessors\nx\tnowhere\n" << "line 2, Predecessors";
    QTest::newRow("header duplicate id") << 1 << 0 << "ID\nx\nx\n" << "appears twice";
    QTest::newRow("header only") << 1 << 0 << "ID\tName\n" << "only a header";
    QTest::newRow("empty") << 1 << 0 << "\n" << "no cells";
}

void TestRunbookClipboard::badCellRefusesWholePaste()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, text);
    QFETCH(QString, reasonContains);
    Document doc(testing::smallPlan());
    const Plan before = doc.plan();
    auto rows = RunbookClipboard::paste(doc, row, column, {TaskField::Id, TaskField::Owner, TaskField::Likely}, text);
    QVERIFY(!rows);
    QVERIFY2(rows.errorString().contains(reasonContains), qPrintable(rows.errorString()));
    QVERIFY(doc.plan() == before);
    QCOMPARE(doc.undoStack()->count(), 0);
}

QTEST_GUILESS_MAIN(TestRunbookClipboard)
#include "test_runbookclipboard.moc"
