// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/result.h"

#include <QCoreApplication>
#include <QString>

namespace cutover {

/**
 * Which version of a file is on disk: device, inode, size and modification time. Every save
 * renames a new file into place, so a save by anybody changes it; the desktop keeps the stamp
 * of the version it read or wrote and refuses to save over another one.
 */
struct FileStamp
{
    bool exists = false;
    quint64 device = 0;
    quint64 inode = 0;
    qint64 size = 0;
    qint64 modifiedNs = 0;

    friend bool operator==(const FileStamp &, const FileStamp &) = default;
    /** The stamp of the file `path` finally names (symbolic links followed). */
    static FileStamp of(const QString &path);
};

/**
 * The file system side of a save: the real file behind a chain of symbolic links, whether the
 * user may write it, its mode and owner, and the SQLite side files (-journal, -wal, -shm) that
 * must never be replayed onto a newly renamed plan. Errors are one line naming `shownPath`,
 * the path as the user gave it.
 */
class SaveTarget
{
    Q_DECLARE_TR_FUNCTIONS(SaveTarget)
public:
    /** Follows every link of a chain (l2 -> l1 -> real.cutover) to the file it finally names,
        which need not exist yet. */
    static Result<QString> resolveLinks(const QString &path);
    /** Whether this process may replace `path`: the OS's answer (access(2)), and for root,
        which the OS lets write anything, the file's write permission bits (0444 is read-only). */
    static bool mayWrite(const QString &path);
    /** The refusals that need no lock: a folder, a missing or read-only folder, a read-only file. */
    static Status checkWritable(const QString &realPath, const QString &shownPath);
    /** Gives the open temporary `fd` the owner and mode of the existing `realPath`. */
    static Status copyOwnerAndMode(int fd, const QString &realPath, const QString &shownPath);
    /** Whether any of NAME-journal, NAME-wal, NAME-shm lies beside `realPath`. */
    static bool hasSideFiles(const QString &realPath);
    /** The file name of the first side file beside `realPath` ("night.cutover-journal"). */
    static QString sideFileName(const QString &realPath);
    /**
     * Makes the side files of `realPath` safe before it is read for merging and replaced; the
     * caller holds the plan's write lock. A -wal beside a file whose header is not in WAL mode
     * was made for a file that has since been replaced, and is removed (replaying it would
     * corrupt the plan). Otherwise SQLite opens the plan, which rolls back a hot journal or
     * recovers the WAL; the WAL is checkpointed into the file and the file returned to
     * rollback-journal mode, which removes -wal and -shm. A journal that is still there after
     * that, with this process holding SQLite's reserved lock, is neither hot nor in use and is
     * removed. Another program with the plan open in WAL mode or in a write transaction makes
     * this fail with "in use by another program", and nothing is removed.
     */
    static Status settleSideFiles(const QString &realPath, const QString &shownPath);
};

} // namespace cutover
