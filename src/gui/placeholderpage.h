// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace cutover::gui {

/** Stands in for a view a later release delivers, and says plainly what will be there. */
class PlaceholderPage : public QWidget
{
    Q_OBJECT
public:
    PlaceholderPage(const QString &title, const QString &whatComes, QWidget *parent = nullptr);
};

} // namespace cutover::gui
