// SPDX-License-Identifier: GPL-3.0-or-later
#include "plangenerator.h"

#include "model/planlimits.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <iterator>
#include <limits>

namespace cutover {

namespace {

using namespace Qt::StringLiterals;

const QList<Phase> kPhases{
    {u"prepare"_s, u"Prepare the target environment"_s, u"Infrastructure, networking, identity, readiness"_s},
    {u"sync"_s, u"Continuous data synchronisation"_s, u"Initial load, then changes keep flowing"_s},
    {u"cutover"_s, u"Final cutover"_s, u"Write freeze, final sync, start on the target"_s},
    {u"validate"_s, u"Validate on the target"_s, u"Tests, then redirect traffic"_s},
    {u"confirm"_s, u"Confirm success"_s, u"Integrity checks; the source stays as fallback"_s},
    {u"hypercare"_s, u"Hypercare"_s, u"Closer monitoring and short SLAs"_s},
};

const QStringList kOwners{u"DBA on call"_s, u"Platform team"_s, u"Network team"_s, u"App team"_s,
                          u"Migration lead"_s, u"QA"_s, u"Service desk"_s};
const QStringList kVerbs{u"Check"_s, u"Apply"_s, u"Verify"_s, u"Run"_s, u"Review"_s, u"Switch"_s, u"Drain"_s};
const QStringList kObjects{u"firewall rules"_s, u"DNS zone"_s, u"replication slot"_s, u"row counts"_s,
                           u"connection strings"_s, u"load balancer pool"_s, u"backup job"_s};

QString taskId(int i)
{
    return u"t%1"_s.arg(i, 5, 10, QLatin1Char('0'));
}

double rounded(double minutes)
{
    return std::round(minutes * 4.0) / 4.0; // quarter minutes: exact in binary
}

/** The hostile edits of PlanGeneratorOptions::hostile. */
class Hostile
{
public:
    explicit Hostile(QRandomGenerator &rng) : m_rng(rng) {}

    /** Any double, NaN and infinities included. */
    double anyDouble()
    {
        switch (m_rng.bounded(3)) {
        case 0: return special(true);
        case 1: return bits();
        default: return ordinary();
        }
    }
    /** A finite double of any sign and size. */
    double finite()
    {
        for (;;) {
            const double d = m_rng.bounded(2) ? special(false) : (m_rng.bounded(2) ? bits() : ordinary());
            if (std::isfinite(d))
                return d;
        }
    }
    /** A finite double that is not negative (-0 included: it is not below zero). */
    double nonNegative() { return m_rng.bounded(8) == 0 ? -0.0 : std::fabs(finite()); }
    /** A finite double of any sign, at most `limit` in size (durations and lags: PlanLimits). */
    double finiteWithin(double limit)
    {
        for (;;) {
            const double d = finite();
            if (std::fabs(d) <= limit)
                return d;
        }
    }
    /** nonNegative(), at most `limit`. */
    double nonNegativeUpTo(double limit)
    {
        for (;;) {
            const double d = nonNegative();
            if (d <= limit)
                return d;
        }
    }
    /** Finite or infinite, never NaN. */
    double notNaN()
    {
        const double d = anyDouble();
        return std::isnan(d) ? std::numeric_limits<double>::infinity() : d;
    }

    QString text()
    {
        static const QStringList pieces{u""_s, u"\"quoted\""_s, u"back\\slash"_s, u"tab\there"_s, u"new\nline"_s,
                                        u"\u0001\u001f control"_s, u"caf\u00e9"_s, u"\U0001F680 rocket"_s,
                                        u"\u202eright-to-left"_s, u"   spaces   "_s, u"{\"json\": [1, -0]}"_s,
                                        u"-0"_s, u"Infinity"_s, u"NaN"_s, u"null"_s, u"</script>"_s, u"\u00a0nbsp"_s};
        QString s;
        const int n = m_rng.bounded(4);
        for (int i = 0; i < n; ++i)
            s += pieces.at(m_rng.bounded(int(pieces.size())));
        return s;
    }

    template<typename E>
    E pick(int count)
    {
        return E(m_rng.bounded(count));
    }

