// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pagecomposer.h"
#include "reportdata.h"
#include "reportoptions.h"

#include <QCoreApplication>
#include <QMap>

#include <memory>

namespace cutover::report {

/** First page of each section, filled in while composing; the cover's contents list reads it when painting. */
using SectionPages = std::shared_ptr<QMap<Section, int>>;

/** The text and table sections of the report (cover, summary, runbook, rollback, readiness). */
class ReportSections
{
    Q_DECLARE_TR_FUNCTIONS(ReportSections)
public:
    /**
     * The sections of `requested` that have something to show: the timeline, runbook and
     * simulation need tasks, monitoring needs imported series or validation results, readiness
     * a checklist or hypercare details. The summary names what was left out, in a line each.
     */
    static Sections shown(const ReportData &d, Sections requested);
    /** `sections`: the sections printed (their contents list, with page numbers from `pages`). */
    static void cover(PageComposer &c, const ReportData &d, Sections sections, const SectionPages &pages);
    /** `requested`: the sections asked for (those left out for want of data get a line). */
    static void summary(PageComposer &c, const ReportData &d, Sections requested);
    static void runbook(PageComposer &c, const ReportData &d);
    static void rollback(PageComposer &c, const ReportData &d);
    static void readiness(PageComposer &c, const ReportData &d);
    /** The sign-off and "Changes since BASELINE" (reportreview.cpp; docs/review.md). */
    static void review(PageComposer &c, const ReportData &d);
    /** The baseline the review section compares with: the approved one, else the last; or null. */
    static const Baseline *reviewBaseline(const Plan &plan);

    /**
     * A measured value with its unit ("895 s"), by the one rule the criteria board uses too
     * (charts::CriteriaBoardRenderer::measuredText): the worst value of a criterion is written
     * the same in the table, on the tile and on screen.
     */
    static QString measuredText(double value, const QString &unit, double threshold);
    /** "1 h (45 min – 2 h)": likely duration with the range of a three-point estimate. */
    static QString estimateText(const Estimate &e);
    /** Translated status words. */
    static QString statusText(CriterionState s);
    static QString outcomeText(GateOutcome o);
    static QString readinessText(ReadinessStatus s);
    static QString planStatusText(PlanStatus s);
};

/** The chart sections (timeline, monitoring, simulation), all painted by the renderers of src/charts. */
class ChartSections
{
    Q_DECLARE_TR_FUNCTIONS(ChartSections)
public:
    /** The Gantt over as many pages as it needs: rows split down, time split across, names and axis repeated. */
    static void timeline(PageComposer &c, const ReportData &d);
    static void monitoring(PageComposer &c, const ReportData &d);
    static void simulation(PageComposer &c, const ReportData &d);
    /** Minimum horizontal scale of the timeline; longer spans are split across pages. */
    static constexpr double kMinPointsPerHour = 24.0;
};

} // namespace cutover::report
