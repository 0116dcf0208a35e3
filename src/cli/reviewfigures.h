// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/plan.h"
#include "model/result.h"

#include <QString>

#include <optional>

namespace cutover::cli {

class Console;

/**
 * The figures a baseline or a diff records for a plan version: PlanAnalysis' summary after a
 * simulation with `iterations` and `seed` (no simulation while the verdict is withheld).
 */
BaselineFigures reviewFigures(const Plan &plan, int iterations, quint64 seed);

/** One side of `diff`: a plan file, or a baseline of one (`PLAN@BASELINE`). */
struct DiffSide
{
    QString label;            ///< as given on the command line
    Plan plan;                ///< for a baseline: the plan with the baseline's lists
    std::optional<Baseline> baseline; ///< when the side is a baseline
    Plan source;              ///< the plan file as read
};

/**
 * Reads `spec`: a path, or PATH@NAME for the baseline NAME of the plan at PATH (a path that
 * exists as it is wins, so a file name may contain '@').
 */
Result<DiffSide> readDiffSide(const QString &spec, Console &console);

} // namespace cutover::cli
