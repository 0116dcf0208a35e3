// SPDX-License-Identifier: GPL-3.0-or-later
#include "planjson.h"

#include "isotime.h"
#include "jsonwriter.h"
#include "model/enumnames.h"
#include "model/regularfile.h"
#include "planjsonreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace cutover {

namespace {

/** 1-based line and column (in characters) of a byte offset into UTF-8 text. */
std::pair<int, int> lineColumn(const QByteArray &data, qsizetype offset)
{
    offset = qBound(qsizetype(0), offset, data.size());
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        const auto c = static_cast<unsigned char>(data.at(i));
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((c & 0xC0) != 0x80) { // not a UTF-8 continuation byte
            ++column;
        }
    }
    return {line, column};
}

void writeTime(JsonWriter &w, const char *key, const QDateTime &time)
{
    if (time.isValid())
        w.value(key, IsoTime::format(time));
}

void writeTask(JsonWriter &w, const Task &t)
{
    w.beginObject();
    w.value("id", t.id);
    w.value("name", t.name);
    w.value("phase", t.phase);
    w.value("owner", t.owner);
    w.value("kind", toString(t.kind));
    w.beginInlineObject("duration");
    if (t.duration.optimistic)
        w.value("optimistic", *t.duration.optimistic);
    w.value("likely", t.duration.likely);
    if (t.duration.pessimistic)
        w.value("pessimistic", *t.duration.pessimistic);
    w.endObject();
    w.value("distribution", toString(t.distribution));
    w.beginArray("after");
    for (const Dependency &d : t.after) {
        w.beginInlineObject();
        w.value("task", d.task);
        w.value("type", toString(d.type));
        w.value("lag", d.lag);
        w.endObject();
    }
    w.endArray();
    writeTime(w, "notBefore", t.notBefore);
    w.stringArray("marks", markNames(t.marks));
    w.value("notes", t.notes);
    w.value("status", toString(t.status));
    writeTime(w, "actualStart", t.actualStart);
    writeTime(w, "actualFinish", t.actualFinish);
    w.endObject();
}

void writeTasks(JsonWriter &w, const char *key, const QList<Task> &tasks)
{
    w.beginArray(key);
    for (const Task &t : tasks)
        writeTask(w, t);
    w.endArray();
}

void writeCriteria(JsonWriter &w, const QList<Criterion> &criteria)
{
    w.beginArray("criteria");
    for (const Criterion &c : criteria) {
        w.beginObject();
        w.value("id", c.id);
        w.value("name", c.name);
        w.value("kind", toString(c.kind));
        w.value("metric", c.metric);
        w.value("op", toString(c.op));
        w.value("threshold", c.threshold);
        w.value("for", c.forSeconds);
        w.value("action", toString(c.action));
        w.value("answer", toString(c.answer));
        w.value("notes", c.notes);
        w.endObject();
    }
    w.endArray();
}

void writeHypercare(JsonWriter &w, const Hypercare &h)
{
    w.beginObject("hypercare");
    w.value("durationHours", h.durationHours);
    w.beginArray("slas");
    for (const SlaTarget &s : h.slas) {
        w.beginObject();
        w.value("severity", s.severity);
        w.value("responseMinutes", s.responseMinutes);
        w.value("resolveMinutes", s.resolveMinutes);
        w.endObject();
    }
    w.endArray();
    w.beginArray("contacts");
    for (const Contact &c : h.contacts) {
        w.beginObject();
        w.value("name", c.name);
        w.value("role", c.role);
        w.value("reach", c.reach);
        w.endObject();
    }
    w.endArray();
    w.value("notes", h.notes);
    w.endObject();
}

void writeSeries(JsonWriter &w, const QList<MetricSeries> &series)
{
    w.beginArray("series");
    for (const MetricSeries &s : series) {
        w.beginObject();
        w.value("id", s.id);
        w.value("name", s.name);
        w.value("metric", s.metric);
        w.beginObject("labels");
        for (auto it = s.labels.constBegin(); it != s.labels.constEnd(); ++it)
            w.value(it.key(), it.value());
        w.endObject();
        w.value("unit", s.unit);
        w.value("sourceFile", s.sourceFile);
        w.value("sourceFormat", s.sourceFormat);
        w.value("sourceChecksum", s.sourceChecksum);
        writeTime(w, "importedAt", s.importedAt);
        w.integerArray("times", s.times);
        w.numberArray("values", s.values);
        w.endObject();
    }
    w.endArray();
}

