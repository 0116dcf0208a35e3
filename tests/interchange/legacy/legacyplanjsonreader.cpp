// SPDX-License-Identifier: GPL-3.0-or-later
#include "legacyplanjsonreader.h"

#include "interchange/isotime.h"
#include "model/enumnames.h"
#include "model/planlimits.h"
#include "model/planvalidation.h"

#include <QHash>
#include <QSet>
#include <QTimeZone>

#include <cmath>
#include <cstring>
#include <limits>
#include <tuple>

namespace cutover::legacy {

PlanJsonReader::PlanJsonReader(QString fileName, PlanJson::Checks checks)
    : m_fileName(std::move(fileName))
    , m_checks(checks)
{
}

void PlanJsonReader::fail(const QString &path, const QString &message)
{
    if (!m_error)
        m_error = Error(message, m_fileName, 0, 0, path);
}

void PlanJsonReader::warn(const QString &path, const QString &message)
{
    m_warnings.append(Error(message, m_fileName, 0, 0, path).toString());
}

QString PlanJsonReader::join(const QString &path, const char *key)
{
    return path.isEmpty() ? QString::fromLatin1(key) : path + u'.' + QLatin1String(key);
}

QString PlanJsonReader::at(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

QString PlanJsonReader::describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return QString::number(value.toDouble());
    case QJsonValue::String: {
        QString s = value.toString();
        if (s.size() > 40)
            s = s.left(37) + QStringLiteral("...");
        // A JSON string may hold "\n" and other control characters: keep the message one line.
        for (QChar &c : s) {
            if (c.unicode() < 0x20)
                c = u' ';
        }
        return u'"' + s + u'"';
    }
    case QJsonValue::Array: return tr("an array");
    case QJsonValue::Object: return tr("an object");
    case QJsonValue::Undefined: break;
    }
    return tr("nothing");
}

JsonFields::JsonFields(const QJsonObject &object, std::initializer_list<const char *> known, QStringList *unknown)
{
    // Look the known keys up (a binary search without allocating) rather than iterating the
    // object, whose key() builds a QString per member; iterate only when something is left over.
    for (const char *k : known) {
        const QJsonValue v = object.value(QLatin1String(k));
        if (!v.isUndefined())
            m_fields.append({k, v});
    }
    if (m_fields.size() == object.size())
        return;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = it.key();
        const bool isKnown = std::any_of(known.begin(), known.end(), [&](const char *k) { return key == QLatin1String(k); });
        if (!isKnown)
            unknown->append(key);
    }
}

QJsonValue JsonFields::value(const char *key) const
{
    for (const auto &[k, v] : m_fields) {
        if (k == key || std::strcmp(k, key) == 0)
            return v;
    }
    return QJsonValue(QJsonValue::Undefined);
}

JsonFields PlanJsonReader::fields(const QJsonObject &object, const QString &path, Keys known)
{
    QStringList unknown;
    JsonFields result(object, known, &unknown);
    for (const QString &key : unknown)
        warn(path.isEmpty() ? key : path + u'.' + key, tr("unknown field, ignored"));
    return result;
}

QString PlanJsonReader::string(const JsonFields &o, const QString &path, const char *key, bool required)
{
    const QJsonValue v = o.value(key);
    if (v.isString())
        return v.toString();
    if (v.isUndefined() || (v.isNull() && !required)) {
        if (required)
            fail(join(path, key), tr("missing, expected a string"));
        return {};
    }
    fail(join(path, key), tr("expected a string, got %1").arg(describe(v)));
    return {};
}

std::optional<double> PlanJsonReader::numberValue(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    if (!value.isString())
        return std::nullopt;
    const QString s = value.toString();
    if (s == u"Infinity")
        return std::numeric_limits<double>::infinity();
    if (s == u"-Infinity")
        return -std::numeric_limits<double>::infinity();
    if (s == u"NaN")
        return std::numeric_limits<double>::quiet_NaN();
    if (s == u"-0")
        return -0.0;
    return std::nullopt;
}

