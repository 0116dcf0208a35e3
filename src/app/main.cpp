// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"
#include "gui/desktop.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QIcon>
#include <QLocale>
#include <QTemporaryDir>
#include <QTranslator>

namespace {

/**
 * The command line is English on every machine (its messages are not translated), so its
 * dates and numbers use the C locale too, and the English plural forms ("1 series was",
 * "2 series were") come from the plural-only English catalogue.
 */
int runCommand()
{
    QLocale::setDefault(QLocale::c());
    QTranslator plurals;
    if (plurals.load(QStringLiteral("cutover_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&plurals);
    return cutover::cli::run(QCoreApplication::arguments());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("CutoverPlanner"));
    QCoreApplication::setApplicationName(QStringLiteral("Cutover Planner"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CUTOVER_VERSION));

    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (cutover::cli::runsHeadless(first)) {
        if (cutover::cli::commandNeedsGui(first)) {
            // Headless painting (charts, PDF) must work without an X server.
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            // Without a session (cron, CI, containers) Qt warns on every run that
            // XDG_RUNTIME_DIR is unset; give it a private directory for this run instead.
            QTemporaryDir runtimeDir;
            if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR") && runtimeDir.isValid())
                qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtimeDir.path()));
            // Qt Charts draws through QGraphicsWidget: painting commands need a QApplication.
            QApplication app(argc, argv);
            return runCommand();
        }
        QCoreApplication app(argc, argv);
        return runCommand();
    }
    // No argument, an existing plan file or Qt's own options: the desktop application.
    QApplication app(argc, argv);
    app.setWindowIcon(QIcon(QStringLiteral(":/icons/cutover-planner.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.cutoverplanner.CutoverPlanner"));
    QStringList files = QCoreApplication::arguments().mid(1);
    files.removeIf([](const QString &a) { return a.startsWith(QLatin1Char('-')); });
    return cutover::gui::runDesktop(app, files);
}
