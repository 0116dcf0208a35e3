// SPDX-License-Identifier: GPL-3.0-or-later
// ImportDataCommand: one undo step that merges imported series and validation results with
// PlanFile::mergeImported's rules, and undo puts the lists back exactly.
#include "document/document.h"
#include "document/importdatacommand.h"
#include "testplan.h"

#include <QSignalSpy>
#include <QTest>

using namespace cutover;

namespace {

MetricSeries series(const QString &id, const QString &checksum, const QString &name, QList<double> values)
{
    MetricSeries s;
    s.id = id;
    s.name = name;
    s.metric = QStringLiteral("replication_lag");
    s.unit = QStringLiteral("s");
    s.sourceFile = QStringLiteral("lag.csv");
    s.sourceFormat = QStringLiteral("generic-csv");
    s.sourceChecksum = checksum;
    for (qsizetype i = 0; i < values.size(); ++i)
        s.times << 1'800'000'000'000 + i * 60'000;
    s.values = std::move(values);
    return s;
}

ValidationResult check(const QString &checksum, const QString &object, const QString &source, const QString &target)
{
    ValidationResult v;
    v.sourceChecksum = checksum;
    v.object = object;
    v.check = QStringLiteral("row count");
    v.sourceValue = source;
    v.targetValue = target;
    return v;
}

} // namespace

class TestImportDataCommand : public QObject
{
    Q_OBJECT
private slots:
    void redoMergesAndUndoRestores();
    void replacingTheSameFileKeepsTheSeriesId();
    void malformedSeriesIsRefused();
    void createAloneChangesNothing();
};

void TestImportDataCommand::redoMergesAndUndoRestores()
{
    Plan plan = testing::smallPlan();
    plan.series = {series(QStringLiteral("lag"), QStringLiteral("c1"), QStringLiteral("replica-1"), {1, 2, 3})};
    plan.validation = {check(QStringLiteral("c1"), QStringLiteral("orders"), QStringLiteral("10"), QStringLiteral("10"))};
    Document document(plan);
    const QList<MetricSeries> seriesBefore = document.plan().series;
    const QList<ValidationResult> validationBefore = document.plan().validation;
    QSignalSpy imported(&document, &Document::importedDataChanged);

    // A second file: a new series whose id clashes with the stored one, a new validation object.
    const QList<MetricSeries> incoming = {series(QStringLiteral("lag"), QStringLiteral("c2"), QStringLiteral("replica-2"), {5, 6})};
    const QList<ValidationResult> checks = {check(QStringLiteral("c2"), QStringLiteral("customers"), QStringLiteral("7"), QStringLiteral("6"))};
    auto command = ImportDataCommand::create(&document, incoming, checks, QStringLiteral("Import lag2.csv"));
    QVERIFY2(command.ok(), qPrintable(command.errorString()));
    QCOMPARE(command.value()->text(), QStringLiteral("Import lag2.csv"));
    document.undoStack()->push(std::move(command).value().release());

    QCOMPARE(imported.count(), 1);
    QCOMPARE(document.undoStack()->count(), 1);
    QVERIFY(document.isModified());
    QCOMPARE(document.plan().series.size(), 2);
    QCOMPARE(document.plan().series.at(0), seriesBefore.at(0));
    const MetricSeries &added = document.plan().series.at(1);
    QCOMPARE(added.name, QStringLiteral("replica-2"));
    QVERIFY(added.id != QStringLiteral("lag"));
    QCOMPARE(added.values, (QList<double>{5, 6}));
    QCOMPARE(document.plan().validation.size(), 2);
    QCOMPARE(document.plan().validation.at(1).object, QStringLiteral("customers"));
    // The runbook is untouched.
    QCOMPARE(document.plan().tasks, testing::smallPlan().tasks);

    document.undoStack()->undo();
    QCOMPARE(imported.count(), 2);
    QCOMPARE(document.plan().series, seriesBefore);
    QCOMPARE(document.plan().validation, validationBefore);
    QVERIFY(!document.isModified());

    document.undoStack()->redo();
    QCOMPARE(imported.count(), 3);
    QCOMPARE(document.plan().series.size(), 2);
    QCOMPARE(document.plan().validation.size(), 2);
}

void TestImportDataCommand::replacingTheSameFileKeepsTheSeriesId()
{
    Plan plan = testing::smallPlan();
    plan.series = {series(QStringLiteral("lag-7"), QStringLiteral("c1"), QStringLiteral("replica-1"), {1, 2, 3})};
    plan.validation = {check(QStringLiteral("c1"), QStringLiteral("orders"), QStringLiteral("10"), QStringLiteral("10"))};
    Document document(plan);

    // The same file imported again (same checksum, metric, labels, name) with other values.
    MetricSeries again = series(QStringLiteral("lag"), QStringLiteral("c1"), QStringLiteral("replica-1"), {9, 9, 9, 9});
    auto command = ImportDataCommand::create(&document, {again}, {check(QStringLiteral("c1"), QStringLiteral("orders"), QStringLiteral("10"), QStringLiteral("12"))});
    QVERIFY(command.ok());
    document.undoStack()->push(std::move(command).value().release());

    QCOMPARE(document.plan().series.size(), 1);
    QCOMPARE(document.plan().series.at(0).id, QStringLiteral("lag-7"));
    QCOMPARE(document.plan().series.at(0).values, (QList<double>{9, 9, 9, 9}));
    QCOMPARE(document.plan().validation.size(), 1);
    QCOMPARE(document.plan().validation.at(0).targetValue, QStringLiteral("12"));

    document.undoStack()->undo();
    QCOMPARE(document.plan().series, plan.series);
    QCOMPARE(document.plan().validation, plan.validation);
}

void TestImportDataCommand::malformedSeriesIsRefused()
{
    Document document(testing::smallPlan());
    MetricSeries broken = series(QStringLiteral("bad"), QStringLiteral("c9"), QStringLiteral("x"), {1, 2});
    broken.times.removeLast();
    auto command = ImportDataCommand::create(&document, {broken}, {});
    QVERIFY(!command.ok());
    QVERIFY2(command.errorString().contains(QStringLiteral("bad")), qPrintable(command.errorString()));
    QCOMPARE(document.undoStack()->count(), 0);
    QVERIFY(document.plan().series.isEmpty());
}

void TestImportDataCommand::createAloneChangesNothing()
{
    // Creating the command changes nothing until it is pushed.
    Document document(testing::smallPlan());
    QSignalSpy changed(&document, &Document::changed);
    auto command = ImportDataCommand::create(&document, {series(QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("n"), {1})}, {});
    QVERIFY(command.ok());
    QCOMPARE(changed.count(), 0);
    QVERIFY(document.plan().series.isEmpty());
}

QTEST_GUILESS_MAIN(TestImportDataCommand)
#include "test_importdatacommand.moc"
