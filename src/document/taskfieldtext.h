// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"
#include "model/result.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace cutover {

/**
 * The text forms of task fields as a planner types them in the runbook table or pastes them
 * from a spreadsheet: durations ("90", "1h30", "1:30", "1.5h"), predecessors
 * ("freeze FS+5m; sync-ok SS"), times in the plan's time zone ("2026-12-05 22:00"), enum
 * spellings ("milestone", "pert", "in-progress"), marks ("freeze-start, point-of-no-return").
 */
class TaskFieldText
{
    Q_DECLARE_TR_FUNCTIONS(TaskFieldText)
public:
    /** Translated column title, e.g. "Pessimistic". */
    static QString title(Document::TaskField field);
    /** Editable text of a field value (the form parse() reads back). */
    static QString format(const Plan &plan, Document::TaskField field, const QVariant &value);
    /**
     * Reads `text` as the value of `field` for the task at `row` of `plan` (row -1: a new
     * task). Refuses with a one-line reason: unknown predecessor or phase, duplicate id,
     * unreadable duration or time, negative duration, ...
     */
    static Result<QVariant> parse(const Plan &plan, int row, Document::TaskField field, const QString &text);

    /** The plan's display zone (its IANA zone, else the start's offset, else UTC); cached. */
    static QTimeZone zone(const Plan &plan);
    /** `minutes` after the plan start as a time in the plan's zone (schedule times). */
    static QDateTime scheduleTime(const Plan &plan, double minutes);
    /** Plan times shown in the plan's time zone: "2026-12-05 22:00". Empty for invalid. */
    static QString formatTime(const Plan &plan, const QDateTime &time);
    /** Reads "2026-12-05 22:00" (plan zone) or ISO 8601 with offset; empty text = invalid. */
    static Result<QDateTime> parseTime(const Plan &plan, const QString &text);
};

} // namespace cutover
