// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/result.h"

#include <QCoreApplication>
#include <QString>

#include <chrono>
#include <functional>

namespace cutover {

/**
 * The write lock of one plan file: every writer of a .cutover file (the CLI's import, convert and
 * new, the desktop's save) holds it from the moment it reads what it will merge until the new
 * file is renamed into place, so writers of one plan take turns. It is an OS lock (flock) on
 * ".NAME.save-lock" beside the real file: the kernel drops it when its process dies, so a
 * killed writer never blocks the next one, and no age or process-id guessing is involved.
 * The holder removes the lock file before releasing it; a waiter that finds it has locked a
 * removed file tries again, so two writers never both believe they hold it.
 */
class PlanWriteLock
{
    Q_DECLARE_TR_FUNCTIONS(PlanWriteLock)
public:
    PlanWriteLock() = default;
    ~PlanWriteLock();
    PlanWriteLock(const PlanWriteLock &) = delete;
    PlanWriteLock &operator=(const PlanWriteLock &) = delete;

    /**
     * Takes the lock of `realPath` (symbolic links already followed), waiting up to `timeout`
     * while another writer holds it; `onWait` is called once when it has to wait. Errors name
     * `shownPath`, the path as the user gave it.
     */
    Status acquire(const QString &realPath, const QString &shownPath,
                   std::chrono::milliseconds timeout = defaultTimeout(),
                   const std::function<void()> &onWait = {});
    void release();
    bool isLocked() const { return m_fd >= 0; }

    static QString lockPathFor(const QString &realPath);
    /** 60 s: far longer than any save takes, short enough that a stuck writer is reported. */
    static std::chrono::milliseconds defaultTimeout() { return std::chrono::seconds(60); }

private:
    int m_fd = -1;
    QString m_lockPath;
};

} // namespace cutover
