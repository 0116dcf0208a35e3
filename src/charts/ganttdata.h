// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/plan.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <limits>

namespace cutover::charts {

/** Where one runbook task sits in time, in minutes since Plan::start (from the schedule). */
struct TaskTiming
{
    double start = 0.0;
    double finish = 0.0;
    double totalFloat = 0.0;
    bool critical = false;
    double p80Finish = std::numeric_limits<double>::quiet_NaN(); ///< simulated P80 finish, NaN if none
};

/** Plan-level times from the schedule and simulation, minutes since Plan::start (NaN = unknown). */
struct TimelineMarkers
{
    double rollbackDeadline = std::numeric_limits<double>::quiet_NaN();
    double rollbackDeadlineP80 = std::numeric_limits<double>::quiet_NaN();
};

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

    /** Builds the data; `timings` is parallel to plan.tasks (a shorter list leaves tasks at 0). */
    static GanttData build(const Plan &plan, const QList<TaskTiming> &timings, const TimelineMarkers &markers = {});

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
