// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchangefile.h"

namespace cutover {

/**
 * Reads MS Project XML (MSPDI) into a plan (docs/interop.md): summary tasks become phases
 * (deeper outline levels are flattened into their top-level phase, the outline path kept in the
 * task name), durations and lags in any format (working time is converted to elapsed time with
 * the file's calendar, and a warning says so; percent lags from the predecessor's duration),
 * start-no-earlier-than constraints, milestones, resources as owners, and the planner's own
 * custom fields (id, three-point estimate, distribution, marks, gates, time zone, window).
 * What cannot be mapped is named in one warning per kind. Errors name file, line and column.
 */
class MspdiReader
{
    Q_DECLARE_TR_FUNCTIONS(MspdiReader)
public:
    static Result<ImportedPlan> parse(const QByteArray &xml, const QString &fileName);
    static Result<ImportedPlan> readFile(const QString &path);
    /** Whether `head` (the first bytes of a file) is XML whose root is <Project> in the MSPDI namespace. */
    static bool looksLikeMspdi(const QByteArray &head);
};

} // namespace cutover
