// SPDX-License-Identifier: GPL-3.0-or-later
#include "savetarget.h"

#include "sqliteconnection.h"
#include "sqliteheader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cutover {

using namespace Qt::StringLiterals;

namespace {

constexpr int kMaxLinks = 40; // what Linux allows in one path lookup

QString modeText(mode_t mode)
{
    return u"%1"_s.arg(uint(mode & 07777), 4, 8, QLatin1Char('0'));
}

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

FileStamp FileStamp::of(const QString &path)
{
    FileStamp stamp;
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return stamp;
    stamp.exists = true;
    stamp.device = quint64(st.st_dev);
    stamp.inode = quint64(st.st_ino);
    stamp.size = qint64(st.st_size);
    stamp.modifiedNs = qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
    return stamp;
}

Result<QString> SaveTarget::resolveLinks(const QString &path)
{
    QString current = QFileInfo(path).absoluteFilePath();
    for (int hops = 0; hops <= kMaxLinks; ++hops) {
        const QFileInfo info(current);
        if (!info.isSymLink())
            return current;
        // symLinkTarget() resolves one level (relative targets against the link's folder).
        current = info.symLinkTarget();
        if (current.isEmpty())
            break;
    }
    return Error(tr("cannot save: too many levels of symbolic links"), path);
}

bool SaveTarget::mayWrite(const QString &path)
{
    const QByteArray encoded = QFile::encodeName(path);
    struct stat st {};
    if (::stat(encoded.constData(), &st) != 0)
        return false;
    if (::geteuid() == 0 && (st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0)
        return false;
    return ::access(encoded.constData(), W_OK) == 0; // also a read-only file system, for root too
}

Status SaveTarget::checkWritable(const QString &realPath, const QString &shownPath)
{
    const QFileInfo info(realPath);
    if (info.isDir())
        return Error(tr("is a folder; cannot save the plan there"), shownPath);
    const QString dir = info.absolutePath();
    if (!QFileInfo(dir).isDir())
        return Error(tr("cannot save: the folder %1 does not exist").arg(QDir::toNativeSeparators(dir)), shownPath);
    if (info.exists()) {
        struct stat st {};
        if (::stat(QFile::encodeName(realPath).constData(), &st) == 0 && !mayWrite(realPath))
            return Error(tr("the plan is read-only (mode %1); it was not changed").arg(modeText(st.st_mode)), shownPath);
    }
    // The new file is built beside the plan and renamed over it, so the folder must be writable.
    if (!mayWrite(dir))
        return Error(tr("cannot save: the folder %1 is read-only; the plan was not changed").arg(QDir::toNativeSeparators(dir)),
                     shownPath);
    return Ok{};
}

Status SaveTarget::copyOwnerAndMode(int fd, const QString &realPath, const QString &shownPath)
{
    struct stat st {};
    if (::stat(QFile::encodeName(realPath).constData(), &st) != 0)
        return Ok{}; // a new file keeps the defaults
    struct stat mine {};
    if (::fstat(fd, &mine) != 0)
        return Error(tr("cannot save: %1").arg(errnoText(errno)), shownPath);
    if ((mine.st_uid != st.st_uid || mine.st_gid != st.st_gid) && ::fchown(fd, st.st_uid, st.st_gid) != 0) {
        // Replacing the file would give it to this user: refuse rather than change its owner.
        return Error(tr("cannot save: the plan belongs to user %1, group %2, and a saved copy could not keep that owner (%3); "
                        "the plan was not changed")
                         .arg(st.st_uid)
                         .arg(st.st_gid)
                         .arg(errnoText(errno)),
                     shownPath);
    }
    // After chown, which may clear set-id bits.
    if (::fchmod(fd, st.st_mode & 07777) != 0)
        return Error(tr("cannot save: cannot keep the plan's mode %1: %2").arg(modeText(st.st_mode), errnoText(errno)), shownPath);
    return Ok{};
}

bool SaveTarget::hasSideFiles(const QString &realPath)
{
    for (const char *suffix : {"-journal", "-wal", "-shm"}) {
        if (QFileInfo::exists(realPath + QLatin1String(suffix)))
            return true;
    }
    return false;
}

QString SaveTarget::sideFileName(const QString &realPath)
{
    for (const char *suffix : {"-journal", "-wal", "-shm"}) {
        const QString file = realPath + QLatin1String(suffix);
        if (QFileInfo::exists(file))
            return QFileInfo(file).fileName();
    }
    return {};
}

Status SaveTarget::settleSideFiles(const QString &realPath, const QString &shownPath)
{
    const QString journal = realPath + u"-journal"_s;
    const QString wal = realPath + u"-wal"_s;
    const QString shm = realPath + u"-shm"_s;
    if (!hasSideFiles(realPath))
        return Ok{};
    auto removeFile = [&shownPath](const QString &file) -> Status {
        if (QFileInfo::exists(file) && !QFile::remove(file))
            return Error(tr("cannot remove the leftover %1; the plan was not changed").arg(QDir::toNativeSeparators(file)), shownPath);
        return Ok{};
    };
    const SqliteHeader header = SqliteHeader::read(realPath);
    if (!header.exists() || header.fileSize() == 0) {
        // Side files of a plan that is not there (or empty) belong to nothing we could recover;
        // left in place, SQLite would apply them to the new file.
        for (const QString &file : {journal, wal, shm}) {
            if (Status s = removeFile(file); !s)
                return s;
        }
        return Ok{};
    }
    if (QFileInfo::exists(wal) && !header.isWalMode()) {
        // Only a file in WAL mode gets a -wal; this one was made for a file since replaced.
        for (const QString &file : {wal, shm}) {
            if (Status s = removeFile(file); !s)
                return s;
        }
    }
    const QString inUse = tr("is in use by another program (%1 lies beside it); close that program and try again; "
                             "the plan was not changed");
    if (QFileInfo::exists(wal) || QFileInfo::exists(journal)) {
        const QString sideFile = QDir::toNativeSeparators(QFileInfo::exists(wal) ? wal : journal);
        SqliteConnection connection;
        if (Status s = connection.open(realPath, SqliteConnection::Mode::ReadWrite, u"QSQLITE_BUSY_TIMEOUT=1000"_s); !s)
            return Error(tr("cannot recover the leftover %1: %2; the plan was not changed").arg(sideFile, s.error().message), shownPath);
        // The first read rolls a hot journal back, or recovers the WAL.
        if (Result<qint64> pages = connection.queryInt(u"PRAGMA page_count"_s); !pages)
            return Error(inUse.arg(sideFile), shownPath);
        if (header.isWalMode()) {
            if (Result<qint64> busy = connection.queryInt(u"PRAGMA wal_checkpoint(TRUNCATE)"_s); !busy || busy.value() != 0)
                return Error(inUse.arg(sideFile), shownPath);
            Result<QString> mode = connection.queryText(u"PRAGMA journal_mode = DELETE"_s);
            if (!mode || mode.value().compare(u"delete"_s, Qt::CaseInsensitive) != 0)
                return Error(inUse.arg(sideFile), shownPath);
        }
        // With the reserved lock held nobody else writes: a journal still there is not hot
        // (SQLite would have rolled it back above) and not in use.
        if (Status s = connection.exec(u"BEGIN IMMEDIATE"_s); !s)
            return Error(inUse.arg(sideFile), shownPath);
        if (Status s = removeFile(journal); !s) {
            (void)connection.exec(u"ROLLBACK"_s);
            return s;
        }
        (void)connection.exec(u"ROLLBACK"_s);
    }
    if (!QFileInfo::exists(wal)) {
        // A shared-memory index without its log is only a cache.
        if (Status s = removeFile(shm); !s)
            return s;
    }
    return Ok{};
}

} // namespace cutover
