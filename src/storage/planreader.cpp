// SPDX-License-Identifier: GPL-3.0-or-later
#include "planreader.h"

#include "model/enumnames.h"
#include "model/planvalidation.h"
#include "seriescodec.h"
#include "storedtime.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QtEndian>

#include <algorithm>
#include <cstring>
#include <limits>
#include <numeric>

namespace cutover {

namespace {

/** A stored text as an error message quotes it: at most 80 characters (Error::toString()
    escapes control characters, so the message stays one line). */
QString quotedValue(const QString &value)
{
    constexpr qsizetype kShown = 80;
    return value.size() > kShown ? value.left(kShown) + QChar(0x2026) : value;
}

/** A forward-only SELECT plus the first error met while converting its columns. */
class Rows
{
public:
    Rows(const QSqlDatabase &db, const QString &sql) : m_query(db)
    {
        m_query.setForwardOnly(true);
        if (!m_query.exec(sql))
            m_error = sqlError(m_query.lastError());
    }

    bool next()
    {
        if (failed())
            return false;
        if (m_query.next())
            return true;
        if (m_query.lastError().isValid())
            m_error = sqlError(m_query.lastError());
        return false;
    }

    bool failed() const { return !m_error.message.isEmpty(); }
    const Error &error() const { return m_error; }

    QVariant value(int column) const { return m_query.value(column); }
    QString text(int column) const { return m_query.value(column).toString(); }
    qint64 integer(int column) const { return m_query.value(column).toLongLong(); }

    double real(int column) const
    {
        const QVariant v = m_query.value(column);
        return v.isNull() ? std::numeric_limits<double>::quiet_NaN() : toReal(v);
    }

    std::optional<double> optionalReal(int column) const
    {
        const QVariant v = m_query.value(column);
        return v.isNull() ? std::nullopt : std::optional<double>(toReal(v));
    }

    /** A REAL column's value; a negative zero is stored as an 8-byte BLOB (see PlanWriter). */
    static double toReal(const QVariant &v)
    {
        if (v.typeId() == QMetaType::QByteArray) {
            const QByteArray bytes = v.toByteArray();
            if (bytes.size() != 8)
                return 0.0;
            const quint64 bits = qFromLittleEndian<quint64>(bytes.constData());
            double d;
            std::memcpy(&d, &bits, sizeof d);
            return d;
        }
        return v.toDouble();
    }

    /** `path` is a callable giving the place for the error message, built only on failure. */
    template<typename E, typename Path>
    E enumValue(int column, Path &&path)
    {
        const QString spelled = text(column);
        if (const std::optional<E> v = parseEnum<E>(spelled))
            return *v;
        fail(PlanReader::tr("unknown value \"%1\" (expected one of %2)")
                 .arg(quotedValue(spelled), enumNames<E>().join(QLatin1String(", "))),
             path());
        return E{};
    }

    template<typename Path>
    QDateTime time(int column, Path &&path)
    {
        if (const std::optional<QDateTime> t = StoredTime::fromSql(m_query.value(column)))
            return *t;
        fail(PlanReader::tr("\"%1\" is not a stored time (expected ISO 8601 with an offset)").arg(quotedValue(text(column))),
             path());
        return {};
    }

    void fail(const QString &message, const QString &path)
    {
        if (!failed())
            m_error = Error(message, QString(), 0, 0, path);
    }

private:
    static Error sqlError(const QSqlError &error)
    {
        // SQLite quotes the damaged schema text, line breaks included: keep the message one line.
        const QString detail = (error.databaseText().isEmpty() ? error.text() : error.databaseText()).simplified();
        // SQLITE_CORRUPT (11) and SQLITE_NOTADB (26), also as extended codes.
        const int code = error.nativeErrorCode().toInt() & 0xff;
        if (code == 11 || code == 26)
            return Error(PlanReader::tr("the file is damaged (%1)").arg(detail));
        return Error(PlanReader::tr("cannot read the stored plan: %1").arg(detail));
    }

