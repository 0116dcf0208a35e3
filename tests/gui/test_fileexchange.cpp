// SPDX-License-Identifier: GPL-3.0-or-later
// File > Import from… and Export to…: the menu actions ask for a path (injected here instead of
// the file dialog) and go through PlanIo like `convert`; the result and what was left out are
// reported in the status bar, a bad file changes nothing.
#include "document/document.h"
#include "gui/fileactions.h"
#include "gui/mainwindow.h"

#include <QAction>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cutover;
using namespace cutover::gui;

class TestFileExchange : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }
    void exportThenImportThroughTheMenu();
    void badFileChangesNothing();
};

void TestFileExchange::exportThenImportThroughTheMenu()
{
    MainWindow window(m_dir.filePath(QStringLiteral("recovery")));
    FileActions *files = window.fileActions();
    QVERIFY(files->newFromTemplate(QStringLiteral("online-migration")));
    const Plan original = window.document()->plan();
    QString chosen;
    QList<bool> asked;
    bool filtersOk = true;
    files->setPathChooser([&](bool save, const QString &, const QString &filter, const QString &) {
        asked << save;
        filtersOk = filtersOk && filter.contains(save ? QStringLiteral("*.ics") : QStringLiteral("*.xml"));
        return chosen;
    });
    QSignalSpy status(files, &FileActions::statusMessage);
    auto *exportAction = window.findChild<QAction *>(QStringLiteral("exportToAction"));
    auto *importAction = window.findChild<QAction *>(QStringLiteral("importFromAction"));
    QVERIFY(exportAction && importAction);

    // A name without an extension becomes MS Project XML.
    chosen = m_dir.filePath(QStringLiteral("night"));
    exportAction->trigger();
    QVERIFY(QFile::exists(chosen + QStringLiteral(".xml")));
    QVERIFY2(status.last().at(0).toString().contains(QStringLiteral("left out: the rollback plan")), qPrintable(status.last().at(0).toString()));
    chosen = m_dir.filePath(QStringLiteral("night.ics"));
    exportAction->trigger();
    QFile ics(chosen);
    QVERIFY(ics.open(QIODevice::ReadOnly));
    QVERIFY(ics.readAll().startsWith("BEGIN:VCALENDAR\r\n"));
    chosen = m_dir.filePath(QStringLiteral("night.csv"));
    exportAction->trigger();
    QVERIFY(QFile::exists(chosen));

    chosen = m_dir.filePath(QStringLiteral("night.xml"));
    importAction->trigger();
    const Plan &imported = window.document()->plan();
    QCOMPARE(imported.tasks.size(), original.tasks.size());
    QCOMPARE(imported.tasks.first().id, original.tasks.first().id);
    QVERIFY(imported.rollbackTasks.isEmpty());
    QVERIFY(window.document()->filePath().isEmpty()); // Save asks where the .cutover goes
    QVERIFY(window.document()->isModified());
    QCOMPARE(files->importedFrom(), chosen);

    window.document()->markSaved();
    chosen = m_dir.filePath(QStringLiteral("night.csv"));
    importAction->trigger();
    QCOMPARE(window.document()->plan().tasks.size(), original.tasks.size());
    QCOMPARE(asked, (QList<bool>{true, true, true, false, false}));
    QVERIFY(filtersOk);

    // Cancelled: nothing happens.
    window.document()->markSaved();
    chosen.clear();
    QVERIFY(!files->chooseAndImport());
    QVERIFY(!files->chooseAndExport());
}

void TestFileExchange::badFileChangesNothing()
{
    MainWindow window(m_dir.filePath(QStringLiteral("recovery2")));
    FileActions *files = window.fileActions();
    QVERIFY(files->newFromTemplate(QStringLiteral("online-migration")));
    const Plan before = window.document()->plan();
    const QString bad = m_dir.filePath(QStringLiteral("bad.csv"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("id,name,likely\na,A,soon\n");
    f.close();
    QSignalSpy status(files, &FileActions::statusMessage);
    QVERIFY(!files->importFrom(bad));
    QVERIFY(window.document()->plan() == before);
    QVERIFY2(status.last().at(0).toString().startsWith(bad + QStringLiteral(":2:5: ")), qPrintable(status.last().at(0).toString()));
    QVERIFY(!files->exportTo(m_dir.filePath(QStringLiteral("plan.docx"))));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("plan.docx"))));
}

QTEST_MAIN(TestFileExchange)
#include "test_fileexchange.moc"
