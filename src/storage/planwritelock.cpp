// SPDX-License-Identifier: GPL-3.0-or-later
#include "planwritelock.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cutover {

PlanWriteLock::~PlanWriteLock()
{
    release();
}

QString PlanWriteLock::lockPathFor(const QString &realPath)
{
    const QFileInfo info(realPath);
    return info.absoluteDir().filePath(QLatin1Char('.') + info.fileName() + QStringLiteral(".save-lock"));
}

Status PlanWriteLock::acquire(const QString &realPath, const QString &shownPath, std::chrono::milliseconds timeout,
                              const std::function<void()> &onWait)
{
    release();
    const QString lockPath = lockPathFor(realPath);
    const QByteArray encoded = QFile::encodeName(lockPath);
    const QDeadlineTimer deadline(timeout);
    int pauseMs = 1;
    bool announced = false;
    for (;;) {
        const int fd = ::open(encoded.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0666);
        if (fd < 0) {
            return Error(tr("cannot save: cannot create the lock file %1: %2")
                             .arg(QDir::toNativeSeparators(lockPath), QString::fromLocal8Bit(std::strerror(errno))),
                         shownPath);
        }
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0) {
            // The previous holder may have removed the file between our open and our lock:
            // then we hold a lock nobody else can see, and must lock the file now at that path.
            struct stat held {};
            struct stat named {};
            if (::fstat(fd, &held) == 0 && ::stat(encoded.constData(), &named) == 0 && held.st_dev == named.st_dev
                && held.st_ino == named.st_ino) {
                m_fd = fd;
                m_lockPath = lockPath;
                return Ok{};
            }
            ::close(fd);
            continue;
        }
        const int error = errno;
        ::close(fd);
        if (error != EWOULDBLOCK && error != EINTR) {
            return Error(tr("cannot save: cannot lock %1: %2")
                             .arg(QDir::toNativeSeparators(lockPath), QString::fromLocal8Bit(std::strerror(error))),
                         shownPath);
        }
        if (deadline.hasExpired()) {
            return Error(tr("another program has been saving this plan for more than %n s; the plan was not changed",
                            nullptr, int(std::chrono::duration_cast<std::chrono::seconds>(timeout).count())),
                         shownPath);
        }
        if (!announced && onWait) {
            announced = true;
            onWait();
        }
        // Saves of one plan take milliseconds to a second: poll often (a poll is one system call).
        QThread::msleep(ulong(std::min<qint64>(pauseMs, std::max<qint64>(deadline.remainingTime(), 0))));
        pauseMs = std::min(pauseMs * 2, 8);
    }
}

void PlanWriteLock::release()
{
    if (m_fd < 0)
        return;
    // Remove the file while still holding it, so a waiter that locks it afterwards notices.
    ::unlink(QFile::encodeName(m_lockPath).constData());
    ::close(m_fd);
    m_fd = -1;
    m_lockPath.clear();
}

} // namespace cutover
