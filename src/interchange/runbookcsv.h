// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchangefile.h"

namespace cutover {

/**
 * The runbook as a spreadsheet (docs/interop.md): one row per task with the columns id, name,
 * phase, phase name, owner, kind, optimistic, likely, pessimistic, distribution, predecessors
 * ("freeze FS+5; sync SS"), notBefore, marks, notes, and the schedule's start, finish and float.
 * Reading takes the same columns back by header name in any order (start/finish/float are
 * computed, so they are only used to find the plan's start); comma, semicolon or tab separated,
 * quoted fields with embedded line breaks, a UTF-8 byte order mark. Errors name file:line:column
 * and what was expected.
 */
class RunbookCsv
{
    Q_DECLARE_TR_FUNCTIONS(RunbookCsv)
public:
    /** `delimiter` ',' for .csv, '\t' for .tsv. */
    static ExportedFile write(const Plan &plan, char delimiter);
    static Result<ImportedPlan> parse(const QByteArray &data, const QString &fileName, char delimiter = 0);
    static Result<ImportedPlan> readFile(const QString &path);
    /** The column names, in the order write() uses. */
    static QStringList columns();
    /** Whether the first record of `head` names at least the id and name columns (a runbook, not some other CSV). */
    static bool looksLikeRunbook(const QByteArray &head, char delimiter = 0);
};

} // namespace cutover
