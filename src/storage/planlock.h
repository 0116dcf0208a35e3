// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QLockFile>

#include <memory>

namespace cutover {

/**
 * Marks a plan file as open in the desktop (a QLockFile beside the real file, ".NAME.lock",
 * held as long as the plan is open), so a second instance opening the same plan learns who
 * has it open and can fall back to read-only, and the command line refuses to write a plan
 * the desktop has open (holderElsewhere()). A lock left by a crashed process is taken over.
 * Saving itself is serialised by PlanWriteLock, held only for the length of one save.
 */
class PlanLock
{
    Q_DECLARE_TR_FUNCTIONS(PlanLock)
public:
    PlanLock() = default;
    ~PlanLock();

    /** Locks `planPath`; false when another live process holds it (see holder()). */
    bool acquire(const QString &planPath);
    void release();
    bool isLocked() const { return m_lock && m_lock->isLocked(); }

    /** Who holds the lock that acquire() could not take: "user on host (process 123)". */
    QString holder() const { return m_holder; }

    /** The lock file of the real file behind `planPath` (symbolic links followed). */
    static QString lockPathFor(const QString &planPath);
    /** Who else has `planPath` open ("cutover-planner on host (process 123)"), or empty when
        no other live process does. Does not keep the lock. */
    static QString holderElsewhere(const QString &planPath);

private:
    std::unique_ptr<QLockFile> m_lock;
    QString m_holder;
};

} // namespace cutover
