// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/plan.h"
#include "schedule/montecarlo.h"
#include "schedule/scheduler.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <limits>

namespace cutover::charts {

struct GanttBar
{
    QString id;
    QString name;
    QString owner;
    QString phase;
    TaskKind kind = TaskKind::Task;
    TaskStatus status = TaskStatus::NotStarted;
    Marks marks;
    double start = 0.0;
    double finish = 0.0;
    double totalFloat = 0.0;
    bool critical = false;
    double p80Finish = std::numeric_limits<double>::quiet_NaN();
    int row = -1;
};

struct GanttLink
{
    int from = -1; ///< bar index of the predecessor
    int to = -1;   ///< bar index of the successor
    DependencyType type = DependencyType::FS;
    bool critical = false; ///< both ends critical
};

struct GanttRow
{
    enum class Kind { Phase, Task };
    Kind kind = Kind::Task;
    int bar = -1;   ///< bar index for task rows
    QString label;
};

/**
 * The timeline's data: one bar per runbook task, rows grouped by phase in plan order (each
 * phase a header row followed by its tasks; tasks of unknown phases last under "Other"),
 * dependency links, and the plan's bands and lines. Times are minutes since `origin`.
 */
struct GanttData
{
    Q_DECLARE_TR_FUNCTIONS(GanttData)
public:
    static constexpr double kNone = std::numeric_limits<double>::quiet_NaN();

    /**
     * Bars at the schedule's early start/finish, the rollback deadline from the schedule and,
     * with a simulation, its P80 rollback deadline. `p80Finish` (parallel to plan.tasks,
     * minutes) draws P80 ghost bars where given; when it is empty, the simulation's
     * SimulationResult::taskFinishP80 does (if it was requested and matches the plan).
     */
    static GanttData build(const Plan &plan, const Schedule &schedule, const SimulationResult *simulation = nullptr,
                           const QList<double> &p80Finish = {});

    QString title;
    QDateTime origin;
    QTimeZone zone;
    QList<GanttBar> bars;
    QList<GanttRow> rows;
    QList<GanttLink> links;
    double finish = 0.0;
    double windowStart = kNone;
    double windowEnd = kNone;
    double freezeStart = kNone;
    double trafficSwitched = kNone;
    double pointOfNoReturn = kNone;
    double rollbackDeadline = kNone;
    double rollbackDeadlineP80 = kNone;

    /** Bar index of the task, or -1. */
    int barIndex(const QString &id) const;
    /** Earliest and latest time worth showing (bars, window, markers). */
    double minTime() const;
    double maxTime() const;
    /** Absolute time of a schedule minute. */
    QDateTime toDateTime(double minutes) const;
};

} // namespace cutover::charts
