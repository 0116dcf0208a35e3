// SPDX-License-Identifier: GPL-3.0-or-later
#include "planwriter.h"

#include "model/enumnames.h"
#include "seriescodec.h"
#include "storedtime.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cmath>
#include <initializer_list>

namespace cutover {

namespace {

/** A prepared INSERT whose values are bound in column order. */
class Insert
{
public:
    Insert(const QSqlDatabase &db, const QString &sql) : m_query(db)
    {
        m_prepared = m_query.prepare(sql);
    }

    /** `what` is a callable giving the name of the row, built only when the insert fails. */
    template<typename What>
    Status run(std::initializer_list<QVariant> values, What &&what)
    {
        if (!m_prepared)
            return Error(PlanWriter::tr("cannot prepare storing %1: %2").arg(what(), m_query.lastError().text()));
        int i = 0;
        for (const QVariant &value : values)
            m_query.bindValue(i++, value);
        if (!m_query.exec())
            return Error(PlanWriter::tr("cannot store %1: %2").arg(what(), m_query.lastError().text()));
        return Ok{};
    }

    qint64 lastId() const { return m_query.lastInsertId().toLongLong(); }

private:
    QSqlQuery m_query;
    bool m_prepared = false;
};

QVariant text(const QString &s)
{
    return s;
}

QVariant real(double v)
{
    return std::isnan(v) ? QVariant() : QVariant(v);
}

QVariant optionalReal(const std::optional<double> &v)
{
    return v.has_value() ? real(*v) : QVariant();
}

template<typename E>
QVariant name(E v)
{
    return toString(v);
}

Status insertTasks(const QSqlDatabase &db, const QList<Task> &tasks, const QString &list)
{
    Insert task(db, QStringLiteral(
        "INSERT INTO tasks (list, ordinal, id, name, phase, owner, kind, optimistic, likely,"
        " pessimistic, distribution, not_before, marks, notes, status, actual_start, actual_finish)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    Insert dependency(db, QStringLiteral(
        "INSERT INTO dependencies (task_key, ordinal, predecessor, type, lag) VALUES (?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        const Task &t = tasks.at(i);
        const auto what = [&] { return PlanWriter::tr("%1 task %2").arg(list, t.id); };
        if (Status s = task.run({list, qint64(i), text(t.id), text(t.name), text(t.phase), text(t.owner), name(t.kind),
                                 optionalReal(t.duration.optimistic), real(t.duration.likely),
                                 optionalReal(t.duration.pessimistic), name(t.distribution),
                                 StoredTime::toSql(t.notBefore), qint64(t.marks.toInt()), text(t.notes),
                                 name(t.status), StoredTime::toSql(t.actualStart),
                                 StoredTime::toSql(t.actualFinish)},
                                what);
            !s)
            return s;
        const qint64 key = task.lastId();
        for (qsizetype d = 0; d < t.after.size(); ++d) {
            const Dependency &dep = t.after.at(d);
            if (Status s = dependency.run({key, qint64(d), text(dep.task), name(dep.type), real(dep.lag)}, what); !s)
                return s;
        }
    }
    return Ok{};
}

Status insertSeries(const QSqlDatabase &db, const QList<MetricSeries> &series)
{
    Insert head(db, QStringLiteral(
        "INSERT INTO series (ordinal, id, name, metric, unit, source_file, source_format,"
        " source_checksum, imported_at, point_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    Insert label(db, QStringLiteral(
        "INSERT INTO series_labels (series_key, ordinal, key, value) VALUES (?, ?, ?, ?)"));
    Insert chunk(db, QStringLiteral(
        "INSERT INTO series_chunks (series_key, chunk, point_count, first_time, last_time, hash,"
        " times, value_data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < series.size(); ++i) {
        const MetricSeries &s = series.at(i);
        const auto what = [&] { return PlanWriter::tr("series %1").arg(s.id); };
        if (s.times.size() != s.values.size())
            return Error(PlanWriter::tr("cannot store series %1: it has %2 times but %3 values")
                             .arg(s.id).arg(s.times.size()).arg(s.values.size()));
        if (Status st = head.run({qint64(i), text(s.id), text(s.name), text(s.metric), text(s.unit), text(s.sourceFile),
                                  text(s.sourceFormat), text(s.sourceChecksum), StoredTime::toSql(s.importedAt),
                                  qint64(s.times.size())},
                                 what);
            !st)
            return st;
        const qint64 key = head.lastId();
        qsizetype ordinal = 0;
        for (auto it = s.labels.cbegin(); it != s.labels.cend(); ++it, ++ordinal) {
            if (Status st = label.run({key, qint64(ordinal), text(it.key()), text(it.value())}, what); !st)
                return st;
        }
        for (qsizetype first = 0, n = 0; first < s.times.size(); first += SeriesCodec::chunkPoints, ++n) {
            const qsizetype count = std::min(SeriesCodec::chunkPoints, s.times.size() - first);
            const QByteArray times = SeriesCodec::encodeTimes(s.times.constData() + first, count);
            const QByteArray values = SeriesCodec::encodeValues(s.values.constData() + first, count);
            if (Status st = chunk.run({key, qint64(n), qint64(count), s.times.at(first), s.times.at(first + count - 1),
                                       SeriesCodec::hash(times, values), times, values},
                                      what);
                !st)
                return st;
        }
    }
    return Ok{};
}

} // namespace

Status PlanWriter::insertPlan(const QSqlDatabase &db, const Plan &plan)
{
    Insert head(db, QStringLiteral(
        "INSERT INTO plan (singleton, name, timezone, start, window_start, window_end, status, author,"
        " description, hypercare_hours, hypercare_notes) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (Status s = head.run({text(plan.name), text(plan.timezone), StoredTime::toSql(plan.start),
                             StoredTime::toSql(plan.window.start), StoredTime::toSql(plan.window.end),
                             name(plan.status), text(plan.author), text(plan.description),
                             real(plan.hypercare.durationHours), text(plan.hypercare.notes)},
                            [&] { return tr("the plan header"); });
        !s)
        return s;

    Insert phase(db, QStringLiteral("INSERT INTO phases (ordinal, id, name, description) VALUES (?, ?, ?, ?)"));
    for (qsizetype i = 0; i < plan.phases.size(); ++i) {
        const Phase &p = plan.phases.at(i);
        if (Status s = phase.run({qint64(i), text(p.id), text(p.name), text(p.description)}, [&] { return tr("phase %1").arg(p.id); }); !s)
            return s;
    }
    if (Status s = insertTasks(db, plan.tasks, QStringLiteral("runbook")); !s)
        return s;
    if (Status s = insertTasks(db, plan.rollbackTasks, QStringLiteral("rollback")); !s)
        return s;

    Insert criterion(db, QStringLiteral(
        "INSERT INTO criteria (ordinal, id, name, kind, metric, op, threshold, for_seconds, action, answer,"
        " notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < plan.criteria.size(); ++i) {
        const Criterion &c = plan.criteria.at(i);
        if (Status s = criterion.run({qint64(i), text(c.id), text(c.name), name(c.kind), text(c.metric), name(c.op),
                                      real(c.threshold), real(c.forSeconds), name(c.action), name(c.answer),
                                      text(c.notes)},
                                     [&] { return tr("criterion %1").arg(c.id); });
            !s)
            return s;
    }

    Insert decision(db, QStringLiteral(
        "INSERT INTO gate_decisions (ordinal, gate, outcome, decided_by, decided_at, rationale)"
        " VALUES (?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < plan.decisions.size(); ++i) {
        const GateDecision &d = plan.decisions.at(i);
        if (Status s = decision.run({qint64(i), text(d.gate), name(d.outcome), text(d.decidedBy),
                                     StoredTime::toSql(d.decidedAt), text(d.rationale)},
                                    [&] { return tr("the decision at gate %1").arg(d.gate); });
            !s)
            return s;
    }

    Insert readiness(db, QStringLiteral(
        "INSERT INTO readiness_items (ordinal, id, item_text, owner, status, evidence) VALUES (?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < plan.readiness.size(); ++i) {
        const ReadinessItem &r = plan.readiness.at(i);
        if (Status s = readiness.run({qint64(i), text(r.id), text(r.text), text(r.owner), name(r.status), text(r.evidence)},
                                     [&] { return tr("readiness item %1").arg(r.id); });
            !s)
            return s;
    }

    Insert sla(db, QStringLiteral(
        "INSERT INTO sla_targets (ordinal, severity, response_minutes, resolve_minutes) VALUES (?, ?, ?, ?)"));
    for (qsizetype i = 0; i < plan.hypercare.slas.size(); ++i) {
        const SlaTarget &t = plan.hypercare.slas.at(i);
        if (Status s = sla.run({qint64(i), text(t.severity), real(t.responseMinutes), real(t.resolveMinutes)},
                               [&] { return tr("SLA target %1").arg(t.severity); });
            !s)
            return s;
    }

    Insert contact(db, QStringLiteral("INSERT INTO contacts (ordinal, name, role, reach) VALUES (?, ?, ?, ?)"));
    for (qsizetype i = 0; i < plan.hypercare.contacts.size(); ++i) {
        const Contact &c = plan.hypercare.contacts.at(i);
        if (Status s = contact.run({qint64(i), text(c.name), text(c.role), text(c.reach)}, [&] { return tr("contact %1").arg(c.name); }); !s)
            return s;
    }

    if (Status s = insertSeries(db, plan.series); !s)
        return s;

    Insert validation(db, QStringLiteral(
        "INSERT INTO validation_results (ordinal, object, check_name, source_value, target_value, difference,"
        " status, tool, run_at, source_file, source_checksum) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < plan.validation.size(); ++i) {
        const ValidationResult &v = plan.validation.at(i);
        if (Status s = validation.run({qint64(i), text(v.object), text(v.check), text(v.sourceValue), text(v.targetValue),
                                       optionalReal(v.difference), name(v.status), text(v.tool),
                                       StoredTime::toSql(v.runAt), text(v.sourceFile), text(v.sourceChecksum)},
                                      [&] { return tr("validation result %1 %2").arg(v.object, v.check); });
            !s)
            return s;
    }
    return Ok{};
}

} // namespace cutover
