// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/planvalidation.h"

#include <QCoreApplication>
#include <QList>

namespace cutover {

/**
 * Which `check` findings make the plan's figures undefined or absurd, so that no surface may
 * quote a verdict (fit, downtime, margin): cycles, unknown, self or cross-plan predecessors,
 * empty or duplicate ids, duplicate marks, marks out of order, estimates out of order,
 * negative durations, an inverted window and schedule errors. A well-formed plan that misses
 * the window (`freeze-before-window`, `traffic-after-window`) is not withheld: its figures are
 * right and say that it does not fit. See docs/analysis.md.
 */
class VerdictGuard
{
    Q_DECLARE_TR_FUNCTIONS(VerdictGuard)
public:
    static bool withholds(const PlanIssue &finding);
    /** The findings that withhold the verdict, in the order given. */
    static QList<PlanIssue> blockingErrors(const QList<PlanIssue> &findings);
    /** "not computed: <first error's message>" without its final full stop (empty when there is none). */
    static QString notComputed(const QList<PlanIssue> &errors);
};

} // namespace cutover
