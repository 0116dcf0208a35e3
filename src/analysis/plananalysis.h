// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plansummary.h"

#include "criteria/criteriaevaluator.h"
#include "model/plan.h"
#include "model/planvalidation.h"
#include "schedule/montecarlo.h"
#include "schedule/scheduler.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

namespace cutover {

/**
 * Everything computed from one plan version: the deterministic schedule, the `check`
 * findings, the criteria evaluation, the current Monte Carlo simulation and the PlanSummary
 * of the figures everyone quotes. The Document owns one (for its plan); the CLI makes one per
 * command. Views read from it and never compute a figure of their own.
 *
 * Invalidation (docs/analysis.md): invalidate() says which inputs changed, and only what
 * depends on them is recomputed, lazily on the next read. Task, timing (start, window, zone)
 * and rollback edits invalidate schedule, findings, summary and make the simulation stale;
 * criteria and imported series invalidate criteria, findings and summary but not the
 * schedule; readiness, decisions and other properties only findings and summary.
 * changed() follows once per turn of the event loop, however many edits a command made.
 *
 * The simulation runs in the background (QtConcurrent) and is cancelled when an edit arrives;
 * with autoSimulate() on and a plan of at most kAutoRunTasks tasks that has been simulated,
 * it re-runs by itself after edits. It never runs while the verdict is withheld.
 */
class PlanAnalysis : public QObject
{
    Q_OBJECT
public:
    enum Input {
        Tasks = 0x1,      ///< runbook tasks (durations, links, marks, order, ...)
        Timing = 0x2,     ///< plan start, window, time zone
        Rollback = 0x4,   ///< rollback steps
        Criteria = 0x8,   ///< rollback criteria
        Series = 0x10,    ///< imported series and validation results
        Checklist = 0x20, ///< readiness items, decisions, phases, other properties
        Simulation = 0x40,///< (changed() only) the simulation result or its state
        Everything = 0x7f,
    };
    Q_DECLARE_FLAGS(Inputs, Input)
    Q_FLAG(Inputs)

    /** Plans of at most this many tasks re-run a simulation after edits by themselves. */
    static constexpr int kAutoRunTasks = 300;

    /** `plan` must outlive the analysis (the Document's plan, or a CLI command's). */
    explicit PlanAnalysis(const Plan *plan, QObject *parent = nullptr);
    ~PlanAnalysis() override;

    const Plan &plan() const { return *m_plan; }

    /** Some inputs of the plan changed: drop what depends on them (cheap; nothing recomputed here). */
    void invalidate(Inputs changed);
    /** Bumped by every invalidation that moves the schedule or the simulation. */
    quint64 version() const { return m_version; }

    const Result<Schedule> &schedule() const;
    const QList<PlanIssue> &findings() const;
    /** The findings that withhold the verdict (VerdictGuard). */
    QList<PlanIssue> errors() const { return summary().errors; }
    const QList<CriterionResult> &criteria() const;
    const PlanSummary &summary() const;

    /** How often each part was computed (tests hold the invalidation rules to it). */
    struct Counters
    {
        int schedule = 0, findings = 0, criteria = 0, summary = 0, simulations = 0;
    };
    Counters counters() const { return m_counters; }

    // --- simulation ---------------------------------------------------------------------
    int iterations() const { return m_iterations; }
    void setIterations(int iterations) { m_iterations = iterations; }
    quint64 seed() const { return m_seed; }
    void setSeed(quint64 seed) { m_seed = seed; }
    bool autoSimulate() const { return m_auto; }
    void setAutoSimulate(bool on) { m_auto = on; }
    /** Auto re-run is on and the plan is small enough. */
    bool rerunsAfterEdits() const;

    /** The last finished simulation (it may be stale: see isSimulationCurrent()), or null. */
    const SimulationResult *simulation() const { return m_simulation.get(); }
    /** The simulation of this plan version, or null (none yet, or the plan changed since). */
    const SimulationResult *currentSimulation() const { return isSimulationCurrent() ? m_simulation.get() : nullptr; }
    bool isSimulationCurrent() const { return m_simulation && m_simulationVersion == m_version; }
    bool isSimulationRunning() const { return m_running; }
    /** Percent done of the running simulation. */
    int simulationProgress() const { return m_progress; }
    /** Why the last simulation failed (empty after success). */
    QString simulationError() const { return m_simulationError; }

    /**
     * Starts simulating this plan version in the background with iterations() and seed();
     * a running simulation of an older version is cancelled and restarted. Refused (false)
     * while the verdict is withheld or the plan has no tasks.
     */
    bool startSimulation();
    void cancelSimulation();
    /** Runs the simulation on the calling thread (CLI) and keeps it as the current result. */
    Status simulateNow(int threads = 0, const std::function<void(int, int)> &progress = {},
                       const std::atomic_bool *cancel = nullptr);
    /**
     * Takes `result` as the current simulation of this plan version (a result computed for the
     * same plan elsewhere: the report reuses the one the desktop shows).
     */
    void adoptSimulation(std::shared_ptr<const SimulationResult> result);
    /** The current simulation as shared data (null unless current), for adoptSimulation(). */
    std::shared_ptr<const SimulationResult> sharedCurrentSimulation() const
    {
        return isSimulationCurrent() ? m_simulation : nullptr;
    }
    /** Blocks until a background simulation has finished and been taken in (tests, shutdown). */
    void waitForSimulation();

signals:
    /** Once per event-loop turn after invalidate() (and when a simulation ends): what changed. */
    void changed(cutover::PlanAnalysis::Inputs what);
    /** The simulation started, progressed (percent), finished, failed or was cancelled. */
    void simulationStateChanged();
    void simulationProgressed(int percent);
    void simulationFailed(const QString &message);

private:
    void notify(Inputs what);
    void taken();
    SimulationOptions options(int threads) const;

    const Plan *m_plan;
    quint64 m_version = 1;
    mutable std::optional<Result<Schedule>> m_schedule;
    mutable std::optional<QList<PlanIssue>> m_findings;
    mutable std::optional<QList<CriterionResult>> m_criteria;
    mutable std::optional<PlanSummary> m_summary;
    mutable Counters m_counters;
    Inputs m_pending;
    bool m_notifyQueued = false;

    int m_iterations = 10000;
    quint64 m_seed = 1;
    bool m_auto = true;
    std::shared_ptr<const SimulationResult> m_simulation;
    quint64 m_simulationVersion = 0;
    QString m_simulationError;
    bool m_running = false;
    bool m_restart = false;
    int m_progress = 0;
    quint64 m_runVersion = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<std::atomic_int> m_progressShared;
    QFutureWatcher<std::shared_ptr<Result<SimulationResult>>> m_watcher;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(PlanAnalysis::Inputs)

} // namespace cutover
