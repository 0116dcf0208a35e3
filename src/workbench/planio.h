// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/plan.h"
#include "model/result.h"
#include "storage/planfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <optional>

namespace cutover {

/** What a file holds, judged by its content (PlanIo::kindOf). */
enum class PlanKind { None, Native, Json };

/** The exchange formats of spec/interop.md, chosen by a file's extension. */
enum class ExchangeFormat { None, MsProjectXml, Csv, Tsv, ICalendar };

/** A plan written as an exchange file, and what the format could not hold. */
struct ExportReport
{
    QStringList leftOut; ///< "the rollback plan (4 steps)", ... (no file name)
};

/** What an export needs besides the plan (iCalendar only). */
struct ExportOptions
{
    QDateTime stamp;              ///< DTSTAMP of the events; invalid: now
    bool simulateRollback = true; ///< run the default simulation for the P80 rollback deadline
    std::optional<double> rollbackP80Minutes; ///< a P80 the caller has already (the desktop's analysis)
};

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
    /** The exchange format `path` names by its extension (.xml, .csv, .tsv, .ics; any case). */
    static ExchangeFormat exchangeFormatFor(const QString &path);
    /** Whether a plan can be read from files of this format (MS Project XML and CSV/TSV runbooks). */
    static bool canImport(ExchangeFormat format) { return format != ExchangeFormat::None && format != ExchangeFormat::ICalendar; }
    /**
     * Reads a plan from an exchange file: MS Project XML by content (XML whose root is <Project>
     * in the MSPDI namespace, whatever the name), a CSV/TSV runbook by extension and header.
     * Warnings name what did not map. The plan is new: `native` is false.
     */
    static Result<OpenedPlan> importFile(const QString &path);
    /** What `convert` reads: a plan (open()) or an exchange file (importFile()), by content first. */
    static Result<OpenedPlan> openAny(const QString &path);
    /**
     * Writes `plan` as the exchange format `path` names (MspdiWriter, RunbookCsv,
     * ICalendarWriter), atomically: a failure leaves an existing file as it was.
     */
    static Result<ExportReport> exportTo(const Plan &plan, const QString &path, const ExportOptions &options = {});

    /** `path` with its suffix replaced by ".cutover" (for saving a plan opened from JSON). */
    static QString nativePathFor(const QString &path);
};

} // namespace cutover
