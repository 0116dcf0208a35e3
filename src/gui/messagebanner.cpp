// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagebanner.h"

#include "statuscolors.h"

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
    using StatusColors::Kind;
    setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border: 1px solid %3; border-radius: 3px; }")
                      .arg(StatusColors::background(Kind::Problem, palette()).name(),
                           StatusColors::text(Kind::Problem, palette()).name(),
                           StatusColors::border(Kind::Problem, palette()).name()));
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
