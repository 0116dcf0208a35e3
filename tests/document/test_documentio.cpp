// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/autosaver.h"
#include "document/document.h"
#include "document/documentio.h"
#include "storage/planlock.h"
#include "interchange/planjson.h"
#include "testplan.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cutover;

class TestDocumentIo : public QObject
{
    Q_OBJECT
private slots:
    void nativeRoundTrip();
    void jsonIsReadByContent();
    void unreadableInput_data();
    void unreadableInput();
    void failedSaveKeepsOldFile();
    void nativePathForJson();
    void lockNamesHolder();
    void autosaveOfLiveProcessIsNotOffered();

private:
    QTemporaryDir m_dir;
};

void TestDocumentIo::nativeRoundTrip()
{
    const QString path = m_dir.filePath("plan.cutover");
    const Plan plan = testing::smallPlan();
    QVERIFY(DocumentIo::save(plan, path));
    auto loaded = DocumentIo::load(path);
    QVERIFY2(loaded, qPrintable(loaded.errorString()));
    QVERIFY(loaded->native);
    QVERIFY(loaded->plan == plan);
}

void TestDocumentIo::jsonIsReadByContent()
{
    // A JSON plan with an unexpected suffix is still recognised, and not as native.
    const QString path = m_dir.filePath("plan.txt");
    QVERIFY(DocumentIo::exportJson(testing::smallPlan(), path));
    auto loaded = DocumentIo::load(path);
    QVERIFY2(loaded, qPrintable(loaded.errorString()));
    QVERIFY(!loaded->native);
    QVERIFY(loaded->plan == testing::smallPlan());
}

void TestDocumentIo::unreadableInput_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");
    QTest::newRow("missing") << "missing.cutover" << QByteArray() << "no such file";
    QTest::newRow("folder") << "." << QByteArray() << "is a folder";
    QTest::newRow("binary junk") << "junk.cutover" << QByteArray("\x01\x02\x03garbage", 10) << "is neither a .cutover plan nor a JSON plan";
    QTest::newRow("broken json") << "broken.json" << QByteArray("{\"format\": \"cutover-plan\", ") << "broken.json";
}

void TestDocumentIo::unreadableInput()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    const QString path = name == "." ? m_dir.path() : m_dir.filePath(name);
    if (!content.isEmpty()) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    auto loaded = DocumentIo::load(path);
    QVERIFY(!loaded);
    QVERIFY2(loaded.errorString().contains(reason), qPrintable(loaded.errorString()));
}

void TestDocumentIo::failedSaveKeepsOldFile()
{
    const QString path = m_dir.filePath("keep.cutover");
    QVERIFY(DocumentIo::save(testing::smallPlan(), path));
    // Saving into a folder that does not exist fails with a reason and touches nothing.
    const Status bad = DocumentIo::save(testing::smallPlan(), m_dir.filePath("no/such/folder/x.cutover"));
    QVERIFY(!bad);
    QVERIFY(!bad.errorString().isEmpty());
    auto loaded = DocumentIo::load(path);
    QVERIFY(loaded && loaded->plan == testing::smallPlan());
}

void TestDocumentIo::nativePathForJson()
{
    QCOMPARE(DocumentIo::nativePathFor("/plans/orders.json"), QString("/plans/orders.cutover"));
    QCOMPARE(DocumentIo::nativePathFor("/plans/orders.v2.json"), QString("/plans/orders.v2.cutover"));
    QVERIFY(DocumentIo::isJsonPath("a.JSON"));
    QVERIFY(!DocumentIo::isJsonPath("a.cutover"));
}

void TestDocumentIo::lockNamesHolder()
{
    const QString path = m_dir.filePath("locked.cutover");
    QVERIFY(DocumentIo::save(testing::smallPlan(), path));
    PlanLock first;
    QVERIFY(first.acquire(path));
    QVERIFY(first.isLocked());
    QVERIFY(QFile::exists(PlanLock::lockPathFor(path)));
    PlanLock second;
    QVERIFY(!second.acquire(path));
    QVERIFY(second.holder().contains(QString::number(QCoreApplication::applicationPid())));
    first.release();
    QVERIFY(!QFile::exists(PlanLock::lockPathFor(path)));
    QVERIFY(second.acquire(path));
}

void TestDocumentIo::autosaveOfLiveProcessIsNotOffered()
{
    const QString dir = m_dir.filePath("recovery");
    Document doc(testing::smallPlan());
    Autosaver saver(&doc, dir);
    doc.markUnsaved();
    QVERIFY(saver.flush());
    QVERIFY(QFile::exists(saver.recoveryPath()));
    auto json = PlanJson::readFile(saver.recoveryPath());
    QVERIFY(json && json->plan == doc.plan());
    // This process is alive: its own file is not "left behind".
    QVERIFY(Autosaver::recoverable(dir).isEmpty());
    doc.markSaved();
    QVERIFY(!QFile::exists(saver.recoveryPath()));
}

QTEST_GUILESS_MAIN(TestDocumentIo)
#include "test_documentio.moc"
