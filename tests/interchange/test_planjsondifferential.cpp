// SPDX-License-Identifier: GPL-3.0-or-later
// The plan JSON reader (JsonTape) against an independent reference on the same text: the reader
// as it was before, on QJsonDocument (legacy/, test only). For generated plans (realistic and
// hostile) and for hand-written hostile and edge documents, both give the same Plan and the
// same warnings, or the same error text; generated plans are also compared field by field with
// the QJsonDocument tree. The one deliberate difference, negative-zero tokens, is pinned at the end
// (docs/plan-format-extensions.md, "Numbers").
#include "common/plancompare.h"
#include "common/plangenerator.h"
#include "interchange/isotime.h"
#include "interchange/planjson.h"
#include "legacy/legacyplanjsonreader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace cutover;

namespace {

QString describe(const Result<JsonPlan> &r)
{
    return r.ok() ? QStringLiteral("ok") : r.errorString();
}

/** Empty when the new reader and the reference agree on `json`, else what differs. */
QString disagreement(const QByteArray &json, PlanJson::Checks checks = PlanJson::Checks::Full)
{
    const auto now = PlanJson::parse(json, QStringLiteral("p.json"), checks);
    const auto reference = legacy::legacyParse(json, QStringLiteral("p.json"), checks);
    if (now.ok() != reference.ok() || (!now.ok() && now.errorString() != reference.errorString()))
        return QStringLiteral("new: %1\nreference: %2").arg(describe(now), describe(reference));
    if (!now.ok())
        return {};
    if (now->warnings != reference->warnings)
        return QStringLiteral("warnings: %1\nreference: %2").arg(now->warnings.join(u'|'), reference->warnings.join(u'|'));
    // A NaN threshold is unequal to itself: compare those apart.
    Plan a = now->plan;
    Plan b = reference->plan;
    for (qsizetype i = 0; i < a.criteria.size() && i < b.criteria.size(); ++i) {
        if (std::isnan(a.criteria[i].threshold) && std::isnan(b.criteria[i].threshold))
            a.criteria[i].threshold = b.criteria[i].threshold = 0;
    }
    if (const QString d = planDifference(a, b); !d.isEmpty())
        return QStringLiteral("plans differ at %1").arg(d);
    return {};
}

double number(const QJsonValue &v)
{
    if (v.isString()) {
        const QString s = v.toString();
        if (s == u"Infinity")
            return INFINITY;
        if (s == u"-Infinity")
            return -INFINITY;
        return NAN;
    }
    return v.toDouble();
}

bool sameNumber(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b; // -0.0 == 0.0: QJsonDocument has no -0
}

void compareTask(const Task &t, const QJsonObject &o)
{
    QCOMPARE(t.id, o.value(u"id").toString());
    QCOMPARE(t.name, o.value(u"name").toString());
    QCOMPARE(t.phase, o.value(u"phase").toString());
    QCOMPARE(t.owner, o.value(u"owner").toString());
    QCOMPARE(t.notes, o.value(u"notes").toString());
    const QJsonObject d = o.value(u"duration").toObject();
    QVERIFY(sameNumber(t.duration.likely, number(d.value(u"likely"))));
    QCOMPARE(t.duration.optimistic.has_value(), d.contains(u"optimistic"));
    QCOMPARE(t.duration.pessimistic.has_value(), d.contains(u"pessimistic"));
    const QJsonArray after = o.value(u"after").toArray();
    QCOMPARE(t.after.size(), after.size());
    for (qsizetype k = 0; k < after.size(); ++k) {
        QCOMPARE(t.after[k].task, after[k].toObject().value(u"task").toString());
        QVERIFY(sameNumber(t.after[k].lag, number(after[k].toObject().value(u"lag"))));
    }
    QCOMPARE(t.notBefore.isValid(), o.contains(u"notBefore"));
    if (t.notBefore.isValid())
        QCOMPARE(IsoTime::format(t.notBefore), o.value(u"notBefore").toString());
}

/** The plan read by the new reader, field by field against QJsonDocument's tree of the same text. */
void compareWithTree(const Plan &plan, const QByteArray &json)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    QCOMPARE(plan.name, root.value(u"name").toString());
    QCOMPARE(plan.description, root.value(u"description").toString());
    const QJsonArray tasks = root.value(u"tasks").toArray();
    QCOMPARE(plan.tasks.size(), tasks.size());
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        compareTask(plan.tasks[i], tasks[i].toObject());
        if (QTest::currentTestFailed())
            return;
    }
    const QJsonArray rollback = root.value(u"rollback").toObject().value(u"tasks").toArray();
    QCOMPARE(plan.rollbackTasks.size(), rollback.size());
    const QJsonArray criteria = root.value(u"criteria").toArray();
    QCOMPARE(plan.criteria.size(), criteria.size());
    for (qsizetype i = 0; i < criteria.size(); ++i)
        QVERIFY(sameNumber(plan.criteria[i].threshold, number(criteria[i].toObject().value(u"threshold"))));
    const QJsonArray series = root.value(u"series").toArray();
    QCOMPARE(plan.series.size(), series.size());
    for (qsizetype i = 0; i < series.size(); ++i) {
        const QJsonObject s = series[i].toObject();
        const QJsonArray values = s.value(u"values").toArray();
        QCOMPARE(plan.series[i].values.size(), values.size());
        for (qsizetype k = 0; k < values.size(); ++k)
            QVERIFY(sameNumber(plan.series[i].values[k], values[k].isNull() ? NAN : number(values[k])));
        const QJsonObject labels = s.value(u"labels").toObject();
        QCOMPARE(plan.series[i].labels.size(), labels.size());
    }
}

