// SPDX-License-Identifier: GPL-3.0-or-later
// Crash recovery for real: a child process (this executable with "child ...") opens a plan,
// edits it through the runbook table, waits until the autosave is written, prints the plan it
// shows and is then killed with SIGKILL. The next start must offer exactly that plan back.
#include "document/autosaver.h"
#include "document/document.h"
#include "document/documentio.h"
#include "storage/planlock.h"
#include "document/runbookmodel.h"
#include "../document/testplan.h"
#include "gui/fileactions.h"
#include "gui/mainwindow.h"
#include "gui/runbookview.h"
#include "interchange/planjson.h"

#include <QApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace cutover;
using M = RunbookModel;

namespace {

/** The child: edit, wait for the autosave, report, then idle until killed. */
int runChild(const QString &recoveryDir, const QString &planPath)
{
    QStandardPaths::setTestModeEnabled(true);
    gui::MainWindow window(recoveryDir);
    window.autosaver()->setDelay(0);
    if (!window.fileActions()->openPath(planPath))
        return 3;
    window.show();
    QSignalSpy written(window.autosaver(), &Autosaver::written);
    RunbookModel *model = window.runbookView()->model();
    const bool edited = model->setData(model->index(2, M::LikelyColumn), "1h30")
        && model->setData(model->index(3, M::OwnerColumn), "Network team")
        && model->setData(model->index(1, M::PredecessorsColumn), "sync-ok SS+10");
    if (!edited)
        return 4;
    // Wait for the write that followed the last edit (the timer restarts with each change).
    if (!written.wait(10000))
        return 5;
    const QByteArray shown = PlanJson::serialize(window.document()->plan());
    std::fputs("READY\n", stdout);
    std::fwrite(shown.constData(), 1, size_t(shown.size()), stdout);
    std::fputs("\nEND\n", stdout);
    std::fflush(stdout);
    return QApplication::exec(); // until SIGKILL
}

} // namespace

class TestCrashRecovery : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void killedProcessIsRecovered();
    void cleanCloseLeavesNothing();

private:
    QTemporaryDir m_dir;
};

void TestCrashRecovery::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestCrashRecovery::killedProcessIsRecovered()
{
    const QString plan = m_dir.filePath("night.cutover");
    const QString recovery = m_dir.filePath("recovery");
    QVERIFY(DocumentIo::save(testing::smallPlan(), plan));

    QProcess child;
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(QCoreApplication::applicationFilePath(), {"child", recovery, plan});
    QVERIFY(child.waitForStarted());
    QByteArray out;
    while (!out.contains("\nEND\n")) {
        QVERIFY2(child.waitForReadyRead(30000), QByteArray("child said: " + out + child.readAllStandardError()).constData());
        out += child.readAllStandardOutput();
    }
    const qsizetype begin = out.indexOf("READY\n") + 6;
    const QByteArray onScreen = out.mid(begin, out.indexOf("\nEND\n") - begin);
    QVERIFY(onScreen.contains("Network team"));

    const qint64 pid = child.processId();
    child.kill(); // SIGKILL: no chance to clean up
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    const QList<RecoveryFile> files = Autosaver::recoverable(recovery);
    QCOMPARE(files.size(), 1);
    QCOMPARE(files.first().originalPath, plan);
    QCOMPARE(files.first().pid, pid);

    gui::MainWindow window(recovery);
    QVERIFY(window.fileActions()->recover(files.first()));
    QCOMPARE(PlanJson::serialize(window.document()->plan()), onScreen);
    QCOMPARE(window.document()->plan().tasks.at(2).duration.likely, 90.0);
    QVERIFY(window.document()->isModified());
    QCOMPARE(window.document()->filePath(), plan);
    QVERIFY(!window.document()->isReadOnly()); // the dead child's lock was taken over
    // The old recovery file is gone; this instance's own one holds the work now.
    QVERIFY(!QFile::exists(files.first().path));
    QVERIFY(QFile::exists(window.autosaver()->recoveryPath()));
    QVERIFY(Autosaver::recoverable(recovery).isEmpty());
    // Saving makes it the plan on disk and drops the recovery file.
    QVERIFY(window.fileActions()->save());
    QVERIFY(!QFile::exists(window.autosaver()->recoveryPath()));
    auto reread = DocumentIo::load(plan);
    QVERIFY(reread);
    QCOMPARE(PlanJson::serialize(reread->plan), onScreen);
    window.fileActions()->closing();
}

void TestCrashRecovery::cleanCloseLeavesNothing()
{
    const QString recovery = m_dir.filePath("recovery-clean");
    gui::MainWindow window(recovery);
    window.autosaver()->setDelay(0);
    window.document()->resetPlan(testing::smallPlan());
    QSignalSpy written(window.autosaver(), &Autosaver::written);
    RunbookModel *model = window.runbookView()->model();
    QVERIFY(model->setData(model->index(1, M::NameColumn), "Freeze writes"));
    QVERIFY(written.wait(5000));
    QVERIFY(QFile::exists(window.autosaver()->recoveryPath()));
    // Undoing back to the saved state removes the recovery file at once.
    window.document()->undoStack()->undo();
    QVERIFY(!QFile::exists(window.autosaver()->recoveryPath()));
    QVERIFY(model->setData(model->index(1, M::NameColumn), "Freeze writes"));
    QVERIFY(written.wait(5000));
    window.fileActions()->closing();
    QVERIFY(!QFile::exists(window.autosaver()->recoveryPath()));
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() == 4 && args.at(1) == "child")
        return runChild(args.at(2), args.at(3));
    TestCrashRecovery test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_crashrecovery.moc"
