// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/isotime.h"
#include "interchange/planjson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace cutover;

namespace {

const QString kFixture = QStringLiteral(CUTOVER_SOURCE_DIR "/tests/interchange/fixtures/rich-plan.json");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

/** A small valid plan; tests break one thing in it. Task indexes: 0 a, 1 b, 2 c, 3 d. */
QByteArray minimalPlan()
{
    return R"({
  "format": "cutover-plan", "version": 1, "name": "t", "timezone": "Europe/Berlin",
  "start": "2026-12-05T21:00:00+01:00",
  "phases": [ { "id": "p", "name": "P" } ],
  "tasks": [
    { "id": "a", "name": "A", "phase": "p", "duration": { "likely": 10 } },
    { "id": "b", "name": "B", "phase": "p", "duration": { "likely": 10 }, "after": [ { "task": "a" } ] },
    { "id": "c", "name": "C", "phase": "p", "duration": { "likely": 10 }, "after": [ "b" ] },
    { "id": "d", "name": "D", "phase": "p", "duration": { "likely": 10 }, "after": [ { "task": "c", "type": "SS" } ] }
  ]
})";
}

QByteArray replaced(QByteArray json, const char *from, const char *to)
{
    return json.replace(from, to);
}

/** A plan with every field of the model set to something other than its default. */
Plan everyFieldPlan()
{
    const auto t = [](const char *iso) { return *IsoTime::parse(QString::fromLatin1(iso)); };
    Plan p;
    p.name = QStringLiteral("Every field");
    p.timezone = QStringLiteral("America/New_York");
    p.start = t("2026-11-01T01:30:00-04:00");
    p.window = {t("2026-11-01T01:30:00-05:00"), t("2026-11-01T06:00:00.5-05:00")};
    p.status = PlanStatus::RolledBack;
    p.author = QStringLiteral("ä ö ü 日本");
    p.description = QStringLiteral("d\n\"q\"\u0001");
    p.phases = {Phase{QStringLiteral("p1"), QStringLiteral("One"), QStringLiteral("first")}};
    Task a;
    a.id = QStringLiteral("a");
    a.name = QStringLiteral("A");
    a.phase = QStringLiteral("p1");
    a.owner = QStringLiteral("Owner");
    a.kind = TaskKind::Gate;
    a.duration = Estimate{1.25, 2.5, 1e6};
    a.distribution = Distribution::Pert;
    a.notBefore = t("2026-11-01T02:00:00+09:00");
    a.marks = Mark::FreezeStart | Mark::TrafficSwitched | Mark::PointOfNoReturn;
    a.notes = QStringLiteral("n");
    a.status = TaskStatus::Blocked;
    a.actualStart = t("2026-11-01T03:00:00Z");
    a.actualFinish = t("2026-11-01T03:00:00.001+14:00");
    Task b = a;
    b.id = QStringLiteral("b");
    b.marks = {};
    b.duration = Estimate{std::nullopt, 0.1, std::nullopt};
    b.after = {Dependency{QStringLiteral("a"), DependencyType::SF, -0.3}};
    p.tasks = {a, b};
    Task r;
    r.id = QStringLiteral("r");
    r.duration.likely = 3;
    p.rollbackTasks = {r};
    p.criteria = {Criterion{QStringLiteral("c"), QStringLiteral("C"), CriterionKind::Manual, QStringLiteral("m"),
                            CompareOp::LessOrEqual, -2.5, 60, CriterionAction::Hold, ManualAnswer::Yes, QStringLiteral("x")}};
    p.decisions = {GateDecision{QStringLiteral("a"), GateOutcome::Hold, QStringLiteral("Z"), t("2026-11-01T01:00:00-03:30"),
                                QStringLiteral("why")}};
    p.readiness = {ReadinessItem{QStringLiteral("r1"), QStringLiteral("T"), QStringLiteral("O"), ReadinessStatus::InProgress,
                                 QStringLiteral("E")}};
    p.hypercare = Hypercare{12.5, {SlaTarget{QStringLiteral("S1"), 5, 60}}, {Contact{QStringLiteral("N"), QStringLiteral("R"), QStringLiteral("@x")}},
                            QStringLiteral("hn")};
    MetricSeries s;
    s.id = QStringLiteral("s");
    s.name = QStringLiteral("n");
    s.metric = QStringLiteral("lag");
    s.labels = {{QStringLiteral("k"), QStringLiteral("v")}, {QStringLiteral("a b"), QStringLiteral("")}};
    s.unit = QStringLiteral("s");
    s.sourceFile = QStringLiteral("f.csv");
    s.sourceFormat = QStringLiteral("grafana-csv");
    s.sourceChecksum = QStringLiteral("00ff");
    s.importedAt = t("2026-10-01T00:00:00+02:00");
    s.times = {-1000, 0, 1792227600123};
    s.values = {1.0 / 3.0, std::nan(""), -1e-300};
    p.series = {s};
    ValidationResult v;
    v.object = QStringLiteral("o");
    v.check = QStringLiteral("sum(x)");
    v.sourceValue = QStringLiteral("1");
    v.targetValue = QStringLiteral("2");
    v.difference = -1;
    v.status = ValidationStatus::Failed;
    v.tool = QStringLiteral("dvt");
    v.runAt = t("2026-10-01T00:00:00-01:00");
    v.sourceFile = QStringLiteral("v.json");
    v.sourceChecksum = QStringLiteral("aa");
    p.validation = {v};
    return p;
}

