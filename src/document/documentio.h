// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/plan.h"
#include "model/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace cutover {

/** A plan read from disk and what the reader noticed on the way. */
struct LoadedPlan
{
    Plan plan;
    QStringList warnings;  ///< e.g. unknown JSON fields that were ignored
    bool native = false;   ///< read from a .cutover file (saving goes back to it)
};

/**
 * Opening and saving plans for the desktop: the native .cutover file (PlanFile) and the JSON
 * interchange form (PlanJson). The kind is decided by content, not only by the suffix.
 */
class DocumentIo
{
    Q_DECLARE_TR_FUNCTIONS(DocumentIo)
public:
    static Result<LoadedPlan> load(const QString &path);
    /** Crash-safe save to a .cutover file. */
    static Status save(const Plan &plan, const QString &path);
    /** Writes the JSON interchange form (atomically). */
    static Status exportJson(const Plan &plan, const QString &path);
    /** Whether the path names a JSON plan (by suffix). */
    static bool isJsonPath(const QString &path);
    /** `path` with its suffix replaced by ".cutover" (for saving a plan opened from JSON). */
    static QString nativePathFor(const QString &path);
};

} // namespace cutover
