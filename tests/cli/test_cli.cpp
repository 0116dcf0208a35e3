// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/clirunner.h"
#include "common/plancompare.h"
#include "common/plangenerator.h"
#include "interchange/isotime.h"
#include "interchange/planjson.h"
#include "storage/planfile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace cutover;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

const QString kRich = QStringLiteral(CUTOVER_SOURCE_DIR "/tests/interchange/fixtures/rich-plan.json");

/** a -> b -> c -> a, plus a valid task d; every task owned, no marks. */
const QByteArray kCyclePlan = R"({
  "format": "cutover-plan", "version": 1, "name": "cycle", "timezone": "UTC", "start": "2026-12-05T21:00:00Z",
  "tasks": [
    { "id": "a", "owner": "x", "duration": 5, "after": [ "c" ] },
    { "id": "b", "owner": "x", "duration": 5, "after": [ "a" ] },
    { "id": "c", "owner": "x", "duration": 5, "after": [ "b" ] },
    { "id": "d", "owner": "x", "duration": 5 }
  ]
})";

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void versionAndHelp()
    {
        const CliOutcome v = runCli({QStringLiteral("--version")});
        QCOMPARE(v.code, 0);
        QVERIFY2(QRegularExpression(QStringLiteral("^cutover-planner \\d+\\.\\d+\\.\\d+\\n$")).match(v.out).hasMatch(), qPrintable(v.out));
        const CliOutcome h = runCli({QStringLiteral("--help")});
        QCOMPARE(h.code, 0);
        for (const char *command : {"  new ", "  convert ", "  check "})
            QVERIFY2(h.out.contains(QString::fromLatin1(command)), command);
        const CliOutcome unknown = runCli({QStringLiteral("frobnicate")});
        QCOMPARE(unknown.code, 2);
        QCOMPARE(unknown.err, QStringLiteral("unknown command \"frobnicate\" (see cutover-planner --help)\n"));
    }

    void commandHelp_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("usage");
        QTest::newRow("new") << "new" << "Usage: cutover-planner new PLAN [--template online-migration|empty]";
        QTest::newRow("convert") << "convert" << "Usage: cutover-planner convert IN OUT\n";
        QTest::newRow("check") << "check" << "Usage: cutover-planner check PLAN [--json]\n";
    }

    void commandHelp()
    {
        QFETCH(QString, command);
        QFETCH(QString, usage);
        const CliOutcome o = runCli({command, QStringLiteral("--help")});
        QCOMPARE(o.code, 0);
        QVERIFY2(o.out.startsWith(usage), qPrintable(o.out));
        QVERIFY(o.err.isEmpty());
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("error");
        QTest::newRow("new without plan") << QStringList{"new"} << "new: missing arguments; usage: cutover-planner new PLAN";
        QTest::newRow("convert with one file") << QStringList{"convert", "a.json"} << "convert: missing arguments; usage: cutover-planner convert IN OUT";
        QTest::newRow("check with two files") << QStringList{"check", "a.json", "b.json"}
                                              << "check: unexpected argument \"b.json\" (see cutover-planner check --help)";
        QTest::newRow("unknown option") << QStringList{"check", "--yaml", "a.json"} << "check: Unknown option 'yaml'.";
        QTest::newRow("option without value") << QStringList{"new", "x.json", "--name"} << "new: Missing value after '--name'.";
        QTest::newRow("unknown template") << QStringList{"new", "x.json", "--template", "bigbang"}
                                          << "new: unknown template \"bigbang\" (expected one of online-migration, empty)";
        QTest::newRow("unknown zone") << QStringList{"new", "x.json", "--timezone", "Europe/Berln"}
                                      << "new: --timezone: unknown time zone \"Europe/Berln\" (expected an IANA name such as Europe/Berlin)";
        QTest::newRow("bad start") << QStringList{"new", "x.json", "--timezone", "UTC", "--start", "saturday"}
                                   << "new: --start: expected an ISO 8601 time such as 2026-12-05T21:00 or 2026-12-05T21:00:00+01:00, got \"saturday\"";
        QTest::newRow("new with unknown extension") << QStringList{"new", "plan.txt"}
                                                    << "plan.txt: cannot tell the format from the name; use a .cutover or .json file name";
        QTest::newRow("convert to unknown extension") << QStringList{"convert", "a.json", "b.yaml"}
                                                      << "b.yaml: cannot tell the format from the name; use a .cutover, .json, .xml (MS Project), .csv, .tsv or .ics file name";
    }

    void badUsage()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, error);
        const CliOutcome o = runCli(args);
        QCOMPARE(o.code, 2);
        QVERIFY2(o.err.startsWith(error), qPrintable(o.err));
        QCOMPARE(o.err.count(u'\n'), 1); // one line
        QVERIFY(o.out.isEmpty());
    }

    void newWritesJsonAndCutover()
    {
        const QString json = path("orders.json");
        const CliOutcome o = runCli({QStringLiteral("new"), json, QStringLiteral("--name"), QStringLiteral("Orders"),
                               QStringLiteral("--start"), QStringLiteral("2026-12-05T21:00"), QStringLiteral("--timezone"),
                               QStringLiteral("Europe/Berlin")});
        QCOMPARE(o.code, 0);
        QVERIFY2(o.out.startsWith(QStringLiteral("Created %1 from template online-migration: \"Orders\", 41 tasks, starts ").arg(json)),
                 qPrintable(o.out));
        const auto plan = PlanJson::readFile(json);
        QVERIFY2(plan.ok(), qPrintable(plan.errorString()));
        QCOMPARE(plan->plan.name, QStringLiteral("Orders"));
        QCOMPARE(plan->plan.timezone, QStringLiteral("Europe/Berlin"));
        // A time without offset is read in the plan's zone: 21:00 in Berlin in December is +01:00.
        QCOMPARE(IsoTime::format(plan->plan.start), QStringLiteral("2026-12-05T21:00:00+01:00"));
        QCOMPARE(IsoTime::format(plan->plan.window.start), QStringLiteral("2026-12-06T22:00:00+01:00"));

        const QString cutover = path("orders.cutover");
        QCOMPARE(runCli({QStringLiteral("new"), cutover, QStringLiteral("--template"), QStringLiteral("empty"),
                      QStringLiteral("--start"), QStringLiteral("2026-12-05T21:00:00Z"), QStringLiteral("--timezone"),
                      QStringLiteral("UTC")}).code,
                 0);
        QVERIFY(PlanFile::isPlanFile(cutover));
        const auto stored = PlanFile::read(cutover);
        QVERIFY2(stored.ok(), qPrintable(stored.errorString()));
        QCOMPARE(stored->name, QStringLiteral("New cutover"));
        QVERIFY(stored->tasks.isEmpty());
        QCOMPARE(stored->start, *IsoTime::parse(QStringLiteral("2026-12-05T21:00:00Z")));
    }

    void newDefaultsToNextSaturdayEvening()
    {
        const QString json = path("default.json");
        QCOMPARE(runCli({QStringLiteral("new"), json, QStringLiteral("--timezone"), QStringLiteral("Asia/Tokyo")}).code, 0);
        const auto plan = PlanJson::readFile(json);
        QVERIFY(plan.ok());
        const QDateTime start = plan->plan.start.toTimeZone(QTimeZone("Asia/Tokyo"));
        QCOMPARE(start.date().dayOfWeek(), int(Qt::Saturday));
        QCOMPARE(start.time(), QTime(21, 0));
        const qint64 days = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Tokyo")).date().daysTo(start.date());
        QVERIFY2(days >= 1 && days <= 7, qPrintable(QString::number(days)));
    }

    void newRefusesToOverwrite()
    {
        const QString target = path("keep.json");
        QVERIFY(writeAll(target, "precious"));
        const CliOutcome o = runCli({QStringLiteral("new"), target, QStringLiteral("--timezone"), QStringLiteral("UTC")});
        QCOMPARE(o.code, 2);
        QCOMPARE(o.err, QStringLiteral("%1: already exists; use --force to replace it\n").arg(target));
        QCOMPARE(readAll(target), QByteArray("precious"));
        QCOMPARE(runCli({QStringLiteral("new"), target, QStringLiteral("--timezone"), QStringLiteral("UTC"), QStringLiteral("--force")}).code, 0);
        QVERIFY(PlanJson::readFile(target).ok());
    }

    void convertRichFixtureThroughCutoverKeepsEveryField()
    {
        const QString cutover = path("rich.cutover");
        const QString back = path("rich-back.json");
        const CliOutcome a = runCli({QStringLiteral("convert"), kRich, cutover});
        QCOMPARE(a.code, 0);
        QVERIFY2(a.err.isEmpty(), qPrintable(a.err));
        QCOMPARE(a.out, QStringLiteral("Converted %1 to %2: 4 tasks, 2 rollback steps, 2 series, 2 validation results.\n").arg(kRich, cutover));
        QCOMPARE(runCli({QStringLiteral("convert"), cutover, back}).code, 0);
        // The JSON that comes back is the hand-written fixture, field for field.
        QCOMPARE(QJsonDocument::fromJson(readAll(back)), QJsonDocument::fromJson(readAll(kRich)));
    }

    void convertGeneratedPlanBothWays()
    {
        PlanGeneratorOptions options;
        options.tasks = 300;
        options.seriesPoints = 5000;
        const Plan plan = generatePlan(options);
        const QString json = path("gen.json");
        const QString cutover = path("gen.cutover");
        const QString json2 = path("gen2.json");
        QVERIFY(PlanJson::writeFile(plan, json).ok());
        QCOMPARE(runCli({QStringLiteral("convert"), json, cutover}).code, 0);
        const auto stored = PlanFile::read(cutover);
        QVERIFY2(stored.ok(), qPrintable(stored.errorString()));
        QCOMPARE(planDifference(stored.value(), plan), QString());
        QCOMPARE(runCli({QStringLiteral("convert"), cutover, json2}).code, 0);
        QCOMPARE(readAll(json2), readAll(json));
        // cutover -> cutover and json -> json are allowed too.
        QCOMPARE(runCli({QStringLiteral("convert"), cutover, path("gen-copy.cutover")}).code, 0);
        QCOMPARE(runCli({QStringLiteral("convert"), json, path("gen-copy.json")}).code, 0);
        QCOMPARE(readAll(path("gen-copy.json")), readAll(json));
    }

    void unreadableInput_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("error"); // after "PATH"
        QTest::newRow("missing") << "missing.json" << QByteArray() << ": no such file";
        QTest::newRow("syntax") << "syntax.json" << QByteArray("{\n  \"format\": \"cutover-plan\"\n  \"version\": 1\n}")
                                << ":3:4: invalid JSON: ";
        QTest::newRow("binary") << "binary.cutover" << QByteArray("\x00\x01\x02garbage", 10)
                                << ": is neither a .cutover plan nor a JSON plan (a JSON plan starts with '{')";
        QTest::newRow("newer version") << "v2.json" << QByteArray(R"({"format": "cutover-plan", "version": 2})")
                                       << ": version: format version 2 is newer than this program reads (up to 1); update Cutover Planner";
    }

    void unreadableInput()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(QString, error);
        const QString in = m_dir.filePath(name);
        if (!content.isEmpty())
            QVERIFY(writeAll(in, content));
        for (const QString &command : {QStringLiteral("check"), QStringLiteral("convert")}) {
            const QString out = m_dir.filePath(QStringLiteral("out-") + name + QStringLiteral(".json"));
            QStringList args{command, in};
            if (command == u"convert")
                args.append(out);
            const CliOutcome o = runCli(args);
            QCOMPARE(o.code, 2);
            QVERIFY2(o.err.startsWith(in + error), qPrintable(o.err));
            QCOMPARE(o.err.count(u'\n'), 1);
            QVERIFY(!QFile::exists(out));
        }
    }

    void failedConvertLeavesOutputUntouched()
    {
        const QString in = path("frezee.json");
        QByteArray bad = kCyclePlan;
        bad.replace(R"("after": [ "b" ])", R"("after": [ "frezee" ])");
        QVERIFY(writeAll(in, bad));
        const QString out = path("existing.json");
        QVERIFY(writeAll(out, "old content"));
        const CliOutcome o = runCli({QStringLiteral("convert"), in, out});
        QCOMPARE(o.code, 2);
        QCOMPARE(o.err, QStringLiteral("%1: tasks[2].after[0].task: unknown task \"frezee\"\n").arg(in));
        QCOMPARE(readAll(out), QByteArray("old content"));
        // Only the good file is left in the directory: no temporary files either.
        const QStringList leftovers = QDir(m_dir.path()).entryList({QStringLiteral("existing*")}, QDir::Files | QDir::Hidden);
        QCOMPARE(leftovers, QStringList{QStringLiteral("existing.json")});
    }

    void convertWarnsAboutUnknownFields()
    {
        const QString in = path("extra.json");
        QByteArray json = kCyclePlan;
        json.replace(R"("after": [ "c" ])", R"("after": [ ], "colour": "red")");
        QVERIFY(writeAll(in, json));
        const CliOutcome o = runCli({QStringLiteral("convert"), in, path("extra-out.json")});
        QCOMPARE(o.code, 0);
        QCOMPARE(o.err, QStringLiteral("warning: %1: tasks[0].colour: unknown field, ignored\n").arg(in));
    }

    void checkTemplateHasNoErrors()
    {
        const QString plan = path("template.cutover");
        QCOMPARE(runCli({QStringLiteral("new"), plan, QStringLiteral("--timezone"), QStringLiteral("Europe/Berlin"),
                      QStringLiteral("--start"), QStringLiteral("2026-12-05T21:00")}).code, 0);
        const CliOutcome o = runCli({QStringLiteral("check"), plan});
        QCOMPARE(o.code, 0);
        QVERIFY(!o.out.contains(QStringLiteral("error: ")));
        // Four metric/validation criteria have no imported data yet; the manual one needs none.
        QVERIFY2(o.out.endsWith(QStringLiteral("%1: 0 errors, 4 warnings\n").arg(plan)), qPrintable(o.out));
    }

    void checkReportsCycleWithExitOne()
    {
        const QString in = path("cycle.json");
        QVERIFY(writeAll(in, kCyclePlan));
        const CliOutcome o = runCli({QStringLiteral("check"), in});
        QCOMPARE(o.code, 1);
        const QStringList lines = o.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QStringLiteral("error: [cycle] tasks \"a\", \"b\", \"c\": Dependency cycle: a → b → c → a "
                                               "(each task waits for the one before it)."));
        QVERIFY(lines.contains(QStringLiteral("warning: [missing-mark] No task carries the mark \"freeze-start\"; downtime and "
                                              "the window fit cannot be computed.")));
        QCOMPARE(lines.last(), QStringLiteral("%1: 1 error, 4 warnings").arg(in)); // 3 marks + no window
    }

    void checkListsUnknownPredecessorAsFinding()
    {
        const QString in = path("unknown.json");
        QByteArray json = kCyclePlan;
        json.replace(R"("after": [ "c" ])", R"("after": [ "frezee" ])");
        QVERIFY(writeAll(in, json));
        const CliOutcome o = runCli({QStringLiteral("check"), in});
        QCOMPARE(o.code, 1);
        QVERIFY2(o.out.startsWith(QStringLiteral("error: [unknown-predecessor] tasks \"a\", \"frezee\": Task \"a\" waits on unknown task \"frezee\".\n")),
                 qPrintable(o.out));
    }

    void checkJson()
    {
        const QString in = path("cycle-json.json");
        QVERIFY(writeAll(in, kCyclePlan));
        const CliOutcome o = runCli({QStringLiteral("check"), in, QStringLiteral("--json")});
        QCOMPARE(o.code, 1);
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(o.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root.value(QStringLiteral("ok")).toBool(true), false);
        QCOMPARE(root.value(QStringLiteral("errors")).toInt(), 1);
        QCOMPARE(root.value(QStringLiteral("warnings")).toInt(), 4);
        const QJsonArray findings = root.value(QStringLiteral("findings")).toArray();
        QCOMPARE(findings.size(), 5);
        const QJsonObject cycle = findings.at(0).toObject();
        QCOMPARE(cycle.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        QCOMPARE(cycle.value(QStringLiteral("code")).toString(), QStringLiteral("cycle"));
        QCOMPARE(cycle.value(QStringLiteral("ids")).toArray(), (QJsonArray{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QVERIFY(cycle.value(QStringLiteral("message")).toString().startsWith(QStringLiteral("Dependency cycle: a → b → c → a")));
        QCOMPARE(findings.at(4).toObject().value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));

        const QString clean = path("clean.json");
        QCOMPARE(runCli({QStringLiteral("new"), clean, QStringLiteral("--timezone"), QStringLiteral("UTC")}).code, 0);
        const CliOutcome ok = runCli({QStringLiteral("check"), clean, QStringLiteral("--json")});
        QCOMPARE(ok.code, 0);
        const QJsonObject okRoot = QJsonDocument::fromJson(ok.out.toUtf8()).object();
        QCOMPARE(okRoot.value(QStringLiteral("ok")).toBool(false), true);
        QCOMPARE(okRoot.value(QStringLiteral("errors")).toInt(-1), 0);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
