// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan.h"

#include <QStringView>

#include <optional>

namespace cutover {

/**
 * The stable spellings of the model's enums, as used in the JSON interchange format and the
 * .cutover file ("task", "pert", "FS", ">=", "rollback", ...). Parsing is exact (case-sensitive)
 * except for dependency types, which also accept lower case.
 */
QString toString(TaskKind v);
QString toString(Distribution v);
QString toString(DependencyType v);
QString toString(TaskStatus v);
QString toString(PlanStatus v);
QString toString(CompareOp v);
QString toString(CriterionAction v);
QString toString(CriterionKind v);
QString toString(ManualAnswer v);
QString toString(GateOutcome v);
QString toString(ReadinessStatus v);
QString toString(ValidationStatus v);
QString toString(Mark v);

template<typename E> std::optional<E> parseEnum(QStringView text);
template<> std::optional<TaskKind> parseEnum<TaskKind>(QStringView text);
template<> std::optional<Distribution> parseEnum<Distribution>(QStringView text);
template<> std::optional<DependencyType> parseEnum<DependencyType>(QStringView text);
template<> std::optional<TaskStatus> parseEnum<TaskStatus>(QStringView text);
template<> std::optional<PlanStatus> parseEnum<PlanStatus>(QStringView text);
template<> std::optional<CompareOp> parseEnum<CompareOp>(QStringView text);
template<> std::optional<CriterionAction> parseEnum<CriterionAction>(QStringView text);
template<> std::optional<CriterionKind> parseEnum<CriterionKind>(QStringView text);
template<> std::optional<ManualAnswer> parseEnum<ManualAnswer>(QStringView text);
template<> std::optional<GateOutcome> parseEnum<GateOutcome>(QStringView text);
template<> std::optional<ReadinessStatus> parseEnum<ReadinessStatus>(QStringView text);
template<> std::optional<ValidationStatus> parseEnum<ValidationStatus>(QStringView text);
template<> std::optional<Mark> parseEnum<Mark>(QStringView text);

/** All spellings accepted for E, in declaration order (for error messages: "expected one of ..."). */
template<typename E> QStringList enumNames();
template<> QStringList enumNames<TaskKind>();
template<> QStringList enumNames<Distribution>();
template<> QStringList enumNames<DependencyType>();
template<> QStringList enumNames<TaskStatus>();
template<> QStringList enumNames<PlanStatus>();
template<> QStringList enumNames<CompareOp>();
template<> QStringList enumNames<CriterionAction>();
template<> QStringList enumNames<CriterionKind>();
template<> QStringList enumNames<ManualAnswer>();
template<> QStringList enumNames<GateOutcome>();
template<> QStringList enumNames<ReadinessStatus>();
template<> QStringList enumNames<ValidationStatus>();
template<> QStringList enumNames<Mark>();

/** Marks as their names in bit order ("freeze-start", ...). */
QStringList markNames(Marks marks);

} // namespace cutover
