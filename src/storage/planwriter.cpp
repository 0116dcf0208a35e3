// SPDX-License-Identifier: GPL-3.0-or-later
#include "planwriter.h"

#include "model/enumnames.h"
#include "seriescodec.h"
#include "storedtime.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QtEndian>

#include <cmath>
#include <cstring>
#include <initializer_list>
#include <memory>

namespace cutover {

namespace {

using namespace Qt::StringLiterals;

/**
 * A prepared multi-row INSERT: rows are bound into the slots of a statement holding up to
 * `rowsPerStatement` rows, which runs when it is full; finish() stores the rest. Far fewer
 * statement executions than one INSERT per row, which is what dominates QtSql's cost.
 * Named placeholders (":v0", ":v1", ...) because binding by name avoids QtSql building a
 * placeholder string for every positional bind. The driver looks names up linearly, so a
 * statement should stay under about 200 placeholders.
 */
class BatchInsert
{
public:
    BatchInsert(const QSqlDatabase &db, QLatin1StringView table, QLatin1StringView columns, int columnCount,
                int rowsPerStatement)
        : m_db(db), m_table(table), m_columns(columns), m_columnCount(columnCount), m_rows(rowsPerStatement)
    {
        for (int i = 0; i < columnCount * rowsPerStatement; ++i)
            m_names.append(QLatin1String(":v") + QString::number(i));
    }

    Status add(std::initializer_list<QVariant> values)
    {
        Q_ASSERT(int(values.size()) == m_columnCount);
        if (!m_full) {
            m_full = std::make_unique<QSqlQuery>(m_db);
            if (!m_full->prepare(sql(m_rows)))
                return failure(*m_full);
        }
        int slot = m_pendingRows * m_columnCount;
        for (const QVariant &value : values)
            m_full->bindValue(m_names.at(slot++), value);
        if (++m_pendingRows < m_rows)
            return Ok{};
        m_pendingRows = 0;
        if (!m_full->exec())
            return failure(*m_full);
        return Ok{};
    }

    /** Stores the rows still waiting in a statement of their own size. */
    Status finish()
    {
        if (m_pendingRows == 0)
            return Ok{};
        QSqlQuery rest(m_db);
        if (!rest.prepare(sql(m_pendingRows)))
            return failure(rest);
        for (int i = 0; i < m_pendingRows * m_columnCount; ++i)
            rest.bindValue(m_names.at(i), m_full->boundValue(m_names.at(i)));
        m_pendingRows = 0;
        if (!rest.exec())
            return failure(rest);
        return Ok{};
    }

private:
    QString sql(int rows) const
    {
        QString out = QLatin1String("INSERT INTO ") + m_table + QLatin1String(" (") + m_columns
            + QLatin1String(") VALUES ");
        for (int r = 0; r < rows; ++r) {
            out += r ? QLatin1String(", (") : QLatin1String("(");
            for (int c = 0; c < m_columnCount; ++c)
                out += (c ? QLatin1String(", ") : QLatin1String()) + m_names.at(r * m_columnCount + c);
            out += QLatin1Char(')');
        }
        return out;
    }

    Status failure(const QSqlQuery &query) const
    {
        const QSqlError error = query.lastError();
        return Error(PlanWriter::tr("cannot store the %1: %2")
                         .arg(m_table, error.databaseText().isEmpty() ? error.text() : error.databaseText()));
    }

