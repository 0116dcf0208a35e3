// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/plan.h"
#include "model/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace cutover {

/** A plan read from JSON, with the warnings reading it raised (unknown fields etc.). */
struct JsonPlan
{
    Plan plan;
    QStringList warnings; ///< one line each, "plan.json: tasks[3].colour: unknown field, ignored"
};

/**
 * The JSON interchange format, version 1 (shared/spec/plan-format.md plus the product's
 * extensions in docs/plan-format-extensions.md). Reading checks types and the plan's invariants
 * and names the JSON path of the first problem; writing keeps every field of the model.
 */
class PlanJson
{
    Q_DECLARE_TR_FUNCTIONS(PlanJson)
public:
    /** What parse() checks beyond types and shapes. */
    enum class Checks {
        Full,          ///< also ids, predecessors, phases, marks and the rest of PlanValidator
        StructureOnly, ///< types and shapes only: for `check`, which reports every finding itself
    };

    static constexpr int FormatVersion = 1;

    static Result<JsonPlan> parse(const QByteArray &json, const QString &fileName, Checks checks = Checks::Full);
    static Result<JsonPlan> readFile(const QString &path, Checks checks = Checks::Full);
    /** Stable key order, two-space indent, ends with a newline. */
    static QByteArray serialize(const Plan &plan);
    /** Written through QSaveFile: on any failure the old file is left untouched. */
    static Status writeFile(const Plan &plan, const QString &path);
    /** Whether `head` (the first bytes of a file) looks like a JSON document rather than binary. */
    static bool looksLikeJson(const QByteArray &head);
};

} // namespace cutover
