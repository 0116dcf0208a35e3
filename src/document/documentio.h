// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/plan.h"
#include "model/result.h"
#include "storage/planfile.h"

#include <QCoreApplication>
#include <QStringList>

namespace cutover {

/** A plan read from disk and what the reader noticed on the way. */
struct LoadedPlan
{
    Plan plan;
    QStringList warnings;  ///< e.g. unknown JSON fields that were ignored
    bool native = false;   ///< read from a .cutover file (saving goes back to it)
    FileStamp stamp;       ///< the version of the .cutover file that was read (for "changed on disk")
};

/**
 * Opening and saving plans for the desktop, through the headless PlanIo the command line uses
 * too: the kind is decided by content; saves take the plan's write lock.
 */
class DocumentIo
{
    Q_DECLARE_TR_FUNCTIONS(DocumentIo)
public:
    static Result<LoadedPlan> load(const QString &path);
    /** Crash-safe save to a .cutover file. */
    static Status save(const Plan &plan, const QString &path);
    /**
     * Crash-safe save that refuses (SaveFailure::ChangedOnDisk) when the file on disk is no
     * longer the version `expected` (another program saved it since it was opened or saved
     * here). Returns the stamp of the new version.
     */
    static Result<FileStamp> save(const Plan &plan, const QString &path, const FileStamp &expected,
                                  SaveFailure *failure = nullptr);
    /** Writes the JSON interchange form (atomically). */
    static Status exportJson(const Plan &plan, const QString &path);
    /** Whether the path names a JSON plan (by suffix). */
    static bool isJsonPath(const QString &path);
    /** `path` with its suffix replaced by ".cutover" (for saving a plan opened from JSON). */
    static QString nativePathFor(const QString &path);
};

} // namespace cutover
