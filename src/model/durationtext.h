// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan.h"
#include "result.h"

#include <QCoreApplication>
#include <QStringView>

#include <optional>

namespace cutover {

/**
 * Text forms of durations and predecessor lists, as planners type them in a runbook table.
 *
 * Durations (minutes): "90", "90m", "90 min", "1h30", "1h 30m", "1:30", "1.5h", "1,5 h", "2d",
 * "-5m" (lags may be negative). A bare number is minutes.
 *
 * Predecessors (MS Project notation, ';' or ',' separated): "freeze FS+5m; sync-ok SS; gate".
 * The type defaults to FS and the lag to 0; lags take any duration form ("FS+1h30", "SS-10").
 */
class DurationText
{
    Q_DECLARE_TR_FUNCTIONS(DurationText)
public:
    static std::optional<double> parseMinutes(QStringView text);
    /** "1 h 25 min", "45 min", "2 d 3 h", "30 s" for fractions under a minute. */
    static QString format(double minutes);
    /** Compact form that parseMinutes() reads back exactly: "85", "1h25", "1.5". */
    static QString formatCompact(double minutes);

    static Result<QList<Dependency>> parseDependencies(QStringView text);
    static QString formatDependencies(const QList<Dependency> &deps);
};

} // namespace cutover