void writeValidation(JsonWriter &w, const QList<ValidationResult> &results)
{
    w.beginArray("validation");
    for (const ValidationResult &r : results) {
        w.beginObject();
        w.value("object", r.object);
        w.value("check", r.check);
        w.value("sourceValue", r.sourceValue);
        w.value("targetValue", r.targetValue);
        if (r.difference && !std::isnan(*r.difference)) // NaN: unknown, as in a .cutover file
            w.value("difference", *r.difference);
        w.value("status", toString(r.status));
        w.value("tool", r.tool);
        writeTime(w, "runAt", r.runAt);
        w.value("sourceFile", r.sourceFile);
        w.value("sourceChecksum", r.sourceChecksum);
        w.endObject();
    }
    w.endArray();
}

void writeOptional(JsonWriter &w, const char *key, const std::optional<double> &v)
{
    if (v)
        w.value(key, *v);
    else
        w.nullValue(key);
}

/** Baseline tasks keep no run state: status and actual times are left out. */
void writeBaselineTasks(JsonWriter &w, const char *key, const QList<Task> &tasks)
{
    w.beginArray(key);
    for (const Task &t : tasks) {
        Task plain = t;
        plain.status = TaskStatus::NotStarted;
        plain.actualStart = {};
        plain.actualFinish = {};
        writeTask(w, plain);
    }
    w.endArray();
}

void writeReview(JsonWriter &w, const Plan &plan)
{
    if (plan.approval.isValid()) {
        w.beginObject("approval");
        w.value("approvedBy", plan.approval.approvedBy);
        writeTime(w, "approvedAt", plan.approval.approvedAt);
        w.value("baseline", plan.approval.baseline);
        w.endObject();
    }
    if (plan.baselines.isEmpty())
        return;
    w.beginArray("baselines");
    for (const Baseline &b : plan.baselines) {
        w.beginObject();
        w.value("name", b.name);
        writeTime(w, "takenAt", b.takenAt);
        w.value("takenBy", b.takenBy);
        w.value("note", b.note);
        const BaselineFigures &f = b.figures;
        w.beginObject("figures");
        writeTime(w, "finish", f.finish);
        writeOptional(w, "downtimeMinutes", f.downtimeMinutes);
        writeOptional(w, "durationP50Minutes", f.durationP50);
        writeOptional(w, "durationP80Minutes", f.durationP80);
        writeOptional(w, "durationP95Minutes", f.durationP95);
        writeOptional(w, "downtimeP50Minutes", f.downtimeP50);
        writeOptional(w, "downtimeP80Minutes", f.downtimeP80);
        writeOptional(w, "downtimeP95Minutes", f.downtimeP95);
        writeOptional(w, "probabilityWithinWindow", f.probabilityWithinWindow);
        writeTime(w, "rollbackDeadlineP80", f.rollbackDeadlineP80);
        // A JSON number holds integers exactly up to 2^53; a larger seed is written as a string.
        if (f.seed <= (quint64(1) << 53))
            w.value("seed", double(f.seed));
        else
            w.value("seed", QString::number(f.seed));
        w.value("iterations", double(f.iterations));
        w.endObject();
        writeBaselineTasks(w, "tasks", b.tasks);
        w.beginObject("rollback");
        writeBaselineTasks(w, "tasks", b.rollbackTasks);
        w.endObject();
        writeCriteria(w, b.criteria);
        w.endObject();
    }
    w.endArray();
}

} // namespace

Result<JsonPlan> PlanJson::parse(const QByteArray &json, const QString &fileName, Checks checks)
{
    // A UTF-8 byte order mark (as some Windows editors write) is not JSON; skip it.
    const qsizetype skip = json.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    JsonTape tape;
    if (!tape.parse(json, skip)) {
        const auto [line, column] = lineColumn(json, tape.error().offset);
        return Error(tr("invalid JSON: %1").arg(tape.error().errorString()), fileName, line, column);
    }
    if (!tape.root().isObject())
        return Error(tr("expected a JSON object with \"format\": \"cutover-plan\" at the top level"), fileName);
    PlanJsonReader reader(fileName, checks);
    return reader.read(tape.root());
}

