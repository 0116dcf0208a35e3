// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QFlags>
#include <QList>
#include <QMap>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace cutover {

enum class TaskKind { Task, Milestone, Gate };
enum class Distribution { Triangular, Pert, Fixed };
enum class DependencyType { FS, SS, FF, SF };
enum class TaskStatus { NotStarted, InProgress, Done, Skipped, Blocked };
enum class PlanStatus { Draft, InReview, Approved, InProgress, Completed, RolledBack, Cancelled };
enum class CompareOp { Greater, GreaterOrEqual, Less, LessOrEqual };
enum class CriterionAction { Rollback, Hold, Warn };
/** What a criterion is evaluated on: an imported metric, the validation results, or a person. */
enum class CriterionKind { Metric, Validation, Manual };
enum class ManualAnswer { Unknown, Yes, No };
enum class GateOutcome { Pending, Go, NoGo, Hold };
enum class ReadinessStatus { Open, InProgress, Done, Waived };
enum class ValidationStatus { Passed, Failed, Unknown };

enum class Mark : unsigned {
    None = 0,
    FreezeStart = 1,      ///< start of the write freeze (downtime begins)
    TrafficSwitched = 2,  ///< traffic is on the target (downtime ends)
    PointOfNoReturn = 4,  ///< rollback is no longer possible after this task
    FinalSync = 8,        ///< the final sync after the freeze (spec/monitoring.md: its drain is forecast)
};
Q_DECLARE_FLAGS(Marks, Mark)
Q_DECLARE_OPERATORS_FOR_FLAGS(Marks)

/** Three-point estimate in minutes. Only `likely` is required; a task with only it is fixed. */
struct Estimate
{
    std::optional<double> optimistic;
    double likely = 0.0;
    std::optional<double> pessimistic;

    bool isThreePoint() const { return optimistic.has_value() && pessimistic.has_value(); }
    double low() const { return optimistic.value_or(likely); }
    double high() const { return pessimistic.value_or(likely); }
    friend bool operator==(const Estimate &, const Estimate &) = default;
};

/** A predecessor link: this task waits on `task` with the given type and lag (minutes). */
struct Dependency
{
    QString task;
    DependencyType type = DependencyType::FS;
    double lag = 0.0;
    friend bool operator==(const Dependency &, const Dependency &) = default;
};

struct Phase
{
    QString id;
    QString name;
    QString description;
    friend bool operator==(const Phase &, const Phase &) = default;
};

/** One runbook step (also used for the steps of the rollback plan). */
struct Task
{
    QString id;
    QString name;
    QString phase;        ///< Phase::id; empty for rollback tasks
    QString owner;
    TaskKind kind = TaskKind::Task;
    Estimate duration;
    Distribution distribution = Distribution::Triangular;
    QList<Dependency> after;
    QDateTime notBefore;  ///< invalid when not set
    Marks marks;
    QString notes;
    TaskStatus status = TaskStatus::NotStarted;
    QDateTime actualStart;
    QDateTime actualFinish;

    /** The distribution actually sampled: fixed when the estimate is not three-point or a milestone. */
    Distribution effectiveDistribution() const;
    friend bool operator==(const Task &, const Task &) = default;
};

struct MaintenanceWindow
{
    QDateTime start;
    QDateTime end;
    bool isValid() const { return start.isValid() && end.isValid() && start < end; }
    friend bool operator==(const MaintenanceWindow &, const MaintenanceWindow &) = default;
};

/** A rule over measured data (or a manual check) that triggers rollback, a hold or a warning. */
struct Criterion
{
    QString id;
    QString name;
    CriterionKind kind = CriterionKind::Metric;
    QString metric;          ///< metric name matched against imported series (kind Metric)
    CompareOp op = CompareOp::Greater;
    double threshold = 0.0;  ///< for kind Validation: compared with the number of failed objects
    double forSeconds = 0.0; ///< the condition must hold this long; 0 = a single point
    CriterionAction action = CriterionAction::Rollback;
    ManualAnswer answer = ManualAnswer::Unknown; ///< kind Manual: has the bad condition occurred?
    QString notes;
    friend bool operator==(const Criterion &, const Criterion &) = default;
};

/** A recorded go/no-go decision at a gate task. */
struct GateDecision
{
    QString gate;            ///< Task::id of a gate
    GateOutcome outcome = GateOutcome::Pending;
    QString decidedBy;
    QDateTime decidedAt;
    QString rationale;
    // The figures as they stood when the decision was taken (docs/review.md); empty: not recorded.
    // (Default member initializers: aggregate initializations naming only the fields above stay valid.)
    std::optional<double> downtimeP80 = std::nullopt;             ///< minutes
    std::optional<double> probabilityWithinWindow = std::nullopt; ///< 0..1
    QDateTime deadlineP80 = QDateTime();                          ///< rollback deadline at P80
    std::optional<double> marginP80 = std::nullopt;               ///< minutes to that deadline
    friend bool operator==(const GateDecision &, const GateDecision &) = default;
};

/** A line of the readiness checklist (phase 1). */
struct ReadinessItem
{
    QString id;
    QString text;
    QString owner;
    ReadinessStatus status = ReadinessStatus::Open;
    QString evidence;
    friend bool operator==(const ReadinessItem &, const ReadinessItem &) = default;
};

struct SlaTarget
{
    QString severity;        ///< e.g. "Sev 1"
    double responseMinutes = 0.0;
    double resolveMinutes = 0.0;
    friend bool operator==(const SlaTarget &, const SlaTarget &) = default;
};

