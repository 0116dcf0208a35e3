// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace cutover::report {

/** The numbers the executive summary's verdict is made of. */
struct VerdictFacts
{
    /** The first error that withholds the verdict (docs/analysis.md); the sentence then says only that. */
    QString planError;
    int planErrors = 0;
    bool hasWindow = false;
    bool hasDowntimeMarks = false;
    std::optional<double> probability;     ///< simulated share of runs that fit the window, 0..1
    std::optional<bool> fitsDeterministic; ///< the schedule at likely durations fits the window
    QString rollbackDeadline;              ///< clock time to quote ("03:10"); empty without a window
    int breachedRollbackCriteria = 0;
    int openReadinessItems = 0;
    QString holdingGate;   ///< the gate whose latest decision is no-go or hold; empty when none
    bool holdingIsNoGo = false;
};

/**
 * Writes the verdict sentence from the numbers, e.g. "Fits the window with 94 % confidence;
 * rollback must start by 03:10." Confidence of 80 % or more reads "fits", 50–80 % "at risk",
 * below 50 % "unlikely to fit". A no-go or hold as the latest decision at a gate, a breached
 * rollback criterion and open readiness items are added as their own sentences. All text goes through tr().
 */
class ReportVerdict
{
    Q_DECLARE_TR_FUNCTIONS(ReportVerdict)
public:
    static QString sentence(const VerdictFacts &facts);
    /** A share 0..1 as whole percent that never rounds to a false certainty: "94 %", "> 99 %", "< 1 %". */
    static QString percent(double share);
};

} // namespace cutover::report
