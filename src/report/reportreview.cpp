// SPDX-License-Identifier: GPL-3.0-or-later
// ReportSections::review: the sign-off and the changes since the approved (or last) baseline.
#include "reportsections.h"

#include "analysis/baselines.h"
#include "analysis/plandiff.h"
#include "model/durationtext.h"
#include "model/signoff.h"

#include <cmath>

namespace cutover::report {

namespace {

QString orUnknown(const std::optional<double> &minutes)
{
    return minutes ? DurationText::format(*minutes) : ReportSections::tr("–");
}

QString percentOrUnknown(const std::optional<double> &p)
{
    return p ? ReportSections::tr("%1 %").arg(std::round(*p * 1000) / 10) : ReportSections::tr("–");
}

QString nameIn(const QList<Task> &tasks, const QString &id)
{
    for (const Task &t : tasks) {
        if (t.id == id)
            return t.name;
    }
    return {};
}

} // namespace

const Baseline *ReportSections::reviewBaseline(const Plan &plan)
{
    if (plan.approval.isValid()) {
        if (const Baseline *b = plan.findBaseline(plan.approval.baseline))
            return b;
    }
    return plan.baselines.isEmpty() ? nullptr : &plan.baselines.constLast();
}

void ReportSections::review(PageComposer &c, const ReportData &d)
{
    const Plan &plan = d.plan;
    c.heading(SectionNames::title(Section::Review));
    c.subheading(tr("Sign-off"));
    if (plan.approval.isValid()) {
        QString text = tr("Approved by %1 on %2 as of baseline \u201c%3\u201d.")
                           .arg(plan.approval.approvedBy, d.dateTimeText(plan.approval.approvedAt), plan.approval.baseline);
        if (SignOff::changedSinceApproval(plan))
            text += QLatin1Char(' ') + tr("The plan has changed since it was approved (status: %1).").arg(planStatusText(plan.status));
        else
            text += QLatin1Char(' ') + tr("The plan has not changed since.");
        c.paragraph(text, ReportStyle::font(ReportStyle::kBody),
                    SignOff::changedSinceApproval(plan) ? ReportStyle::bad() : ReportStyle::ink());
    } else {
        c.paragraph(tr("Not approved (status: %1).").arg(planStatusText(plan.status)));
    }

    const Baseline *base = reviewBaseline(plan);
    if (!base)
        return;
    c.subheading(tr("Changes since %1").arg(base->name));
    QString taken = tr("Baseline \u201c%1\u201d was taken on %2").arg(base->name, d.dateTimeText(base->takenAt));
    if (!base->takenBy.isEmpty())
        taken += tr(" by %1").arg(base->takenBy);
    taken += QLatin1Char('.');
    if (!base->note.isEmpty())
        taken += QLatin1Char(' ') + base->note;
    c.paragraph(taken);

    const PlanDiff diff = PlanDiff::compute(Baselines::planAt(plan, *base), base->figures, plan,
                                            Baselines::figuresOf(d.summary));
    const auto time = [&](const QDateTime &t) { return t.isValid() ? d.timeText(t) : tr("–"); };
    c.table({{tr("Figure"), 2.4}, {tr("Then"), 1.6, Qt::AlignRight}, {tr("Now"), 1.6, Qt::AlignRight}},
            {TableRow{{tr("Planned finish"), time(diff.from.finish), time(diff.to.finish)}},
             TableRow{{tr("Downtime (likely)"), orUnknown(diff.from.downtimeMinutes), orUnknown(diff.to.downtimeMinutes)}},
             TableRow{{tr("Downtime (P80)"), orUnknown(diff.from.downtimeP80), orUnknown(diff.to.downtimeP80)}},
             TableRow{{tr("Probability of fitting the window"), percentOrUnknown(diff.from.probabilityWithinWindow),
                       percentOrUnknown(diff.to.probabilityWithinWindow)}},
             TableRow{{tr("Rollback deadline (P80)"), time(diff.from.rollbackDeadlineP80), time(diff.to.rollbackDeadlineP80)}}});

    if (diff.tasks.isEmpty() && diff.rollback.isEmpty() && diff.criteria.isEmpty()) {
        c.paragraph(tr("The runbook, rollback plan and criteria are as in the baseline."));
        return;
    }
    const QTimeZone zone = d.zone;
    const auto fieldsText = [&](const ItemChange *change) {
        QStringList parts;
        if (change) {
            for (const FieldChange &f : change->fields)
                parts << PlanDiff::describe(f, zone);
        }
        return parts.join(QStringLiteral("; "));
    };
    QList<TableRow> rows;
    for (const ChangeEffect &e : diff.effects) {
        const QString what = e.kind == ChangeEffect::Kind::Added ? tr("added")
            : e.kind == ChangeEffect::Kind::Removed               ? tr("removed")
                                                                  : fieldsText(PlanDiff::find(diff.tasks, e.id));
        const QString name = e.kind == ChangeEffect::Kind::Removed ? nameIn(base->tasks, e.id) : nameIn(plan.tasks, e.id);
        rows << TableRow{{e.id, name, what, PlanDiff::effectText(e.downtimeMinutes)}};
    }
    for (const QString &id : diff.rollback.added)
        rows << TableRow{{id, nameIn(plan.rollbackTasks, id), tr("rollback step added"), tr("–")}};
    for (const QString &id : diff.rollback.removed)
        rows << TableRow{{id, nameIn(base->rollbackTasks, id), tr("rollback step removed"), tr("–")}};
    for (const ItemChange &ch : diff.rollback.changed)
        rows << TableRow{{ch.id, nameIn(plan.rollbackTasks, ch.id), tr("rollback: %1").arg(fieldsText(&ch)), tr("–")}};
    for (const QString &id : diff.criteria.added)
        rows << TableRow{{id, tr("criterion"), tr("added"), tr("–")}};
    for (const QString &id : diff.criteria.removed)
        rows << TableRow{{id, tr("criterion"), tr("removed"), tr("–")}};
    for (const ItemChange &ch : diff.criteria.changed)
        rows << TableRow{{ch.id, tr("criterion"), fieldsText(&ch), tr("–")}};
    c.paragraph(tr("Each runbook change's effect on downtime is that change alone applied to the baseline; "
                   "the biggest effects come first."),
                ReportStyle::font(ReportStyle::kSmall), ReportStyle::muted());
    c.table({{tr("ID"), 1.6, Qt::AlignLeft, true}, {tr("Task"), 3.2, Qt::AlignLeft, true},
             {tr("What changed"), 6.0, Qt::AlignLeft, true}, {tr("Downtime effect"), 1.5, Qt::AlignRight}},
            rows);
}

} // namespace cutover::report
