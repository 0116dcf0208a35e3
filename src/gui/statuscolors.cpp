// SPDX-License-Identifier: GPL-3.0-or-later
#include "statuscolors.h"

namespace cutover::gui::StatusColors {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QColor text(Kind kind, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (kind) {
    case Kind::Problem: return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1c, 0x1c);
    case Kind::Caution: return dark ? QColor(0xff, 0xc1, 0x4d) : QColor(0x9a, 0x5b, 0x00);
    case Kind::Good: return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x2a, 0x6f, 0x2e);
    }
    return palette.color(QPalette::WindowText);
}

QColor background(Kind kind, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (kind) {
    case Kind::Problem: return dark ? QColor(0x4a, 0x1c, 0x1c) : QColor(0xfd, 0xec, 0xea);
    case Kind::Caution: return dark ? QColor(0x4a, 0x36, 0x10) : QColor(0xff, 0xf4, 0xe0);
    case Kind::Good: return dark ? QColor(0x1b, 0x3a, 0x1d) : QColor(0xe8, 0xf5, 0xe9);
    }
    return palette.color(QPalette::Base);
}

QColor border(Kind kind, const QPalette &palette)
{
    return isDark(palette) ? text(kind, palette).darker(160) : text(kind, palette).lighter(220);
}

QString labelStyle(Kind kind, const QPalette &palette, bool bold)
{
    return QStringLiteral("QLabel { color: %1;%2 }")
        .arg(text(kind, palette).name(), bold ? QStringLiteral(" font-weight: bold;") : QString());
}

} // namespace cutover::gui::StatusColors
