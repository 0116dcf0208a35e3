// SPDX-License-Identifier: GPL-3.0-or-later
// File > Export PDF writes the PDF straight to the file chosen: the section dialog and the
// save dialog, no print preview in between (it is its own command, File > Print preview).
#include "../report/reportfixtures.h"

#include "document/document.h"
#include "gui/reportactions.h"
#include "gui/reportdialog.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QPrintPreviewDialog>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWidget>

using namespace cutover;

class TestReportActions : public QObject
{
    Q_OBJECT

private slots:
    void exportPdfWritesDirectly();
    void exportPdfCancelledAtTheSaveDialog();
    void previewIsItsOwnCommand();
};

namespace {

/** Accepts every ReportDialog that opens (and records the class of every modal dialog shown). */
class DialogWatcher : public QObject
{
public:
    explicit DialogWatcher(QObject *parent) : QObject(parent)
    {
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || modal == m_last)
                return;
            m_last = modal;
            shown << QString::fromLatin1(modal->metaObject()->className());
            if (auto *options = qobject_cast<gui::ReportDialog *>(modal))
                options->accept();
            else if (auto *preview = qobject_cast<QPrintPreviewDialog *>(modal))
                preview->reject();
        });
        m_timer.start();
    }
    QStringList shown;

private:
    QTimer m_timer;
    QWidget *m_last = nullptr;
};

} // namespace

void TestReportActions::exportPdfWritesDirectly()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QWidget window;
    Document document(testing::handPlan());
    gui::ReportActions actions(&window, &document);
    QString suggested;
    const QString target = dir.filePath("board");
    actions.setPathChooser([&](const QString &s) {
        suggested = s;
        return target; // no ".pdf": the action adds it
    });
    QSignalSpy status(&actions, &gui::ReportActions::statusMessage);
    DialogWatcher watcher(this);
    actions.exportPdfAction()->trigger();
    QTRY_VERIFY(QFile::exists(target + ".pdf"));
    QFile pdf(target + ".pdf");
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    QVERIFY2(suggested.endsWith(".pdf"), qPrintable(suggested));
    // The only dialog the user answered was the section choice: no preview, no printer setup.
    QVERIFY2(watcher.shown.contains("cutover::gui::ReportDialog"), qPrintable(watcher.shown.join(',')));
    QVERIFY2(!watcher.shown.contains("QPrintPreviewDialog"), qPrintable(watcher.shown.join(',')));
    QVERIFY(!status.isEmpty());
    QVERIFY(status.last().first().toString().contains("board.pdf"));
}

void TestReportActions::exportPdfCancelledAtTheSaveDialog()
{
    QTemporaryDir dir;
    QWidget window;
    Document document(testing::handPlan());
    gui::ReportActions actions(&window, &document);
    int asked = 0;
    actions.setPathChooser([&](const QString &) {
        ++asked;
        return QString();
    });
    DialogWatcher watcher(this);
    actions.exportPdf();
    QCOMPARE(asked, 1);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 0);
}

void TestReportActions::previewIsItsOwnCommand()
{
    QWidget window;
    Document document(testing::handPlan());
    gui::ReportActions actions(&window, &document);
    QVERIFY(actions.printPreviewAction() != actions.exportPdfAction());
    QCOMPARE(actions.printPreviewAction()->objectName(), QString("printPreview"));
    DialogWatcher watcher(this);
    actions.printPreview();
    QVERIFY2(watcher.shown.contains("QPrintPreviewDialog"), qPrintable(watcher.shown.join(',')));
}

QTEST_MAIN(TestReportActions)
#include "test_reportactions.moc"
