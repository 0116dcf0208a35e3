// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/plan.h"
#include "model/planvalidation.h"

#include <QList>
#include <QString>

namespace cutover {
class JsonWriter;
struct PlanSummary;
} // namespace cutover

namespace cutover::cli {

class Console;

/**
 * The guardrail of `schedule`, `simulate` and `report` (docs/analysis.md): the errors that
 * withhold the verdict, printed to stderr before anything else, one line each:
 * `plan.json: error: [marks-out-of-order] tasks "switch", "freeze": Traffic is switched ...`.
 */
void printVerdictErrors(const QString &path, const Plan &plan, const QList<PlanIssue> &errors, Console &console);

/** The `"errors": [ { "code", "ids", "message" } ]` array of the JSON output. */
void writeVerdictErrors(JsonWriter &w, const QList<PlanIssue> &errors);

/**
 * The `"margin": { "anchor", "task", "from", "likelyMinutes"[, "p80Minutes"] }` object of
 * `schedule --json` and `simulate --json`: the one margin rule of PlanSummary (docs/analysis.md).
 */
void writeMargin(JsonWriter &w, const PlanSummary &summary, bool withP80);

} // namespace cutover::cli