    QSqlDatabase m_db;
    QLatin1StringView m_table;
    QLatin1StringView m_columns;
    int m_columnCount;
    int m_rows;
    QStringList m_names;
    std::unique_ptr<QSqlQuery> m_full;
    int m_pendingRows = 0;
};

QVariant text(const QString &s)
{
    return s;
}

QVariant real(double v)
{
    if (std::isnan(v))
        return QVariant();
    // SQLite stores a whole REAL as an integer, which drops the sign of -0.0; a negative zero is
    // kept as its 8 IEEE 754 bytes (little-endian) in a BLOB instead (docs/storage.md).
    if (v == 0.0 && std::signbit(v)) {
        quint64 bits;
        std::memcpy(&bits, &v, sizeof bits);
        QByteArray bytes(8, Qt::Uninitialized);
        qToLittleEndian(bits, bytes.data());
        return bytes;
    }
    return QVariant(v);
}

QVariant optionalReal(const std::optional<double> &v)
{
    return v.has_value() ? real(*v) : QVariant();
}

/** The enum's stored spelling; built once per value, then shared (no allocation per row). */
template<typename E>
QVariant name(E v)
{
    static const QStringList names = [] {
        QStringList spelled;
        for (qsizetype i = 0; i < enumNames<E>().size(); ++i)
            spelled.append(toString(E(i)));
        return spelled;
    }();
    const auto index = qsizetype(v);
    return index >= 0 && index < names.size() ? QVariant(names.at(index)) : QVariant(toString(v));
}

/** Tasks get explicit keys (runbook first, then rollback) so dependencies need no lookup. */
Status insertTasks(const QSqlDatabase &db, const QList<Task> &tasks, const QString &list, qint64 *nextKey)
{
    BatchInsert task(db, "tasks"_L1,
                     "task_key, list, ordinal, id, name, phase, owner, kind, optimistic, likely, pessimistic,"
                     " distribution, not_before, marks, notes, status, actual_start, actual_finish"_L1,
                     18, 8);
    BatchInsert dependency(db, "dependencies"_L1, "task_key, ordinal, predecessor, type, lag"_L1, 5, 32);
    const qint64 firstKey = *nextKey;
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        const Task &t = tasks.at(i);
        if (Status s = task.add({firstKey + i, list, qint64(i), text(t.id), text(t.name), text(t.phase),
                                 text(t.owner), name(t.kind), optionalReal(t.duration.optimistic),
                                 real(t.duration.likely), optionalReal(t.duration.pessimistic),
                                 name(t.distribution), StoredTime::toSql(t.notBefore), qint64(t.marks.toInt()),
                                 text(t.notes), name(t.status), StoredTime::toSql(t.actualStart),
                                 StoredTime::toSql(t.actualFinish)});
            !s)
            return s;
    }
    *nextKey = firstKey + tasks.size();
    // All tasks first: the dependencies' foreign key needs them.
    if (Status s = task.finish(); !s)
        return s;
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        const QList<Dependency> &after = tasks.at(i).after;
        for (qsizetype d = 0; d < after.size(); ++d) {
            const Dependency &dep = after.at(d);
            if (Status s = dependency.add({firstKey + i, qint64(d), text(dep.task), name(dep.type), real(dep.lag)});
                !s)
                return s;
        }
    }
    return dependency.finish();
}

QVariant optionalValue(const std::optional<double> &v)
{
    return optionalReal(v);
}

/** Baselines with their tasks, dependencies and criteria (schema 2, docs/storage.md). */
Status insertBaselines(const QSqlDatabase &db, const QList<Baseline> &baselines)
{
    BatchInsert head(db, "baselines"_L1,
                     "ordinal, name, taken_at, taken_by, note, finish, downtime, duration_p50, duration_p80,"
                     " duration_p95, downtime_p50, downtime_p80, downtime_p95, probability_within_window,"
                     " rollback_deadline_p80, seed, iterations"_L1,
                     17, 4);
    for (qsizetype i = 0; i < baselines.size(); ++i) {
        const Baseline &b = baselines.at(i);
        const BaselineFigures &f = b.figures;
        if (Status s = head.add({qint64(i), text(b.name), StoredTime::toSql(b.takenAt), text(b.takenBy), text(b.note),
                                 StoredTime::toSql(f.finish), optionalValue(f.downtimeMinutes),
                                 optionalValue(f.durationP50), optionalValue(f.durationP80),
                                 optionalValue(f.durationP95), optionalValue(f.downtimeP50),
                                 optionalValue(f.downtimeP80), optionalValue(f.downtimeP95),
                                 optionalValue(f.probabilityWithinWindow), StoredTime::toSql(f.rollbackDeadlineP80),
                                 QString::number(f.seed), qint64(f.iterations)});
            !s)
            return s;
    }
    if (Status s = head.finish(); !s)
        return s;

    BatchInsert task(db, "baseline_tasks"_L1,
                     "task_key, baseline, list, ordinal, id, name, phase, owner, kind, optimistic, likely,"
                     " pessimistic, distribution, not_before, marks, notes"_L1,
                     16, 8);
    BatchInsert dependency(db, "baseline_dependencies"_L1, "task_key, ordinal, predecessor, type, lag"_L1, 5, 32);
    BatchInsert criterion(db, "baseline_criteria"_L1,
                          "baseline, ordinal, id, name, kind, metric, op, threshold, for_seconds, action, answer,"
                          " notes"_L1,
                          12, 16);
    qint64 key = 1;
    struct Pending
    {
        qint64 key;
        const Task *task;
    };
    QList<Pending> withLinks;
    for (qsizetype b = 0; b < baselines.size(); ++b) {
        for (const bool rollback : {false, true}) {
            const QList<Task> &tasks = rollback ? baselines.at(b).rollbackTasks : baselines.at(b).tasks;
            const QString list = rollback ? QStringLiteral("rollback") : QStringLiteral("runbook");
            for (qsizetype i = 0; i < tasks.size(); ++i, ++key) {
                const Task &t = tasks.at(i);
                if (Status s = task.add({key, qint64(b), list, qint64(i), text(t.id), text(t.name), text(t.phase),
                                         text(t.owner), name(t.kind), optionalReal(t.duration.optimistic),
                                         real(t.duration.likely), optionalReal(t.duration.pessimistic),
                                         name(t.distribution), StoredTime::toSql(t.notBefore),
                                         qint64(t.marks.toInt()), text(t.notes)});
                    !s)
                    return s;
                if (!t.after.isEmpty())
                    withLinks.append(Pending{key, &t});
            }
        }
        const QList<Criterion> &criteria = baselines.at(b).criteria;
        for (qsizetype i = 0; i < criteria.size(); ++i) {
            const Criterion &c = criteria.at(i);
            if (Status s = criterion.add({qint64(b), qint64(i), text(c.id), text(c.name), name(c.kind), text(c.metric),
                                          name(c.op), real(c.threshold), real(c.forSeconds), name(c.action),
                                          name(c.answer), text(c.notes)});
                !s)
                return s;
        }
    }
    if (Status s = task.finish(); !s)
        return s;
    if (Status s = criterion.finish(); !s)
        return s;
    for (const Pending &p : std::as_const(withLinks)) {
        for (qsizetype d = 0; d < p.task->after.size(); ++d) {
            const Dependency &dep = p.task->after.at(d);
            if (Status s = dependency.add({p.key, qint64(d), text(dep.task), name(dep.type), real(dep.lag)}); !s)
                return s;
        }
    }
    return dependency.finish();
}

