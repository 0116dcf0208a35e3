// SPDX-License-Identifier: GPL-3.0-or-later
// Renders every view of the main window with the template plan loaded, at 1600x1000, into
// PNG files, for looking at the GUI: screenshots OUTDIR [PLAN]. Not a test.
#include "document/document.h"
#include "gui/fileactions.h"
#include "gui/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QListWidget>
#include <QTemporaryDir>

using namespace cutover;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTemporaryDir settingsHome;
    QCoreApplication::setOrganizationName("CutoverPlannerScreenshots");
    const QStringList args = QCoreApplication::arguments();
    const QString out = args.value(1, "shots");
    QDir().mkpath(out);
    gui::MainWindow window(settingsHome.path());
    window.resize(1600, 1000);
    if (args.size() > 2)
        window.fileActions()->openPath(args.at(2));
    else
        window.fileActions()->newFromTemplate("online-migration");
    window.show();
    for (int i = 0; i < gui::MainWindow::PageCount; ++i) {
        window.showPage(gui::MainWindow::Page(i));
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        const QString name = window.navigation()->item(i)->text().toLower().replace(' ', '-').remove('&');
        window.grab().save(QDir(out).filePath(QString("%1-%2.png").arg(i, 2, 10, QLatin1Char('0')).arg(name)));
    }
    window.document()->markSaved();
    return 0;
}
