// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QApplication;

namespace cutover::gui {

/**
 * Runs the desktop application in an existing QApplication: loads the translation (the
 * preference, else the system language), opens the main window on `files` (the first plan),
 * offers to recover work of a crashed session, and enters the event loop.
 */
int runDesktop(QApplication &app, const QStringList &files);

/**
 * Installs the application's and Qt's translations for `language` ("" = system) from
 * `directory` (the catalogues compiled into the executable unless told otherwise) and makes
 * that locale the default for dates and numbers.
 */
void installTranslations(QApplication &app, const QString &language, const QString &directory = QStringLiteral(":/i18n"));

} // namespace cutover::gui
