// SPDX-License-Identifier: GPL-3.0-or-later
// The one "is this a plan?" rule (PlanIo::kindOf / open) the desktop and the command line share.
#include "storage/planfile.h"
#include "workbench/batchimport.h"
#include "workbench/planio.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cutover;

class TestPlanIo : public QObject
{
    Q_OBJECT

private slots:
    void kindByContent_data();
    void kindByContent();
    void saveBySuffix();
    void batchSkipsRepeatedFile();

private:
    QTemporaryDir m_dir;
};

void TestPlanIo::kindByContent_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("openError"); // empty: opens
    const QByteArray plan = R"({"format": "cutover-plan", "version": 1, "name": "n", "start": "2026-12-05T20:00:00Z"})";
    QTest::newRow("json named .txt") << "plan.txt" << plan << int(PlanKind::Json) << "";
    QTest::newRow("json named .cutover") << "plan2.cutover" << plan << int(PlanKind::Json) << "";
    QTest::newRow("broken .json") << "broken.json" << QByteArray("garbage") << int(PlanKind::Json) << "broken.json:1:2: invalid JSON";
    QTest::newRow("binary") << "junk.cutover" << QByteArray("\x01\x02garbage", 9) << int(PlanKind::None)
                            << "junk.cutover: is neither a .cutover plan nor a JSON plan";
    QTest::newRow("empty") << "empty.cutover" << QByteArray() << int(PlanKind::None) << "empty.cutover: the file is empty";
    QTest::newRow("truncated sqlite") << "cut.cutover" << QByteArray("SQLite format 3\0abc", 19) << int(PlanKind::None)
                                      << "cut.cutover: the file is truncated";
}

void TestPlanIo::kindByContent()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(int, kind);
    QFETCH(QString, openError);
    const QString path = m_dir.filePath(name);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    QCOMPARE(int(PlanIo::kindOf(path)), kind);
    const Result<OpenedPlan> opened = PlanIo::open(path);
    if (openError.isEmpty()) {
        QVERIFY2(opened.ok(), qPrintable(opened.errorString()));
        QCOMPARE(opened->plan.name, QStringLiteral("n"));
        QVERIFY(!opened->native);
    } else {
        QVERIFY(!opened.ok());
        QVERIFY2(opened.errorString().startsWith(m_dir.filePath(openError)), qPrintable(opened.errorString()));
    }
}

void TestPlanIo::saveBySuffix()
{
    Plan plan;
    plan.name = QStringLiteral("saved");
    const QString native = m_dir.filePath(QStringLiteral("saved.cutover"));
    const Result<FileStamp> stamp = PlanIo::save(plan, native);
    QVERIFY2(stamp.ok(), qPrintable(stamp.errorString()));
    QCOMPARE(stamp.value(), FileStamp::of(native));
    QCOMPARE(PlanIo::kindOf(native), PlanKind::Native);
    const Result<OpenedPlan> opened = PlanIo::open(native);
    QVERIFY(opened.ok());
    QVERIFY(opened->native);
    QCOMPARE(opened->stamp, stamp.value());
    QCOMPARE(PlanIo::kindOf(m_dir.path()), PlanKind::None);
    QVERIFY(!PlanIo::save(plan, m_dir.filePath(QStringLiteral("saved.txt"))).ok());

    SaveOptions createOnly;
    createOnly.createOnly = true;
    const Result<FileStamp> again = PlanIo::save(plan, native, createOnly);
    QVERIFY(!again.ok());
    QCOMPARE(again.errorString(), native + QStringLiteral(": already exists; use --force to replace it"));
}

void TestPlanIo::batchSkipsRepeatedFile()
{
    const QString file = QStringLiteral(CUTOVER_SAMPLES_DIR "/prometheus-query-vector.json");
    const Result<ImportBatch> batch = BatchImport::read({{file, {}}, {file, {}}});
    QVERIFY2(batch.ok(), qPrintable(batch.errorString()));
    QCOMPARE(batch->files, QStringList({file}));
    const ImportTotals totals = BatchImport::totals(batch.value());
    QCOMPARE(totals.files, 1);
    QCOMPARE(totals.series, 2); // two replicas in the sample
    QCOMPARE(totals.points, 2);
}

QTEST_GUILESS_MAIN(TestPlanIo)
#include "test_planio.moc"
