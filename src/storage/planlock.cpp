// SPDX-License-Identifier: GPL-3.0-or-later
#include "planlock.h"

#include "savetarget.h"

#include <QDir>
#include <QFileInfo>

namespace cutover {

PlanLock::~PlanLock()
{
    release();
}

QString PlanLock::lockPathFor(const QString &planPath)
{
    const Result<QString> real = SaveTarget::resolveLinks(planPath);
    const QFileInfo info(real ? real.value() : planPath);
    return info.absoluteDir().filePath(QLatin1Char('.') + info.fileName() + QStringLiteral(".lock"));
}

bool PlanLock::acquire(const QString &planPath)
{
    release();
    m_holder.clear();
    m_lock = std::make_unique<QLockFile>(lockPathFor(planPath));
    m_lock->setStaleLockTime(0); // only a dead owner makes a lock stale, never its age
    if (m_lock->tryLock(0))
        return true;
    if (m_lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString app;
        if (m_lock->getLockInfo(&pid, &host, &app))
            m_holder = tr("%1 on %2 (process %3)").arg(app, host).arg(pid);
        else
            m_holder = tr("another program");
    } else {
        // No permission to create the lock (a read-only folder): nobody else is known to have it.
        m_lock.reset();
        return true;
    }
    m_lock.reset();
    return false;
}

void PlanLock::release()
{
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
}

QString PlanLock::holderElsewhere(const QString &planPath)
{
    if (!QFileInfo::exists(lockPathFor(planPath)))
        return {};
    PlanLock probe;
    if (probe.acquire(planPath))
        return {};
    return probe.holder();
}

} // namespace cutover
