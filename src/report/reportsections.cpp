// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportsections.h"

#include "reportverdict.h"

#include "charts/criteriaboard.h"
#include "criteria/criteriaevaluator.h"
#include "model/durationtext.h"
#include "model/enumnames.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace cutover::report {

namespace {

QString minutesText(double minutes)
{
    return DurationText::format(std::max(0.0, minutes));
}

QString orDash(const QString &s)
{
    return s.trimmed().isEmpty() ? QStringLiteral("–") : s;
}

QString taskName(const Plan &plan, const QString &id)
{
    const Task *t = plan.findTask(id);
    return t ? t->name : id;
}

QString unitOfCriterion(const Criterion &c, const Plan &plan)
{
    for (const MetricSeries &s : plan.series) {
        if (CriteriaEvaluator::matches(c.metric, s))
            return s.unit;
    }
    return {};
}


/** An introduction stays on the page with the header and first rows of the table after it. */
void keepWithTable(PageComposer &c, const QString &intro)
{
    const double rowHeight = ReportStyle::lineHeight(ReportStyle::font(ReportStyle::kSmall)) + 5.0;
    c.ensureSpace(c.paragraphHeight(intro, ReportStyle::font(ReportStyle::kSmall)) + 4 * rowHeight);
}

QColor stateColor(CriterionState s)
{
    switch (s) {
    case CriterionState::Ok: return ReportStyle::good();
    case CriterionState::Breached: return ReportStyle::bad();
    case CriterionState::NoData: return ReportStyle::muted();
    }
    return ReportStyle::ink();
}

} // namespace

Sections ReportSections::shown(const ReportData &d, Sections requested)
{
    const Plan &plan = d.plan;
    Sections on = requested;
    if (plan.tasks.isEmpty())
        on &= ~Sections(Section::Timeline | Section::Runbook);
    if (!d.simulation)
        on &= ~Sections(Section::Simulation);
    if (plan.series.isEmpty() && plan.validation.isEmpty())
        on &= ~Sections(Section::Monitoring);
    const Hypercare &h = plan.hypercare;
    if (plan.baselines.isEmpty() && !plan.approval.isValid())
        on &= ~Sections(Section::Review);
    if (plan.readiness.isEmpty() && h.durationHours <= 0 && h.notes.trimmed().isEmpty() && h.slas.isEmpty() && h.contacts.isEmpty())
        on &= ~Sections(Section::Readiness);
    return on;
}

QString ReportSections::measuredText(double value, const QString &unit, double threshold)
{
    return charts::CriteriaBoardRenderer::measuredText(value, unit, threshold);
}

QString ReportSections::estimateText(const Estimate &e)
{
    if (!e.isThreePoint() || (e.low() == e.likely && e.high() == e.likely))
        return minutesText(e.likely);
    return tr("%1 (%2 – %3)").arg(minutesText(e.likely), minutesText(e.low()), minutesText(e.high()));
}

QString ReportSections::statusText(CriterionState s)
{
    switch (s) {
    case CriterionState::Ok: return tr("OK");
    case CriterionState::Breached: return tr("BREACHED");
    case CriterionState::NoData: return tr("no data");
    }
    return {};
}

QString ReportSections::outcomeText(GateOutcome o)
{
    switch (o) {
    case GateOutcome::Pending: return tr("pending");
    case GateOutcome::Go: return tr("GO");
    case GateOutcome::NoGo: return tr("NO-GO");
    case GateOutcome::Hold: return tr("hold");
    }
    return {};
}

QString ReportSections::readinessText(ReadinessStatus s)
{
    switch (s) {
    case ReadinessStatus::Open: return tr("open");
    case ReadinessStatus::InProgress: return tr("in progress");
    case ReadinessStatus::Done: return tr("done");
    case ReadinessStatus::Waived: return tr("waived");
    }
    return {};
}