Status insertSeries(const QSqlDatabase &db, const QList<MetricSeries> &series)
{
    BatchInsert head(db, "series"_L1,
                     "series_key, ordinal, id, name, metric, unit, source_file, source_format, source_checksum,"
                     " imported_at, point_count"_L1,
                     11, 16);
    BatchInsert label(db, "series_labels"_L1, "series_key, ordinal, key, value"_L1, 4, 32);
    // Chunks are large blobs: one row per statement.
    BatchInsert chunk(db, "series_chunks"_L1,
                      "series_key, chunk, point_count, first_time, last_time, hash, times, value_data"_L1, 8, 1);
    for (qsizetype i = 0; i < series.size(); ++i) {
        const MetricSeries &s = series.at(i);
        if (s.times.size() != s.values.size())
            return Error(PlanWriter::tr("cannot store series %1: it has %2 times but %3 values")
                             .arg(s.id).arg(s.times.size()).arg(s.values.size()));
        const qint64 key = i + 1;
        if (Status st = head.add({key, qint64(i), text(s.id), text(s.name), text(s.metric), text(s.unit),
                                  text(s.sourceFile), text(s.sourceFormat), text(s.sourceChecksum),
                                  StoredTime::toSql(s.importedAt), qint64(s.times.size())});
            !st)
            return st;
    }
    // Every head first: the labels' and chunks' foreign keys need them, and a batch of labels
    // can fill (and be written) before the batch holding its series' head.
    if (Status st = head.finish(); !st)
        return st;
    for (qsizetype i = 0; i < series.size(); ++i) {
        const MetricSeries &s = series.at(i);
        qint64 ordinal = 0;
        for (auto it = s.labels.cbegin(); it != s.labels.cend(); ++it, ++ordinal) {
            if (Status st = label.add({qint64(i + 1), ordinal, text(it.key()), text(it.value())}); !st)
                return st;
        }
    }
    if (Status st = label.finish(); !st)
        return st;
    for (qsizetype i = 0; i < series.size(); ++i) {
        const MetricSeries &s = series.at(i);
        for (qsizetype first = 0, n = 0; first < s.times.size(); first += SeriesCodec::chunkPoints, ++n) {
            const qsizetype count = std::min(SeriesCodec::chunkPoints, s.times.size() - first);
            const QByteArray times = SeriesCodec::encodeTimes(s.times.constData() + first, count);
            const QByteArray values = SeriesCodec::encodeValues(s.values.constData() + first, count);
            if (Status st = chunk.add({qint64(i + 1), qint64(n), qint64(count), s.times.at(first),
                                       s.times.at(first + count - 1), SeriesCodec::hash(times, values), times,
                                       values});
                !st)
                return st;
        }
    }
    return chunk.finish();
}

} // namespace

