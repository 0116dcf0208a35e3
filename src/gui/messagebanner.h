// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace cutover::gui {

/** A one-line notice under a table: why an edit was refused, or what a paste did. */
class MessageBanner : public QLabel
{
    Q_OBJECT
public:
    explicit MessageBanner(QWidget *parent = nullptr);

    void showError(const QString &text);
    void showInfo(const QString &text);
    void clearMessage();
};

} // namespace cutover::gui