    QSqlQuery m_query;
    Error m_error;
};

QString at(QLatin1StringView list, qsizetype index, QLatin1StringView field = {})
{
    QString path = list + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
    if (!field.isEmpty())
        path += QLatin1Char('.') + field;
    return path;
}

using namespace Qt::StringLiterals;

Status readHeader(const QSqlDatabase &db, Plan *plan)
{
    Rows r(db, u"SELECT name, timezone, start, window_start, window_end, status, author, description,"
               " hypercare_hours, hypercare_notes, approved_by, approved_at, approved_baseline"
               " FROM plan WHERE singleton = 1"_s);
    if (!r.next())
        return r.failed() ? r.error() : Error(PlanReader::tr("the plan row is missing"), {}, 0, 0, u"plan"_s);
    plan->name = r.text(0);
    plan->timezone = r.text(1);
    plan->start = r.time(2, [&] { return u"start"_s; });
    plan->window.start = r.time(3, [&] { return u"window.start"_s; });
    plan->window.end = r.time(4, [&] { return u"window.end"_s; });
    plan->status = r.enumValue<PlanStatus>(5, [&] { return u"status"_s; });
    plan->author = r.text(6);
    plan->description = r.text(7);
    plan->hypercare.durationHours = r.real(8);
    plan->hypercare.notes = r.text(9);
    plan->approval.approvedBy = r.text(10);
    plan->approval.approvedAt = r.time(11, [&] { return u"approval.approvedAt"_s; });
    plan->approval.baseline = r.text(12);
    return r.failed() ? Status(r.error()) : Status(Ok{});
}

Status readTasks(const QSqlDatabase &db, Plan *plan)
{
    struct Place
    {
        bool rollback;
        qsizetype index;
    };
    struct Stored
    {
        qint64 key;
        qint64 ordinal;
    };
    QList<Stored> order[2]; // runbook, rollback
    // Scanning in key order needs no sort; the writer gives keys in list order, and the ordinal
    // column is checked below in case some other writer did not.
    Rows r(db, u"SELECT task_key, list, ordinal, id, name, phase, owner, kind, optimistic, likely, pessimistic,"
               " distribution, not_before, marks, notes, status, actual_start, actual_finish"
               " FROM tasks ORDER BY task_key"_s);
    while (r.next()) {
        const bool rollback = r.text(1) == "rollback"_L1;
        QList<Task> &list = rollback ? plan->rollbackTasks : plan->tasks;
        const QLatin1StringView name = rollback ? "rollback.tasks"_L1 : "tasks"_L1;
        const qsizetype index = list.size();
        Task t;
        t.id = r.text(3);
        t.name = r.text(4);
        t.phase = r.text(5);
        t.owner = r.text(6);
        t.kind = r.enumValue<TaskKind>(7, [&] { return at(name, index, "kind"_L1); });
        t.duration.optimistic = r.optionalReal(8);
        t.duration.likely = r.real(9);
        t.duration.pessimistic = r.optionalReal(10);
        t.distribution = r.enumValue<Distribution>(11, [&] { return at(name, index, "distribution"_L1); });
        t.notBefore = r.time(12, [&] { return at(name, index, "notBefore"_L1); });
        const qint64 marks = r.integer(13);
        if (marks < 0 || marks > 15)
            r.fail(PlanReader::tr("unknown marks %1").arg(marks), at(name, index, "marks"_L1));
        t.marks = Marks::fromInt(int(marks));
        t.notes = r.text(14);
        t.status = r.enumValue<TaskStatus>(15, [&] { return at(name, index, "status"_L1); });
        t.actualStart = r.time(16, [&] { return at(name, index, "actualStart"_L1); });
        t.actualFinish = r.time(17, [&] { return at(name, index, "actualFinish"_L1); });
        order[rollback ? 1 : 0].append(Stored{r.integer(0), r.integer(2)});
        list.append(std::move(t));
    }
    if (r.failed())
        return r.error();

    QHash<qint64, Place> byKey;
    byKey.reserve(plan->tasks.size() + plan->rollbackTasks.size());
    for (int l = 0; l < 2; ++l) {
        QList<Task> &list = l ? plan->rollbackTasks : plan->tasks;
        QList<Stored> &stored = order[l];
        const auto byOrdinal = [](const Stored &a, const Stored &b) { return a.ordinal < b.ordinal; };
        if (!std::is_sorted(stored.cbegin(), stored.cend(), byOrdinal)) {
            QList<qsizetype> permutation(stored.size());
            std::iota(permutation.begin(), permutation.end(), 0);
            std::stable_sort(permutation.begin(), permutation.end(), [&](qsizetype a, qsizetype b) {
                return stored.at(a).ordinal < stored.at(b).ordinal;
            });
            QList<Task> sorted;
            QList<Stored> sortedStored;
            for (const qsizetype p : std::as_const(permutation)) {
                sorted.append(std::move(list[p]));
                sortedStored.append(stored.at(p));
            }
            list = std::move(sorted);
            stored = std::move(sortedStored);
        }
        for (qsizetype i = 0; i < stored.size(); ++i)
            byKey.insert(stored.at(i).key, Place{l == 1, i});
    }

    Rows d(db, u"SELECT task_key, predecessor, type, lag FROM dependencies ORDER BY task_key, ordinal"_s);
    while (d.next()) {
        const auto place = byKey.constFind(d.integer(0));
        if (place == byKey.cend())
            return Error(PlanReader::tr("a dependency refers to a missing task"), {}, 0, 0, u"dependencies"_s);
        Task &t = place->rollback ? plan->rollbackTasks[place->index] : plan->tasks[place->index];
        const auto path = [&]() -> QString {
            return at(place->rollback ? "rollback.tasks"_L1 : "tasks"_L1, place->index)
                + QStringLiteral(".after[%1].type").arg(t.after.size());
        };
        Dependency dep;
        dep.task = d.text(1);
        dep.type = d.enumValue<DependencyType>(2, path);
        dep.lag = d.real(3);
        t.after.append(std::move(dep));
    }
    return d.failed() ? Status(d.error()) : Status(Ok{});
}

Status readLists(const QSqlDatabase &db, Plan *plan)
{
    Rows p(db, u"SELECT id, name, description FROM phases ORDER BY ordinal"_s);
    while (p.next())
        plan->phases.append(Phase{p.text(0), p.text(1), p.text(2)});
    if (p.failed())
        return p.error();

    Rows c(db, u"SELECT id, name, kind, metric, op, threshold, for_seconds, action, answer, notes"
               " FROM criteria ORDER BY ordinal"_s);
    while (c.next()) {
        const qsizetype i = plan->criteria.size();
        Criterion cr;
        cr.id = c.text(0);
        cr.name = c.text(1);
        cr.kind = c.enumValue<CriterionKind>(2, [&] { return at("criteria"_L1, i, "kind"_L1); });
        cr.metric = c.text(3);
        cr.op = c.enumValue<CompareOp>(4, [&] { return at("criteria"_L1, i, "op"_L1); });
        cr.threshold = c.real(5);
        cr.forSeconds = c.real(6);
        cr.action = c.enumValue<CriterionAction>(7, [&] { return at("criteria"_L1, i, "action"_L1); });
        cr.answer = c.enumValue<ManualAnswer>(8, [&] { return at("criteria"_L1, i, "answer"_L1); });
        cr.notes = c.text(9);
        plan->criteria.append(std::move(cr));
    }
    if (c.failed())
        return c.error();

    Rows g(db, u"SELECT gate, outcome, decided_by, decided_at, rationale, downtime_p80, probability_within_window,"
               " deadline_p80, margin_p80 FROM gate_decisions ORDER BY ordinal"_s);
    while (g.next()) {
        const qsizetype i = plan->decisions.size();
        GateDecision d;
        d.gate = g.text(0);
        d.outcome = g.enumValue<GateOutcome>(1, [&] { return at("decisions"_L1, i, "outcome"_L1); });
        d.decidedBy = g.text(2);
        d.decidedAt = g.time(3, [&] { return at("decisions"_L1, i, "decidedAt"_L1); });
        d.rationale = g.text(4);
        d.downtimeP80 = g.optionalReal(5);
        d.probabilityWithinWindow = g.optionalReal(6);
        d.deadlineP80 = g.time(7, [&] { return at("decisions"_L1, i, "figures.rollbackDeadlineP80"_L1); });
        d.marginP80 = g.optionalReal(8);
        plan->decisions.append(std::move(d));
    }
    if (g.failed())
        return g.error();

    Rows ri(db, u"SELECT id, item_text, owner, status, evidence FROM readiness_items ORDER BY ordinal"_s);
    while (ri.next()) {
        const qsizetype i = plan->readiness.size();
        ReadinessItem item;
        item.id = ri.text(0);
        item.text = ri.text(1);
        item.owner = ri.text(2);
        item.status = ri.enumValue<ReadinessStatus>(3, [&] { return at("readiness"_L1, i, "status"_L1); });
        item.evidence = ri.text(4);
        plan->readiness.append(std::move(item));
    }
    if (ri.failed())
        return ri.error();

    Rows s(db, u"SELECT severity, response_minutes, resolve_minutes FROM sla_targets ORDER BY ordinal"_s);
    while (s.next())
        plan->hypercare.slas.append(SlaTarget{s.text(0), s.real(1), s.real(2)});
    if (s.failed())
        return s.error();

    Rows ct(db, u"SELECT name, role, reach FROM contacts ORDER BY ordinal"_s);
    while (ct.next())
        plan->hypercare.contacts.append(Contact{ct.text(0), ct.text(1), ct.text(2)});
    if (ct.failed())
        return ct.error();

    Rows v(db, u"SELECT object, check_name, source_value, target_value, difference, status, tool, run_at,"
               " source_file, source_checksum FROM validation_results ORDER BY ordinal"_s);
    while (v.next()) {
        const qsizetype i = plan->validation.size();
        ValidationResult vr;
        vr.object = v.text(0);
        vr.check = v.text(1);
        vr.sourceValue = v.text(2);
        vr.targetValue = v.text(3);
        vr.difference = v.optionalReal(4);
        vr.status = v.enumValue<ValidationStatus>(5, [&] { return at("validation"_L1, i, "status"_L1); });
        vr.tool = v.text(6);
        vr.runAt = v.time(7, [&] { return at("validation"_L1, i, "runAt"_L1); });
        vr.sourceFile = v.text(8);
        vr.sourceChecksum = v.text(9);
        plan->validation.append(std::move(vr));
    }
    return v.failed() ? Status(v.error()) : Status(Ok{});
}

Status readSeries(const QSqlDatabase &db, Plan *plan)
{
    // Point counts come from the file: never reserve more than the file could hold (16 bytes
    // a point), so a damaged count gives an error instead of a huge allocation.
    qint64 fileBytes = 0;
    {
        Rows size(db, u"SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()"_s);
        if (!size.next())
            return size.failed() ? size.error() : Error(PlanReader::tr("cannot read the page count"));
        fileBytes = size.integer(0);
    }
    QHash<qint64, qsizetype> byKey;
    QList<qint64> expectedPoints;
    Rows s(db, u"SELECT series_key, id, name, metric, unit, source_file, source_format, source_checksum,"
               " imported_at, point_count FROM series ORDER BY ordinal"_s);
    while (s.next()) {
        const qsizetype i = plan->series.size();
        MetricSeries ms;
        ms.id = s.text(1);
        ms.name = s.text(2);
        ms.metric = s.text(3);
        ms.unit = s.text(4);
        ms.sourceFile = s.text(5);
        ms.sourceFormat = s.text(6);
        ms.sourceChecksum = s.text(7);
        ms.importedAt = s.time(8, [&] { return at("series"_L1, i, "importedAt"_L1); });
        const qint64 points = s.integer(9);
        if (points < 0 || points > fileBytes / 16) {
            s.fail(PlanReader::tr("the stored point count %1 does not fit the file").arg(points), at("series"_L1, i));
        } else {
            ms.times.reserve(points);
            ms.values.reserve(points);
        }
        byKey.insert(s.integer(0), i);
        expectedPoints.append(points);
        plan->series.append(std::move(ms));
    }
    if (s.failed())
        return s.error();
    if (plan->series.isEmpty())
        return Ok{};

    Rows l(db, u"SELECT series_key, key, value FROM series_labels ORDER BY series_key, ordinal"_s);
    while (l.next()) {
        const auto index = byKey.constFind(l.integer(0));
        if (index == byKey.cend())
            return Error(PlanReader::tr("a label refers to a missing series"), {}, 0, 0, u"series_labels"_s);
        plan->series[*index].labels.insert(l.text(1), l.text(2));
    }
    if (l.failed())
        return l.error();

    QList<qint64> nextChunk(plan->series.size(), 0);
    Rows c(db, u"SELECT series_key, chunk, point_count, hash, times, value_data FROM series_chunks"
               " ORDER BY series_key, chunk"_s);
    while (c.next()) {
        const auto index = byKey.constFind(c.integer(0));
        if (index == byKey.cend())
            return Error(PlanReader::tr("a chunk of points refers to a missing series"), {}, 0, 0,
                         u"series_chunks"_s);
        const qsizetype i = *index;
        const qint64 chunk = c.integer(1);
        const QString path = at("series"_L1, i) + QStringLiteral(".chunk[%1]").arg(chunk);
        if (chunk != nextChunk.at(i))
            return Error(PlanReader::tr("chunk %1 is missing").arg(nextChunk.at(i)), {}, 0, 0, at("series"_L1, i));
        ++nextChunk[i];
        const qint64 count = c.integer(2);
        const QByteArray times = c.value(4).toByteArray();
        const QByteArray values = c.value(5).toByteArray();
        if (SeriesCodec::hash(times, values) != c.integer(3))
            return Error(PlanReader::tr("the stored points are damaged (checksum mismatch)"), {}, 0, 0, path);
        MetricSeries &ms = plan->series[i];
        if (count < 0 || ms.times.size() + count > expectedPoints.at(i)
            || !SeriesCodec::decodeTimes(times, count, &ms.times)
            || !SeriesCodec::decodeValues(values, count, &ms.values))
            return Error(PlanReader::tr("the stored points do not match their count"), {}, 0, 0, path);
    }
    if (c.failed())
        return c.error();
    for (qsizetype i = 0; i < plan->series.size(); ++i) {
        if (plan->series.at(i).times.size() != expectedPoints.at(i))
            return Error(PlanReader::tr("%1 of %2 points are stored")
                             .arg(plan->series.at(i).times.size()).arg(expectedPoints.at(i)),
                         {}, 0, 0, at("series"_L1, i));
    }
    return Ok{};
}

Status readBaselines(const QSqlDatabase &db, Plan *plan)
{
    Rows h(db, u"SELECT ordinal, name, taken_at, taken_by, note, finish, downtime, duration_p50, duration_p80,"
               " duration_p95, downtime_p50, downtime_p80, downtime_p95, probability_within_window,"
               " rollback_deadline_p80, seed, iterations FROM baselines ORDER BY ordinal"_s);
    QHash<qint64, qsizetype> byOrdinal;
    while (h.next()) {
        const qsizetype i = plan->baselines.size();
        Baseline b;
        b.name = h.text(1);
        b.takenAt = h.time(2, [&] { return at("baselines"_L1, i, "takenAt"_L1); });
        b.takenBy = h.text(3);
        b.note = h.text(4);
        BaselineFigures &f = b.figures;
        f.finish = h.time(5, [&] { return at("baselines"_L1, i, "figures.finish"_L1); });
        f.downtimeMinutes = h.optionalReal(6);
        f.durationP50 = h.optionalReal(7);
        f.durationP80 = h.optionalReal(8);
        f.durationP95 = h.optionalReal(9);
        f.downtimeP50 = h.optionalReal(10);
        f.downtimeP80 = h.optionalReal(11);
        f.downtimeP95 = h.optionalReal(12);
        f.probabilityWithinWindow = h.optionalReal(13);
        f.rollbackDeadlineP80 = h.time(14, [&] { return at("baselines"_L1, i, "figures.rollbackDeadlineP80"_L1); });
        bool seedOk = false;
        f.seed = h.text(15).toULongLong(&seedOk);
        if (!seedOk)
            h.fail(PlanReader::tr("\"%1\" is not a seed").arg(quotedValue(h.text(15))),
                   at("baselines"_L1, i, "figures.seed"_L1));
        f.iterations = int(h.integer(16));
        byOrdinal.insert(h.integer(0), i);
        plan->baselines.append(std::move(b));
    }
    if (h.failed())
        return h.error();
    if (plan->baselines.isEmpty())
        return Ok{};

    struct Place
    {
        qsizetype baseline;
        bool rollback;
        qsizetype index;
    };
    const auto baselineTaskPath = [](const Place &p, qsizetype dependency) {
        QString path = at("baselines"_L1, p.baseline);
        path += QLatin1Char('.');
        path += at(p.rollback ? "rollback.tasks"_L1 : "tasks"_L1, p.index);
        path += QStringLiteral(".after[%1].type").arg(dependency);
        return path;
    };
    QHash<qint64, Place> byKey;
    Rows r(db, u"SELECT task_key, baseline, list, id, name, phase, owner, kind, optimistic, likely, pessimistic,"
               " distribution, not_before, marks, notes FROM baseline_tasks ORDER BY baseline, list DESC, ordinal"_s);
    while (r.next()) {
        const auto b = byOrdinal.constFind(r.integer(1));
        if (b == byOrdinal.cend())
            return Error(PlanReader::tr("a baseline task refers to a missing baseline"), {}, 0, 0, u"baseline_tasks"_s);
        const bool rollback = r.text(2) == "rollback"_L1;
        Baseline &baseline = plan->baselines[*b];
        QList<Task> &list = rollback ? baseline.rollbackTasks : baseline.tasks;
        const qsizetype index = list.size();
        const auto path = [&](QLatin1StringView field) {
            return at("baselines"_L1, *b) + QLatin1Char('.') + at(rollback ? "rollback.tasks"_L1 : "tasks"_L1, index, field);
        };
        Task t;
        t.id = r.text(3);
        t.name = r.text(4);
        t.phase = r.text(5);
        t.owner = r.text(6);
        t.kind = r.enumValue<TaskKind>(7, [&] { return path("kind"_L1); });
        t.duration.optimistic = r.optionalReal(8);
        t.duration.likely = r.real(9);
        t.duration.pessimistic = r.optionalReal(10);
        t.distribution = r.enumValue<Distribution>(11, [&] { return path("distribution"_L1); });
        t.notBefore = r.time(12, [&] { return path("notBefore"_L1); });
        const qint64 marks = r.integer(13);
        if (marks < 0 || marks > 15)
            r.fail(PlanReader::tr("unknown marks %1").arg(marks), path("marks"_L1));
        t.marks = Marks::fromInt(int(marks));
        t.notes = r.text(14);
        byKey.insert(r.integer(0), Place{*b, rollback, index});
        list.append(std::move(t));
    }
    if (r.failed())
        return r.error();

    Rows d(db, u"SELECT task_key, predecessor, type, lag FROM baseline_dependencies ORDER BY task_key, ordinal"_s);
    while (d.next()) {
        const auto place = byKey.constFind(d.integer(0));
        if (place == byKey.cend())
            return Error(PlanReader::tr("a dependency refers to a missing task"), {}, 0, 0, u"baseline_dependencies"_s);
        Baseline &baseline = plan->baselines[place->baseline];
        Task &t = place->rollback ? baseline.rollbackTasks[place->index] : baseline.tasks[place->index];
        Dependency dep;
        dep.task = d.text(1);
        const qsizetype dependencyIndex = t.after.size();
        dep.type = d.enumValue<DependencyType>(2, [&] { return baselineTaskPath(*place, dependencyIndex); });
        dep.lag = d.real(3);
        t.after.append(std::move(dep));
    }
    if (d.failed())
        return d.error();

    Rows c(db, u"SELECT baseline, id, name, kind, metric, op, threshold, for_seconds, action, answer, notes"
               " FROM baseline_criteria ORDER BY baseline, ordinal"_s);
    while (c.next()) {
        const auto b = byOrdinal.constFind(c.integer(0));
        if (b == byOrdinal.cend())
            return Error(PlanReader::tr("a baseline criterion refers to a missing baseline"), {}, 0, 0,
                         u"baseline_criteria"_s);
        QList<Criterion> &list = plan->baselines[*b].criteria;
        const qsizetype i = list.size();
        const auto path = [&](QLatin1StringView field) {
            return at("baselines"_L1, *b) + QLatin1Char('.') + at("criteria"_L1, i, field);
        };
        Criterion cr;
        cr.id = c.text(1);
        cr.name = c.text(2);
        cr.kind = c.enumValue<CriterionKind>(3, [&] { return path("kind"_L1); });
        cr.metric = c.text(4);
        cr.op = c.enumValue<CompareOp>(5, [&] { return path("op"_L1); });
        cr.threshold = c.real(6);
        cr.forSeconds = c.real(7);
        cr.action = c.enumValue<CriterionAction>(8, [&] { return path("action"_L1); });
        cr.answer = c.enumValue<ManualAnswer>(9, [&] { return path("answer"_L1); });
        cr.notes = c.text(10);
        list.append(std::move(cr));
    }
    return c.failed() ? Status(c.error()) : Status(Ok{});
}

} // namespace

Result<Plan> PlanReader::readPlan(const QSqlDatabase &db)
{
    Plan plan;
    if (Status s = readHeader(db, &plan); !s)
        return s.error();
    if (Status s = readTasks(db, &plan); !s)
        return s.error();
    if (Status s = readLists(db, &plan); !s)
        return s.error();
    if (Status s = readSeries(db, &plan); !s)
        return s.error();
    if (Status s = readBaselines(db, &plan); !s)
        return s.error();
    // The same size and range limits as every other reader (PlanLimits, docs/reliability.md).
    QList<PlanIssue> limits;
    PlanValidator::checkLimits(plan, limits);
    if (!limits.isEmpty())
        return Error(PlanReader::tr("the plan breaks a limit: %1").arg(limits.first().message));
    return plan;
}

} // namespace cutover