/** Plan equality including the offsets of every time (QDateTime == compares instants only). */
void compareOffsets(const QDateTime &a, const QDateTime &b)
{
    QCOMPARE(a.isValid(), b.isValid());
    if (a.isValid()) {
        QCOMPARE(a, b);
        QCOMPARE(a.offsetFromUtc(), b.offsetFromUtc());
        QCOMPARE(IsoTime::format(a), IsoTime::format(b));
    }
}

bool samePlan(const Plan &a, const Plan &b)
{
    // NaN != NaN, so compare series values separately.
    Plan x = a;
    Plan y = b;
    if (x.series.size() != y.series.size())
        return false;
    for (qsizetype i = 0; i < x.series.size(); ++i) {
        auto &vx = x.series[i].values;
        auto &vy = y.series[i].values;
        if (vx.size() != vy.size())
            return false;
        for (qsizetype k = 0; k < vx.size(); ++k) {
            if (std::isnan(vx[k]) != std::isnan(vy[k]))
                return false;
            if (std::isnan(vx[k]))
                vx[k] = vy[k] = 0;
        }
    }
    return x == y;
}

/** `root` with the value at `path` (object keys and array indexes) replaced by `with`. */
QJsonValue replacedAt(const QJsonValue &root, const QVariantList &path, qsizetype depth, const QJsonValue &with)
{
    if (depth == path.size())
        return with;
    const QVariant &step = path.at(depth);
    if (step.typeId() == QMetaType::QString) {
        QJsonObject o = root.toObject();
        o.insert(step.toString(), replacedAt(o.value(step.toString()), path, depth + 1, with));
        return o;
    }
    QJsonArray a = root.toArray();
    const int i = step.toInt();
    a.replace(i, replacedAt(a.at(i), path, depth + 1, with));
    return a;
}

void collectPaths(const QJsonValue &v, QVariantList &path, QList<QVariantList> &out)
{
    if (!path.isEmpty())
        out.append(path);
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            path.append(it.key());
            collectPaths(it.value(), path, out);
            path.removeLast();
        }
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            path.append(int(i));
            collectPaths(a.at(i), path, out);
            path.removeLast();
        }
    }
}

} // namespace

class TestPlanJson : public QObject
{
    Q_OBJECT
private slots:
    void richFixtureKeepsEveryField()
    {
        const QByteArray original = readAll(kFixture);
        QVERIFY(!original.isEmpty());
        const auto parsed = PlanJson::parse(original, QStringLiteral("rich-plan.json"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorString()));
        QVERIFY2(parsed->warnings.isEmpty(), qPrintable(parsed->warnings.join(u'\n')));
        const QByteArray written = PlanJson::serialize(parsed->plan);
        // Same JSON tree as the hand-written fixture: no field lost, added or changed.
        QCOMPARE(QJsonDocument::fromJson(written), QJsonDocument::fromJson(original));
        // And once more through the model: byte-identical.
        const auto again = PlanJson::parse(written, QStringLiteral("again.json"));
        QVERIFY(again.ok());
        QCOMPARE(PlanJson::serialize(again->plan), written);
    }