double PlanJsonReader::number(const JsonFields &o, const QString &path, const char *key, const QString &expected,
                              double fallback, bool required, bool nonNegative, NonFinite nonFinite)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined()) {
        if (required)
            fail(join(path, key), tr("missing, expected %1").arg(expected));
        return fallback;
    }
    const std::optional<double> value = numberValue(v);
    const bool allowed = value && (std::isfinite(*value) || nonFinite == NonFinite::Any
                                   || (nonFinite == NonFinite::Infinities && std::isinf(*value)));
    if (!allowed) {
        fail(join(path, key), tr("expected %1, got %2").arg(expected, describe(v)));
        return fallback;
    }
    const double d = *value;
    if (nonNegative && d < 0) {
        fail(join(path, key), tr("expected %1 (not negative), got %2").arg(expected, describe(v)));
        return fallback;
    }
    return d;
}

std::optional<double> PlanJsonReader::optionalNumber(const JsonFields &o, const QString &path, const char *key,
                                                     const QString &expected, bool nonNegative, NonFinite nonFinite)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    return number(o, path, key, expected, 0.0, true, nonNegative, nonFinite);
}

QDateTime PlanJsonReader::time(const JsonFields &o, const QString &path, const char *key, bool required)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail(join(path, key), tr("missing, expected an ISO 8601 time with offset such as \"2026-12-05T21:00:00+01:00\""));
        return {};
    }
    if (v.isString()) {
        if (const auto t = IsoTime::parse(v.toString()))
            return *t;
    }
    fail(join(path, key), tr("expected an ISO 8601 time with offset such as \"2026-12-05T21:00:00+01:00\", got %1")
                              .arg(describe(v)));
    return {};
}

template<typename E>
E PlanJsonReader::enumValue(const JsonFields &o, const QString &path, const char *key, E fallback)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (v.isString()) {
        if (const auto e = parseEnum<E>(v.toString()))
            return *e;
    }
    fail(join(path, key), tr("expected one of %1, got %2").arg(enumNames<E>().join(QStringLiteral(", ")), describe(v)));
    return fallback;
}

QJsonArray PlanJsonReader::array(const JsonFields &o, const QString &path, const char *key)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray()) {
        fail(join(path, key), tr("expected an array, got %1").arg(describe(v)));
        return {};
    }
    return v.toArray();
}

std::optional<QJsonObject> PlanJsonReader::object(const QJsonValue &value, const QString &path)
{
    if (value.isObject())
        return value.toObject();
    fail(path, tr("expected an object, got %1").arg(describe(value)));
    return std::nullopt;
}

Result<JsonPlan> PlanJsonReader::read(const QJsonObject &rootObject)
{
    const JsonFields root = fields(rootObject, {}, {"format", "version", "name", "timezone", "start", "window", "status",
                                                    "author", "description", "phases", "tasks", "rollback", "criteria",
                                                    "decisions", "readiness", "hypercare", "series", "validation"});
    Plan plan;
    readHeader(root, plan);
    if (!failed())
        readPhases(root, plan);
    if (!failed())
        plan.tasks = readTasks(array(root, {}, "tasks"), QStringLiteral("tasks"));
    if (!failed()) {
        const QJsonValue rb = root.value("rollback");
        if (!rb.isUndefined() && !rb.isNull()) {
            if (const auto o = object(rb, QStringLiteral("rollback"))) {
                const JsonFields f = fields(*o, QStringLiteral("rollback"), {"tasks"});
                plan.rollbackTasks = readTasks(array(f, QStringLiteral("rollback"), "tasks"),
                                               QStringLiteral("rollback.tasks"));
            }
        }
    }
    if (!failed())
        readCriteria(root, plan);
    if (!failed())
        readDecisions(root, plan);
    if (!failed())
        readReadiness(root, plan);
    if (!failed())
        readHypercare(root, plan);
    if (!failed())
        readSeries(root, plan);
    if (!failed())
        readValidation(root, plan);
    if (!failed() && m_checks == PlanJson::Checks::Full)
        failOnPlanIssues(plan);
    if (m_error)
        return *m_error;
    return JsonPlan{std::move(plan), m_warnings};
}

