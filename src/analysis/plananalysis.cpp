// SPDX-License-Identifier: GPL-3.0-or-later
#include "plananalysis.h"

#include "lint/planlinter.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace cutover {

namespace {
constexpr PlanAnalysis::Inputs kMovesSchedule = PlanAnalysis::Tasks | PlanAnalysis::Timing | PlanAnalysis::Rollback;
} // namespace

PlanAnalysis::PlanAnalysis(const Plan *plan, QObject *parent)
    : QObject(parent)
    , m_plan(plan)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &PlanAnalysis::taken);
}

PlanAnalysis::~PlanAnalysis()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

void PlanAnalysis::invalidate(Inputs changed)
{
    changed &= ~Inputs(Simulation);
    if (!changed)
        return;
    if (changed & kMovesSchedule) {
        ++m_version;
        m_schedule.reset();
        if (m_running && m_runVersion != m_version) {
            // The running simulation is of an older plan: stop it; it restarts if re-runs are on.
            m_restart = m_restart || rerunsAfterEdits();
            m_cancel->store(true);
        }
    }
    if (changed & (Criteria | Series))
        m_criteria.reset();
    m_findings.reset();
    m_summary.reset();
    notify(changed);
}

void PlanAnalysis::notify(Inputs what)
{
    m_pending |= what;
    if (m_notifyQueued)
        return;
    m_notifyQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_notifyQueued = false;
            const Inputs what = m_pending;
            m_pending = {};
            if ((what & kMovesSchedule) && !m_running && m_simulation && !isSimulationCurrent() && rerunsAfterEdits())
                startSimulation();
            emit changed(what);
        },
        Qt::QueuedConnection);
}

const Result<Schedule> &PlanAnalysis::schedule() const
{
    if (!m_schedule) {
        ++m_counters.schedule;
        m_schedule = Scheduler::schedule(*m_plan);
    }
    return *m_schedule;
}

const QList<PlanIssue> &PlanAnalysis::findings() const
{
    if (!m_findings) {
        ++m_counters.findings;
        m_findings = PlanLinter::lint(*m_plan, schedule());
    }
    return *m_findings;
}

const QList<CriterionResult> &PlanAnalysis::criteria() const
{
    if (!m_criteria) {
        ++m_counters.criteria;
        m_criteria = CriteriaEvaluator::evaluate(*m_plan);
    }
    return *m_criteria;
}

const PlanSummary &PlanAnalysis::summary() const
{
    if (!m_summary) {
        ++m_counters.summary;
        m_summary = PlanSummary::compute(*m_plan, schedule(), findings(), criteria(), m_simulation.get(),
                                         isSimulationCurrent());
    }
    return *m_summary;
}

bool PlanAnalysis::rerunsAfterEdits() const
{
    return m_auto && m_plan->tasks.size() <= kAutoRunTasks;
}

SimulationOptions PlanAnalysis::options(int threads) const
{
    SimulationOptions options;
    options.iterations = m_iterations;
    options.seed = m_seed;
    options.threads = threads;
    // Per-task P80 finishes for the timeline's ghost bars and the report.
    options.taskFinishQuantiles = true;
    return options;
}

bool PlanAnalysis::startSimulation()
{
    if (m_plan->tasks.isEmpty() || summary().verdictWithheld())
        return false;
    if (m_running) {
        if (m_runVersion != m_version) {
            m_restart = true;
            m_cancel->store(true);
        }
        return true;
    }
    m_running = true;
    m_restart = false;
    m_progress = 0;
    m_runVersion = m_version;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const Plan plan = *m_plan;
    const SimulationOptions opts = options(0);
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    QPointer<PlanAnalysis> self(this);
    m_watcher.setFuture(QtConcurrent::run([plan, opts, cancel, self]() {
        int lastPercent = -1;
        auto progress = [self, &lastPercent](int done, int total) {
            const int percent = total > 0 ? int(qint64(done) * 100 / total) : 0;
            if (percent == lastPercent)
                return;
            lastPercent = percent;
            // Queued to the analysis's thread; dropped if the analysis is gone by then.
            QMetaObject::invokeMethod(
                self.data(),
                [self, percent] {
                    if (self && self->m_running) {
                        self->m_progress = percent;
                        emit self->simulationProgressed(percent);
                    }
                },
                Qt::QueuedConnection);
        };
        return std::make_shared<Result<SimulationResult>>(MonteCarlo::run(plan, opts, progress, cancel.get()));
    }));
    emit simulationStateChanged();
    return true;
}

void PlanAnalysis::cancelSimulation()
{
    if (m_running && m_cancel) {
        m_restart = false;
        m_cancel->store(true);
    }
}

void PlanAnalysis::taken()
{
    if (!m_running)
        return;
    m_running = false;
    const std::shared_ptr<Result<SimulationResult>> outcome = m_watcher.result();
    const bool cancelled = m_cancel && m_cancel->load();
    if (outcome && outcome->ok()) {
        m_simulation = std::make_shared<const SimulationResult>(outcome->value());
        m_simulationVersion = m_runVersion;
        m_simulationError.clear();
        m_progress = 100;
        ++m_counters.simulations;
    } else if (!cancelled) {
        m_simulationError = outcome ? outcome->errorString() : tr("the simulation did not return a result");
        m_progress = 0;
        emit simulationFailed(m_simulationError);
    } else {
        m_progress = 0;
    }
    m_summary.reset();
    emit simulationStateChanged();
    notify(Simulation);
    if (m_restart)
        startSimulation();
}

Status PlanAnalysis::simulateNow(int threads, const std::function<void(int, int)> &progress, const std::atomic_bool *cancel)
{
    if (m_running) {
        cancelSimulation();
        waitForSimulation();
    }
    auto result = MonteCarlo::run(*m_plan, options(threads), progress, cancel);
    if (!result)
        return result.error();
    m_simulation = std::make_shared<const SimulationResult>(std::move(result).value());
    m_simulationVersion = m_version;
    m_simulationError.clear();
    ++m_counters.simulations;
    m_summary.reset();
    notify(Simulation);
    return Ok{};
}

void PlanAnalysis::adoptSimulation(std::shared_ptr<const SimulationResult> result)
{
    if (!result)
        return;
    if (m_running) {
        cancelSimulation();
        waitForSimulation();
    }
    m_simulation = std::move(result);
    m_simulationVersion = m_version;
    m_simulationError.clear();
    m_summary.reset();
    notify(Simulation);
}

void PlanAnalysis::waitForSimulation()
{
    if (!m_running)
        return;
    m_watcher.waitForFinished();
    taken();
}

} // namespace cutover
