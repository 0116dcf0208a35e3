// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/plan.h"
#include "model/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace cutover {

/**
 * The native .cutover document: an SQLite database with a relational schema (docs/storage.md).
 * All functions are reentrant: several threads may read or write different files at once.
 * Errors are one line naming the file and what is wrong.
 */
class PlanFile
{
    Q_DECLARE_TR_FUNCTIONS(PlanFile)
public:
    /** Reads a whole plan (every table, series points included). Never modifies the file. */
    static Result<Plan> read(const QString &path);
    /**
     * Writes the whole plan crash-safely: afterwards `path` holds either the old or the new plan.
     * The new file is built beside the target, synced and renamed over it; a symbolic link is
     * followed and the old file's permissions are kept. An existing non-empty file that is not a
     * plan is never overwritten.
     */
    static Status write(const Plan &plan, const QString &path);
    /** Adds imported series and validation results in ONE transaction, all or nothing.
        A series whose (sourceChecksum, metric, labels, name) matches a stored one replaces it;
        validation rows with the same (sourceChecksum, object, check) replace the old ones.
        A replacing series takes the stored one's place and id; other new series are appended,
        with their id made unique within the plan ("lag" -> "lag-2") when it is empty or taken.
        Replaced validation rows are dropped and the new rows appended in the given order. */
    static Status addImported(const QString &path, const QList<MetricSeries> &series,
                              const QList<ValidationResult> &validation);
    /** True when the file starts with the SQLite header and carries our application_id. */
    static bool isPlanFile(const QString &path);
    static constexpr int schemaVersion = 1;

    /** The in-memory part of addImported(): merges the imported data into `plan`. */
    static Status mergeImported(Plan *plan, const QList<MetricSeries> &series,
                                const QList<ValidationResult> &validation);
    /** Suffix of the temporary file a save builds next to its target (".NAME.XXXXXXXX.saving"). */
    static QString temporarySuffix();
};

} // namespace cutover