Status PlanWriter::insertPlan(const QSqlDatabase &db, const Plan &plan)
{
    BatchInsert head(db, "plan"_L1,
                     "singleton, name, timezone, start, window_start, window_end, status, author, description,"
                     " hypercare_hours, hypercare_notes, approved_by, approved_at, approved_baseline"_L1,
                     14, 1);
    if (Status s = head.add({1, text(plan.name), text(plan.timezone), StoredTime::toSql(plan.start),
                             StoredTime::toSql(plan.window.start), StoredTime::toSql(plan.window.end),
                             name(plan.status), text(plan.author), text(plan.description),
                             real(plan.hypercare.durationHours), text(plan.hypercare.notes),
                             text(plan.approval.approvedBy), StoredTime::toSql(plan.approval.approvedAt),
                             text(plan.approval.baseline)});
        !s)
        return s;

    BatchInsert phase(db, "phases"_L1, "ordinal, id, name, description"_L1, 4, 32);
    for (qsizetype i = 0; i < plan.phases.size(); ++i) {
        const Phase &p = plan.phases.at(i);
        if (Status s = phase.add({qint64(i), text(p.id), text(p.name), text(p.description)}); !s)
            return s;
    }
    if (Status s = phase.finish(); !s)
        return s;

    qint64 nextTaskKey = 1;
    if (Status s = insertTasks(db, plan.tasks, QStringLiteral("runbook"), &nextTaskKey); !s)
        return s;
    if (Status s = insertTasks(db, plan.rollbackTasks, QStringLiteral("rollback"), &nextTaskKey); !s)
        return s;

    BatchInsert criterion(db, "criteria"_L1,
                          "ordinal, id, name, kind, metric, op, threshold, for_seconds, action, answer, notes"_L1,
                          11, 16);
    for (qsizetype i = 0; i < plan.criteria.size(); ++i) {
        const Criterion &c = plan.criteria.at(i);
        if (Status s = criterion.add({qint64(i), text(c.id), text(c.name), name(c.kind), text(c.metric), name(c.op),
                                      real(c.threshold), real(c.forSeconds), name(c.action), name(c.answer),
                                      text(c.notes)});
            !s)
            return s;
    }
    if (Status s = criterion.finish(); !s)
        return s;

    BatchInsert decision(db, "gate_decisions"_L1,
                         "ordinal, gate, outcome, decided_by, decided_at, rationale, downtime_p80,"
                         " probability_within_window, deadline_p80, margin_p80"_L1,
                         10, 16);
    for (qsizetype i = 0; i < plan.decisions.size(); ++i) {
        const GateDecision &d = plan.decisions.at(i);
        if (Status s = decision.add({qint64(i), text(d.gate), name(d.outcome), text(d.decidedBy),
                                     StoredTime::toSql(d.decidedAt), text(d.rationale), optionalReal(d.downtimeP80),
                                     optionalReal(d.probabilityWithinWindow), StoredTime::toSql(d.deadlineP80),
                                     optionalReal(d.marginP80)});
            !s)
            return s;
    }
    if (Status s = decision.finish(); !s)
        return s;

    BatchInsert readiness(db, "readiness_items"_L1, "ordinal, id, item_text, owner, status, evidence"_L1, 6, 32);
    for (qsizetype i = 0; i < plan.readiness.size(); ++i) {
        const ReadinessItem &r = plan.readiness.at(i);
        if (Status s = readiness.add({qint64(i), text(r.id), text(r.text), text(r.owner), name(r.status),
                                      text(r.evidence)});
            !s)
            return s;
    }
    if (Status s = readiness.finish(); !s)
        return s;

    BatchInsert sla(db, "sla_targets"_L1, "ordinal, severity, response_minutes, resolve_minutes"_L1, 4, 32);
    for (qsizetype i = 0; i < plan.hypercare.slas.size(); ++i) {
        const SlaTarget &t = plan.hypercare.slas.at(i);
        if (Status s = sla.add({qint64(i), text(t.severity), real(t.responseMinutes), real(t.resolveMinutes)}); !s)
            return s;
    }
    if (Status s = sla.finish(); !s)
        return s;

    BatchInsert contact(db, "contacts"_L1, "ordinal, name, role, reach"_L1, 4, 32);
    for (qsizetype i = 0; i < plan.hypercare.contacts.size(); ++i) {
        const Contact &c = plan.hypercare.contacts.at(i);
        if (Status s = contact.add({qint64(i), text(c.name), text(c.role), text(c.reach)}); !s)
            return s;
    }
    if (Status s = contact.finish(); !s)
        return s;

    if (Status s = insertSeries(db, plan.series); !s)
        return s;
    if (Status s = insertBaselines(db, plan.baselines); !s)
        return s;

    BatchInsert validation(db, "validation_results"_L1,
                           "ordinal, object, check_name, source_value, target_value, difference, status, tool,"
                           " run_at, source_file, source_checksum"_L1,
                           11, 16);
    for (qsizetype i = 0; i < plan.validation.size(); ++i) {
        const ValidationResult &v = plan.validation.at(i);
        if (Status s = validation.add({qint64(i), text(v.object), text(v.check), text(v.sourceValue),
                                       text(v.targetValue), optionalReal(v.difference), name(v.status), text(v.tool),
                                       StoredTime::toSql(v.runAt), text(v.sourceFile), text(v.sourceChecksum)});
            !s)
            return s;
    }
    return validation.finish();
}

} // namespace cutover
