// SPDX-License-Identifier: GPL-3.0-or-later
#include "enumnames.h"

#include <QStringList>

#include <array>
#include <utility>

namespace cutover {

namespace {

template<typename E, std::size_t N>
using Table = std::array<std::pair<E, QLatin1StringView>, N>;

using namespace Qt::StringLiterals;

constexpr Table<TaskKind, 3> kTaskKinds{{
    {TaskKind::Task, "task"_L1}, {TaskKind::Milestone, "milestone"_L1}, {TaskKind::Gate, "gate"_L1}}};
constexpr Table<Distribution, 3> kDistributions{{
    {Distribution::Triangular, "triangular"_L1}, {Distribution::Pert, "pert"_L1}, {Distribution::Fixed, "fixed"_L1}}};
constexpr Table<DependencyType, 4> kDependencyTypes{{
    {DependencyType::FS, "FS"_L1}, {DependencyType::SS, "SS"_L1},
    {DependencyType::FF, "FF"_L1}, {DependencyType::SF, "SF"_L1}}};
constexpr Table<TaskStatus, 5> kTaskStatuses{{
    {TaskStatus::NotStarted, "not-started"_L1}, {TaskStatus::InProgress, "in-progress"_L1},
    {TaskStatus::Done, "done"_L1}, {TaskStatus::Skipped, "skipped"_L1}, {TaskStatus::Blocked, "blocked"_L1}}};
constexpr Table<PlanStatus, 7> kPlanStatuses{{
    {PlanStatus::Draft, "draft"_L1}, {PlanStatus::InReview, "in-review"_L1},
    {PlanStatus::Approved, "approved"_L1}, {PlanStatus::InProgress, "in-progress"_L1},
    {PlanStatus::Completed, "completed"_L1}, {PlanStatus::RolledBack, "rolled-back"_L1},
    {PlanStatus::Cancelled, "cancelled"_L1}}};
constexpr Table<CompareOp, 4> kCompareOps{{
    {CompareOp::Greater, ">"_L1}, {CompareOp::GreaterOrEqual, ">="_L1},
    {CompareOp::Less, "<"_L1}, {CompareOp::LessOrEqual, "<="_L1}}};
constexpr Table<CriterionAction, 3> kActions{{
    {CriterionAction::Rollback, "rollback"_L1}, {CriterionAction::Hold, "hold"_L1},
    {CriterionAction::Warn, "warn"_L1}}};
constexpr Table<CriterionKind, 3> kCriterionKinds{{
    {CriterionKind::Metric, "metric"_L1}, {CriterionKind::Validation, "validation"_L1},
    {CriterionKind::Manual, "manual"_L1}}};
constexpr Table<ManualAnswer, 3> kAnswers{{
    {ManualAnswer::Unknown, "unknown"_L1}, {ManualAnswer::Yes, "yes"_L1}, {ManualAnswer::No, "no"_L1}}};
constexpr Table<GateOutcome, 4> kOutcomes{{
    {GateOutcome::Pending, "pending"_L1}, {GateOutcome::Go, "go"_L1},
    {GateOutcome::NoGo, "no-go"_L1}, {GateOutcome::Hold, "hold"_L1}}};
constexpr Table<ReadinessStatus, 4> kReadiness{{
    {ReadinessStatus::Open, "open"_L1}, {ReadinessStatus::InProgress, "in-progress"_L1},
    {ReadinessStatus::Done, "done"_L1}, {ReadinessStatus::Waived, "waived"_L1}}};
constexpr Table<ValidationStatus, 3> kValidation{{
    {ValidationStatus::Passed, "passed"_L1}, {ValidationStatus::Failed, "failed"_L1},
    {ValidationStatus::Unknown, "unknown"_L1}}};
constexpr Table<Mark, 4> kMarks{{
    {Mark::FreezeStart, "freeze-start"_L1}, {Mark::TrafficSwitched, "traffic-switched"_L1},
    {Mark::PointOfNoReturn, "point-of-no-return"_L1}, {Mark::FinalSync, "final-sync"_L1}}};

template<typename E, std::size_t N>
QString nameOf(const Table<E, N> &table, E value)
{
    for (const auto &[v, name] : table) {
        if (v == value)
            return QString(name);
    }
    return {};
}

template<typename E, std::size_t N>
std::optional<E> valueOf(const Table<E, N> &table, QStringView text)
{
    for (const auto &[v, name] : table) {
        if (text == name)
            return v;
    }
    return std::nullopt;
}

template<typename E, std::size_t N>
QStringList namesOf(const Table<E, N> &table)
{
    QStringList out;
    out.reserve(qsizetype(N));
    for (const auto &entry : table)
        out.append(QString(entry.second));
    return out;
}

} // namespace

#define CUTOVER_ENUM_NAMES(Type, table)                                                  \
    QString toString(Type v) { return nameOf(table, v); }                                \
    template<> std::optional<Type> parseEnum<Type>(QStringView text) { return valueOf(table, text); } \
    template<> QStringList enumNames<Type>() { return namesOf(table); }

CUTOVER_ENUM_NAMES(TaskKind, kTaskKinds)
CUTOVER_ENUM_NAMES(Distribution, kDistributions)
CUTOVER_ENUM_NAMES(TaskStatus, kTaskStatuses)
CUTOVER_ENUM_NAMES(PlanStatus, kPlanStatuses)
CUTOVER_ENUM_NAMES(CompareOp, kCompareOps)
CUTOVER_ENUM_NAMES(CriterionAction, kActions)
CUTOVER_ENUM_NAMES(CriterionKind, kCriterionKinds)
CUTOVER_ENUM_NAMES(ManualAnswer, kAnswers)
CUTOVER_ENUM_NAMES(GateOutcome, kOutcomes)
CUTOVER_ENUM_NAMES(ReadinessStatus, kReadiness)
CUTOVER_ENUM_NAMES(ValidationStatus, kValidation)
CUTOVER_ENUM_NAMES(Mark, kMarks)

#undef CUTOVER_ENUM_NAMES

QString toString(DependencyType v)
{
    return nameOf(kDependencyTypes, v);
}

template<>
std::optional<DependencyType> parseEnum<DependencyType>(QStringView text)
{
    const QString upper = text.toString().toUpper();
    return valueOf(kDependencyTypes, QStringView(upper));
}

template<>
QStringList enumNames<DependencyType>()
{
    return namesOf(kDependencyTypes);
}

QStringList markNames(Marks marks)
{
    QStringList out;
    for (const auto &[mark, name] : kMarks) {
        if (marks.testFlag(mark))
            out.append(QString(name));
    }
    return out;
}

} // namespace cutover
