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

void installTranslations(QApplication &app, const QString &language, const QString &directory)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    const bool english = locale.language() == QLocale::English || locale.language() == QLocale::C;
    auto *own = new QTranslator(&app);
    // English, and any language without a catalogue, shows the source texts; the plural-only
    // English catalogue gives them their singular forms ("1 row", not "1 rows").
    if ((!english && own->load(locale, QStringLiteral("cutover"), QStringLiteral("_"), directory))
        || own->load(QStringLiteral("cutover_en"), directory))
        QApplication::installTranslator(own);
    // Dates and numbers in charts and reports follow the chosen language, English included
    // (an English desktop on a German system writes "Sat 5 Dec", not "Sa. 5 Dez.").
    QLocale::setDefault(locale);
    if (english)
        return;
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
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