QString ReportSections::planStatusText(PlanStatus s)
{
    switch (s) {
    case PlanStatus::Draft: return tr("Draft");
    case PlanStatus::InReview: return tr("In review");
    case PlanStatus::Approved: return tr("Approved");
    case PlanStatus::InProgress: return tr("In progress");
    case PlanStatus::Completed: return tr("Completed");
    case PlanStatus::RolledBack: return tr("Rolled back");
    case PlanStatus::Cancelled: return tr("Cancelled");
    }
    return {};
}

void ReportSections::cover(PageComposer &c, const ReportData &d, Sections sections, const SectionPages &pages)
{
    const Plan &plan = d.plan;
    const QFont kicker = ReportStyle::font(12, true);
    const QFont titleFont = ReportStyle::font(26, true);
    const QStringList titleLines = ReportStyle::wrapClipped(plan.name.isEmpty() ? tr("Untitled plan") : plan.name, titleFont, c.width() - 40, 4);
    const double titleLh = ReportStyle::lineHeight(titleFont);
    const double bandHeight = 40 + ReportStyle::lineHeight(kicker) + titleLh * titleLines.size() + 22;
    c.place(bandHeight, [=](QPainter *p, const QRectF &r) {
        p->fillRect(r, ReportStyle::headerFill());
        p->fillRect(QRectF(r.left(), r.bottom() - 5, r.width(), 5), ReportStyle::accent());
        p->setPen(QColor(0xC8, 0xD6, 0xE5));
        p->setFont(kicker);
        double y = r.top() + 30 + QFontMetricsF(kicker).ascent();
        p->drawText(QPointF(r.left() + 20, y), tr("CUTOVER PLAN · STAKEHOLDER REPORT"));
        y += ReportStyle::lineHeight(kicker) + 6;
        p->setPen(Qt::white);
        p->setFont(titleFont);
        for (const QString &line : titleLines) {
            p->drawText(QPointF(r.left() + 20, y + QFontMetricsF(titleFont).ascent() - 4), line);
            y += titleLh;
        }
    });
    c.skip(18);

    const MaintenanceWindow &w = plan.window;
    QString window = tr("not set");
    if (w.isValid())
        window = tr("%1 – %2 (%3)").arg(d.dateTimeText(w.start), QLocale().toString(d.local(w.end), QStringLiteral("ddd d MMM HH:mm")),
                                       minutesText(double(w.start.secsTo(w.end)) / 60.0));
    c.keyValues({
        { tr("Status"), planStatusText(plan.status) },
        { tr("Maintenance window"), window },
        { tr("Planned start"), d.dateTimeText(plan.start) },
        { tr("Time zone"), QString::fromUtf8(d.zone.id()) },
        { tr("Author"), orDash(plan.author) },
        { tr("Report generated"), d.dateTimeText(d.generatedAt) },
        { tr("Tasks"), tr("%1 runbook steps in %2 phases, %3 rollback steps").arg(plan.tasks.size()).arg(plan.phases.size()).arg(plan.rollbackTasks.size()) },
    }, 170);
    if (!plan.description.trimmed().isEmpty())
        c.paragraph(plan.description, ReportStyle::font(ReportStyle::kBody), ReportStyle::ink(), 12);

    // Contents, with page numbers known only after the whole report is composed.
    QList<Section> listed;
    for (Section s : SectionNames::all()) {
        if (s != Section::Cover && (sections & s))
            listed << s;
    }
    if (listed.isEmpty())
        return;
    c.subheading(tr("Contents"), 16.0 * listed.size());
    const QFont font = ReportStyle::font(ReportStyle::kBody);
    const double lh = ReportStyle::lineHeight(font) + 2;
    c.place(lh * listed.size(), [=](QPainter *p, const QRectF &r) {
        p->setFont(font);
        const QFontMetricsF fm(font);
        for (qsizetype i = 0; i < listed.size(); ++i) {
            const double y = r.top() + i * lh + fm.ascent();
            const int page = pages->value(listed[i], -1);
            const QString number = page >= 0 ? QString::number(page + 1) : QString();
            const QString title = SectionNames::title(listed[i]);
            p->setPen(ReportStyle::ink());
            p->drawText(QPointF(r.left(), y), title);
            const double right = std::min(r.right(), r.left() + 360);
            p->drawText(QPointF(right - fm.horizontalAdvance(number), y), number);
            p->setPen(QPen(ReportStyle::rule(), 0.6, Qt::DotLine));
            p->drawLine(QPointF(r.left() + fm.horizontalAdvance(title) + 6, y), QPointF(right - fm.horizontalAdvance(number) - 6, y));
        }
    });
}

