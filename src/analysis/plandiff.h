// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/plan.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace cutover {

/** One changed field: its name as in the JSON format and its values there, before and after. */
struct FieldChange
{
    QString field;   ///< "name", "phase", "owner", "kind", "duration", "distribution", "after", ...
    QJsonValue from;
    QJsonValue to;
    friend bool operator==(const FieldChange &, const FieldChange &) = default;
};

/** A task or criterion present on both sides whose fields differ. */
struct ItemChange
{
    QString id;
    QList<FieldChange> fields;
    friend bool operator==(const ItemChange &, const ItemChange &) = default;
};

/** Items matched by id: added (new only), removed (old only), changed; each in list order. */
struct ListChanges
{
    QStringList added;
    QStringList removed;
    QList<ItemChange> changed;
    bool isEmpty() const { return added.isEmpty() && removed.isEmpty() && changed.isEmpty(); }
};

/**
 * The downtime effect of one runbook change (docs/review.md, "Effect"): the deterministic
 * downtime of OLD with only that task's change applied, minus OLD's downtime. Empty when
 * either downtime is not known (no marks, the verdict withheld, a cycle, ...).
 */
struct ChangeEffect
{
    enum class Kind { Added, Removed, Changed };
    QString id;
    Kind kind = Kind::Changed;
    std::optional<double> downtimeMinutes;
};

/**
 * What changed between two plan versions (docs/review.md): runbook tasks, rollback tasks and
 * criteria matched by id (a renamed id is removed + added), and the figures then and now.
 */
struct PlanDiff
{
    Q_DECLARE_TR_FUNCTIONS(PlanDiff)
public:
    ListChanges tasks;
    ListChanges rollback;
    ListChanges criteria;
    BaselineFigures from;
    BaselineFigures to;
    /** One per added, removed or changed runbook task: biggest |effect| first, unknown last. */
    QList<ChangeEffect> effects;

    /** Whether anything differs: a task, rollback task or criterion, or a figure. */
    bool hasDifferences() const;
    bool figuresDiffer() const;

    /**
     * Compares OLD and NEW (each with the figures of its version) and works out the downtime
     * effect of every runbook change through PlanAnalysis.
     */
    static PlanDiff compute(const Plan &oldPlan, const BaselineFigures &oldFigures, const Plan &newPlan,
                            const BaselineFigures &newFigures);
    static ListChanges diffTasks(const QList<Task> &oldTasks, const QList<Task> &newTasks);
    static ListChanges diffCriteria(const QList<Criterion> &oldCriteria, const QList<Criterion> &newCriteria);

    /** The JSON of `diff --json` (docs/cli.md); times in `zone`. */
    QJsonObject toJson(const QTimeZone &zone) const;

    /** "duration: 60 min → 45 / 90 / 120 min" */
    static QString describe(const FieldChange &change, const QTimeZone &zone);
    /** A field's value as a person reads it ("none" for an empty list, "(empty)" for ""). */
    static QString valueText(const QString &field, const QJsonValue &value, const QTimeZone &zone);
    /** "+30 min", "−5 min", "±0 min", or "unknown". */
    static QString effectText(const std::optional<double> &minutes);
    /** The changed item of `changes` with that id, or nullptr. */
    static const ItemChange *find(const ListChanges &changes, const QString &id);
};

} // namespace cutover
