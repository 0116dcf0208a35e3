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

/** Installs the application's and Qt's translations for `language` ("" = system). */
void installTranslations(QApplication &app, const QString &language);

} // namespace cutover::gui
