// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/plan.h"
#include "model/result.h"
#include "storage/planfile.h"

#include <QCoreApplication>
#include <QStringList>

namespace cutover {

/** What a file holds, judged by its content (PlanIo::kindOf). */
enum class PlanKind { None, Native, Json };

/** How much PlanIo::open() checks a JSON plan before handing it over. */
enum class PlanChecks {
    Full,          ///< types, shapes and the plan's invariants (first problem is an error)
    StructureOnly, ///< types and shapes only; `check` reports the rest as findings
};

/** A plan read from disk and what the reader noticed on the way. */
struct OpenedPlan
{
    Plan plan;
    QStringList warnings; ///< e.g. unknown JSON fields that were ignored
    bool native = false;  ///< read from a .cutover file (saving goes back to it)
    FileStamp stamp;      ///< the version of the .cutover file that was read
};

/**
 * Opening, saving and converting plans, the same for the command line and the desktop.
 * Errors are one line naming the file as given.
 */
class PlanIo
{
    Q_DECLARE_TR_FUNCTIONS(PlanIo)
public:
    /**
     * The one rule for "is this a plan?": a .cutover file is an SQLite database with the
     * planner's application id; a JSON plan is a file whose first non-blank byte is '{' (or
     * any file named *.json, so a broken one gets a JSON error with line and column).
     */
    static PlanKind kindOf(const QString &path);
    /**
     * Reads a .cutover or JSON plan, by content. Side files another SQLite program left beside a
     * writable .cutover plan (a hot journal, a WAL) are recovered first, under the plan's write
     * lock, so the read sees the plan's real content.
     */
    static Result<OpenedPlan> open(const QString &path, PlanChecks checks = PlanChecks::Full);
    /** Whether `path` names a file type save() can write (.cutover or .json, any case). */
    static bool isWritablePlanPath(const QString &path);
    /** Writes a .cutover (PlanFile::save, with `options`) or JSON plan (atomically), by suffix. */
    static Result<FileStamp> save(const Plan &plan, const QString &path, const SaveOptions &options = {},
                                  SaveFailure *failure = nullptr);
    /** Options for a writer that is not the desktop: wait for other writers, refuse while the
        desktop has the plan open. `onWait` is told when it has to wait. */
    static SaveOptions commandLineOptions(const std::function<void()> &onWait = {});
    /** `path` with its suffix replaced by ".cutover" (for saving a plan opened from JSON). */
    static QString nativePathFor(const QString &path);
};

} // namespace cutover
