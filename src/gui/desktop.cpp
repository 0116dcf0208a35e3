// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop.h"

#include "fileactions.h"
#include "mainwindow.h"
#include "preferencesdialog.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

namespace cutover::gui {

void installTranslations(QApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return;
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("cutover"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    QLocale::setDefault(locale);
}

int runDesktop(QApplication &app, const QStringList &files)
{
    installTranslations(app, PreferencesDialog::languageSetting());
    MainWindow window;
    window.show();
    if (!files.isEmpty()) {
        if (window.fileActions()->openPath(files.first()))
            window.showPage(MainWindow::Runbook);
    } else {
        window.fileActions()->newFromTemplate(QStringLiteral("online-migration"));
    }
    QTimer::singleShot(0, &window, &MainWindow::offerRecovery);
    return app.exec();
}

} // namespace cutover::gui