struct Contact
{
    QString name;
    QString role;
    QString reach;           ///< phone, e-mail or chat channel
    friend bool operator==(const Contact &, const Contact &) = default;
};

struct Hypercare
{
    double durationHours = 0.0;
    QList<SlaTarget> slas;
    QList<Contact> contacts;
    QString notes;
    friend bool operator==(const Hypercare &, const Hypercare &) = default;
};

/**
 * A time series imported from a monitoring export. Points are stored as two parallel arrays
 * (UTC milliseconds since the epoch, value in `unit`) sorted by time. A NaN value marks an
 * explicit gap in the source (null, NaN, None, empty cell).
 */
struct MetricSeries
{
    QString id;              ///< stable within the plan
    QString name;            ///< display name, e.g. "pg-replica-1:9187"
    QString metric;          ///< metric name, e.g. "physical_replication_delay_in_seconds"
    QMap<QString, QString> labels;
    QString unit;            ///< "s" for time-like units (normalised), else the source unit
    QString sourceFile;      ///< file name the series came from
    QString sourceFormat;    ///< importer format id
    QString sourceChecksum;  ///< SHA-256 of the source file, hex
    QDateTime importedAt;
    QList<qint64> times;     ///< UTC ms since epoch, ascending
    QList<double> values;

    qsizetype size() const { return times.size(); }
    friend bool operator==(const MetricSeries &, const MetricSeries &) = default;
};

/** One object's data-integrity check: source value vs target value. */
struct ValidationResult
{
    QString object;          ///< usually schema.table
    QString check;           ///< e.g. "count", "checksum", "sum(amount)"
    QString sourceValue;
    QString targetValue;
    std::optional<double> difference;
    ValidationStatus status = ValidationStatus::Unknown;
    QString tool;            ///< importer format id, e.g. "dvt-csv"
    QDateTime runAt;
    QString sourceFile;
    QString sourceChecksum;
    friend bool operator==(const ValidationResult &, const ValidationResult &) = default;
};

/**
 * The figures of a plan at the moment a baseline was taken (docs/review.md). An empty optional
 * or an invalid time: not known then (no window, no marks, the verdict withheld, ...).
 */
struct BaselineFigures
{
    QDateTime finish;                              ///< deterministic finish
    std::optional<double> downtimeMinutes;         ///< deterministic downtime
    std::optional<double> durationP50, durationP80, durationP95; ///< simulated duration, minutes
    std::optional<double> downtimeP50, downtimeP80, downtimeP95; ///< simulated downtime, minutes
    std::optional<double> probabilityWithinWindow; ///< 0..1
    QDateTime rollbackDeadlineP80;
    quint64 seed = 0;                              ///< of the simulation the percentiles come from
    int iterations = 0;                            ///< 0: not simulated
    friend bool operator==(const BaselineFigures &, const BaselineFigures &) = default;
};

/** A named, timestamped, read-only snapshot of the runbook, rollback plan and criteria. */
struct Baseline
{
    QString name;            ///< unique within the plan
    QDateTime takenAt;
    QString takenBy;
    QString note;
    QList<Task> tasks;
    QList<Task> rollbackTasks;
    QList<Criterion> criteria;
    BaselineFigures figures;
    friend bool operator==(const Baseline &, const Baseline &) = default;
};

/** Who approved the plan, when, and which baseline they approved (docs/review.md, "Sign-off"). */
struct Approval
{
    QString approvedBy;
    QDateTime approvedAt;    ///< invalid: never approved
    QString baseline;        ///< Baseline::name
    bool isValid() const { return approvedAt.isValid(); }
    friend bool operator==(const Approval &, const Approval &) = default;
};

/** One cutover plan: everything the product knows about a migration night. */
struct Plan
{
    QString name;
    QString timezone;        ///< IANA zone used for display
    QDateTime start;         ///< time zero of the schedule
    MaintenanceWindow window;
    PlanStatus status = PlanStatus::Draft;
    QString author;
    QString description;
    QList<Phase> phases;
    QList<Task> tasks;
    QList<Task> rollbackTasks;
    QList<Criterion> criteria;
    QList<GateDecision> decisions;
    QList<ReadinessItem> readiness;
    Hypercare hypercare;
    QList<MetricSeries> series;
    QList<ValidationResult> validation;
    QList<Baseline> baselines; ///< oldest first
    Approval approval;         ///< the last approval (kept when an edit returns the plan to review)

    /** Index of the task (runbook or rollback) with that id in its list, or -1. */
    qsizetype taskIndex(const QString &id) const;
    qsizetype rollbackTaskIndex(const QString &id) const;
    const Task *findTask(const QString &id) const;
    /** The baseline of that name, or nullptr. */
    const Baseline *findBaseline(const QString &name) const;
    /** The runbook task carrying the mark, or nullptr. */
    const Task *taskWithMark(Mark mark) const;

    /**
     * The zone times are shown in: the IANA `timezone` when it is valid, else the fixed offset
     * of `start`, else UTC. Every view, export and report uses this one rule.
     */
    QTimeZone displayZone() const;
    /** `time` converted to displayZone(). */
    QDateTime toDisplayTime(const QDateTime &time) const { return time.toTimeZone(displayZone()); }

    friend bool operator==(const Plan &, const Plan &) = default;
};

} // namespace cutover