void PlanJsonReader::readHeader(const JsonFields &root, Plan &plan)
{
    const QJsonValue format = root.value("format");
    if (format.isUndefined())
        return fail(QStringLiteral("format"), tr("missing, expected \"cutover-plan\" (is this a Cutover Planner plan?)"));
    if (format.toString() != u"cutover-plan")
        return fail(QStringLiteral("format"), tr("expected \"cutover-plan\", got %1").arg(describe(format)));
    const QJsonValue version = root.value("version");
    if (version.isUndefined())
        return fail(QStringLiteral("version"), tr("missing, expected %1").arg(PlanJson::FormatVersion));
    if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble()) || version.toDouble() < 1)
        return fail(QStringLiteral("version"), tr("expected a format version number such as %1, got %2")
                                                   .arg(PlanJson::FormatVersion).arg(describe(version)));
    if (version.toDouble() > PlanJson::FormatVersion)
        return fail(QStringLiteral("version"), tr("format version %1 is newer than this program reads (up to %2); "
                                                  "update Cutover Planner")
                                                   .arg(describe(version)).arg(PlanJson::FormatVersion));

    plan.name = string(root, {}, "name", true);
    plan.timezone = string(root, {}, "timezone");
    if (!plan.timezone.isEmpty() && !QTimeZone(plan.timezone.toUtf8()).isValid())
        warn(QStringLiteral("timezone"), tr("unknown time zone \"%1\" (expected an IANA name such as Europe/Berlin); "
                                            "times are shown with their own offsets").arg(plan.timezone));
    plan.start = time(root, {}, "start", true);
    const QJsonValue window = root.value("window");
    if (!window.isUndefined() && !window.isNull()) {
        if (const auto w = object(window, QStringLiteral("window"))) {
            const JsonFields f = fields(*w, QStringLiteral("window"), {"start", "end"});
            plan.window.start = time(f, QStringLiteral("window"), "start", true);
            plan.window.end = time(f, QStringLiteral("window"), "end", true);
        }
    }
    plan.status = enumValue(root, {}, "status", PlanStatus::Draft);
    plan.author = string(root, {}, "author");
    plan.description = string(root, {}, "description");
}

void PlanJsonReader::readPhases(const JsonFields &root, Plan &plan)
{
    const QJsonArray phases = array(root, {}, "phases");
    for (qsizetype i = 0; i < phases.size() && !failed(); ++i) {
        const QString path = at(QStringLiteral("phases"), i);
        const auto o = object(phases.at(i), path);
        if (!o)
            return;
        const JsonFields fo = fields(*o, path, {"id", "name", "description"});
        Phase phase;
        phase.id = string(fo, path, "id", true);
        phase.name = string(fo, path, "name");
        phase.description = string(fo, path, "description");
        plan.phases.append(phase);
    }
}

QList<Task> PlanJsonReader::readTasks(const QJsonArray &array, const QString &path)
{
    QList<Task> tasks;
    tasks.reserve(array.size());
    for (qsizetype i = 0; i < array.size() && !failed(); ++i) {
        const QString p = at(path, i);
        if (const auto o = object(array.at(i), p))
            tasks.append(readTask(*o, p));
    }
    return tasks;
}

Task PlanJsonReader::readTask(const QJsonObject &object, const QString &path)
{
    const JsonFields o = fields(object, path, {"id", "name", "phase", "owner", "kind", "duration", "distribution", "after", "notBefore",
                        "marks", "notes", "status", "actualStart", "actualFinish"});
    Task t;
    t.id = string(o, path, "id", true);
    t.name = string(o, path, "name");
    t.phase = string(o, path, "phase");
    t.owner = string(o, path, "owner");
    t.kind = enumValue(o, path, "kind", TaskKind::Task);
    t.duration = readEstimate(o, path, t.kind);
    t.distribution = enumValue(o, path, "distribution", Distribution::Triangular);
    t.after = readDependencies(o, path);
    t.notBefore = time(o, path, "notBefore");
    t.marks = readMarks(o, path);
    t.notes = string(o, path, "notes");
    t.status = enumValue(o, path, "status", TaskStatus::NotStarted);
    t.actualStart = time(o, path, "actualStart");
    t.actualFinish = time(o, path, "actualFinish");
    return t;
}

