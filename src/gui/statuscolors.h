// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace cutover::gui {

/**
 * Colours that carry a status (problem, caution, good) next to text that already says it.
 * They follow the palette: on a dark window background they are lighter, so they keep their
 * contrast in dark themes as in light ones.
 */
namespace StatusColors {

enum class Kind { Problem, Caution, Good };

/** True when the palette's window colour is dark. */
bool isDark(const QPalette &palette);
QColor text(Kind kind, const QPalette &palette);
/** Background and border for a message banner of that kind. */
QColor background(Kind kind, const QPalette &palette);
QColor border(Kind kind, const QPalette &palette);
/** "QLabel { color: ...; }" (bold when `bold`), for labels that show a status. */
QString labelStyle(Kind kind, const QPalette &palette, bool bold = false);

} // namespace StatusColors

} // namespace cutover::gui