QByteArray fixture()
{
    QFile f(QStringLiteral(CUTOVER_SOURCE_DIR "/tests/interchange/fixtures/rich-plan.json"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/** A small valid plan that the hand-written rows break. */
QByteArray base()
{
    return R"({
  "format": "cutover-plan", "version": 1, "name": "t", "timezone": "Europe/Berlin",
  "start": "2026-12-05T21:00:00+01:00",
  "phases": [ { "id": "p", "name": "P" } ],
  "tasks": [
    { "id": "a", "name": "A", "phase": "p", "duration": { "likely": 10 } },
    { "id": "b", "name": "B", "phase": "p", "duration": 5, "after": [ { "task": "a", "lag": 2 } ] },
    { "id": "g", "kind": "gate", "duration": 1, "after": [ "b" ] }
  ]
})";
}

QByteArray with(const char *from, const char *to)
{
    return base().replace(from, to);
}

} // namespace

class TestPlanJsonDifferential : public QObject
{
    Q_OBJECT
private slots:
    void generatedPlans()
    {
        for (quint32 seed = 1; seed <= 160; ++seed) {
            PlanGeneratorOptions options;
            options.seed = seed;
            options.tasks = 5 + int(seed * 7 % 60);
            options.rollbackTasks = int(seed % 5);
            options.validationRows = int(seed % 7);
            options.seriesPoints = seed % 3 == 0 ? 0 : 10 + seed % 50;
            options.seriesCount = 1 + int(seed % 3);
            options.hostile = seed % 2 == 0;
            const QByteArray json = PlanJson::serialize(generatePlan(options));
            for (const auto checks : {PlanJson::Checks::Full, PlanJson::Checks::StructureOnly}) {
                const QString why = disagreement(json, checks);
                QVERIFY2(why.isEmpty(), qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(why)));
            }
            const auto parsed = PlanJson::parse(json, QStringLiteral("p.json"), PlanJson::Checks::StructureOnly);
            QVERIFY2(parsed.ok(), qPrintable(parsed.errorString()));
            compareWithTree(parsed->plan, json);
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QStringLiteral("seed %1").arg(seed)));
        }
    }

    void handWritten_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("base") << base();
        QTest::newRow("duplicate key: last wins") << with(R"("name": "t")", R"("name": "first", "name": "t")");
        QTest::newRow("duplicate key: last is wrong") << with(R"("name": "t")", R"("name": "t", "name": 3)");
        QTest::newRow("duplicate task key") << with(R"("id": "a", "name": "A")", R"("id": "x", "id": "a", "name": "A")");
        QTest::newRow("duplicate unknown key") << with(R"("name": "t")", R"("name": "t", "zz": 1, "aa": 2, "zz": 3)");
        QTest::newRow("unknown keys, order and escapes") << with(R"("name": "t")", R"("z": 1, "\u00e4": 2, "B": 3, "a\n": 4, "name": "t")");
        QTest::newRow("escaped known key") << with(R"("name": "t")", R"("n\u0061me": "t")");
        QTest::newRow("escaped enum") << with(R"("kind": "gate")", R"("kind": "g\u0061te")");
        QTest::newRow("escaped time") << with("2026-12-05T21:00:00+01:00", "2026-12-05T21:00:00\\u002b01:00");
        QTest::newRow("non-ascii enum") << with(R"("kind": "gate")", R"("kind": "gäte")");
        QTest::newRow("long enum text") << with(R"("kind": "gate")", R"("kind": "gategategategategategategategategategategategategate")");
        QTest::newRow("unknown fields nested") << with(R"({ "task": "a", "lag": 2 })", R"({ "task": "a", "lag": 2, "hard": true, "colour": null })");
        QTest::newRow("wrong type: name") << with(R"("name": "t")", R"("name": ["t"])");
        QTest::newRow("wrong type: tasks") << with(R"("tasks": [)", R"("tasks": {}, "x": [)");
        QTest::newRow("wrong type: after") << with(R"("after": [ "b" ])", R"("after": "b")");
        QTest::newRow("wrong type: after element") << with(R"("after": [ "b" ])", R"("after": [ 3 ])");
        QTest::newRow("wrong type: duration") << with(R"("duration": 5)", R"("duration": true)");
        QTest::newRow("string durations") << with(R"("duration": 5)", R"("duration": "Infinity")");
        QTest::newRow("NaN lag") << with(R"("lag": 2)", R"("lag": "NaN")");
        QTest::newRow("huge lag") << with(R"("lag": 2)", R"("lag": 1e18)");
        QTest::newRow("huge duration") << with(R"("duration": 5)", R"("duration": 1e308)");
        QTest::newRow("subnormal lag") << with(R"("lag": 2)", R"("lag": 5e-324)");
        QTest::newRow("integer beyond 2^53") << with(R"("lag": 2)", R"("lag": 9007199254740993)");
        QTest::newRow("version 1.0") << with(R"("version": 1)", R"("version": 1.0)");
        QTest::newRow("version 1e0") << with(R"("version": 1)", R"("version": 1e0)");
        QTest::newRow("version .5") << with(R"("version": 1)", R"("version": .5)");
        QTest::newRow("null everywhere") << with(R"("phase": "p", "duration": { "likely": 10 })", R"("phase": null, "owner": null, "kind": null, "duration": { "likely": 10, "optimistic": null }, "after": null, "marks": null)");
        QTest::newRow("control characters") << with(R"("name": "A")", "\"name\": \"A\\u0000\\n\x01\"");
        QTest::newRow("lone surrogate") << with(R"("name": "A")", R"("name": "\ud800 \udc00\ud800")");
        QTest::newRow("unknown escape") << with(R"("name": "A")", R"("name": "\x\q")");
        QTest::newRow("latin-1 escape byte") << with(R"("name": "A")", "\"name\": \"\\\xff\"");
        QTest::newRow("invalid UTF-8") << with(R"("name": "A")", "\"name\": \"\xc3\x28\"");
        QTest::newRow("invalid UTF-8 in a key") << with(R"("name": "A")", "\"\xed\xa0\x80\": 1");
        QTest::newRow("overlong UTF-8") << with(R"("name": "A")", "\"name\": \"\xc0\xaf\"");
        QTest::newRow("byte order mark") << "\xEF\xBB\xBF" + base();
        QTest::newRow("two byte order marks") << "\xEF\xBB\xBF\xEF\xBB\xBF" + base();
        QTest::newRow("three byte order marks") << "\xEF\xBB\xBF\xEF\xBB\xBF\xEF\xBB\xBF" + base();
        QTest::newRow("top-level array") << QByteArray("[{}]");
        QTest::newRow("top-level string") << QByteArray("\"cutover-plan\"");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage after") << base() + "x";
        QTest::newRow("missing comma") << with(R"("name": "t", )", R"("name": "t" )");
        QTest::newRow("trailing comma") << with(R"("duration": { "likely": 10 } },)", R"("duration": { "likely": 10, } },)");
        QTest::newRow("truncated in a string") << base().left(base().indexOf("Berlin"));
        QTest::newRow("truncated after a number") << base().left(base().indexOf(R"(10 })") + 2);
        QTest::newRow("nested too deep") << with(R"("name": "t")", QByteArray(R"("name": "t", "x": )" + QByteArray(1100, '[') + QByteArray(1100, ']')).constData());
        QTest::newRow("nested deep but allowed") << with(R"("name": "t")", QByteArray(R"("name": "t", "x": )" + QByteArray(1000, '[') + QByteArray(1000, ']')).constData());
        QTest::newRow("labels: duplicate and sorted") << with("\n  ]\n}", R"(
  ], "series": [ { "id": "s", "metric": "m", "labels": { "z": "1", "a": "2", "z": "3" }, "times": [1], "values": [1] } ] })");
        QTest::newRow("labels: wrong type") << with("\n  ]\n}", R"(
  ], "series": [ { "id": "s", "metric": "m", "labels": { "z": 1, "a": [] }, "times": [1], "values": [1] } ] })");
        QTest::newRow("series times as text") << with("\n  ]\n}", R"(
  ], "series": [ { "id": "s", "metric": "m", "times": ["2026-12-05T21:00:00Z", 1796500800001], "values": [null, "-Infinity"] } ] })");
        QTest::newRow("semantic error then syntax error") << with(R"("after": [ "b" ])", R"("after": [ "zz" ])") + "}";
        QTest::newRow("semantic error: unknown predecessor") << with(R"("after": [ "b" ])", R"("after": [ "zz" ])");
        QTest::newRow("decision on a task") << with("\n  ]\n}", R"(
  ], "decisions": [ { "gate": "a" }, { "gate": "g" }, { "gate": "" } ] })");
    }

    void handWritten()
    {
        QFETCH(QByteArray, json);
        for (const auto checks : {PlanJson::Checks::Full, PlanJson::Checks::StructureOnly}) {
            const QString why = disagreement(json, checks);
            QVERIFY2(why.isEmpty(), qPrintable(why));
        }
    }

    void mutatedPlans()
    {
        // 3,000 deterministic mutations of the rich fixture: the same plan or the same error text.
        // Texts with a negative-zero token are left out: the reference rewrote those before
        // parsing (the deliberate difference below).
        const QByteArray original = fixture();
        QVERIFY(!original.isEmpty());
        QRandomGenerator random(1515);
        static const char alphabet[] = "{}[]:,\" \\.0123456789eEtrufalsnx\x01\xc3\xa4\xff";
        int compared = 0;
        int refused = 0;
        for (int i = 0; i < 3000; ++i) {
            QByteArray text = original;
            const int edits = 1 + int(random.bounded(2));
            for (int k = 0; k < edits; ++k) {
                const qsizetype at = random.bounded(int(text.size()));
                const char c = alphabet[random.bounded(int(sizeof alphabet - 1))];
                switch (random.bounded(3)) {
                case 0: text.remove(at, 1); break;
                case 1: text.insert(at, c); break;
                default: text[at] = c; break;
                }
            }
            if (legacy::rewritesNegativeZeros(text))
                continue;
            ++compared;
            const QString why = disagreement(text);
            QVERIFY2(why.isEmpty(), qPrintable(QStringLiteral("mutation %1: %2").arg(i).arg(why)));
            refused += !PlanJson::parse(text, QStringLiteral("p.json")).ok();
        }
        QVERIFY(compared > 2500);
        QVERIFY(refused > 1000);
    }

    void negativeZeroTokens()
    {
        // Deliberate: a negative-zero token is the number -0 everywhere. The reference turned it
        // into the string "-0" before parsing, so a string field accepted it as text and "-0."
        // or "-.0" (which it did not rewrite) read as +0.
        const auto name = PlanJson::parse(with(R"("name": "t")", R"("name": -0.0)"), QStringLiteral("p.json"));
        QCOMPARE(name.errorString(), QStringLiteral("p.json: name: expected a string, got -0"));
        QVERIFY(legacy::legacyParse(with(R"("name": "t")", R"("name": -0.0)"), QStringLiteral("p.json")).ok());
        for (const char *token : {"-0", "-0.0", "-0e5", "-0.", "-.0"}) {
            const auto lag = PlanJson::parse(with(R"("lag": 2)", QByteArray("\"lag\": ").append(token).constData()), QStringLiteral("p.json"));
            QVERIFY2(lag.ok(), qPrintable(lag.errorString()));
            QVERIFY2(std::signbit(lag->plan.tasks[1].after[0].lag), token);
        }
        // The string form still reads as -0, as before.
        const auto text = PlanJson::parse(with(R"("lag": 2)", R"("lag": "-0")"), QStringLiteral("p.json"));
        QVERIFY(text.ok() && std::signbit(text->plan.tasks[1].after[0].lag));
    }
};

QTEST_GUILESS_MAIN(TestPlanJsonDifferential)
#include "test_planjsondifferential.moc"