Estimate PlanJsonReader::readEstimate(const JsonFields &task, const QString &path, TaskKind kind)
{
    const QString expected = tr("a number of minutes");
    const QString p = join(path, "duration");
    const QJsonValue v = task.value("duration");
    Estimate e;
    if (v.isUndefined() || v.isNull()) {
        if (kind != TaskKind::Milestone)
            fail(p, tr("missing, expected { \"likely\": minutes } or a number of minutes"));
        return e;
    }
    // Range check (PlanLimits, docs/reliability.md): within 10 years, so schedule times stay representable.
    const auto inRange = [this](const QString &where, std::optional<double> minutes) {
        if (minutes && !failed())
            if (const auto why = PlanLimits::durationError(*minutes))
                fail(where, *why);
    };
    if (v.isDouble() || numberValue(v)) { // shorthand: a fixed duration
        e.likely = number(task, path, "duration", expected, 0.0, true, true);
        inRange(p, e.likely);
        return e;
    }
    if (!v.isObject()) {
        fail(p, tr("expected { \"optimistic\", \"likely\", \"pessimistic\" } in minutes, got %1").arg(describe(v)));
        return e;
    }
    const JsonFields d = fields(v.toObject(), p, {"optimistic", "likely", "pessimistic"});
    e.optimistic = optionalNumber(d, p, "optimistic", expected, true);
    e.likely = number(d, p, "likely", expected, 0.0, true, true);
    e.pessimistic = optionalNumber(d, p, "pessimistic", expected, true);
    inRange(join(p, "optimistic"), e.optimistic);
    inRange(join(p, "likely"), e.likely);
    inRange(join(p, "pessimistic"), e.pessimistic);
    return e;
}

QList<Dependency> PlanJsonReader::readDependencies(const JsonFields &task, const QString &path)
{
    QList<Dependency> deps;
    const QString p = join(path, "after");
    const QJsonArray after = array(task, path, "after");
    for (qsizetype i = 0; i < after.size() && !failed(); ++i) {
        const QString dp = at(p, i);
        const QJsonValue v = after.at(i);
        Dependency dep;
        if (v.isString()) { // shorthand: finish-to-start, no lag
            dep.task = v.toString();
        } else if (const auto o = object(v, dp)) {
            const JsonFields fo = fields(*o, dp, {"task", "type", "lag"});
            dep.task = string(fo, dp, "task", true);
            dep.type = enumValue(fo, dp, "type", DependencyType::FS);
            dep.lag = number(fo, dp, "lag", tr("a number of minutes"), 0.0);
            if (const auto why = PlanLimits::lagError(dep.lag); why && !failed())
                fail(join(dp, "lag"), *why);
        }
        deps.append(dep);
    }
    return deps;
}

Marks PlanJsonReader::readMarks(const JsonFields &task, const QString &path)
{
    Marks marks;
    const QString p = join(path, "marks");
    const QJsonArray list = array(task, path, "marks");
    for (qsizetype i = 0; i < list.size() && !failed(); ++i) {
        const QJsonValue v = list.at(i);
        const auto mark = v.isString() ? parseEnum<Mark>(v.toString()) : std::nullopt;
        if (!mark) {
            fail(at(p, i), tr("expected one of %1, got %2").arg(enumNames<Mark>().join(QStringLiteral(", ")), describe(v)));
            break;
        }
        marks |= *mark;
    }
    return marks;
}

