// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/importer.h"
#include "model/result.h"
#include "storage/planfile.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QStringList>

#include <atomic>
#include <functional>

namespace cutover {

/** One file to import and how (format, CSV mapping, zone for naive times). */
struct ImportRequest
{
    QString path;
    ImportOptions options;
};

/** What a batch of files yielded, in the order of the files (a file named twice counts once). */
struct ImportBatch
{
    QStringList files;
    QString timeZone;
    QList<ImportResult> results;
    /** Per file: the plan already held data from this file (same checksum), which it replaced.
        Filled by BatchImport::intoPlanFile(). */
    QList<bool> replaced;

    QList<MetricSeries> allSeries() const;
    QList<ValidationResult> allValidation() const;
};

/** The figures of a batch that every summary quotes. */
struct ImportTotals
{
    qsizetype files = 0;
    qsizetype series = 0;
    qsizetype points = 0;
    qsizetype gaps = 0;
    qsizetype objects = 0;
    qsizetype passed = 0;
    qsizetype failed = 0;
};

/**
 * Importing a batch of monitoring and validation exports, the same for the desktop (which adds
 * the result to its document as one undo step) and the command line (which adds it to the plan
 * file): all files or none; one summary.
 */
class BatchImport
{
    Q_DECLARE_TR_FUNCTIONS(BatchImport)
public:
    /** Called after each file has been read (its index in the requests). */
    using FileFinished = std::function<void(qsizetype index)>;

    /** Imports every request in order, stopping at the first error (or at cancel). `progress`
        counts bytes over all files; without it each request's own options.progress is used. */
    static Result<ImportBatch> read(const QList<ImportRequest> &requests, const ProgressFunction &progress = {},
                                    const std::atomic_bool *cancel = nullptr, const FileFinished &fileFinished = {});
    static ImportTotals totals(const ImportBatch &batch);
    /** One line per fact: files, series and points, validation results, the zone assumed; then
        a blank line and the notes, one per line, prefixed with the file name. */
    static QString summary(const ImportBatch &batch);
    /**
     * Adds the batch to the .cutover plan at `planPath` in one save (PlanFile::addImported: the
     * plan is read again under its write lock, so nothing another writer saved is lost) and
     * fills `batch->replaced`. Nothing is changed when it fails.
     */
    static Status intoPlanFile(const QString &planPath, ImportBatch *batch, const SaveOptions &options = {},
                               SaveFailure *failure = nullptr);
};

} // namespace cutover