void ReportSections::summary(PageComposer &c, const ReportData &d, Sections requested)
{
    const Plan &plan = d.plan;
    const Schedule &s = d.schedule;
    c.heading(SectionNames::title(Section::Summary));

    // Every figure below comes from the analysis's summary (one rule for deadline and margin).
    const PlanSummary &sum = d.summary;
    const bool withheld = sum.verdictWithheld();
    VerdictFacts facts;
    if (withheld) {
        facts.planError = sum.errors.isEmpty() ? sum.scheduleError : sum.errors.constFirst().message;
        facts.planErrors = int(sum.errors.size());
    }
    facts.hasWindow = plan.window.isValid();
    facts.hasDowntimeMarks = sum.downtime.has_value();
    facts.probability = sum.probabilityWithinWindow;
    facts.fitsDeterministic = sum.fitsWindow;
    const QDateTime quoted = sum.deadlineP80.isValid() ? sum.deadlineP80 : sum.deadlineLikely;
    if (quoted.isValid())
        facts.rollbackDeadline = d.local(quoted).toString(QStringLiteral("HH:mm"))
            + (sum.deadlineP80.isValid() ? tr(" (P80)") : tr(" (likely)"));
    facts.breachedRollbackCriteria = sum.criteriaBreachedRollback;
    facts.openReadinessItems = sum.readinessOpen;
    facts.holdingGate = sum.holdingGate;
    facts.holdingIsNoGo = sum.holdingIsNoGo;
    const QString verdict = ReportVerdict::sentence(facts);

    // The verdict in a box.
    const QFont vf = ReportStyle::font(12, true);
    const QStringList lines = ReportStyle::wrapClipped(verdict, vf, c.width() - 28, 8);
    const double vlh = ReportStyle::lineHeight(vf);
    const bool good = facts.probability ? *facts.probability >= 0.8 : facts.fitsDeterministic.value_or(false);
    const bool bad = withheld || facts.breachedRollbackCriteria > 0 || facts.holdingIsNoGo || (facts.probability && *facts.probability < 0.5)
        || (!facts.probability && facts.fitsDeterministic == false);
    const QColor edge = bad ? ReportStyle::bad() : (good ? ReportStyle::good() : ReportStyle::warn());
    c.place(vlh * lines.size() + 20, [=](QPainter *p, const QRectF &r) {
        p->fillRect(r, QColor(0xF4, 0xF6, 0xF8));
        p->fillRect(QRectF(r.left(), r.top(), 5, r.height()), edge);
        p->setFont(vf);
        p->setPen(ReportStyle::ink());
        for (qsizetype i = 0; i < lines.size(); ++i)
            p->drawText(QPointF(r.left() + 16, r.top() + 10 + i * vlh + QFontMetricsF(vf).ascent()), lines[i]);
    });
    c.skip(10);

    QList<std::pair<QString, QString>> rows;
    rows << std::pair{ tr("Planned start"), d.dateTimeText(plan.start) };
    QString finish = d.dateTimeText(d.at(s.finish));
    if (d.summary.finishSimulated)
        finish += tr("; P80 %1, P95 %2").arg(d.timeText(d.at(d.summary.finishSimulated->p80)), d.timeText(d.at(d.summary.finishSimulated->p95)));
    rows << std::pair{ tr("Planned finish"), finish };
    if (withheld) {
        rows << std::pair{ tr("Downtime"), sum.withheldReason };
        rows << std::pair{ tr("Fits the window"), sum.withheldReason };
        rows << std::pair{ tr("Rollback deadline"), sum.withheldReason };
        rows << std::pair{ tr("Rollback margin"), sum.withheldReason };
    } else {
        if (sum.freezeStart.isValid() && sum.trafficSwitched.isValid())
            rows << std::pair{ tr("Write freeze (downtime)"), tr("%1 → %2 at likely durations").arg(d.timeText(sum.freezeStart), d.timeText(sum.trafficSwitched)) };
        if (sum.downtime) {
            QString dt = tr("likely %1").arg(minutesText(*sum.downtime));
            if (sum.downtimeSimulated)
                dt += tr("; simulated P50 %1, P80 %2, P95 %3").arg(minutesText(sum.downtimeSimulated->p50), minutesText(sum.downtimeSimulated->p80), minutesText(sum.downtimeSimulated->p95));
            rows << std::pair{ tr("Downtime"), dt };
        } else {
            rows << std::pair{ tr("Downtime"), tr("not known: mark the tasks where the write freeze starts and traffic is switched") };
        }
        if (plan.window.isValid()) {
            const double windowMinutes = double(plan.window.start.secsTo(plan.window.end)) / 60.0;
            rows << std::pair{ tr("Maintenance window"), tr("%1 – %2 (%3)").arg(d.timeText(plan.window.start), d.timeText(plan.window.end), minutesText(windowMinutes)) };
            QString fit;
            if (sum.probabilityWithinWindow)
                fit = tr("%1 of %2 simulated runs").arg(ReportVerdict::percent(*sum.probabilityWithinWindow), QLocale().toString(sum.iterations));
            if (sum.fitsWindow)
                fit += (fit.isEmpty() ? QString() : QStringLiteral("; ")) + (*sum.fitsWindow ? tr("fits at likely durations") : tr("at likely durations: %1").arg(sum.fitText()));
            rows << std::pair{ tr("Probability of fitting the window"), orDash(fit) };
        }
        if (sum.hasRollback) {
            QString rb = tr("likely %1").arg(minutesText(sum.rollbackLikely));
            if (sum.rollbackP80)
                rb += tr("; P80 %1").arg(minutesText(*sum.rollbackP80));
            rows << std::pair{ tr("Rollback duration"), rb };
        }
        if (!sum.hasRollback) {
            rows << std::pair{ tr("Rollback deadline"), tr("none: the plan has no rollback steps") };
        } else if (sum.deadlineLikely.isValid()) {
            QString dl = tr("%1 (likely)").arg(d.timeText(sum.deadlineLikely));
            if (sum.deadlineP80.isValid())
                dl += tr("; %1 (P80)").arg(d.timeText(sum.deadlineP80));
            rows << std::pair{ tr("Rollback deadline"), dl };
            const QString missing = sum.marginMissingText();
            if (missing.isEmpty()) {
                QString margin = tr("%1 (likely)").arg(PlanSummary::marginValueText(sum.marginLikely));
                if (sum.marginP80)
                    margin += tr("; %1 (P80)").arg(PlanSummary::marginValueText(sum.marginP80));
                margin += tr(" from %1, done at %2, to the rollback deadline").arg(sum.marginAnchorText(), d.timeText(sum.marginFrom));
                rows << std::pair{ tr("Rollback margin"), margin };
            } else {
                rows << std::pair{ tr("Rollback margin"), missing };
            }
        }
    }
    QStringList critical;
    for (const QString &id : s.criticalPath) {
        const QString name = taskName(plan, id);
        critical << (name.size() > 160 ? name.left(160) + QChar(0x2026) : name); // a list of names, not one name's essay
    }
    if (!critical.isEmpty())
        rows << std::pair{ tr("Critical path"), tr("%1 steps: %2").arg(critical.size()).arg(critical.size() > 12 ? critical.mid(0, 12).join(QStringLiteral(" → ")) + QStringLiteral(" → …") : critical.join(QStringLiteral(" → "))) };
    if (sum.criteriaTotal > 0)
        rows << std::pair{ tr("Rollback criteria"), tr("%1 criteria: %2 breached (%3 with action rollback), %4 OK, %5 without data")
                                                       .arg(sum.criteriaTotal).arg(sum.criteriaBreached).arg(sum.criteriaBreachedRollback).arg(sum.criteriaOk).arg(sum.criteriaNoData) };
    if (sum.readinessTotal > 0)
        rows << std::pair{ tr("Readiness"), tr("%1 of %2 items open or in progress").arg(sum.readinessOpen).arg(sum.readinessTotal) };
    // What the report leaves out for want of data, a line each instead of a page saying so.
    const Sections shownSections = shown(d, requested);
    const Sections missing = requested & ~shownSections;
    if (plan.tasks.isEmpty() && (missing & (Section::Timeline | Section::Runbook | Section::Simulation)))
        rows << std::pair{ tr("Tasks"), tr("the plan has no tasks yet, so there is no timeline, runbook or simulation") };
    if (missing & Section::Monitoring)
        rows << std::pair{ tr("Monitoring data"), plan.criteria.isEmpty() ? tr("none imported (no lag or validation exports)")
                                                                         : tr("none imported: the rollback criteria cannot be checked yet") };
    if (missing & Section::Readiness)
        rows << std::pair{ tr("Readiness and hypercare"), tr("no readiness checklist, hypercare period or contacts recorded") };
    c.keyValues(rows);

    // Latest go/no-go decisions.
    QList<GateDecision> decisions = plan.decisions;
    std::stable_sort(decisions.begin(), decisions.end(), [](const GateDecision &a, const GateDecision &b) { return a.decidedAt > b.decidedAt; });
    if (!decisions.isEmpty()) {
        c.subheading(tr("Latest go/no-go decisions"));
        QList<TableRow> rowsT;
        for (const GateDecision &g : decisions.mid(0, 5)) {
            TableRow row{ { taskName(plan, g.gate), outcomeText(g.outcome), orDash(g.decidedBy),
                            g.decidedAt.isValid() ? d.dateTimeText(g.decidedAt) : QStringLiteral("–"), orDash(g.rationale) } };
            row.colors.insert(1, g.outcome == GateOutcome::Go ? ReportStyle::good() : (g.outcome == GateOutcome::NoGo ? ReportStyle::bad() : ReportStyle::warn()));
            rowsT << row;
        }
        c.table({ { tr("Gate"), 3, Qt::AlignLeft, true }, { tr("Decision"), 1.4 }, { tr("By"), 1.5, Qt::AlignLeft, true },
                  { tr("When"), 2.6, Qt::AlignLeft, true }, { tr("Rationale"), 4, Qt::AlignLeft, true } }, rowsT);
    }

    // Phases at a glance.
    if (!plan.phases.isEmpty() && !plan.tasks.isEmpty()) {
        c.subheading(tr("Phases"));
        QList<TableRow> rowsP;
        for (const Phase &ph : plan.phases) {
            double lo = std::numeric_limits<double>::infinity(), hi = -lo;
            int n = 0;
            for (qsizetype i = 0; i < plan.tasks.size(); ++i) {
                if (plan.tasks[i].phase != ph.id)
                    continue;
                lo = std::min(lo, s.tasks[i].es);
                hi = std::max(hi, s.tasks[i].ef);
                ++n;
            }
            if (n == 0)
                rowsP << TableRow{ { ph.name, QStringLiteral("–"), QStringLiteral("–"), QStringLiteral("–"), QStringLiteral("0") } };
            else
                rowsP << TableRow{ { ph.name, d.timeText(d.at(lo)), d.timeText(d.at(hi)), minutesText(hi - lo), QString::number(n) } };
        }
        c.table({ { tr("Phase"), 4, Qt::AlignLeft, true }, { tr("Start"), 1.2 }, { tr("Finish"), 1.2 },
                  { tr("Span"), 1.2, Qt::AlignRight }, { tr("Tasks"), 0.7, Qt::AlignRight } }, rowsP);
    }
}