void PlanJsonReader::readCriteria(const JsonFields &root, Plan &plan)
{
    const QJsonArray list = array(root, {}, "criteria");
    for (qsizetype i = 0; i < list.size() && !failed(); ++i) {
        const QString path = at(QStringLiteral("criteria"), i);
        const auto o = object(list.at(i), path);
        if (!o)
            return;
        const JsonFields fo = fields(*o, path, {"id", "name", "kind", "metric", "op", "threshold", "for", "action", "answer", "notes"});
        Criterion c;
        c.id = string(fo, path, "id", true);
        c.name = string(fo, path, "name");
        c.kind = enumValue(fo, path, "kind", CriterionKind::Metric);
        c.metric = string(fo, path, "metric", c.kind == CriterionKind::Metric);
        c.op = enumValue(fo, path, "op", CompareOp::Greater);
        c.threshold = number(fo, path, "threshold", tr("a number"), 0.0, c.kind != CriterionKind::Manual, false, NonFinite::Any);
        c.forSeconds = number(fo, path, "for", tr("a number of seconds"), 0.0, false, true);
        c.action = enumValue(fo, path, "action", CriterionAction::Rollback);
        c.answer = enumValue(fo, path, "answer", ManualAnswer::Unknown);
        c.notes = string(fo, path, "notes");
        plan.criteria.append(c);
    }
}

void PlanJsonReader::readDecisions(const JsonFields &root, Plan &plan)
{
    const QJsonArray list = array(root, {}, "decisions");
    for (qsizetype i = 0; i < list.size() && !failed(); ++i) {
        const QString path = at(QStringLiteral("decisions"), i);
        const auto o = object(list.at(i), path);
        if (!o)
            return;
        const JsonFields fo = fields(*o, path, {"gate", "outcome", "decidedBy", "decidedAt", "rationale"});
        GateDecision d;
        d.gate = string(fo, path, "gate", true);
        d.outcome = enumValue(fo, path, "outcome", GateOutcome::Pending);
        d.decidedBy = string(fo, path, "decidedBy");
        d.decidedAt = time(fo, path, "decidedAt");
        d.rationale = string(fo, path, "rationale");
        plan.decisions.append(d);
    }
}

void PlanJsonReader::readReadiness(const JsonFields &root, Plan &plan)
{
    const QJsonArray list = array(root, {}, "readiness");
    for (qsizetype i = 0; i < list.size() && !failed(); ++i) {
        const QString path = at(QStringLiteral("readiness"), i);
        const auto o = object(list.at(i), path);
        if (!o)
            return;
        const JsonFields fo = fields(*o, path, {"id", "text", "owner", "status", "evidence"});
        ReadinessItem r;
        r.id = string(fo, path, "id");
        r.text = string(fo, path, "text", true);
        r.owner = string(fo, path, "owner");
        r.status = enumValue(fo, path, "status", ReadinessStatus::Open);
        r.evidence = string(fo, path, "evidence");
        plan.readiness.append(r);
    }
}

void PlanJsonReader::readHypercare(const JsonFields &root, Plan &plan)
{
    const QJsonValue v = root.value("hypercare");
    if (v.isUndefined() || v.isNull())
        return;
    const QString path = QStringLiteral("hypercare");
    const auto o = object(v, path);
    if (!o)
        return;
    const JsonFields fo = fields(*o, path, {"durationHours", "slas", "contacts", "notes"});
    Hypercare &h = plan.hypercare;
    h.durationHours = number(fo, path, "durationHours", tr("a number of hours"), 0.0, false, true);
    const QJsonArray slas = array(fo, path, "slas");
    for (qsizetype i = 0; i < slas.size() && !failed(); ++i) {
        const QString p = at(join(path, "slas"), i);
        if (const auto s = object(slas.at(i), p)) {
            const JsonFields fs = fields(*s, p, {"severity", "responseMinutes", "resolveMinutes"});
            SlaTarget sla;
            sla.severity = string(fs, p, "severity", true);
            sla.responseMinutes = number(fs, p, "responseMinutes", tr("a number of minutes"), 0.0, false, true);
            sla.resolveMinutes = number(fs, p, "resolveMinutes", tr("a number of minutes"), 0.0, false, true);
            h.slas.append(sla);
        }
    }
    const QJsonArray contacts = array(fo, path, "contacts");
    for (qsizetype i = 0; i < contacts.size() && !failed(); ++i) {
        const QString p = at(join(path, "contacts"), i);
        if (const auto c = object(contacts.at(i), p)) {
            const JsonFields fc = fields(*c, p, {"name", "role", "reach"});
            Contact contact;
            contact.name = string(fc, p, "name", true);
            contact.role = string(fc, p, "role");
            contact.reach = string(fc, p, "reach");
            h.contacts.append(contact);
        }
    }
    h.notes = string(fo, path, "notes");
}

