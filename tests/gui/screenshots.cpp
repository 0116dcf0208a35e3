// SPDX-License-Identifier: GPL-3.0-or-later
// Renders every view of the main window with the template plan loaded, at 1600x1000, into
// PNG files, for looking at the GUI: screenshots OUTDIR [PLAN] [WIDTHxHEIGHT]. Not a test.
// Waits for the simulation page's automatic run; the criteria board gets its own shot. Uses
// the system language like the desktop (e.g. LANG=de_DE.UTF-8) and also writes the PDF
// report (report.pdf) in that language. CUTOVER_SCREENSHOT_PALETTE=dark renders with the
// Fusion style and a dark palette.
#include "document/document.h"
#include "gui/desktop.h"
#include "gui/fileactions.h"
#include "gui/importdialog.h"
#include "gui/mainwindow.h"
#include "gui/monitoringpage.h"
#include "document/changevaluecommand.h"
#include "gui/preferencesdialog.h"
#include "gui/presenterwindow.h"
#include "gui/reviewactions.h"
#include "gui/reportdialog.h"
#include "gui/simulationpage.h"
#include "report/reportbuilder.h"
#include "views/simulationview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTabWidget>
#include <QDir>
#include <QListWidget>
#include <QPalette>
#include <QStyleFactory>
#include <QTemporaryDir>

using namespace cutover;

namespace {

/**
 * Lets layouts settle before a grab: a word-wrapped label that gets longer text asks its
 * layout for room one level per event-loop pass (LayoutRequest), so two passes are not enough.
 */
void settle()
{
    for (int pass = 0; pass < 12; ++pass)
        QCoreApplication::processEvents();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (qEnvironmentVariable("CUTOVER_SCREENSHOT_PALETTE") == "dark") {
        QApplication::setStyle(QStyleFactory::create("Fusion"));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2d, 0x2d, 0x2d));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xc6));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
        dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
        dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
        dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
        QApplication::setPalette(dark);
    }
    gui::installTranslations(app, QString(), CUTOVER_TRANSLATIONS_DIR);
    QTemporaryDir settingsHome;
    QCoreApplication::setOrganizationName("CutoverPlannerScreenshots");
    const QStringList args = QCoreApplication::arguments();
    const QString out = args.value(1, "shots");
    QDir().mkpath(out);
    gui::MainWindow window(settingsHome.path());
    QSize size(1600, 1000);
    if (args.size() > 3) {
        const QStringList parts = args.at(3).split('x');
        size = QSize(parts.value(0).toInt(), parts.value(1).toInt());
    }
    window.resize(size);
    if (args.size() > 2)
        window.fileActions()->openPath(args.at(2));
    else
        window.fileActions()->newFromTemplate("online-migration");
    window.show();
    for (int i = 0; i < gui::MainWindow::PageCount; ++i) {
        window.showPage(gui::MainWindow::Page(i));
        settle();
        if (i == gui::MainWindow::Simulation) {
            QElapsedTimer timer;
            timer.start();
            while ((window.simulationPage()->view()->isRunning() || !window.simulationPage()->view()->result())
                   && timer.elapsed() < 60000)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            settle();
        }
        const QString name = window.navigation()->item(i)->text().toLower().replace(' ', '-').remove('&');
        window.grab().save(QDir(out).filePath(QString("%1-%2.png").arg(i, 2, 10, QLatin1Char('0')).arg(name)));
        if (i == gui::MainWindow::Monitoring) {
            window.monitoringPage()->tabs()->setCurrentIndex(1);
            settle();
            window.grab().save(QDir(out).filePath(QString("%1-%2-criteria.png").arg(i, 2, 10, QLatin1Char('0')).arg(name)));
            window.monitoringPage()->tabs()->setCurrentIndex(0);
        }
    }
    // The timeline again, now that the simulation has run: with its P80 ghost bars.
    window.showPage(gui::MainWindow::Timeline);
    settle();
    window.grab().save(QDir(out).filePath("02-timeline-ghosts.png"));
    window.showPage(gui::MainWindow::Monitoring);
    settle();
    gui::ImportDialog dialog({QString(CUTOVER_SAMPLES_DIR "/prometheus-query-range.json"),
                              QString(CUTOVER_SAMPLES_DIR "/grafana-series-joined.csv")},
                             window.document()->plan().timezone, &window);
    dialog.show();
    settle();
    dialog.grab().save(QDir(out).filePath("import-dialog.png"));
    QTemporaryDir csvDir;
    QFile csv(csvDir.filePath("lag.csv"));
    if (csv.open(QIODevice::WriteOnly)) {
        csv.write("time;lag_s;iops\n2026-10-17 10:00:00;1,5;100\n2026-10-17 10:01:00;;120\n2026-10-17 10:02:00;2,25;130\n");
        csv.close();
        gui::ImportDialog csvDialog({csv.fileName()}, window.document()->plan().timezone, &window);
        csvDialog.show();
        settle();
        csvDialog.grab().save(QDir(out).filePath("import-dialog-csv.png"));
    }
    gui::ReportDialog reportDialog("Export PDF report", report::ReportOptions(), &window);
    reportDialog.show();
    settle();
    reportDialog.grab().save(QDir(out).filePath("report-dialog.png"));
    reportDialog.hide();
    gui::PreferencesDialog preferences(&window);
    preferences.show();
    settle();
    preferences.grab().save(QDir(out).filePath("preferences.png"));
    preferences.hide();
    report::ReportOptions options;
    options.iterations = 2000;
    const auto pdf = report::ReportBuilder::writePdf(QDir(out).filePath("report.pdf"), window.document()->plan(), options);
    if (!pdf)
        qWarning("report: %s", qPrintable(pdf.errorString()));

    // Presenter mode at 1920x1080: a baseline, three estimates and a link changed since, a Go recorded.
    Document *doc = window.document();
    window.reviewActions()->takeBaseline("Review 1", "before the dress rehearsal");
    for (const char *id : {"final-sync", "checksums", "smoke-tests"}) {
        const int row = int(doc->plan().taskIndex(QString::fromLatin1(id)));
        if (row >= 0)
            doc->push(new ChangeTaskFieldCommand(doc, TaskFieldKey{row, Document::TaskField::Likely},
                                                 doc->plan().tasks.at(row).duration.likely + 15.0));
    }
    gui::PresenterWindow *presenter = window.present();
    presenter->showNormal();
    presenter->resize(1920, 1080);
    doc->analysis()->startSimulation();
    doc->analysis()->waitForSimulation();
    settle();
    for (int i = 0; i < gui::PresenterWindow::AgendaCount; ++i) {
        if (i == gui::PresenterWindow::Gates) {
            presenter->setUnlocked(true);
            presenter->decide(GateOutcome::Go, "lag under 5 s, all checks green");
        }
        settle();
        const QString name = gui::PresenterWindow::agendaTitle(i).toLower().replace(' ', '-').remove('&').remove('/');
        presenter->grab().save(QDir(out).filePath(QString("present-%1-%2.png").arg(i + 1).arg(name)));
        presenter->step(1);
    }
    presenter->close();
    window.document()->markSaved();
    return 0;
}