void ReportSections::runbook(PageComposer &c, const ReportData &d)
{
    const Plan &plan = d.plan;
    c.heading(SectionNames::title(Section::Runbook));
    const QString intro = tr("Every step at its likely duration; float is how long a step can slip without moving the finish. "
                             "Steps marked ● are on the critical path. Times in %1.").arg(QString::fromUtf8(d.zone.id()));
    keepWithTable(c, intro);
    c.paragraph(intro, ReportStyle::font(ReportStyle::kSmall), ReportStyle::muted());

    QList<TableRow> rows;
    auto addTask = [&](qsizetype i) {
        const Task &t = plan.tasks[i];
        const TaskTiming &tm = d.schedule.tasks[i];
        QString name = t.name;
        if (tm.critical)
            name = QStringLiteral("● ") + name;
        QStringList marks = markNames(t.marks);
        if (t.kind != TaskKind::Task)
            marks.prepend(t.kind == TaskKind::Gate ? tr("go/no-go gate") : tr("milestone"));
        if (!marks.isEmpty())
            name += QStringLiteral(" [") + marks.join(QStringLiteral(", ")) + QLatin1Char(']');
        TableRow row{ { t.id, name, orDash(t.owner), estimateText(t.duration), orDash(DurationText::formatDependencies(t.after)),
                        d.timeText(d.at(tm.es)), d.timeText(d.at(tm.ef)), minutesText(tm.totalFloat) } };
        if (tm.critical)
            row.colors.insert(1, ReportStyle::bad());
        rows << row;
    };
    QSet<QString> known;
    for (const Phase &ph : plan.phases) {
        known.insert(ph.id);
        rows << TableRow{ { ph.name }, true };
        for (qsizetype i = 0; i < plan.tasks.size(); ++i) {
            if (plan.tasks[i].phase == ph.id)
                addTask(i);
        }
        if (rows.last().group)
            rows.removeLast();
    }
    bool other = false;
    for (qsizetype i = 0; i < plan.tasks.size(); ++i) {
        if (known.contains(plan.tasks[i].phase))
            continue;
        if (!other)
            rows << TableRow{ { tr("Other") }, true };
        other = true;
        addTask(i);
    }
    if (rows.isEmpty()) {
        c.paragraph(tr("The plan has no tasks yet."));
        return;
    }
    c.table({ { tr("ID"), 1.6, Qt::AlignLeft, true }, { tr("Task"), 4.8, Qt::AlignLeft, true }, { tr("Owner"), 1.7, Qt::AlignLeft, true },
              { tr("Duration (range)"), 2.1, Qt::AlignLeft, true }, { tr("Predecessors"), 1.9, Qt::AlignLeft, true },
              { tr("Start"), 1.05 }, { tr("Finish"), 1.05 }, { tr("Float"), 1.1, Qt::AlignRight } },
            rows);
}