    /** A time with an odd offset and milliseconds (offsets are whole minutes in ISO 8601). */
    QDateTime time(const QDateTime &around)
    {
        static const int offsets[] = {0, 3600, -34200, 20700, 50400, -43200, 19800, 45900};
        const int offset = offsets[m_rng.bounded(int(std::size(offsets)))];
        const qint64 ms = around.toMSecsSinceEpoch() + qint64(m_rng.bounded(1000000000)) - 500000000;
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, offset);
    }

private:
    double special(bool nonFinite)
    {
        static const double values[] = {0.0, -0.0, std::numeric_limits<double>::denorm_min(),
                                        -std::numeric_limits<double>::denorm_min(), std::numeric_limits<double>::min(),
                                        std::numeric_limits<double>::max(), -std::numeric_limits<double>::max(),
                                        std::numeric_limits<double>::epsilon(), 0.1, 1.0 / 3.0, 1e-300, 1e300,
                                        9007199254740993.0, 1234567890123456800.0, 12345678901234567890.0,
                                        -9223372036854775808.0, 2.2250738585072009e-308, 4.9406564584124654e-324 * 3};
        const int n = int(std::size(values));
        const int i = m_rng.bounded(n + (nonFinite ? 3 : 0));
        if (i < n)
            return values[i];
        if (i == n)
            return std::numeric_limits<double>::infinity();
        if (i == n + 1)
            return -std::numeric_limits<double>::infinity();
        return std::numeric_limits<double>::quiet_NaN();
    }
    /** Any bit pattern that is a finite double. */
    double bits()
    {
        for (;;) {
            const quint64 b = m_rng.generate64();
            double d;
            std::memcpy(&d, &b, sizeof d);
            if (std::isfinite(d))
                return d;
        }
    }
    double ordinary() { return (m_rng.generateDouble() - 0.5) * std::pow(10.0, m_rng.bounded(-12, 13)); }

    QRandomGenerator &m_rng;
};

void makeHostile(Plan &plan, QRandomGenerator &rng)
{
    Hostile h(rng);
    plan.name = u"Hostile "_s + h.text();
    plan.author = h.text();
    plan.description = h.text();
    plan.status = h.pick<PlanStatus>(7);
    plan.start = h.time(plan.start);
    plan.window = {h.time(plan.start), h.time(plan.start)};
    for (Phase &p : plan.phases)
        p.name = h.text(), p.description = h.text();
    const auto editTask = [&](Task &t) {
        t.name = h.text();
        t.owner = h.text();
        t.notes = h.text();
        if (t.kind == TaskKind::Task) {
            // Three non-negative values in order (the validator wants optimistic <= likely <= pessimistic).
            const double m = PlanLimits::maxMinutes;
            double v[3] = {h.nonNegativeUpTo(m), h.nonNegativeUpTo(m), h.nonNegativeUpTo(m)};
            std::sort(std::begin(v), std::end(v));
            t.duration.optimistic = rng.bounded(3) ? std::optional<double>(v[0]) : std::nullopt;
            t.duration.likely = v[1];
            t.duration.pessimistic = rng.bounded(3) ? std::optional<double>(v[2]) : std::nullopt;
            t.distribution = h.pick<Distribution>(3);
        }
        for (Dependency &d : t.after)
            d.lag = rng.bounded(2) ? h.finiteWithin(PlanLimits::maxMinutes) : d.lag;
        t.status = h.pick<TaskStatus>(5);
        if (rng.bounded(4) == 0)
            t.notBefore = h.time(plan.start);
        if (rng.bounded(4) == 0) {
            t.actualStart = h.time(plan.start);
            t.actualFinish = rng.bounded(2) ? h.time(plan.start) : QDateTime();
        }
    };
    for (Task &t : plan.tasks)
        editTask(t);
    for (Task &t : plan.rollbackTasks)
        editTask(t);
    if (plan.tasks.size() > 2)
        plan.tasks[1].marks |= Mark::PointOfNoReturn;
    for (GateDecision &d : plan.decisions) {
        d.outcome = h.pick<GateOutcome>(4);
        d.decidedBy = h.text();
        d.rationale = h.text();
        d.decidedAt = rng.bounded(3) ? h.time(plan.start) : QDateTime();
    }
    for (Criterion &c : plan.criteria) {
        c.name = h.text();
        c.op = h.pick<CompareOp>(4);
        c.threshold = h.anyDouble();
        c.forSeconds = h.nonNegativeUpTo(PlanLimits::maxSeconds);
        c.action = h.pick<CriterionAction>(3);
        c.answer = h.pick<ManualAnswer>(3);
        c.notes = h.text();
    }
    for (ReadinessItem &r : plan.readiness) {
        r.text = h.text() + u"item"_s;
        r.owner = h.text();
        r.status = h.pick<ReadinessStatus>(4);
        r.evidence = h.text();
    }
    plan.hypercare.durationHours = h.nonNegativeUpTo(PlanLimits::maxHours);
    for (SlaTarget &s : plan.hypercare.slas)
        s.responseMinutes = h.nonNegativeUpTo(PlanLimits::maxMinutes), s.resolveMinutes = h.nonNegativeUpTo(PlanLimits::maxMinutes);
    plan.hypercare.notes = h.text();
    for (ValidationResult &v : plan.validation) {
        v.check = h.text();
        v.sourceValue = h.text();
        v.targetValue = h.text();
        v.difference = rng.bounded(4) ? std::optional<double>(h.notNaN()) : std::nullopt;
        v.status = h.pick<ValidationStatus>(3);
        v.tool = h.text();
        v.runAt = rng.bounded(4) ? h.time(plan.start) : QDateTime();
        v.sourceFile = h.text();
    }
    for (MetricSeries &s : plan.series) {
        s.name = h.text();
        s.unit = h.text();
        s.labels.insert(h.text(), h.text());
        s.sourceFile = h.text();
        s.importedAt = h.time(plan.start);
        for (double &v : s.values)
            v = h.anyDouble();
        if (!s.times.isEmpty())
            s.times.first() = -qint64(rng.bounded(1000000)) * 86400000LL; // before 1970 too
    }
}

} // namespace

