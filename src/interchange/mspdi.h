// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cutover::mspdi {

/** The MS Project XML (MSPDI) namespace; a file is MSPDI when its root <Project> is in it. */
inline QString namespaceUri() { return QStringLiteral("http://schemas.microsoft.com/project"); }

/** DurationFormat / LagFormat codes of the schema. */
enum Format : int {
    Minutes = 3, ElapsedMinutes = 4, Hours = 5, ElapsedHours = 6, Days = 7, ElapsedDays = 8,
    Weeks = 9, ElapsedWeeks = 10, Months = 11, ElapsedMonths = 12, Percent = 19, ElapsedPercent = 20,
    Null = 21, EstimatedMinutes = 35, EstimatedPercent = 51, EstimatedElapsedPercent = 52, EstimatedNull = 53,
};

/** Link types of PredecessorLink/Type. */
enum LinkType : int { FinishFinish = 0, FinishStart = 1, StartFinish = 2, StartStart = 3 };

/** ConstraintType: 0 as soon as possible, 4 start no earlier than (the others are not mapped). */
enum Constraint : int { AsSoonAsPossible = 0, StartNoEarlierThan = 4 };

/**
 * The task custom fields the planner writes (field ids of MS Project's Text1 etc.), each defined
 * in the project's ExtendedAttributes with an alias. Reading matches the alias; the id alone
 * only when the file does not define that id and does define our aliases (a file we wrote).
 */
struct Field
{
    int id;
    const char *fieldName;
    const char *alias;
};
inline constexpr Field CutoverId{188743731, "Text1", "Cutover id"};
inline constexpr Field DistributionField{188743734, "Text2", "Cutover distribution"};
inline constexpr Field MarksField{188743737, "Text3", "Cutover marks"};
inline constexpr Field TimeZoneField{188743740, "Text4", "Cutover time zone"};
inline constexpr Field GateFlag{188743752, "Flag1", "Go/no-go gate"};
inline constexpr Field Optimistic{188743783, "Duration1", "Optimistic duration"};
inline constexpr Field Likely{188743784, "Duration2", "Likely duration"};
inline constexpr Field Pessimistic{188743785, "Duration3", "Pessimistic duration"};
inline constexpr Field CutoverOrder{188743767, "Number1", "Cutover order"}; ///< the task's 1-based index in the plan
inline constexpr Field WindowStart{188743945, "Date1", "Maintenance window start"};
inline constexpr Field WindowEnd{188743946, "Date2", "Maintenance window end"};
inline constexpr Field AllFields[] = {CutoverId, DistributionField, MarksField, TimeZoneField, GateFlag,
                                      CutoverOrder, Optimistic, Likely, Pessimistic, WindowStart, WindowEnd};

} // namespace cutover::mspdi