void ReportSections::rollback(PageComposer &c, const ReportData &d)
{
    const Plan &plan = d.plan;
    const Schedule &s = d.schedule;
    c.heading(SectionNames::title(Section::Rollback));
    c.subheading(tr("Rollback plan"));
    if (plan.rollbackTasks.isEmpty()) {
        c.paragraph(tr("The plan has no rollback steps. Without them no rollback deadline can be given."), ReportStyle::font(ReportStyle::kBody),
                    ReportStyle::bad());
    } else {
        const PlanSummary &sum = d.summary;
        QString text = tr("Rolling back takes %1 at likely durations").arg(minutesText(sum.rollbackLikely));
        if (sum.rollbackP80)
            text += tr(" and %1 at P80").arg(minutesText(*sum.rollbackP80));
        if (sum.verdictWithheld()) {
            text += QStringLiteral(". ") + tr("Rollback deadline %1.").arg(sum.withheldReason);
        } else if (sum.deadlineLikely.isValid()) {
            text += tr(", so it must start by %1 (likely)").arg(d.timeText(sum.deadlineLikely));
            if (sum.deadlineP80.isValid())
                text += tr(" or by %1 to be 80 % sure (P80)").arg(d.timeText(sum.deadlineP80));
            text += tr(" to finish inside the window.");
        } else {
            text += QLatin1Char('.');
        }
        keepWithTable(c, text);
        c.paragraph(text);
        QList<TableRow> rows;
        for (qsizetype i = 0; i < plan.rollbackTasks.size(); ++i) {
            const Task &t = plan.rollbackTasks[i];
            const TaskTiming &tm = s.rollbackTasks.value(i);
            rows << TableRow{ { t.id, t.name, orDash(t.owner), estimateText(t.duration), orDash(DurationText::formatDependencies(t.after)),
                                QStringLiteral("+") + DurationText::format(tm.es), QStringLiteral("+") + DurationText::format(tm.ef) } };
        }
        c.table({ { tr("ID"), 1.6, Qt::AlignLeft, true }, { tr("Step"), 4.8, Qt::AlignLeft, true }, { tr("Owner"), 1.8, Qt::AlignLeft, true },
                  { tr("Duration (range)"), 2.1, Qt::AlignLeft, true }, { tr("Predecessors"), 1.9, Qt::AlignLeft, true },
                  { tr("Starts after"), 1.2 }, { tr("Done after"), 1.2 } },
                rows);
    }

    c.subheading(tr("Rollback criteria"));
    if (plan.criteria.isEmpty()) {
        c.paragraph(tr("The plan has no rollback criteria."));
    } else {
        QList<TableRow> rows;
        for (qsizetype i = 0; i < plan.criteria.size(); ++i) {
            const Criterion &cr = plan.criteria[i];
            const CriterionResult r = d.criteria.value(i);
            const QString unit = unitOfCriterion(cr, plan);
            QString status = statusText(r.state);
            if (cr.kind == CriterionKind::Manual)
                status = cr.answer == ManualAnswer::Yes ? tr("YES (occurred)") : (cr.answer == ManualAnswer::No ? tr("no") : tr("not answered"));
            TableRow row{ { cr.name.isEmpty() ? cr.id : cr.name, CriteriaEvaluator::ruleText(cr, unit), CriteriaEvaluator::actionText(cr.action), status,
                            r.firstBreach ? d.dateTimeText(QDateTime::fromMSecsSinceEpoch(*r.firstBreach, QTimeZone::utc())) : QStringLiteral("–"),
                            r.worst ? measuredText(*r.worst, cr.kind == CriterionKind::Validation ? tr("failed") : unit,
                                                     cr.kind == CriterionKind::Manual ? std::numeric_limits<double>::quiet_NaN() : cr.threshold)
                                    : QStringLiteral("–") } };
            row.colors.insert(3, stateColor(r.state));
            rows << row;
        }
        c.table({ { tr("Criterion"), 3.2, Qt::AlignLeft, true }, { tr("Rule"), 3.4, Qt::AlignLeft, true }, { tr("Action"), 1 },
                  { tr("Status"), 1.3 }, { tr("First breach"), 2.4, Qt::AlignLeft, true }, { tr("Worst"), 1.3, Qt::AlignRight } },
                rows);
    }

    c.subheading(tr("Go/no-go gates"));
    QList<TableRow> gates;
    for (qsizetype i = 0; i < plan.tasks.size(); ++i) {
        const Task &t = plan.tasks[i];
        if (t.kind != TaskKind::Gate)
            continue;
        const GateDecision *latest = nullptr;
        for (const GateDecision &g : plan.decisions) {
            if (g.gate == t.id && (!latest || g.decidedAt >= latest->decidedAt))
                latest = &g;
        }
        TableRow row{ { t.name, d.timeText(d.at(s.tasks[i].ef)), latest ? outcomeText(latest->outcome) : tr("pending"),
                        latest ? orDash(latest->decidedBy) : QStringLiteral("–"),
                        latest && latest->decidedAt.isValid() ? d.dateTimeText(latest->decidedAt) : QStringLiteral("–"),
                        latest ? orDash(latest->rationale) : QStringLiteral("–") } };
        if (latest)
            row.colors.insert(2, latest->outcome == GateOutcome::Go ? ReportStyle::good() : (latest->outcome == GateOutcome::NoGo ? ReportStyle::bad() : ReportStyle::warn()));
        gates << row;
    }
    if (gates.isEmpty())
        c.paragraph(tr("The plan has no go/no-go gates."));
    else
        c.table({ { tr("Gate"), 3.5, Qt::AlignLeft, true }, { tr("Planned"), 1.1 }, { tr("Decision"), 1.4 }, { tr("By"), 1.5, Qt::AlignLeft, true },
                  { tr("When"), 2.6, Qt::AlignLeft, true }, { tr("Rationale"), 3.5, Qt::AlignLeft, true } },
                gates);
}