    void richFixtureValues()
    {
        const auto parsed = PlanJson::readFile(kFixture);
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorString()));
        const Plan &p = parsed->plan;
        QCOMPARE(p.start.offsetFromUtc(), 5 * 3600 + 1800);
        QCOMPARE(p.start.toUTC(), QDateTime(QDate(2026, 12, 5), QTime(15, 30), Qt::UTC));
        QCOMPARE(p.window.end.time().msec(), 250);
        QCOMPARE(p.tasks.size(), 4);
        QCOMPARE(p.tasks[1].after[0].type, DependencyType::SS);
        QCOMPARE(p.tasks[1].after[0].lag, -5.0);
        QCOMPARE(p.tasks[1].marks, Mark::FreezeStart | Mark::PointOfNoReturn);
        QCOMPARE(p.tasks[0].duration.pessimistic.value_or(0), 12.75);
        QVERIFY(!p.tasks[2].duration.optimistic.has_value());
        QCOMPARE(p.tasks[2].distribution, Distribution::Fixed);
        QCOMPARE(p.tasks[3].kind, TaskKind::Milestone);
        QCOMPARE(p.rollbackTasks.size(), 2);
        QCOMPARE(p.criteria[2].answer, ManualAnswer::No);
        QCOMPARE(p.criteria[3].forSeconds, 12.5);
        QCOMPARE(p.decisions[0].outcome, GateOutcome::Go);
        QVERIFY(!p.decisions[1].decidedAt.isValid());
        QCOMPARE(p.readiness[1].status, ReadinessStatus::Waived);
        QCOMPARE(p.hypercare.contacts.size(), 2);
        QCOMPARE(p.series[0].times.last(), Q_INT64_C(1792227720000));
        QVERIFY(std::isnan(p.series[0].values[1]));
        QCOMPARE(p.series[0].labels.value(QStringLiteral("job")), QStringLiteral("postgres"));
        QCOMPARE(p.validation[0].difference.value_or(-1), 0.0);
        QVERIFY(!p.validation[1].difference.has_value());
        QVERIFY(p.description.contains(u'\t'));
    }

    void modelRoundTripKeepsEveryField()
    {
        const Plan plan = everyFieldPlan();
        const auto parsed = PlanJson::parse(PlanJson::serialize(plan), QStringLiteral("x.json"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorString()));
        QVERIFY(samePlan(parsed->plan, plan));
        const Plan &q = parsed->plan;
        compareOffsets(q.start, plan.start);
        compareOffsets(q.window.start, plan.window.start);
        compareOffsets(q.window.end, plan.window.end);
        compareOffsets(q.tasks[0].notBefore, plan.tasks[0].notBefore);
        compareOffsets(q.tasks[0].actualStart, plan.tasks[0].actualStart);
        compareOffsets(q.tasks[0].actualFinish, plan.tasks[0].actualFinish);
        compareOffsets(q.decisions[0].decidedAt, plan.decisions[0].decidedAt);
        compareOffsets(q.series[0].importedAt, plan.series[0].importedAt);
        compareOffsets(q.validation[0].runAt, plan.validation[0].runAt);
        QCOMPARE(q.series[0].values[0], 1.0 / 3.0); // shortest round-trip number text
    }

    void serializedFormIsStable()
    {
        const QByteArray json = PlanJson::serialize(everyFieldPlan());
        QVERIFY(json.endsWith("}\n"));
        QVERIFY(json.startsWith("{\n  \"format\": \"cutover-plan\",\n  \"version\": 1,\n  \"name\": \"Every field\",\n"));
        // Spec order inside a task, not alphabetical.
        const qsizetype id = json.indexOf("\"id\": \"a\"");
        QVERIFY(id > 0);
        QVERIFY(json.indexOf("\"name\": \"A\"", id) < json.indexOf("\"duration\"", id));
        QVERIFY(json.indexOf("\"duration\"", id) < json.indexOf("\"after\"", id));
        QVERIFY(json.contains("\"values\": [0.3333333333333333, null, -1e-300]"));
        QVERIFY(json.contains("\"times\": [-1000, 0, 1792227600123]"));
        QVERIFY(json.contains("\"start\": \"2026-11-01T01:30:00-04:00\""));
        QVERIFY(json.contains("\"end\": \"2026-11-01T06:00:00.500-05:00\""));
        QVERIFY(json.contains("\"description\": \"d\\n\\\"q\\\"\\u0001\""));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const QByteArray base = minimalPlan();
        QTest::newRow("likely is text")
            << replaced(base, R"("id": "c", "name": "C", "phase": "p", "duration": { "likely": 10 })",
                        R"("id": "c", "name": "C", "phase": "p", "duration": { "likely": "ten" })")
            << R"(plan.json: tasks[2].duration.likely: expected a number of minutes, got "ten")";
        QTest::newRow("unknown predecessor")
            << replaced(base, R"({ "task": "c", "type": "SS" })", R"({ "task": "frezee" })")
            << R"(plan.json: tasks[3].after[0].task: unknown task "frezee")";
        QTest::newRow("unknown predecessor, short form")
            << replaced(base, R"("after": [ "b" ])", R"("after": [ "a", "bb" ])")
            << R"(plan.json: tasks[2].after[1].task: unknown task "bb")";
        QTest::newRow("bad dependency type")
            << replaced(base, R"("type": "SS")", R"("type": "XS")")
            << R"(plan.json: tasks[3].after[0].type: expected one of FS, SS, FF, SF, got "XS")";
        QTest::newRow("lower-case type is accepted, bad kind is not")
            << replaced(replaced(base, R"("type": "SS")", R"("type": "ss")"), R"("id": "a", "name": "A")",
                        R"("id": "a", "kind": "Milestone", "name": "A")")
            << R"(plan.json: tasks[0].kind: expected one of task, milestone, gate, got "Milestone")";
        QTest::newRow("duplicate id")
            << replaced(base, R"("id": "d")", R"("id": "b")")
            << R"(plan.json: tasks[3].id: duplicate task id "b" (already used at tasks[1]))";
        QTest::newRow("missing format") << replaced(base, R"("format": "cutover-plan", )", "")
                                        << R"(plan.json: format: missing, expected "cutover-plan" (is this a Cutover Planner plan?))";
        QTest::newRow("wrong format") << replaced(base, R"("format": "cutover-plan")", R"("format": "gantt")")
                                      << R"(plan.json: format: expected "cutover-plan", got "gantt")";
        QTest::newRow("missing version") << replaced(base, R"("version": 1, )", "")
                                         << "plan.json: version: missing, expected 1";
        QTest::newRow("newer version") << replaced(base, R"("version": 1)", R"("version": 2)")
                                       << "plan.json: version: format version 2 is newer than this program reads (up to 1); update Cutover Planner";
        QTest::newRow("version as text") << replaced(base, R"("version": 1)", R"("version": "1")")
                                         << R"(plan.json: version: expected a format version number such as 1, got "1")";
        QTest::newRow("start without offset")
            << replaced(base, "2026-12-05T21:00:00+01:00", "2026-12-05T21:00:00")
            << R"(plan.json: start: expected an ISO 8601 time with offset such as "2026-12-05T21:00:00+01:00", got "2026-12-05T21:00:00")";
        QTest::newRow("missing start") << replaced(base, R"("start": "2026-12-05T21:00:00+01:00",)", "")
                                       << R"(plan.json: start: missing, expected an ISO 8601 time with offset such as "2026-12-05T21:00:00+01:00")";
        QTest::newRow("negative duration")
            << replaced(base, R"("id": "b", "name": "B", "phase": "p", "duration": { "likely": 10 })",
                        R"("id": "b", "name": "B", "phase": "p", "duration": { "likely": -4 })")
            << "plan.json: tasks[1].duration.likely: expected a number of minutes (not negative), got -4";
        QTest::newRow("no duration") << replaced(base, R"(, "duration": { "likely": 10 }, "after": [ "b" ])", R"(, "after": [ "b" ])")
                                     << R"(plan.json: tasks[2].duration: missing, expected { "likely": minutes } or a number of minutes)";
        QTest::newRow("tasks not an array") << replaced(base, R"("tasks": [)", R"("tasks": 3, "x": [)")
                                            << "plan.json: tasks: expected an array, got 3";
        QTest::newRow("task not an object") << replaced(base, R"({ "id": "a", "name": "A", "phase": "p", "duration": { "likely": 10 } },)", "true,")
                                            << "plan.json: tasks[0]: expected an object, got true";
        QTest::newRow("unknown phase") << replaced(base, R"("id": "d", "name": "D", "phase": "p")", R"("id": "d", "name": "D", "phase": "q")")
                                       << R"(plan.json: tasks[3].phase: unknown phase "q")";
        QTest::newRow("self dependency") << replaced(base, R"("task": "c", "type": "SS")", R"("task": "d")")
                                         << R"(plan.json: tasks[3].after[0].task: task "d" cannot wait on itself)";
        QTest::newRow("bad mark")
            << replaced(base, R"("id": "a", "name": "A")", R"("id": "a", "marks": ["freeze"], "name": "A")")
            << R"(plan.json: tasks[0].marks[0]: expected one of freeze-start, traffic-switched, point-of-no-return, final-sync, got "freeze")";
        QTest::newRow("duplicate mark")
            << replaced(replaced(base, R"("id": "a", "name": "A")", R"("id": "a", "marks": ["freeze-start"], "name": "A")"),
                        R"("id": "c", "name": "C")", R"("id": "c", "marks": ["freeze-start"], "name": "C")")
            << R"(plan.json: tasks[2].marks: mark "freeze-start" is already on task "a"; each mark may be on one task only)";
        QTest::newRow("rollback waits on runbook")
            << replaced(base, "\n  ]\n}", R"(
  ], "rollback": { "tasks": [ { "id": "r", "duration": 5, "after": [ "a" ] } ] } })")
            << R"(plan.json: rollback.tasks[0].after[0].task: rollback tasks may wait only on rollback tasks; "a" is a runbook task)";
        QTest::newRow("decision on a non-gate")
            << replaced(base, "\n  ]\n}", R"(
  ], "decisions": [ { "gate": "a", "outcome": "go" } ] })")
            << R"(plan.json: decisions[0].gate: task "a" is not a gate (its kind is "task"))";
        // The model's invariants come from PlanValidator, each at the JSON path of its location.
        QTest::newRow("duplicate phase id")
            << replaced(base, R"("phases": [ { "id": "p", "name": "P" } ])", R"("phases": [ { "id": "p", "name": "P" }, { "id": "p" } ])")
            << R"(plan.json: phases[1].id: duplicate phase id "p")";
        QTest::newRow("runbook waits on rollback")
            << replaced(replaced(base, "\n  ]\n}", R"(
  ], "rollback": { "tasks": [ { "id": "r", "duration": 5 } ] } })"), R"({ "task": "c", "type": "SS" })", R"({ "task": "r" })")
            << R"(plan.json: tasks[3].after[0].task: runbook tasks may not wait on rollback task "r")";
        QTest::newRow("mark on a rollback task")
            << replaced(base, "\n  ]\n}", R"(
  ], "rollback": { "tasks": [ { "id": "r", "duration": 5, "marks": ["freeze-start"] } ] } })")
            << R"(plan.json: rollback.tasks[0].marks: marks belong to runbook tasks, not to the rollback plan)";
        QTest::newRow("duplicate id across runbook and rollback")
            << replaced(base, "\n  ]\n}", R"(
  ], "rollback": { "tasks": [ { "id": "x", "duration": 5 }, { "id": "c", "duration": 5 } ] } })")
            << R"(plan.json: rollback.tasks[1].id: duplicate task id "c" (already used at tasks[2]))";
        QTest::newRow("duplicate criterion id")
            << replaced(base, "\n  ]\n}", R"(
  ], "criteria": [ { "id": "lag", "metric": "m", "op": ">", "threshold": 1 }, { "id": "lag", "metric": "n", "op": ">", "threshold": 2 } ] })")
            << R"(plan.json: criteria[1].id: duplicate criterion id "lag")";
        QTest::newRow("unknown gate")
            << replaced(base, "\n  ]\n}", R"(
  ], "decisions": [ { "gate": "zz", "outcome": "go" } ] })")
            << R"(plan.json: decisions[0].gate: unknown gate "zz")";
        QTest::newRow("first problem in document order")
            << replaced(replaced(base, R"("id": "a", "name": "A", "phase": "p")", R"("id": "a", "name": "A", "phase": "q")"),
                        R"({ "task": "c", "type": "SS" })", R"({ "task": "frezee" })")
            << R"(plan.json: tasks[0].phase: unknown phase "q")";
        QTest::newRow("criterion op")
            << replaced(base, "\n  ]\n}", R"(
  ], "criteria": [ { "id": "lag", "metric": "m", "op": "=>", "threshold": 1 } ] })")
            << R"(plan.json: criteria[0].op: expected one of >, >=, <, <=, got "=>")";
        QTest::newRow("series lengths differ")
            << replaced(base, "\n  ]\n}", R"(
  ], "series": [ { "id": "s", "metric": "m", "times": [1, 2], "values": [1] } ] })")
            << "plan.json: series[0].values: has 1 values for 2 times; the two arrays must have the same length";
        QTest::newRow("series time not an integer")
            << replaced(base, "\n  ]\n}", R"(
  ], "series": [ { "id": "s", "metric": "m", "times": [1, 2.5], "values": [1, 2] } ] })")
            << "plan.json: series[0].times[1]: expected UTC milliseconds since 1970 (an integer) or an ISO 8601 time, got 2.5";
        QTest::newRow("series value text")
            << replaced(base, "\n  ]\n}", R"(
  ], "series": [ { "id": "s", "metric": "m", "times": [1], "values": ["nan"] } ] })")
            << R"(plan.json: series[0].values[0]: expected a number, null (a gap), "Infinity" or "-Infinity", got "nan")";
        QTest::newRow("top level array") << QByteArray("[1, 2]")
                                         << R"(plan.json: expected a JSON object with "format": "cutover-plan" at the top level)";
    }

    void errors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const auto parsed = PlanJson::parse(json, QStringLiteral("plan.json"));
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.errorString(), expected);
    }

    void everyValueOfTheWrongTypeIsReportedWithItsPath()
    {
        // Replace each value of the rich fixture, one at a time, by each JSON type: reading never
        // crashes, and when it fails the error is one line naming the file and a JSON path.
        const QJsonValue root = QJsonDocument::fromJson(readAll(kFixture)).object();
        QList<QVariantList> paths;
        QVariantList path;
        collectPaths(root, path, paths);
        QVERIFY(paths.size() > 200);
        const QList<QJsonValue> replacements = {QJsonValue(QJsonValue::Null), QJsonValue(-1.5), QJsonValue(QStringLiteral("x")),
                                                QJsonArray(), QJsonObject(), QJsonValue(true)};
        int failures = 0;
        for (const QVariantList &p : paths) {
            for (const QJsonValue &with : replacements) {
                const QJsonObject mutated = replacedAt(root, p, 0, with).toObject();
                const auto parsed = PlanJson::parse(QJsonDocument(mutated).toJson(), QStringLiteral("rich.json"));
                if (parsed.ok())
                    continue;
                ++failures;
                QVERIFY2(!parsed.error().path.isEmpty(), qPrintable(parsed.errorString()));
                QVERIFY(parsed.errorString().startsWith(QStringLiteral("rich.json: ")));
                QVERIFY(!parsed.errorString().contains(u'\n'));
            }
        }
        QVERIFY(failures > paths.size()); // most replacements are wrong types
    }

    void truncatedInputIsAnErrorWithPosition()
    {
        const QByteArray full = readAll(kFixture);
        for (qsizetype n = 0; n < full.size() - 2; n += 13) {
            const auto parsed = PlanJson::parse(full.left(n), QStringLiteral("cut.json"));
            QVERIFY2(!parsed.ok(), qPrintable(QString::number(n)));
            QVERIFY2(parsed.error().line >= 1, qPrintable(parsed.errorString()));
        }
    }

    void minimalPlanIsValid()
    {
        const auto parsed = PlanJson::parse(minimalPlan(), QStringLiteral("plan.json"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorString()));
        const Plan &p = parsed->plan;
        QCOMPARE(p.tasks.size(), 4);
        QCOMPARE(p.tasks[2].after.size(), 1);
        QCOMPARE(p.tasks[2].after[0], (Dependency{QStringLiteral("b"), DependencyType::FS, 0.0}));
        QCOMPARE(p.tasks[3].after[0].type, DependencyType::SS);
        QCOMPARE(p.tasks[0].kind, TaskKind::Task);
        QCOMPARE(p.tasks[0].distribution, Distribution::Triangular);
        QVERIFY(!p.window.start.isValid());
    }

    void syntaxErrorHasLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("prefix");
        // Qt reports the offset just past the first character of the offending token (here the
        // quote of "version" at line 3, column 3); line and column are 1-based.
        QTest::newRow("missing comma") << QByteArray("{\n  \"format\": \"cutover-plan\"\n  \"version\": 1\n}")
                                       << QStringLiteral("plan.json:3:4: invalid JSON: ");
        QTest::newRow("bad value after umlauts") << QByteArray("{\"name\": \"\xC3\xA4\xC3\xB6\",\n\"x\": tru }")
                                                 << QStringLiteral("plan.json:2:");
        QTest::newRow("truncated") << QByteArray("{\n\"a\": [1,") << QStringLiteral("plan.json:2:");
    }

    void syntaxErrorHasLineAndColumn()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, prefix);
        const auto parsed = PlanJson::parse(json, QStringLiteral("plan.json"));
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.errorString().startsWith(prefix), qPrintable(parsed.errorString()));
        QCOMPARE(parsed.errorString().count(u'\n'), 0);
    }

    void unknownFieldsWarnWithPath()
    {
        QByteArray json = minimalPlan();
        json.replace(R"("name": "t",)", R"("name": "t", "colour": "red",)");
        json.replace(R"({ "task": "a" })", R"({ "task": "a", "hard": true })");
        json.replace(R"("duration": { "likely": 10 }, "after": [ "b" ])", R"("duration": { "likely": 10, "mean": 3 }, "after": [ "b" ])");
        const auto parsed = PlanJson::parse(json, QStringLiteral("plan.json"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorString()));
        QCOMPARE(parsed->warnings, (QStringList{
                                       QStringLiteral("plan.json: colour: unknown field, ignored"),
                                       QStringLiteral("plan.json: tasks[1].after[0].hard: unknown field, ignored"),
                                       QStringLiteral("plan.json: tasks[2].duration.mean: unknown field, ignored"),
                                   }));
        QCOMPARE(parsed->plan.tasks.size(), 4);
    }

    void unknownTimeZoneWarns()
    {
        QByteArray json = minimalPlan();
        json.replace("Europe/Berlin", "Europe/Berln");
        const auto parsed = PlanJson::parse(json, QStringLiteral("plan.json"));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->warnings.size(), 1);
        QVERIFY(parsed->warnings[0].startsWith(QStringLiteral("plan.json: timezone: unknown time zone \"Europe/Berln\"")));
        QCOMPARE(parsed->plan.timezone, QStringLiteral("Europe/Berln")); // kept, not lost
    }

    void structureOnlySkipsSemanticChecks()
    {
        QByteArray json = minimalPlan();
        json.replace(R"({ "task": "c", "type": "SS" })", R"({ "task": "frezee" })");
        QVERIFY(!PlanJson::parse(json, QStringLiteral("p.json")).ok());
        const auto lenient = PlanJson::parse(json, QStringLiteral("p.json"), PlanJson::Checks::StructureOnly);
        QVERIFY(lenient.ok());
        QCOMPARE(lenient->plan.tasks[3].after[0].task, QStringLiteral("frezee"));
    }

    void byteOrderMarkIsSkipped()
    {
        const auto parsed = PlanJson::parse("\xEF\xBB\xBF" + minimalPlan(), QStringLiteral("p.json"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorString()));
    }

    void writeFileReplacesAtomically()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("plan.json"));
        const Plan plan = everyFieldPlan();
        QVERIFY(PlanJson::writeFile(plan, path).ok());
        QCOMPARE(readAll(path), PlanJson::serialize(plan));
        const auto back = PlanJson::readFile(path);
        QVERIFY(back.ok());
        QVERIFY(samePlan(back->plan, plan));

        // The parent "directory" is a file: the write fails, names the path and creates nothing.
        const QString bad = path + QStringLiteral("/inner.json");
        const Status failed = PlanJson::writeFile(plan, bad);
        QVERIFY(!failed.ok());
        QVERIFY(failed.errorString().startsWith(bad + QStringLiteral(": cannot open for writing")));
        QCOMPARE(readAll(path), PlanJson::serialize(plan));
    }

    void readMissingFile()
    {
        const auto r = PlanJson::readFile(QStringLiteral("/nonexistent/dir/p.json"));
        QVERIFY(!r.ok());
        QVERIFY(r.errorString().startsWith(QStringLiteral("/nonexistent/dir/p.json: cannot open for reading")));
    }

    void looksLikeJson_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<bool>("expected");
        QTest::newRow("object") << QByteArray("{\"a\":1}") << true;
        QTest::newRow("whitespace first") << QByteArray(" \r\n\t{") << true;
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF{") << true;
        QTest::newRow("sqlite") << QByteArray("SQLite format 3\0", 16) << false;
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("array") << QByteArray("[") << false;
    }

    void looksLikeJson()
    {
        QFETCH(QByteArray, head);
        QFETCH(bool, expected);
        QCOMPARE(PlanJson::looksLikeJson(head), expected);
    }

    void isoTime_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("utcMs");
        QTest::addColumn<int>("offset");
        QTest::addColumn<QString>("formatted");
        // 2026-12-05T20:00:00Z = 1796500800 s since 1970 (20 447 days * 86400 + 72000).
        QTest::newRow("offset") << "2026-12-05T21:00:00+01:00" << true << Q_INT64_C(1796500800000) << 3600 << "2026-12-05T21:00:00+01:00";
        QTest::newRow("utc") << "2026-12-05T20:00:00Z" << true << Q_INT64_C(1796500800000) << 0 << "2026-12-05T20:00:00Z";
        QTest::newRow("half hour") << "2026-12-06T01:30:00+05:30" << true << Q_INT64_C(1796500800000) << 19800 << "2026-12-06T01:30:00+05:30";
        QTest::newRow("negative") << "2026-12-05T15:00:00-05:00" << true << Q_INT64_C(1796500800000) << -18000 << "2026-12-05T15:00:00-05:00";
        QTest::newRow("millis") << "2026-12-05T20:00:00.250Z" << true << Q_INT64_C(1796500800250) << 0 << "2026-12-05T20:00:00.250Z";
        QTest::newRow("micros cut") << "2026-12-05T20:00:00.250999Z" << true << Q_INT64_C(1796500800250) << 0 << "2026-12-05T20:00:00.250Z";
        QTest::newRow("space separator") << "2026-12-05 21:00:00+01:00" << true << Q_INT64_C(1796500800000) << 3600 << "2026-12-05T21:00:00+01:00";
        QTest::newRow("no seconds") << "2026-12-05T21:00+01:00" << true << Q_INT64_C(1796500800000) << 3600 << "2026-12-05T21:00:00+01:00";
        QTest::newRow("offset without colon") << "2026-12-05T21:00:00+0100" << true << Q_INT64_C(1796500800000) << 3600 << "2026-12-05T21:00:00+01:00";
        QTest::newRow("comma fraction") << "2026-12-05T20:00:00,5Z" << true << Q_INT64_C(1796500800500) << 0 << "2026-12-05T20:00:00.500Z";
        QTest::newRow("zero offset is written as Z") << "2026-12-05T20:00:00+00:00" << true << Q_INT64_C(1796500800000) << 0 << "2026-12-05T20:00:00Z";
        QTest::newRow("no offset") << "2026-12-05T21:00:00" << false << Q_INT64_C(0) << 0 << "";
        QTest::newRow("february 30") << "2026-02-30T21:00:00Z" << false << Q_INT64_C(0) << 0 << "";
        QTest::newRow("hour 24") << "2026-12-05T24:00:00Z" << false << Q_INT64_C(0) << 0 << "";
        QTest::newRow("trailing text") << "2026-12-05T21:00:00+01:00x" << false << Q_INT64_C(0) << 0 << "";
        QTest::newRow("empty fraction") << "2026-12-05T21:00:00.Z" << false << Q_INT64_C(0) << 0 << "";
        QTest::newRow("offset minutes 60") << "2026-12-05T21:00:00+01:60" << false << Q_INT64_C(0) << 0 << "";
        QTest::newRow("non-ascii digits") << QString::fromUtf8("٢٠٢٦-12-05T21:00:00Z") << false << Q_INT64_C(0) << 0 << "";
        QTest::newRow("empty") << "" << false << Q_INT64_C(0) << 0 << "";
        QTest::newRow("date only") << "2026-12-05" << false << Q_INT64_C(0) << 0 << "";
        QTest::newRow("bad month") << "2026-13-05T21:00:00Z" << false << Q_INT64_C(0) << 0 << "";
        QTest::newRow("words") << "tomorrow" << false << Q_INT64_C(0) << 0 << "";
    }

    void isoTime()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(qint64, utcMs);
        QFETCH(int, offset);
        QFETCH(QString, formatted);
        const auto t = IsoTime::parse(text);
        QCOMPARE(t.has_value(), valid);
        if (!valid)
            return;
        QCOMPARE(t->toMSecsSinceEpoch(), utcMs);
        QCOMPARE(t->offsetFromUtc(), offset);
        QCOMPARE(IsoTime::format(*t), formatted);
    }
};

QTEST_GUILESS_MAIN(TestPlanJson)
#include "test_planjson.moc"
