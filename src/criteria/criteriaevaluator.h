// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/plan.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace cutover {

enum class CriterionState { Ok, Breached, NoData };

/** The outcome of one criterion over the imported data. */
struct CriterionResult
{
    QString id;
    CriterionKind kind = CriterionKind::Metric;
    CriterionAction action = CriterionAction::Rollback;
    CriterionState state = CriterionState::NoData;
    std::optional<qint64> firstBreach;  ///< UTC ms: when the condition had held for `for` seconds
    std::optional<double> worst;        ///< worst value seen (highest for > and >=, lowest for < and <=)
    QStringList series;                 ///< names of the series evaluated (metric criteria)
    QString detail;                     ///< one line for people: what was found
};

/** A stretch in which the condition held long enough to count as a breach. */
struct BreachRun
{
    qint64 from = 0;      ///< first breaching point of the run, UTC ms
    qint64 to = 0;        ///< last breaching point of the run, UTC ms
    qint64 breachAt = 0;  ///< the point at which the run had held for `for` seconds
};

/** The outcome over one series. */
struct SeriesEvaluation
{
    CriterionState state = CriterionState::NoData;
    std::optional<qint64> firstBreach;
    std::optional<double> worst;
    qint64 usualIntervalMs = 0;         ///< median spacing of the points
    qsizetype brokenRuns = 0;           ///< sustained runs cut short by a gap
    QList<BreachRun> runs;              ///< every run that counted as a breach, in time order
};

/**
 * Evaluates rollback criteria over imported series and validation results.
 *
 * Metric criteria apply to every series whose metric, name or id equals the criterion's
 * `metric` (case-insensitive); `metric{label=value,...}` also filters on labels. For each
 * series the condition (value op threshold) must hold continuously for `forSeconds`: the first
 * breach is the first point at which the current run of breaching points has lasted that long
 * (the first breaching point when `forSeconds` is 0). A NaN point (an explicit gap) or a
 * spacing longer than twice the series' usual (median) spacing ends a run.
 * Validation criteria compare the number of failed objects with the threshold. Manual criteria
 * report their answer: "yes" (the bad condition occurred) is a breach.
 */
class CriteriaEvaluator
{
    Q_DECLARE_TR_FUNCTIONS(cutover::CriteriaEvaluator)

public:
    static QList<CriterionResult> evaluate(const Plan &plan);
    static CriterionResult evaluate(const Criterion &criterion, const QList<MetricSeries> &series,
                                    const QList<ValidationResult> &validation);
    static SeriesEvaluation evaluateSeries(const MetricSeries &series, CompareOp op, double threshold, double forSeconds);
    /** What a criterion's action is called for people ("roll back", "hold", "warn"), translated. */
    static QString actionText(CriterionAction action);
    /** The comparison as people write it: >, ≥, <, ≤. */
    static QString operatorSymbol(CompareOp op);
    /**
     * The condition without the metric, e.g. "> 30 s for 5 min" (`unit` is the unit of the
     * series the criterion watches, may be empty), "failed validation objects > 0",
     * "manual check". One wording for the charts, the board and the report.
     */
    static QString conditionText(const Criterion &criterion, const QString &unit = {});
    /** The condition with the metric in front for metric criteria: "lag_seconds > 30 s for 5 min". */
    static QString ruleText(const Criterion &criterion, const QString &unit = {});
    /** Whether the criterion's metric selector picks this series. */
    static bool matches(const QString &selector, const MetricSeries &series);
    /** The median spacing of the points (ms); sampled for very long series. */
    static qint64 usualInterval(const QList<qint64> &times);
};

QString toString(CriterionState state);

} // namespace cutover