void PlanJsonReader::readSeries(const JsonFields &root, Plan &plan)
{
    const QJsonArray list = array(root, {}, "series");
    for (qsizetype i = 0; i < list.size() && !failed(); ++i) {
        const QString path = at(QStringLiteral("series"), i);
        const auto o = object(list.at(i), path);
        if (!o)
            return;
        const JsonFields fo = fields(*o, path, {"id", "name", "metric", "labels", "unit", "sourceFile", "sourceFormat",
                             "sourceChecksum", "importedAt", "times", "values"});
        MetricSeries s;
        s.id = string(fo, path, "id", true);
        s.name = string(fo, path, "name");
        s.metric = string(fo, path, "metric", true);
        const QJsonValue labels = fo.value("labels");
        if (!labels.isUndefined() && !labels.isNull()) {
            if (const auto l = object(labels, join(path, "labels"))) {
                for (auto it = l->constBegin(); it != l->constEnd(); ++it) {
                    if (!it.value().isString()) {
                        fail(join(path, "labels") + u'.' + it.key(), tr("expected a string, got %1").arg(describe(it.value())));
                        return;
                    }
                    s.labels.insert(it.key(), it.value().toString());
                }
            }
        }
        s.unit = string(fo, path, "unit");
        s.sourceFile = string(fo, path, "sourceFile");
        s.sourceFormat = string(fo, path, "sourceFormat");
        s.sourceChecksum = string(fo, path, "sourceChecksum");
        s.importedAt = time(fo, path, "importedAt");

        const QString tp = join(path, "times");
        const QJsonArray times = array(fo, path, "times");
        s.times.reserve(times.size());
        for (qsizetype k = 0; k < times.size() && !failed(); ++k) {
            const QJsonValue v = times.at(k);
            qint64 ms = 0;
            if (v.isDouble() && v.toDouble() == std::floor(v.toDouble()) && std::abs(v.toDouble()) < 9.0e15) {
                ms = qint64(v.toDouble());
            } else if (v.isString() && v.toString() == u"-0") {
                ms = 0; // a -0 token (see numberValue)
            } else if (const auto t = v.isString() ? IsoTime::parse(v.toString()) : std::nullopt) {
                ms = t->toMSecsSinceEpoch();
            } else {
                fail(at(tp, k), tr("expected UTC milliseconds since 1970 (an integer) or an ISO 8601 time, got %1")
                                    .arg(describe(v)));
                break;
            }
            if (!s.times.isEmpty() && ms < s.times.last()) {
                fail(at(tp, k), tr("times must be in ascending order"));
                break;
            }
            s.times.append(ms);
        }
        const QString vp = join(path, "values");
        const QJsonArray values = array(fo, path, "values");
        s.values.reserve(values.size());
        for (qsizetype k = 0; k < values.size() && !failed(); ++k) {
            const QJsonValue v = values.at(k);
            if (v.isNull()) {
                s.values.append(std::nan(""));
            } else if (v.isDouble()) {
                s.values.append(v.toDouble());
            } else if (const auto special = numberValue(v)) {
                s.values.append(*special);
            } else {
                fail(at(vp, k), tr("expected a number, null (a gap), \"Infinity\" or \"-Infinity\", got %1").arg(describe(v)));
                break;
            }
        }
        if (!failed() && s.values.size() != s.times.size())
            fail(vp, tr("has %1 values for %2 times; the two arrays must have the same length")
                         .arg(s.values.size()).arg(s.times.size()));
        plan.series.append(s);
    }
}

