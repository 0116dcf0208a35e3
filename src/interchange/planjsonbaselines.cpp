// SPDX-License-Identifier: GPL-3.0-or-later
// PlanJsonReader: the review fields of the format, "approval" and "baselines"
// (docs/plan-format-extensions.md, "Baselines and approval").
#include "planjsonreader.h"

#include <cmath>

namespace cutover {

std::optional<double> PlanJsonReader::nullableNumber(const JsonFields &o, const JsonPath &path, const char *key,
                                                     bool fraction)
{
    const std::optional<double> v = optionalNumber(o, path, key, fraction ? QT_TR_NOOP("a number from 0 to 1")
                                                                          : QT_TR_NOOP("a number of minutes"),
                                                   true);
    if (v && fraction && *v > 1.0 && !failed())
        fail(JsonPath(path, key), tr("expected a number from 0 to 1, got %1").arg(*v));
    return v;
}

void PlanJsonReader::readDecisionFigures(const JsonFields &decision, const JsonPath &path, GateDecision &d)
{
    const JsonValue figures = decision.value("figures");
    if (figures.isUndefined() || figures.isNull())
        return;
    const JsonPath fp(path, "figures");
    const auto fo = object(figures, fp);
    if (!fo)
        return;
    const JsonFields f = fields(*fo, fp, {"downtimeP80Minutes", "probabilityWithinWindow", "rollbackDeadlineP80", "marginP80Minutes"});
    d.downtimeP80 = nullableNumber(f, fp, "downtimeP80Minutes", false);
    d.probabilityWithinWindow = nullableNumber(f, fp, "probabilityWithinWindow", true);
    d.deadlineP80 = time(f, fp, "rollbackDeadlineP80");
    d.marginP80 = optionalNumber(f, fp, "marginP80Minutes", QT_TR_NOOP("a number of minutes"), false);
}

void PlanJsonReader::readReview(const JsonFields &root, Plan &plan)
{
    const JsonValue approval = root.value("approval");
    if (!approval.isUndefined() && !approval.isNull()) {
        const JsonPath path("approval");
        if (const auto o = object(approval, path)) {
            const JsonFields f = fields(*o, path, {"approvedBy", "approvedAt", "baseline"});
            plan.approval.approvedBy = string(f, path, "approvedBy", true);
            plan.approval.approvedAt = time(f, path, "approvedAt", true);
            plan.approval.baseline = string(f, path, "baseline", true);
        }
    }
    const JsonValue list = array(root, {}, "baselines");
    const JsonPath top("baselines");
    for (auto [i, e] = std::pair(qsizetype(0), list.firstElement()); !e.isUndefined() && !failed(); ++i, e = e.nextElement()) {
        const JsonPath path(top, i);
        const auto o = object(e, path);
        if (!o)
            return;
        Baseline b = readBaseline(*o, path);
        if (failed())
            return;
        if (plan.findBaseline(b.name))
            return fail(JsonPath(path, "name"), tr("a second baseline named \"%1\" (names are unique)").arg(b.name));
        plan.baselines.append(std::move(b));
    }
}

Baseline PlanJsonReader::readBaseline(const JsonValue &object, const JsonPath &path)
{
    const JsonFields o = fields(object, path, {"name", "takenAt", "takenBy", "note", "figures", "tasks", "rollback", "criteria"});
    Baseline b;
    b.name = string(o, path, "name", true);
    if (!failed() && b.name.trimmed().isEmpty())
        fail(JsonPath(path, "name"), tr("expected a baseline name, got an empty string"));
    b.takenAt = time(o, path, "takenAt", true);
    b.takenBy = string(o, path, "takenBy");
    b.note = string(o, path, "note");

    const JsonValue figures = o.value("figures");
    if (!figures.isUndefined() && !figures.isNull()) {
        const JsonPath fp(path, "figures");
        if (const auto fo = this->object(figures, fp)) {
            const JsonFields f = fields(*fo, fp, {"finish", "downtimeMinutes", "durationP50Minutes", "durationP80Minutes",
                                                 "durationP95Minutes", "downtimeP50Minutes", "downtimeP80Minutes",
                                                 "downtimeP95Minutes", "probabilityWithinWindow", "rollbackDeadlineP80",
                                                 "seed", "iterations"});
            BaselineFigures &fig = b.figures;
            fig.finish = time(f, fp, "finish");
            fig.downtimeMinutes = nullableNumber(f, fp, "downtimeMinutes", false);
            fig.durationP50 = nullableNumber(f, fp, "durationP50Minutes", false);
            fig.durationP80 = nullableNumber(f, fp, "durationP80Minutes", false);
            fig.durationP95 = nullableNumber(f, fp, "durationP95Minutes", false);
            fig.downtimeP50 = nullableNumber(f, fp, "downtimeP50Minutes", false);
            fig.downtimeP80 = nullableNumber(f, fp, "downtimeP80Minutes", false);
            fig.downtimeP95 = nullableNumber(f, fp, "downtimeP95Minutes", false);
            fig.probabilityWithinWindow = nullableNumber(f, fp, "probabilityWithinWindow", true);
            fig.rollbackDeadlineP80 = time(f, fp, "rollbackDeadlineP80");
            const JsonValue seed = f.value("seed");
            if (seed.isString()) {
                bool ok = false;
                fig.seed = seed.toString().toULongLong(&ok);
                if (!ok)
                    fail(JsonPath(fp, "seed"), tr("expected a seed (a whole number), got %1").arg(describe(seed)));
            } else if (!seed.isUndefined() && !seed.isNull()) {
                const double s = number(f, fp, "seed", QT_TR_NOOP("a seed (a whole number)"), 0.0, false, true);
                if (!failed() && (s != std::floor(s) || s > double(quint64(1) << 53)))
                    fail(JsonPath(fp, "seed"), tr("expected a seed (a whole number up to 2^53, larger ones as a string), got %1")
                                                   .arg(describe(seed)));
                fig.seed = quint64(s);
            }
            const double iterations = number(f, fp, "iterations", QT_TR_NOOP("a number of iterations"), 0.0, false, true);
            if (!failed() && (iterations != std::floor(iterations) || iterations > 1e9))
                fail(JsonPath(fp, "iterations"), tr("expected a whole number of iterations, got %1").arg(iterations));
            fig.iterations = int(iterations);
        }
    }
    if (!failed())
        b.tasks = readTasks(array(o, path, "tasks"), JsonPath(path, "tasks"));
    if (!failed()) {
        const JsonValue rb = o.value("rollback");
        if (!rb.isUndefined() && !rb.isNull()) {
            const JsonPath rollback(path, "rollback"), rollbackTasks(rollback, "tasks");
            if (const auto ro = this->object(rb, rollback)) {
                const JsonFields f = fields(*ro, rollback, {"tasks"});
                b.rollbackTasks = readTasks(array(f, rollback, "tasks"), rollbackTasks);
            }
        }
    }
    if (!failed())
        b.criteria = readCriteriaList(array(o, path, "criteria"), JsonPath(path, "criteria"));
    // A snapshot keeps no run state.
    for (QList<Task> *list : {&b.tasks, &b.rollbackTasks}) {
        for (Task &t : *list) {
            t.status = TaskStatus::NotStarted;
            t.actualStart = {};
            t.actualFinish = {};
        }
    }
    return b;
}

} // namespace cutover
