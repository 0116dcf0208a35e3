// SPDX-License-Identifier: GPL-3.0-or-later
// The monitoring import dialog: detection per file, the generic CSV mapping with its preview of
// how the first rows will be read, unrecognised files, and the import + one undo step behind it.
#include "../document/testplan.h"
#include "document/document.h"
#include "gui/importactions.h"
#include "gui/importdialog.h"
#include "interchange/planjson.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace cutover;
using namespace cutover::gui;

namespace {

QString sample(const char *name)
{
    return QStringLiteral(CUTOVER_SAMPLES_DIR "/") + QString::fromLatin1(name);
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT
private slots:
    void detection_data();
    void detection();
    void genericCsvMappingPreview();
    void unrecognisedFileMustBeGivenAFormat();
    void planFilesAreNotExports();
    void importAllAndApplyIsOneUndoStep();
    void badFileImportsNothing();
};

void TestImportDialog::detection_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("csvMapping");
    QTest::newRow("prometheus") << sample("prometheus-query-range.json") << "prometheus" << false;
    QTest::newRow("grafana rows") << sample("grafana-series-as-rows.csv") << "grafana-legacy-rows" << false;
    QTest::newRow("grafana joined") << sample("grafana-series-joined.csv") << "grafana-csv" << false;
    QTest::newRow("log analytics") << sample("log-analytics-export.csv") << "log-analytics-csv" << false;
    QTest::newRow("cloudwatch") << sample("aws-cloudwatch-get-metric-data.json") << "cloudwatch-metric-data" << false;
    QTest::newRow("pt-table-checksum") << sample("pt-table-checksum.txt") << "pt-table-checksum" << false;
    QTest::newRow("dvt") << sample("dvt-results.csv") << "dvt-csv" << false;
}

void TestImportDialog::detection()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(bool, csvMapping);
    ImportDialog dialog({file}, QStringLiteral("Europe/Berlin"));
    QCOMPARE(dialog.formatOf(0), format);
    QCOMPARE(dialog.formatCombo()->currentData().toString(), format);
    QCOMPARE(dialog.fileList()->topLevelItem(0)->text(1), Importer::format(format)->name);
    QCOMPARE(dialog.mappingBox()->isVisibleTo(&dialog), csvMapping);
    QVERIFY(dialog.rawPreview()->isVisibleTo(&dialog));
    // The raw preview starts with the file's first line.
    QFile in(file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QString first = QString::fromUtf8(in.readLine()).trimmed().left(100).remove(QChar(0xFEFF));
    QVERIFY2(dialog.rawPreview()->toPlainText().contains(first), qPrintable(first));
    QVERIFY(dialog.importButton()->isEnabled());
    const QList<ImportRequest> requests = dialog.requests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.at(0).path, file);
    QCOMPARE(requests.at(0).options.format, format);
    QCOMPARE(requests.at(0).options.timeZone, QStringLiteral("Europe/Berlin"));
}

void TestImportDialog::genericCsvMappingPreview()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // Semicolons and decimal commas, naive local times. 17 Oct 2026 is summer time in Berlin
    // (UTC+2; it ends on 25 Oct), so 10:00 local is 08:00 UTC.
    const QString path = writeFile(dir, QStringLiteral("lag.csv"),
                                   "time;lag_s;iops\n"
                                   "2026-10-17 10:00:00;1,5;100\n"
                                   "2026-10-17 10:01:00;;120\n"
                                   "2026-10-17 10:02:00;2,25;130\n");
    QVERIFY(!path.isEmpty());
    ImportDialog dialog({path}, QStringLiteral("Europe/Berlin"));
    QCOMPARE(dialog.formatOf(0), QStringLiteral("generic-csv"));
    QVERIFY(dialog.mappingBox()->isVisibleTo(&dialog));
    QVERIFY(dialog.csvPreview()->isVisibleTo(&dialog));
    QVERIFY(!dialog.rawPreview()->isVisibleTo(&dialog));
    QCOMPARE(dialog.delimiterCombo()->currentData().toInt(), int(';'));
    QVERIFY(dialog.decimalCommaBox()->isChecked());
    QCOMPARE(dialog.timeColumnCombo()->currentIndex(), 0);
    QCOMPARE(dialog.valueColumnList()->count(), 2);

    QTableWidget *table = dialog.csvPreview();
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->columnCount(), 4); // time as written, as read, lag_s, iops
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("2026-10-17 10:00:00"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("2026-10-17 08:00:00"));
    QCOMPARE(table->item(0, 2)->text(), QLocale().toString(1.5, 'g', 10));
    QCOMPARE(table->item(1, 2)->text(), QStringLiteral("gap"));
    QCOMPARE(table->item(2, 2)->text(), QLocale().toString(2.25, 'g', 10));
    QCOMPARE(table->item(2, 3)->text(), QLocale().toString(130.0, 'g', 10));

    // Another zone changes how the naive times are read, before anything is imported.
    dialog.zoneCombo()->setCurrentText(QStringLiteral("UTC"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("2026-10-17 10:00:00"));
    dialog.zoneCombo()->setCurrentText(QStringLiteral("America/New_York"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("2026-10-17 14:00:00")); // EDT, UTC-4

    // Dropping the iops column: the preview and the request follow.
    QListWidgetItem *iops = dialog.valueColumnList()->item(1);
    QCOMPARE(iops->text(), QStringLiteral("3: iops"));
    iops->setCheckState(Qt::Unchecked);
    QCOMPARE(table->columnCount(), 3);
    const ImportRequest request = dialog.requests().constFirst();
    QCOMPARE(request.options.csv.valueColumns, QStringList{QStringLiteral("2")});
    QCOMPARE(request.options.csv.timeColumn, QStringLiteral("1"));
    QCOMPARE(request.options.csv.delimiter, ';');
    QCOMPARE(request.options.csv.decimalComma, std::optional<bool>(true));
    QCOMPARE(request.options.timeZone, QStringLiteral("America/New_York"));

    // Reading with a decimal point instead turns "1,5" into something else than 1.5.
    dialog.decimalCommaBox()->setChecked(false);
    QVERIFY(table->item(0, 2)->text() != QLocale().toString(1.5, 'g', 10));
}

void TestImportDialog::unrecognisedFileMustBeGivenAFormat()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("notes.txt"), QByteArray("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"));
    ImportDialog dialog({path, sample("prometheus-query-vector.json")}, QString());
    QCOMPARE(dialog.formatOf(0), QString());
    QCOMPARE(dialog.formatOf(1), QStringLiteral("prometheus"));
    QCOMPARE(dialog.fileList()->topLevelItem(0)->text(1), QStringLiteral("not recognised"));
    QVERIFY(!dialog.importButton()->isEnabled());
    QCOMPARE(dialog.zoneCombo()->currentText(), QStringLiteral("UTC"));
    dialog.selectFile(0);
    dialog.formatCombo()->setCurrentIndex(dialog.formatCombo()->findData(QStringLiteral("pt-table-checksum")));
    QCOMPARE(dialog.formatOf(0), QStringLiteral("pt-table-checksum"));
    QVERIFY(dialog.fileList()->topLevelItem(0)->text(1).contains(QStringLiteral("(chosen)")));
    QVERIFY(dialog.importButton()->isEnabled());
}