void PlanJsonReader::readValidation(const JsonFields &root, Plan &plan)
{
    const QJsonArray list = array(root, {}, "validation");
    for (qsizetype i = 0; i < list.size() && !failed(); ++i) {
        const QString path = at(QStringLiteral("validation"), i);
        const auto o = object(list.at(i), path);
        if (!o)
            return;
        const JsonFields fo = fields(*o, path, {"object", "check", "sourceValue", "targetValue", "difference", "status", "tool",
                             "runAt", "sourceFile", "sourceChecksum"});
        ValidationResult r;
        r.object = string(fo, path, "object", true);
        r.check = string(fo, path, "check");
        r.sourceValue = string(fo, path, "sourceValue");
        r.targetValue = string(fo, path, "targetValue");
        r.difference = optionalNumber(fo, path, "difference", tr("a number"), false, NonFinite::Any);
        if (r.difference && std::isnan(*r.difference))
            r.difference.reset(); // NaN: unknown, as a .cutover file stores it
        r.status = enumValue(fo, path, "status", ValidationStatus::Unknown);
        r.tool = string(fo, path, "tool");
        r.runAt = time(fo, path, "runAt");
        r.sourceFile = string(fo, path, "sourceFile");
        r.sourceChecksum = string(fo, path, "sourceChecksum");
        plan.validation.append(r);
    }
}

QString PlanJsonReader::pathOf(const PlanIssue::Location &location)
{
    using C = PlanIssue::Location::Collection;
    QString list;
    switch (location.collection) {
    case C::None: return {};
    case C::Phase: list = QStringLiteral("phases"); break;
    case C::Task: list = QStringLiteral("tasks"); break;
    case C::RollbackTask: list = QStringLiteral("rollback.tasks"); break;
    case C::Criterion: list = QStringLiteral("criteria"); break;
    case C::Readiness: list = QStringLiteral("readiness"); break;
    case C::Decision: list = QStringLiteral("decisions"); break;
    }
    QString path = at(list, location.index);
    if (location.field.isEmpty())
        return path;
    path += u'.' + location.field;
    if (location.fieldIndex >= 0) {
        path = at(path, location.fieldIndex);
        if (location.field == u"after")
            path += QStringLiteral(".task"); // a predecessor entry is named by its task
    }
    return path;
}

void PlanJsonReader::failOnPlanIssues(const Plan &plan)
{
    // The model's invariants live in PlanValidator; report the first error in document order
    // (lists in file order, then item, then field) at its JSON path.
    using C = PlanIssue::Location::Collection;
    static const QStringList fieldOrder = {QStringLiteral("id"), QStringLiteral("phase"), QStringLiteral("after"),
                                           QStringLiteral("marks")};
    const auto rank = [](const PlanIssue::Location &l) {
        const int collection = l.collection == C::None ? int(C::Decision) + 1 : int(l.collection);
        const qsizetype field = fieldOrder.indexOf(l.field);
        return std::tuple(collection, l.index, field < 0 ? fieldOrder.size() : field, l.fieldIndex);
    };
    const PlanIssue *first = nullptr;
    const QList<PlanIssue> issues = PlanValidator::validate(plan);
    for (const PlanIssue &issue : issues) {
        if (issue.severity == PlanIssue::Severity::Error && (!first || rank(issue.location) < rank(first->location)))
            first = &issue;
    }
    if (!first)
        return;
    if (!first->location.isValid() || first->detail.isEmpty())
        return fail(pathOf(first->location), first->message);
    QString message = first->detail;
    if (first->firstUse.isValid())
        message = tr("%1 (already used at %2)").arg(message, pathOf(first->firstUse));
    fail(pathOf(first->location), message);
}

} // namespace cutover::legacy