Result<JsonPlan> PlanJson::readFile(const QString &path, Checks checks)
{
    if (auto notRegular = notRegularFileError(path))
        return *notRegular;
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return Error(tr("cannot open for reading: %1").arg(file.errorString()), path);
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error(tr("cannot read: %1").arg(file.errorString()), path);
    return parse(data, path.isEmpty() ? name : path, checks);
}

QByteArray PlanJson::serialize(const Plan &plan)
{
    JsonWriter w(JsonWriter::Numbers::Exact);
    w.beginObject();
    w.value("format", QStringLiteral("cutover-plan"));
    w.value("version", double(FormatVersion));
    w.value("name", plan.name);
    w.value("timezone", plan.timezone);
    writeTime(w, "start", plan.start);
    if (plan.window.start.isValid() && plan.window.end.isValid()) {
        w.beginObject("window");
        writeTime(w, "start", plan.window.start);
        writeTime(w, "end", plan.window.end);
        w.endObject();
    }
    w.value("status", toString(plan.status));
    w.value("author", plan.author);
    w.value("description", plan.description);

    w.beginArray("phases");
    for (const Phase &p : plan.phases) {
        w.beginObject();
        w.value("id", p.id);
        w.value("name", p.name);
        w.value("description", p.description);
        w.endObject();
    }
    w.endArray();

    writeTasks(w, "tasks", plan.tasks);
    w.beginObject("rollback");
    writeTasks(w, "tasks", plan.rollbackTasks);
    w.endObject();
    writeCriteria(w, plan.criteria);

    w.beginArray("decisions");
    for (const GateDecision &d : plan.decisions) {
        w.beginObject();
        w.value("gate", d.gate);
        w.value("outcome", toString(d.outcome));
        w.value("decidedBy", d.decidedBy);
        writeTime(w, "decidedAt", d.decidedAt);
        w.value("rationale", d.rationale);
        if (d.downtimeP80 || d.probabilityWithinWindow || d.deadlineP80.isValid() || d.marginP80) {
            w.beginObject("figures");
            writeOptional(w, "downtimeP80Minutes", d.downtimeP80);
            writeOptional(w, "probabilityWithinWindow", d.probabilityWithinWindow);
            writeTime(w, "rollbackDeadlineP80", d.deadlineP80);
            writeOptional(w, "marginP80Minutes", d.marginP80);
            w.endObject();
        }
        w.endObject();
    }
    w.endArray();

    w.beginArray("readiness");
    for (const ReadinessItem &r : plan.readiness) {
        w.beginObject();
        w.value("id", r.id);
        w.value("text", r.text);
        w.value("owner", r.owner);
        w.value("status", toString(r.status));
        w.value("evidence", r.evidence);
        w.endObject();
    }
    w.endArray();

    writeHypercare(w, plan.hypercare);
    writeSeries(w, plan.series);
    writeValidation(w, plan.validation);
    writeReview(w, plan);
    w.endObject();
    return w.finish();
}

Status PlanJson::writeFile(const Plan &plan, const QString &path)
{
    const QByteArray data = serialize(plan);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(tr("cannot open for writing: %1").arg(file.errorString()), path);
    if (file.write(data) != data.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return Error(tr("cannot write: %1").arg(why), path);
    }
    if (!file.commit())
        return Error(tr("cannot save: %1").arg(file.errorString()), path);
    return Ok{};
}

bool PlanJson::looksLikeJson(const QByteArray &head)
{
    qsizetype i = 0;
    if (head.startsWith("\xEF\xBB\xBF"))
        i = 3;
    while (i < head.size() && (head.at(i) == ' ' || head.at(i) == '\t' || head.at(i) == '\n' || head.at(i) == '\r'))
        ++i;
    return i < head.size() && head.at(i) == '{';
}

} // namespace cutover
