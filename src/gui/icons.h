// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

class QPalette;

namespace cutover::gui {

/**
 * The action icons: the desktop theme's icon where it has one (freedesktop names), else
 * ours (resources/icons/actions, drawn in the palette's text colour so they read on light
 * and dark palettes alike).
 */
namespace Icons {

enum class Action {
    Open,
    Save,
    SaveAs,
    Import,
    Export,
    ExportPdf,
    Print,
    Undo,
    Redo,
    ZoomIn,
    ZoomOut,
    ZoomFit,
    Run,
    RecordStart,
    RecordFinish,
    Present,
};

/** The icon for `action`: the theme's, else ours in the text colour of the application palette. */
QIcon icon(Action action);
/** Ours only, in the text colour of `palette` (no theme lookup): for tests and previews. */
QIcon ownIcon(Action action, const QPalette &palette);
/** The freedesktop icon name tried first. */
QString themeName(Action action);
/** Every action with an icon (for tests). */
QList<Action> all();

} // namespace Icons
} // namespace cutover::gui
