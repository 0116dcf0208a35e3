// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdata.h"

#include "analysis/plananalysis.h"

#include <QLocale>

namespace cutover::report {

Result<ReportData> ReportData::build(const Plan &plan, const ReportOptions &options,
                                     const std::function<void(int, int)> &progress, const std::atomic_bool *cancel,
                                     std::shared_ptr<const SimulationResult> shown)
{
    if (options.iterations < 1 || options.iterations > MonteCarlo::kMaxIterations)
        return Error(tr("iterations must be between 1 and %1, not %2").arg(MonteCarlo::kMaxIterations).arg(options.iterations));
    if (!options.sections)
        return Error(tr("the report has no section selected"));

    ReportData data;
    data.plan = plan;
    data.zone = plan.displayZone();
    data.generatedAt = options.generatedAt.isValid() ? options.generatedAt : QDateTime::currentDateTime();
    data.seriesSelection = options.seriesSelection;

    PlanAnalysis analysis(&data.plan);
    analysis.setIterations(options.iterations);
    analysis.setSeed(options.seed);
    const Result<Schedule> &schedule = analysis.schedule();
    if (!schedule)
        return Error(tr("cannot schedule the plan: %1").arg(schedule.errorString()));
    data.schedule = schedule.value();

    const Sections needSimulation = Section::Summary | Section::Simulation | Section::Timeline | Section::Rollback;
    if ((options.sections & needSimulation) && !plan.tasks.isEmpty() && !analysis.summary().verdictWithheld()) {
        if (shown && shown->iterations == options.iterations && shown->seed == options.seed) {
            analysis.adoptSimulation(shown);
        } else {
            const Status run = analysis.simulateNow(options.threads, progress, cancel);
            if (!run)
                return Error(tr("simulation failed: %1").arg(run.errorString()));
        }
        data.simulation = *analysis.currentSimulation();
    }
    data.criteria = analysis.criteria();
    data.summary = analysis.summary();
    return data;
}

QDateTime ReportData::local(const QDateTime &t) const
{
    return t.isValid() ? t.toTimeZone(zone) : t;
}

QString ReportData::dateTimeText(const QDateTime &t) const
{
    if (!t.isValid())
        return tr("not set");
    const QDateTime l = local(t);
    return tr("%1 (%2)").arg(QLocale().toString(l, QStringLiteral("ddd d MMM yyyy HH:mm")), QString::fromUtf8(zone.id()));
}

QString ReportData::timeText(const QDateTime &t) const
{
    if (!t.isValid())
        return tr("not set");
    return QLocale().toString(local(t), QStringLiteral("ddd HH:mm"));
}

int ReportData::breachedRollbackCriteria() const
{
    int n = 0;
    for (const CriterionResult &r : criteria)
        n += r.state == CriterionState::Breached && r.action == CriterionAction::Rollback ? 1 : 0;
    return n;
}

int ReportData::openReadinessItems() const
{
    int n = 0;
    for (const ReadinessItem &item : plan.readiness)
        n += item.status == ReadinessStatus::Open || item.status == ReadinessStatus::InProgress ? 1 : 0;
    return n;
}

} // namespace cutover::report
