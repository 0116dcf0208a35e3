// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/plan.h"
#include "model/result.h"
#include "savetarget.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

namespace cutover {

/**
 * The native .cutover document: an SQLite database with a relational schema (docs/storage.md).
 * All functions are reentrant: several threads may read or write different files at once.
 * Errors are one line naming the file and what is wrong.
 */
/** How a save of a .cutover plan behaves towards other writers (docs/storage.md). */
struct SaveOptions
{
    /** Refuse (SaveFailure::ChangedOnDisk) unless the file on disk is still this version:
        the desktop passes the stamp of the version it opened or last saved. */
    std::optional<FileStamp> expected;
    /** Refuse (SaveFailure::OpenElsewhere) while another process has the plan open in the
        desktop (its PlanLock): the command line's writers set this. */
    bool refuseWhenOpenElsewhere = false;
    /** Refuse when the file exists by the time the lock is held (`new` without --force). */
    bool createOnly = false;
    /** How long to wait for another writer of the same plan to finish. */
    std::chrono::milliseconds lockTimeout = std::chrono::seconds(60);
    /** Called once when the save has to wait for another writer. */
    std::function<void()> onWait;
};

/** Why a save was refused, for callers that offer a way out (the desktop's "changed on disk"). */
enum class SaveFailure { None, ChangedOnDisk, OpenElsewhere, Other };

class PlanFile
{
    Q_DECLARE_TR_FUNCTIONS(PlanFile)
public:
    /** Reads a whole plan (every table, series points included). Never modifies the file. */
    static Result<Plan> read(const QString &path);
    /**
     * Writes the whole plan crash-safely: afterwards `path` holds either the old or the new plan.
     * Writers of one plan take turns on its PlanWriteLock. The new file is built in a temporary
     * only this save creates, synced and renamed over the target; a chain of symbolic links is
     * followed to the real file, whose mode and owner are kept. A read-only plan or folder, an
     * existing non-empty file that is not a plan, or side files another program is using are
     * refused with one line, and nothing is changed. Returns the stamp of the written file.
     */
    static Result<FileStamp> save(const Plan &plan, const QString &path, const SaveOptions &options = {},
                                  SaveFailure *failure = nullptr);
    /** save() with the default options. */
    static Status write(const Plan &plan, const QString &path);
    /** Adds imported series and validation results in ONE transaction, all or nothing.
        A series whose (sourceChecksum, metric, labels, name) matches a stored one replaces it;
        validation rows with the same (sourceChecksum, object, check) replace the old ones.
        A replacing series takes the stored one's place and id; other new series are appended,
        with their id made unique within the plan ("lag" -> "lag-2") when it is empty or taken.
        Replaced validation rows are dropped and the new rows appended in the given order.
        The plan is read again under its write lock, so an import never overwrites a change
        another writer made since the caller read the plan. `previousChecksums`, when given,
        receives the source checksums the plan held just before the merge. */
    static Status addImported(const QString &path, const QList<MetricSeries> &series,
                              const QList<ValidationResult> &validation, const SaveOptions &options = {},
                              QSet<QString> *previousChecksums = nullptr, SaveFailure *failure = nullptr);
    /** True when the file starts with the SQLite header and carries our application_id. */
    /**
     * Reads the plan under its write lock, lets `change` edit it and saves it crash-safely (the
     * command line's read-modify-write, like addImported()). When `change` fails nothing is
     * written and its error is returned.
     */
    static Status update(const QString &path, const std::function<Status(Plan *)> &change,
                         const SaveOptions &options = {}, SaveFailure *failure = nullptr);
    static bool isPlanFile(const QString &path);
    static constexpr int schemaVersion = 2;

    /** The in-memory part of addImported(): merges the imported data into `plan`. */
    static Status mergeImported(Plan *plan, const QList<MetricSeries> &series,
                                const QList<ValidationResult> &validation);
    /** Under the plan's write lock, rolls back or checkpoints SQLite side files another
        program left beside it (SaveTarget::settleSideFiles), so a read sees its real content. */
    static Status recoverSideFiles(const QString &path);
    /** Suffix of the temporary file a save builds next to its target (".NAME.XXXXXXXX.saving"). */
    static QString temporarySuffix();
};

} // namespace cutover