void ReportSections::readiness(PageComposer &c, const ReportData &d)
{
    const Plan &plan = d.plan;
    c.heading(SectionNames::title(Section::Readiness));
    c.subheading(tr("Readiness checklist"));
    if (plan.readiness.isEmpty()) {
        c.paragraph(tr("The plan has no readiness items."));
    } else {
        QList<TableRow> rows;
        for (const ReadinessItem &item : plan.readiness) {
            TableRow row{ { item.text, orDash(item.owner), readinessText(item.status), orDash(item.evidence) } };
            row.colors.insert(2, item.status == ReadinessStatus::Done ? ReportStyle::good()
                                                                      : (item.status == ReadinessStatus::Waived ? ReportStyle::muted() : ReportStyle::warn()));
            rows << row;
        }
        c.table({ { tr("Item"), 5, Qt::AlignLeft, true }, { tr("Owner"), 1.8, Qt::AlignLeft, true }, { tr("Status"), 1.1 },
                  { tr("Evidence"), 4, Qt::AlignLeft, true } },
                rows);
    }

    // Hypercare, its service levels and contacts are one block: kept on one page when it fits
    // there, so the contacts never end the report alone.
    const Hypercare &h = plan.hypercare;
    const auto hypercare = [&h](PageComposer &pc) {
        pc.subheading(tr("Hypercare"));
        pc.paragraph(h.durationHours > 0 ? tr("Hypercare lasts %1 after go-live.").arg(DurationText::format(h.durationHours * 60.0))
                                         : tr("No hypercare period is set."));
        if (!h.notes.trimmed().isEmpty())
            pc.paragraph(h.notes);
        if (!h.slas.isEmpty()) {
            pc.subheading(tr("Service levels"));
            QList<TableRow> rows;
            for (const SlaTarget &sla : h.slas)
                rows << TableRow{ { sla.severity, minutesText(sla.responseMinutes), minutesText(sla.resolveMinutes) } };
            pc.table({ { tr("Severity"), 2 }, { tr("Response within"), 2, Qt::AlignRight }, { tr("Resolve within"), 2, Qt::AlignRight } }, rows);
        }
        if (!h.contacts.isEmpty()) {
            pc.subheading(tr("Contacts"));
            QList<TableRow> rows;
            for (const Contact &ct : h.contacts)
                rows << TableRow{ { ct.name, orDash(ct.role), orDash(ct.reach) } };
            pc.table({ { tr("Contact"), 2.5, Qt::AlignLeft, true }, { tr("Role"), 2.5, Qt::AlignLeft, true }, { tr("Reach"), 3, Qt::AlignLeft, true } },
                     rows);
        } else {
            pc.paragraph(tr("No hypercare contacts are recorded."));
        }
    };
    const double block = PageComposer::heightOf(c.width(), hypercare);
    if (block <= c.bodySize().height())
        c.ensureSpace(block);
    hypercare(c);
}

} // namespace cutover::report
