// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

namespace cutover::gui {

/** The most recently opened plans, newest first, kept in QSettings ("recentFiles"). */
class RecentFiles : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxFiles = 10;

    explicit RecentFiles(QObject *parent = nullptr);

    QStringList files() const { return m_files; }
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

signals:
    void changed();

private:
    void store();

    QStringList m_files;
};

} // namespace cutover::gui
