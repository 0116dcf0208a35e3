// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QLockFile>

#include <memory>

namespace cutover {

/**
 * Marks a plan file as open in this instance (a QLockFile beside it, ".NAME.lock"), so a
 * second instance opening the same plan learns who has it open and can fall back to
 * read-only. A lock left by a crashed process is taken over.
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

    static QString lockPathFor(const QString &planPath);

private:
    std::unique_ptr<QLockFile> m_lock;
    QString m_holder;
};

} // namespace cutover
