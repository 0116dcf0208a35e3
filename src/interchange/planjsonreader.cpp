// SPDX-License-Identifier: GPL-3.0-or-later
#include "planjsonreader.h"

#include "isotime.h"
#include "model/enumnames.h"
#include "model/planlimits.h"
#include "model/planvalidation.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <tuple>

namespace cutover {

namespace {

/**
 * Calls f(QStringView) with the text of string `v`: widened on the stack when it is short ASCII
 * without escapes (enum names, times), decoded into a QString otherwise.
 */
template<typename F>
auto withText(const JsonValue &v, F &&f)
{
    std::string_view raw;
    char16_t buffer[40];
    if (v.rawString(raw) && raw.size() <= std::size(buffer)) {
        bool ascii = true;
        for (size_t i = 0; i < raw.size(); ++i) {
            const auto c = static_cast<unsigned char>(raw[i]);
            ascii = ascii && c < 0x80;
            buffer[i] = char16_t(c);
        }
        if (ascii)
            return f(QStringView(buffer, qsizetype(raw.size())));
    }
    return f(QStringView(v.toString()));
}

} // namespace

PlanJsonReader::PlanJsonReader(QString fileName, PlanJson::Checks checks)
    : m_fileName(std::move(fileName))
    , m_checks(checks)
{
}

void PlanJsonReader::fail(const JsonPath &path, const QString &message)
{
    if (!m_error)
        m_error = Error(message, m_fileName, 0, 0, path.toString());
}

void PlanJsonReader::failAt(const QString &path, const QString &message)
{
    if (!m_error)
        m_error = Error(message, m_fileName, 0, 0, path);
}

void PlanJsonReader::warn(const JsonPath &path, const QString &message)
{
    m_warnings.append(Error(message, m_fileName, 0, 0, path.toString()).toString());
}

void PlanJsonReader::warnAt(const QString &path, const QString &message)
{
    m_warnings.append(Error(message, m_fileName, 0, 0, path).toString());
}

QString JsonPath::toString() const
{
    QString out = m_parent ? m_parent->toString() : QString();
    if (m_key) {
        if (!out.isEmpty())
            out += u'.';
        out += QLatin1String(m_key);
    } else if (m_parent) {
        out += u'[' + QString::number(m_index) + u']';
    }
    return out;
}

QString PlanJsonReader::at(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

QString PlanJsonReader::describe(const JsonValue &value)
{
    switch (value.type()) {
    case JsonTape::Type::Null: return QStringLiteral("null");
    case JsonTape::Type::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case JsonTape::Type::Number: {
        const double d = value.toNumber();
        return d == 0 && std::signbit(d) ? QStringLiteral("-0") : QString::number(d); // Qt writes -0 as "0"
    }
    case JsonTape::Type::String: {
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
    case JsonTape::Type::Array: return tr("an array");
    case JsonTape::Type::Object: return tr("an object");
    case JsonTape::Type::Undefined: break;
    }
    return tr("nothing");
}

JsonFields::JsonFields(const JsonValue &object, std::initializer_list<const char *> known, QStringList *unknown)
{
    for (const char *k : known)
        m_fields.append({k, std::strlen(k), JsonValue()});
    QStringList others;
    qsizetype next = 0;
    object.forEachMember([&](const JsonValue &key, const JsonValue &value) {
        std::string_view raw;
        const bool plain = key.rawString(raw);
        const QString decoded = plain ? QString() : key.toString();
        const auto matches = [&](const Field &f) {
            return plain ? raw.size() == f.length && std::memcmp(raw.data(), f.key, f.length) == 0
                         : decoded == QLatin1String(f.key, qsizetype(f.length));
        };
        // Files written by PlanJson have the keys in `known` order: try the one after the last match first.
        const qsizetype n = m_fields.size();
        for (qsizetype k = 0; k < n; ++k) {
            Field &f = m_fields[(next + k) % n];
            if (matches(f)) {
                f.value = value; // the last of duplicate keys, as QJsonObject keeps it
                next = (next + k + 1) % n;
                return;
            }
        }
        others.append(plain ? QString::fromUtf8(raw.data(), qsizetype(raw.size())) : decoded);
    });
    if (others.isEmpty())
        return;
    // Once each, in the order a QJsonObject iterates its keys.
    std::sort(others.begin(), others.end());
    others.erase(std::unique(others.begin(), others.end()), others.end());
    *unknown += others;
}

JsonValue JsonFields::value(const char *key) const
{
    for (const Field &f : m_fields) {
        if (f.key == key) // the same literal: the usual case
            return f.value;
    }
    for (const Field &f : m_fields) {
        if (std::strcmp(f.key, key) == 0)
            return f.value;
    }
    return JsonValue();
}

JsonFields PlanJsonReader::fields(const JsonValue &object, const JsonPath &path, Keys known)
{
    QStringList unknown;
    JsonFields result(object, known, &unknown);
    if (unknown.isEmpty())
        return result;
    const QString base = path.toString();
    for (const QString &key : unknown)
        warnAt(base.isEmpty() ? key : base + u'.' + key, tr("unknown field, ignored"));
    return result;
}

QString PlanJsonReader::string(const JsonFields &o, const JsonPath &path, const char *key, bool required)
{
    const JsonValue v = o.value(key);
    if (v.isString())
        return v.toString();
    if (v.isUndefined() || (v.isNull() && !required)) {
        if (required)
            fail(JsonPath(path, key), tr("missing, expected a string"));
        return {};
    }
    fail(JsonPath(path, key), tr("expected a string, got %1").arg(describe(v)));
    return {};
}

QString PlanJsonReader::sharedString(const JsonFields &o, const JsonPath &path, const char *key)
{
    std::string_view raw;
    if (!o.value(key).rawString(raw) || raw.size() > 64)
        return string(o, path, key);
    for (const auto &[bytes, text] : m_shared) {
        if (bytes == raw)
            return text;
    }
    QString text = QString::fromUtf8(raw.data(), qsizetype(raw.size()));
    if (m_shared.size() < 16)
        m_shared.append({std::string(raw), text});
    return text;
}

std::optional<double> PlanJsonReader::numberValue(const JsonValue &value)
{
    if (value.isNumber())
        return value.toNumber();
    if (!value.isString())
        return std::nullopt;
    if (value.equals("Infinity"))
        return std::numeric_limits<double>::infinity();
    if (value.equals("-Infinity"))
        return -std::numeric_limits<double>::infinity();
    if (value.equals("NaN"))
        return std::numeric_limits<double>::quiet_NaN();
    if (value.equals("-0"))
        return -0.0;
    return std::nullopt;
}

double PlanJsonReader::number(const JsonFields &o, const JsonPath &path, const char *key, const char *expected,
                              double fallback, bool required, bool nonNegative, NonFinite nonFinite)
{
    const JsonValue v = o.value(key);
    if (v.isUndefined()) {
        if (required)
            fail(JsonPath(path, key), tr("missing, expected %1").arg(tr(expected)));
        return fallback;
    }
    const std::optional<double> value = numberValue(v);
    const bool allowed = value && (std::isfinite(*value) || nonFinite == NonFinite::Any
                                   || (nonFinite == NonFinite::Infinities && std::isinf(*value)));
    if (!allowed) {
        fail(JsonPath(path, key), tr("expected %1, got %2").arg(tr(expected), describe(v)));
        return fallback;
    }
    const double d = *value;
    if (nonNegative && d < 0) {
        fail(JsonPath(path, key), tr("expected %1 (not negative), got %2").arg(tr(expected), describe(v)));
        return fallback;
    }
    return d;
}

std::optional<double> PlanJsonReader::optionalNumber(const JsonFields &o, const JsonPath &path, const char *key,
                                                     const char *expected, bool nonNegative, NonFinite nonFinite)
{
    const JsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    return number(o, path, key, expected, 0.0, true, nonNegative, nonFinite);
}

QDateTime PlanJsonReader::time(const JsonFields &o, const JsonPath &path, const char *key, bool required)
{
    const JsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail(JsonPath(path, key), tr("missing, expected an ISO 8601 time with offset such as \"2026-12-05T21:00:00+01:00\""));
        return {};
    }
    if (v.isString()) {
        if (const auto t = withText(v, [](QStringView text) { return IsoTime::parse(text); }))
            return *t;
    }
    fail(JsonPath(path, key), tr("expected an ISO 8601 time with offset such as \"2026-12-05T21:00:00+01:00\", got %1")
                              .arg(describe(v)));
    return {};
}

template<typename E>
E PlanJsonReader::enumValue(const JsonFields &o, const JsonPath &path, const char *key, E fallback)
{
    const JsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (v.isString()) {
        if (const auto e = withText(v, [](QStringView text) { return parseEnum<E>(text); }))
            return *e;
    }
    fail(JsonPath(path, key), tr("expected one of %1, got %2").arg(enumNames<E>().join(QStringLiteral(", ")), describe(v)));
    return fallback;
}

JsonValue PlanJsonReader::array(const JsonFields &o, const JsonPath &path, const char *key)
{
    const JsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray()) {
        fail(JsonPath(path, key), tr("expected an array, got %1").arg(describe(v)));
        return {};
    }
    return v;
}

std::optional<JsonValue> PlanJsonReader::object(const JsonValue &value, const JsonPath &path)
{
    if (value.isObject())
        return value;
    fail(path, tr("expected an object, got %1").arg(describe(value)));
    return std::nullopt;
}

Result<JsonPlan> PlanJsonReader::read(const JsonValue &rootObject)
{
    const JsonFields root = fields(rootObject, {}, {"format", "version", "name", "timezone", "start", "window", "status",
                                                    "author", "description", "phases", "tasks", "rollback", "criteria",
                                                    "decisions", "readiness", "hypercare", "series", "validation",
                                                    "approval", "baselines"});
    Plan plan;
    readHeader(root, plan);
    if (!failed())
        readPhases(root, plan);
    if (!failed())
        plan.tasks = readTasks(array(root, {}, "tasks"), JsonPath("tasks"));
    if (!failed()) {
        const JsonValue rb = root.value("rollback");
        if (!rb.isUndefined() && !rb.isNull()) {
            const JsonPath rollback("rollback"), rollbackTasks(rollback, "tasks");
            if (const auto o = object(rb, rollback)) {
                const JsonFields f = fields(*o, rollback, {"tasks"});
                plan.rollbackTasks = readTasks(array(f, rollback, "tasks"), rollbackTasks);
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
    if (!failed())
        readReview(root, plan);
    if (!failed() && m_checks == PlanJson::Checks::Full)
        failOnPlanIssues(plan);
    if (m_error)
        return *m_error;
    return JsonPlan{std::move(plan), m_warnings};
}

void PlanJsonReader::readHeader(const JsonFields &root, Plan &plan)
{
    const JsonValue format = root.value("format");
    if (format.isUndefined())
        return fail(JsonPath("format"), tr("missing, expected \"cutover-plan\" (is this a Cutover Planner plan?)"));
    if (format.toString() != u"cutover-plan")
        return fail(JsonPath("format"), tr("expected \"cutover-plan\", got %1").arg(describe(format)));
    const JsonValue version = root.value("version");
    if (version.isUndefined())
        return fail(JsonPath("version"), tr("missing, expected %1").arg(PlanJson::FormatVersion));
    if (!version.isNumber() || version.toNumber() != std::floor(version.toNumber()) || version.toNumber() < 1)
        return fail(JsonPath("version"), tr("expected a format version number such as %1, got %2")
                                                   .arg(PlanJson::FormatVersion).arg(describe(version)));
    if (version.toNumber() > PlanJson::FormatVersion)
        return fail(JsonPath("version"), tr("format version %1 is newer than this program reads (up to %2); "
                                                  "update Cutover Planner")
                                                   .arg(describe(version)).arg(PlanJson::FormatVersion));

    plan.name = string(root, {}, "name", true);
    plan.timezone = string(root, {}, "timezone");
    if (!plan.timezone.isEmpty() && !QTimeZone(plan.timezone.toUtf8()).isValid())
        warn(JsonPath("timezone"), tr("unknown time zone \"%1\" (expected an IANA name such as Europe/Berlin); "
                                            "times are shown with their own offsets").arg(plan.timezone));
    plan.start = time(root, {}, "start", true);
    const JsonValue window = root.value("window");
    if (!window.isUndefined() && !window.isNull()) {
        if (const auto w = object(window, JsonPath("window"))) {
            const JsonFields f = fields(*w, JsonPath("window"), {"start", "end"});
            plan.window.start = time(f, JsonPath("window"), "start", true);
            plan.window.end = time(f, JsonPath("window"), "end", true);
        }
    }
    plan.status = enumValue(root, {}, "status", PlanStatus::Draft);
    plan.author = string(root, {}, "author");
    plan.description = string(root, {}, "description");
}

void PlanJsonReader::readPhases(const JsonFields &root, Plan &plan)
{
    const JsonValue phases = array(root, {}, "phases");
    for (auto [i, e] = std::pair(qsizetype(0), phases.firstElement()); !e.isUndefined() && !failed(); ++i, e = e.nextElement()) {
        const JsonPath top("phases"), path(top, i);
        const auto o = object(e, path);
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

QList<Task> PlanJsonReader::readTasks(const JsonValue &array, const JsonPath &path)
{
    QList<Task> tasks;
    tasks.reserve(array.count());
    for (auto [i, e] = std::pair(qsizetype(0), array.firstElement()); !e.isUndefined() && !failed(); ++i, e = e.nextElement()) {
        const JsonPath p(path, i);
        if (const auto o = object(e, p))
            tasks.append(readTask(*o, p));
    }
    return tasks;
}

Task PlanJsonReader::readTask(const JsonValue &object, const JsonPath &path)
{
    const JsonFields o = fields(object, path, {"id", "name", "phase", "owner", "kind", "duration", "distribution", "after", "notBefore",
                        "marks", "notes", "status", "actualStart", "actualFinish"});
    Task t;
    t.id = string(o, path, "id", true);
    t.name = string(o, path, "name");
    t.phase = sharedString(o, path, "phase");
    t.owner = sharedString(o, path, "owner");
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

Estimate PlanJsonReader::readEstimate(const JsonFields &task, const JsonPath &path, TaskKind kind)
{
    const char *expected = QT_TR_NOOP("a number of minutes");
    const JsonPath p(path, "duration");
    const JsonValue v = task.value("duration");
    Estimate e;
    if (v.isUndefined() || v.isNull()) {
        if (kind != TaskKind::Milestone)
            fail(p, tr("missing, expected { \"likely\": minutes } or a number of minutes"));
        return e;
    }
    // Range check (PlanLimits, docs/reliability.md): within 10 years, so schedule times stay representable.
    const auto inRange = [this](const JsonPath &where, std::optional<double> minutes) {
        if (minutes && !failed())
            if (const auto why = PlanLimits::durationError(*minutes))
                fail(where, *why);
    };
    if (v.isNumber() || numberValue(v)) { // shorthand: a fixed duration
        e.likely = number(task, path, "duration", expected, 0.0, true, true);
        inRange(p, e.likely);
        return e;
    }
    if (!v.isObject()) {
        fail(p, tr("expected { \"optimistic\", \"likely\", \"pessimistic\" } in minutes, got %1").arg(describe(v)));
        return e;
    }
    const JsonFields d = fields(v, p, {"optimistic", "likely", "pessimistic"});
    e.optimistic = optionalNumber(d, p, "optimistic", expected, true);
    e.likely = number(d, p, "likely", expected, 0.0, true, true);
    e.pessimistic = optionalNumber(d, p, "pessimistic", expected, true);
    inRange(JsonPath(p, "optimistic"), e.optimistic);
    inRange(JsonPath(p, "likely"), e.likely);
    inRange(JsonPath(p, "pessimistic"), e.pessimistic);
    return e;
}

QList<Dependency> PlanJsonReader::readDependencies(const JsonFields &task, const JsonPath &path)
{
    QList<Dependency> deps;
    const JsonPath p(path, "after");
    const JsonValue after = array(task, path, "after");
    for (auto [i, e] = std::pair(qsizetype(0), after.firstElement()); !e.isUndefined() && !failed(); ++i, e = e.nextElement()) {
        const JsonPath dp(p, i);
        const JsonValue v = e;
        Dependency dep;
        if (v.isString()) { // shorthand: finish-to-start, no lag
            dep.task = v.toString();
        } else if (const auto o = object(v, dp)) {
            const JsonFields fo = fields(*o, dp, {"task", "type", "lag"});
            dep.task = string(fo, dp, "task", true);
            dep.type = enumValue(fo, dp, "type", DependencyType::FS);
            dep.lag = number(fo, dp, "lag", QT_TR_NOOP("a number of minutes"), 0.0);
            if (const auto why = PlanLimits::lagError(dep.lag); why && !failed())
                fail(JsonPath(dp, "lag"), *why);
        }
        deps.append(dep);
    }
    return deps;
}

Marks PlanJsonReader::readMarks(const JsonFields &task, const JsonPath &path)
{
    Marks marks;
    const JsonPath p(path, "marks");
    const JsonValue list = array(task, path, "marks");
    for (auto [i, e] = std::pair(qsizetype(0), list.firstElement()); !e.isUndefined() && !failed(); ++i, e = e.nextElement()) {
        const JsonValue v = e;
        const auto mark = v.isString() ? withText(v, [](QStringView text) { return parseEnum<Mark>(text); }) : std::nullopt;
        if (!mark) {
            fail(JsonPath(p, i), tr("expected one of %1, got %2").arg(enumNames<Mark>().join(QStringLiteral(", ")), describe(v)));
            break;
        }
        marks |= *mark;
    }
    return marks;
}

void PlanJsonReader::readCriteria(const JsonFields &root, Plan &plan)
{
    plan.criteria = readCriteriaList(array(root, {}, "criteria"), JsonPath("criteria"));
}

QList<Criterion> PlanJsonReader::readCriteriaList(const JsonValue &list, const JsonPath &top)
{
    QList<Criterion> criteria;
    for (auto [i, e] = std::pair(qsizetype(0), list.firstElement()); !e.isUndefined() && !failed(); ++i, e = e.nextElement()) {
        const JsonPath path(top, i);
        const auto o = object(e, path);
        if (!o)
            break;
        const JsonFields fo = fields(*o, path, {"id", "name", "kind", "metric", "op", "threshold", "for", "action", "answer", "notes"});
        Criterion c;
        c.id = string(fo, path, "id", true);
        c.name = string(fo, path, "name");
        c.kind = enumValue(fo, path, "kind", CriterionKind::Metric);
        c.metric = string(fo, path, "metric", c.kind == CriterionKind::Metric);
        c.op = enumValue(fo, path, "op", CompareOp::Greater);
        c.threshold = number(fo, path, "threshold", QT_TR_NOOP("a number"), 0.0, c.kind != CriterionKind::Manual, false, NonFinite::Any);
        c.forSeconds = number(fo, path, "for", QT_TR_NOOP("a number of seconds"), 0.0, false, true);
        c.action = enumValue(fo, path, "action", CriterionAction::Rollback);
        c.answer = enumValue(fo, path, "answer", ManualAnswer::Unknown);
        c.notes = string(fo, path, "notes");
        criteria.append(c);
    }
    return criteria;
}

void PlanJsonReader::readDecisions(const JsonFields &root, Plan &plan)
{
    const JsonValue list = array(root, {}, "decisions");
    for (auto [i, e] = std::pair(qsizetype(0), list.firstElement()); !e.isUndefined() && !failed(); ++i, e = e.nextElement()) {
        const JsonPath top("decisions"), path(top, i);
        const auto o = object(e, path);
        if (!o)
            return;
        const JsonFields fo = fields(*o, path, {"gate", "outcome", "decidedBy", "decidedAt", "rationale", "figures"});
        GateDecision d;
        d.gate = string(fo, path, "gate", true);
        d.outcome = enumValue(fo, path, "outcome", GateOutcome::Pending);
        d.decidedBy = string(fo, path, "decidedBy");
        d.decidedAt = time(fo, path, "decidedAt");
        d.rationale = string(fo, path, "rationale");
        readDecisionFigures(fo, path, d);
        plan.decisions.append(d);
    }
}

void PlanJsonReader::readReadiness(const JsonFields &root, Plan &plan)
{
    const JsonValue list = array(root, {}, "readiness");
    for (auto [i, e] = std::pair(qsizetype(0), list.firstElement()); !e.isUndefined() && !failed(); ++i, e = e.nextElement()) {
        const JsonPath top("readiness"), path(top, i);
        const auto o = object(e, path);
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
    const JsonValue v = root.value("hypercare");
    if (v.isUndefined() || v.isNull())
        return;
    const JsonPath path("hypercare");
    const auto o = object(v, path);
    if (!o)
        return;
    const JsonFields fo = fields(*o, path, {"durationHours", "slas", "contacts", "notes"});
    Hypercare &h = plan.hypercare;
    h.durationHours = number(fo, path, "durationHours", QT_TR_NOOP("a number of hours"), 0.0, false, true);
    const JsonValue slas = array(fo, path, "slas");
    for (auto [i, e] = std::pair(qsizetype(0), slas.firstElement()); !e.isUndefined() && !failed(); ++i, e = e.nextElement()) {
        const JsonPath list(path, "slas"), p(list, i);
        if (const auto s = object(e, p)) {
            const JsonFields fs = fields(*s, p, {"severity", "responseMinutes", "resolveMinutes"});
            SlaTarget sla;
            sla.severity = string(fs, p, "severity", true);
            sla.responseMinutes = number(fs, p, "responseMinutes", QT_TR_NOOP("a number of minutes"), 0.0, false, true);
            sla.resolveMinutes = number(fs, p, "resolveMinutes", QT_TR_NOOP("a number of minutes"), 0.0, false, true);
            h.slas.append(sla);
        }
    }
    const JsonValue contacts = array(fo, path, "contacts");
    for (auto [i, e] = std::pair(qsizetype(0), contacts.firstElement()); !e.isUndefined() && !failed(); ++i, e = e.nextElement()) {
        const JsonPath list(path, "contacts"), p(list, i);
        if (const auto c = object(e, p)) {
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
    const JsonValue list = array(root, {}, "series");
    for (auto [i, e] = std::pair(qsizetype(0), list.firstElement()); !e.isUndefined() && !failed(); ++i, e = e.nextElement()) {
        const JsonPath top("series"), path(top, i);
        const auto o = object(e, path);
        if (!o)
            return;
        const JsonFields fo = fields(*o, path, {"id", "name", "metric", "labels", "unit", "sourceFile", "sourceFormat",
                             "sourceChecksum", "importedAt", "times", "values"});
        MetricSeries s;
        s.id = string(fo, path, "id", true);
        s.name = string(fo, path, "name");
        s.metric = string(fo, path, "metric", true);
        const JsonValue labels = fo.value("labels");
        if (!labels.isUndefined() && !labels.isNull()) {
            if (const auto l = object(labels, JsonPath(path, "labels"))) {
                // Sorted, the last of duplicate keys: as a QJsonObject iterates them.
                QMap<QString, JsonValue> members;
                l->forEachMember([&](const JsonValue &key, const JsonValue &value) { members.insert(key.toString(), value); });
                for (auto it = members.constBegin(); it != members.constEnd(); ++it) {
                    if (!it.value().isString()) {
                        failAt(JsonPath(path, "labels").toString() + u'.' + it.key(),
                               tr("expected a string, got %1").arg(describe(it.value())));
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

        const JsonPath tp(path, "times");
        const JsonValue times = array(fo, path, "times");
        s.times.reserve(times.count());
        for (auto [k, e] = std::pair(qsizetype(0), times.firstElement()); !e.isUndefined() && !failed(); ++k, e = e.nextElement()) {
            const JsonValue v = e;
            qint64 ms = 0;
            if (v.isNumber() && v.toNumber() == std::floor(v.toNumber()) && std::abs(v.toNumber()) < 9.0e15) {
                ms = qint64(v.toNumber());
            } else if (v.equals("-0")) {
                ms = 0; // the string form of -0 (see numberValue)
            } else if (const auto t = v.isString() ? IsoTime::parse(v.toString()) : std::nullopt) {
                ms = t->toMSecsSinceEpoch();
            } else {
                fail(JsonPath(tp, k), tr("expected UTC milliseconds since 1970 (an integer) or an ISO 8601 time, got %1")
                                    .arg(describe(v)));
                break;
            }
            if (!s.times.isEmpty() && ms < s.times.last()) {
                fail(JsonPath(tp, k), tr("times must be in ascending order"));
                break;
            }
            s.times.append(ms);
        }
        const JsonPath vp(path, "values");
        const JsonValue values = array(fo, path, "values");
        s.values.reserve(values.count());
        for (auto [k, e] = std::pair(qsizetype(0), values.firstElement()); !e.isUndefined() && !failed(); ++k, e = e.nextElement()) {
            const JsonValue v = e;
            if (v.isNull()) {
                s.values.append(std::nan(""));
            } else if (v.isNumber()) {
                s.values.append(v.toNumber());
            } else if (const auto special = numberValue(v)) {
                s.values.append(*special);
            } else {
                fail(JsonPath(vp, k), tr("expected a number, null (a gap), \"Infinity\" or \"-Infinity\", got %1").arg(describe(v)));
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
    const JsonValue list = array(root, {}, "validation");
    for (auto [i, e] = std::pair(qsizetype(0), list.firstElement()); !e.isUndefined() && !failed(); ++i, e = e.nextElement()) {
        const JsonPath top("validation"), path(top, i);
        const auto o = object(e, path);
        if (!o)
            return;
        const JsonFields fo = fields(*o, path, {"object", "check", "sourceValue", "targetValue", "difference", "status", "tool",
                             "runAt", "sourceFile", "sourceChecksum"});
        ValidationResult r;
        r.object = string(fo, path, "object", true);
        r.check = string(fo, path, "check");
        r.sourceValue = string(fo, path, "sourceValue");
        r.targetValue = string(fo, path, "targetValue");
        r.difference = optionalNumber(fo, path, "difference", QT_TR_NOOP("a number"), false, NonFinite::Any);
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
        return failAt(pathOf(first->location), first->message);
    QString message = first->detail;
    if (first->firstUse.isValid())
        message = tr("%1 (already used at %2)").arg(message, pathOf(first->firstUse));
    failAt(pathOf(first->location), message);
}

} // namespace cutover