Plan generatePlan(const PlanGeneratorOptions &options)
{
    QRandomGenerator rng(options.seed);
    const int taskCount = std::max(0, options.tasks);
    Plan plan;
    plan.name = u"Generated plan %1 (seed %2)"_s.arg(taskCount).arg(options.seed);
    plan.timezone = u"Europe/Berlin"_s;
    plan.start = QDateTime(QDate(2026, 12, 5), QTime(21, 0), Qt::OffsetFromUTC, 3600);
    plan.window = {plan.start.addSecs(3600), plan.start.addSecs(7 * 3600)};
    plan.status = PlanStatus::InReview;
    plan.author = u"Generator"_s;
    plan.description = u"A synthetic plan for tests and benchmarks."_s;
    plan.phases = kPhases;

    const int freezeAt = taskCount / 2;
    const int switchAt = std::min(taskCount - 1, taskCount * 7 / 10 + 1);
    plan.tasks.reserve(taskCount);
    for (int i = 0; i < taskCount; ++i) {
        Task t;
        t.id = taskId(i);
        t.name = kVerbs.at(rng.bounded(int(kVerbs.size()))) + QLatin1Char(' ')
            + kObjects.at(rng.bounded(int(kObjects.size()))) + u" #%1"_s.arg(i);
        t.phase = kPhases.at(qsizetype(i) * kPhases.size() / taskCount).id;
        t.owner = kOwners.at(rng.bounded(int(kOwners.size())));
        if (i % 50 == 49) {
            t.kind = TaskKind::Milestone;
        } else if (i % 97 == 96) {
            t.kind = TaskKind::Gate;
            t.duration.likely = 10;
        } else {
            t.duration.likely = rounded(2 + rng.bounded(60.0));
            if (i % 7 != 0) {
                t.duration.optimistic = rounded(t.duration.likely * 0.75);
                t.duration.pessimistic = rounded(t.duration.likely * 1.75 + 1);
            }
            t.distribution = (i % 3 == 0) ? Distribution::Pert : (i % 11 == 0 ? Distribution::Fixed
                                                                                : Distribution::Triangular);
        }
        if (i > 0) {
            const int wanted = 1 + rng.bounded(3);
            for (int k = 0; k < wanted; ++k) {
                const int back = 1 + rng.bounded(std::min(i, 20));
                const QString pred = taskId(i - back);
                if (std::any_of(t.after.cbegin(), t.after.cend(), [&](const Dependency &d) { return d.task == pred; }))
                    continue;
                Dependency d;
                d.task = pred;
                d.type = DependencyType((i + k) % 4);
                d.lag = (k == 0 && i % 5 == 0) ? -double(rng.bounded(10)) : double(rng.bounded(4) * 5);
                t.after.append(d);
            }
        }
        if (i % 100 == 10)
            t.notBefore = plan.start.addSecs(60 * qint64(i % 240));
        if (i == freezeAt)
            t.marks |= Mark::FreezeStart;
        if (i == switchAt && switchAt != freezeAt)
            t.marks |= Mark::TrafficSwitched;
        if (i % 13 == 0)
            t.notes = u"Runbook note for %1: see the wiki page."_s.arg(t.id);
        if (i < taskCount / 10) {
            t.status = TaskStatus::Done;
            t.actualStart = plan.start.addSecs(60 * qint64(i));
            t.actualFinish = t.actualStart.addSecs(60 * qint64(t.duration.likely));
        }
        if (t.kind == TaskKind::Gate)
            plan.decisions.append({t.id, GateOutcome::Go, u"Migration lead"_s, plan.start.addSecs(60 * qint64(i)),
                                   u"All checks green"_s});
        plan.tasks.append(std::move(t));
    }

    for (int i = 0; i < options.rollbackTasks; ++i) {
        Task t;
        t.id = u"rb%1"_s.arg(i + 1);
        t.name = u"Rollback step %1"_s.arg(i + 1);
        t.owner = kOwners.at(i % kOwners.size());
        t.duration = {5.0, 10.0 + i, 20.0 + 2 * i};
        if (i > 0)
            t.after.append({u"rb%1"_s.arg(i), DependencyType::FS, 0.0});
        plan.rollbackTasks.append(std::move(t));
    }

    plan.criteria = {
        {u"lag"_s, u"Replication lag under 30 s"_s, CriterionKind::Metric, u"replication_lag_seconds"_s,
         CompareOp::Greater, 30.0, 300.0, CriterionAction::Rollback, ManualAnswer::Unknown, {}},
        {u"errors"_s, u"Error rate"_s, CriterionKind::Metric, u"error_rate"_s, CompareOp::GreaterOrEqual, 0.05,
         60.0, CriterionAction::Hold, ManualAnswer::Unknown, {}},
        {u"rows"_s, u"Row counts match"_s, CriterionKind::Validation, {}, CompareOp::Greater, 0.0, 0.0,
         CriterionAction::Rollback, ManualAnswer::Unknown, {}},
        {u"smoke"_s, u"Smoke test failed"_s, CriterionKind::Manual, {}, CompareOp::Greater, 0.0, 0.0,
         CriterionAction::Warn, ManualAnswer::No, u"Asked at the validation gate"_s},
    };
    plan.readiness = {
        {u"r1"_s, u"Landing zone deployed from code"_s, u"Platform team"_s, ReadinessStatus::Done, u"PR 412"_s},
        {u"r2"_s, u"Private endpoints resolve"_s, u"Network team"_s, ReadinessStatus::InProgress, {}},
        {u"r3"_s, u"Managed identities granted"_s, u"Platform team"_s, ReadinessStatus::Open, {}},
    };
    plan.hypercare.durationHours = 72;
    plan.hypercare.slas = {{u"Sev 1"_s, 15, 240}, {u"Sev 2"_s, 60, 1440}};
    plan.hypercare.contacts = {{u"Ana"_s, u"Migration lead"_s, u"+49 30 1234567"_s},
                               {u"Ben"_s, u"DBA"_s, u"#cutover-dba"_s}};

    for (int i = 0; i < options.validationRows; ++i) {
        ValidationResult v;
        v.object = u"sales.table_%1"_s.arg(i);
        v.check = (i % 2) ? u"count"_s : u"sum(amount)"_s;
        const qint64 rows = 1000 + qint64(rng.bounded(1000000));
        v.sourceValue = QString::number(rows);
        v.targetValue = QString::number(i % 9 == 8 ? rows - 3 : rows);
        v.difference = (i % 9 == 8) ? 3.0 : 0.0;
        v.status = (i % 9 == 8) ? ValidationStatus::Failed : ValidationStatus::Passed;
        v.tool = u"dvt-csv"_s;
        v.runAt = plan.start.addSecs(4 * 3600 + i).toUTC();
        v.sourceFile = u"dvt-results.csv"_s;
        v.sourceChecksum = u"9f2c"_s + QString::number(options.seed);
        plan.validation.append(std::move(v));
    }

    if (options.seriesPoints > 0 && options.seriesCount > 0) {
        const qint64 t0 = plan.start.toMSecsSinceEpoch();
        for (int s = 0; s < options.seriesCount; ++s) {
            const qint64 points = options.seriesPoints / options.seriesCount
                + (s < options.seriesPoints % options.seriesCount ? 1 : 0);
            MetricSeries ms;
            ms.id = u"s%1"_s.arg(s + 1);
            ms.name = u"pg-replica-%1:9187"_s.arg(s + 1);
            ms.metric = (s % 2) ? u"error_rate"_s : u"replication_lag_seconds"_s;
            ms.labels = {{u"instance"_s, ms.name}, {u"job"_s, u"postgres"_s}};
            ms.unit = (s % 2) ? u"ratio"_s : u"s"_s;
            ms.sourceFile = u"prometheus-query-range.json"_s;
            ms.sourceFormat = u"prometheus-json"_s;
            ms.sourceChecksum = u"a1b2c3"_s + QString::number(options.seed);
            ms.importedAt = plan.start.toUTC();
            ms.times.reserve(points);
            ms.values.reserve(points);
            double value = 2.0;
            for (qint64 p = 0; p < points; ++p) {
                ms.times.append(t0 + p * 15000);
                value = std::max(0.0, value + rng.generateDouble() - 0.5);
                ms.values.append(p % 997 == 996 ? std::numeric_limits<double>::quiet_NaN() : value);
            }
            plan.series.append(std::move(ms));
        }
    }
    if (options.hostile)
        makeHostile(plan, rng);
    return plan;
}

} // namespace cutover