void TestImportDialog::planFilesAreNotExports()
{
    QTemporaryDir dir;
    const QString plan = writeFile(dir, QStringLiteral("plan.json"), PlanJson::serialize(testing::smallPlan()));
    QVERIFY(!plan.isEmpty());
    QVERIFY(!ImportActions::isExportFile(plan));
    QVERIFY(ImportActions::isExportFile(sample("prometheus-query-range.json")));
    QVERIFY(ImportActions::isExportFile(sample("dvt-results.csv")));
    QVERIFY(!ImportActions::isExportFile(dir.filePath(QStringLiteral("missing.csv"))));
}

void TestImportDialog::importAllAndApplyIsOneUndoStep()
{
    Document document(testing::smallPlan());
    QList<ImportRequest> requests;
    requests.append({sample("prometheus-query-range.json"), {}});
    requests.append({sample("pt-table-checksum.txt"), {}});
    qint64 lastDone = -1, lastTotal = -1;
    const Result<ImportBatch> batch = ImportActions::importAll(requests, [&](qint64 done, qint64 total) {
        QVERIFY(done >= lastDone);
        lastDone = done;
        lastTotal = total;
    });
    QVERIFY2(batch.ok(), qPrintable(batch.errorString()));
    const qint64 bytes = QFileInfo(requests.at(0).path).size() + QFileInfo(requests.at(1).path).size();
    QCOMPARE(lastTotal, bytes);
    QCOMPARE(lastDone, bytes);
    QCOMPARE(batch->results.size(), 2);
    // Prometheus range: two replicas, 09:00-15:00 UTC every minute = 361 points, one of them
    // missing six minutes = 355 points.
    QCOMPARE(batch->results.at(0).series.size(), 2);
    const QString summary = ImportActions::summary(batch.value());
    QVERIFY2(summary.contains(QStringLiteral("Files imported: 2.")), qPrintable(summary));
    QVERIFY2(summary.contains(QLocale().toString(361 + 355) + QStringLiteral(" points")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("read in UTC")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("validation results")), qPrintable(summary));

    ImportActions actions(nullptr, &document);
    const Status applied = actions.apply(batch.value());
    QVERIFY2(applied.ok(), qPrintable(applied.errorString()));
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.undoStack()->text(0), QStringLiteral("Import 2 files"));
    QCOMPARE(document.plan().series.size(), 2);
    const qsizetype validation = batch->results.at(1).validation.size();
    QVERIFY(validation > 0);
    QCOMPARE(document.plan().validation.size(), validation);

    // The same files again replace what they brought instead of doubling it.
    QVERIFY(actions.apply(batch.value()).ok());
    QCOMPARE(document.plan().series.size(), 2);
    QCOMPARE(document.plan().validation.size(), validation);

    document.undoStack()->undo();
    document.undoStack()->undo();
    QVERIFY(document.plan().series.isEmpty());
    QVERIFY(document.plan().validation.isEmpty());
}

void TestImportDialog::badFileImportsNothing()
{
    QTemporaryDir dir;
    const QString broken = writeFile(dir, QStringLiteral("broken.json"), "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[{\"metric\":{},\"values\":[[1,");
    QList<ImportRequest> requests;
    requests.append({sample("prometheus-query-range.json"), {}});
    ImportOptions options;
    options.format = QStringLiteral("prometheus");
    requests.append({broken, options});
    const Result<ImportBatch> batch = ImportActions::importAll(requests);
    QVERIFY(!batch.ok());
    QVERIFY2(batch.errorString().contains(QStringLiteral("broken.json")), qPrintable(batch.errorString()));
    QVERIFY(!batch.errorString().contains(QLatin1Char('\n')));

    std::atomic_bool cancel{true};
    const Result<ImportBatch> cancelled = ImportActions::importAll({{sample("prometheus-query-range.json"), {}}}, {}, &cancel);
    QVERIFY(!cancelled.ok());
}

QTEST_MAIN(TestImportDialog)
#include "test_importdialog.moc"
