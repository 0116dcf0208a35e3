// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagebanner.h"

namespace cutover::gui {

MessageBanner::MessageBanner(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setContentsMargins(8, 4, 8, 4);
    hide();
}

void MessageBanner::showError(const QString &text)
{
    setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8a1c1c; border: 1px solid #f5c2c0; border-radius: 3px; }"));
    setText(text);
    setAccessibleDescription(text);
    show();
}

void MessageBanner::showInfo(const QString &text)
{
    setStyleSheet(QStringLiteral("QLabel { background: palette(alternate-base); border: 1px solid palette(mid); border-radius: 3px; }"));
    setText(text);
    show();
}

void MessageBanner::clearMessage()
{
    clear();
    hide();
}

} // namespace cutover::gui
