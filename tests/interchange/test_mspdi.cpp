// SPDX-License-Identifier: GPL-3.0-or-later
// MS Project XML: the hand-written fixtures schedule to their hand-worked finishes, exported files
// follow the schema order written down in docs/interop.md, and ours -> MSPDI -> ours keeps the
// runbook (generated plans). Expected values come from the fixtures' comments, not the program.
#include "common/plangenerator.h"
#include "interchange/mspdicalendar.h"
#include "interchange/mspdireader.h"
#include "interchange/mspdiwriter.h"
#include "schedule/scheduler.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

#include <cmath>

using namespace cutover;

namespace {

const QString kData = QStringLiteral(CUTOVER_SOURCE_DIR "/tests/data/mspdi/");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const Task *task(const Plan &plan, const QString &name)
{
    for (const Task &t : plan.tasks)
        if (t.name == name)
            return &t;
    return nullptr;
}

/** The schema-order table of docs/interop.md: element (or parent/element) -> its children in order. */
QHash<QString, QStringList> schemaOrder()
{
    QHash<QString, QStringList> out;
    const QString doc = QString::fromUtf8(readAll(QStringLiteral(CUTOVER_SOURCE_DIR "/docs/interop.md")));
    const qsizetype from = doc.indexOf(QStringLiteral("| element | children in schema order |"));
    if (from < 0)
        return out;
    const QStringList lines = doc.mid(from).split(u'\n');
    for (qsizetype i = 2; i < lines.size() && lines[i].startsWith(u'|'); ++i) {
        const QStringList cells = lines[i].split(u'|');
        if (cells.size() < 3)
            continue;
        QStringList children;
        for (const QString &c : cells[2].split(u','))
            children << c.trimmed();
        out.insert(cells[1].trimmed(), children);
    }
    return out;
}

} // namespace

class TestMspdi : public QObject
{
    Q_OBJECT

private slots:
    void summaryTasksAndLinks();
    void workingTimeWithCalendar();
    void foreignCustomFieldsIgnored();
    void missingUids();
    void outlineLevelZeroIsLevelOne();
    void phaseAndTaskIdsAreSeparate();
    void taskOrderKept();
    void exportFollowsSchemaOrder();
    void roundTripGeneratedPlans();
    void roundTripKeepsPlanProperties();
    void exportNamesWhatIsLeftOut();
    void textThatXmlCannotHold();
    void hostilePlansReadBack();
    void errors_data();
    void errors();
    void hostileInputEnds();
    void detection();
    void exceptionsFirstInFileOrder();
    void calendarWalkBounded();
};

void TestMspdi::summaryTasksAndLinks()
{
    const auto read = MspdiReader::readFile(kData + QStringLiteral("summary-links.xml"));
    QVERIFY2(read, qPrintable(read.errorString()));
    const Plan &plan = read->plan;
    QCOMPARE(plan.name, QStringLiteral("Orders cutover"));
    QCOMPARE(plan.author, QStringLiteral("PMO"));
    QCOMPARE(plan.start, QDateTime(QDate(2026, 12, 5), QTime(20, 0), QTimeZone::utc()));
    QCOMPARE(plan.phases.size(), 2);
    QCOMPARE(plan.phases[0].name, QStringLiteral("Preparation"));
    QCOMPARE(plan.phases[1].name, QStringLiteral("Cutover"));
    QCOMPARE(plan.phases[0].id, QStringLiteral("1")); // from WBS
    QCOMPARE(plan.tasks.size(), 7);

    const Task *rows = task(plan, QStringLiteral("Checks / Row counts"));
    QVERIFY(rows);
    QCOMPARE(rows->phase, plan.phases[0].id);
    QCOMPARE(rows->id, QStringLiteral("1.3.1"));
    const Task *freeze = task(plan, QStringLiteral("Freeze writes"));
    QVERIFY(freeze);
    QCOMPARE(freeze->after.size(), 1); // the link to the summary task is dropped
    QCOMPARE(freeze->after[0].type, DependencyType::FF);
    QCOMPARE(freeze->after[0].lag, -10.0);
    const Task *sw = task(plan, QStringLiteral("Switch traffic"));
    QVERIFY(sw);
    QCOMPARE(sw->after.size(), 2);
    QCOMPARE(sw->after[0].type, DependencyType::SF);
    QCOMPARE(sw->after[1].type, DependencyType::FS);
    QCOMPARE(sw->after[1].lag, 45.0); // 50 % of 90 minutes
    QCOMPARE(sw->owner, QStringLiteral("Network team, DBA on call"));
    QCOMPARE(task(plan, QStringLiteral("Take snapshot"))->owner, QStringLiteral("DBA on call"));
    QCOMPARE(task(plan, QStringLiteral("Take snapshot"))->duration.likely, 120.0);
    QCOMPARE(task(plan, QStringLiteral("Go live"))->kind, TaskKind::Milestone);
    QCOMPARE(task(plan, QStringLiteral("Smoke test"))->notBefore, QDateTime(QDate(2026, 12, 6), QTime(2, 0), QTimeZone::utc()));

    const auto schedule = Scheduler::schedule(plan);
    QVERIFY(schedule);
    QCOMPARE(schedule->finish, 375.0);
    QCOMPARE(schedule->toDateTime(plan, schedule->finish).toUTC(), QDateTime(QDate(2026, 12, 6), QTime(2, 15), QTimeZone::utc()));
    const qsizetype sIndex = plan.taskIndex(sw->id);
    QCOMPARE(schedule->tasks[sIndex].es, 255.0);
    QCOMPARE(schedule->tasks[plan.taskIndex(freeze->id)].es, 180.0);
    QCOMPARE(schedule->tasks[plan.taskIndex(rows->id)].es, 180.0);

    // One warning per kind: the zone, the percent lag, the flattened outline, the ALAP
    // constraint, the deadline, the link to a summary task.
    const QString all = read->warnings.join(u'\n');
    QCOMPARE(read->warnings.size(), 6);
    for (const QString &w : read->warnings)
        QVERIFY2(w.startsWith(kData + QStringLiteral("summary-links.xml: ")), qPrintable(w));
    QVERIFY(all.contains(QStringLiteral("no time zone")));
    QVERIFY(all.contains(QStringLiteral("1 percent lags")));
    QVERIFY(all.contains(QStringLiteral("1 tasks below the second outline level")));
    QVERIFY(all.contains(QStringLiteral("1 constraints other than start-no-earlier-than ignored (tasks Take snapshot)")));
    QVERIFY(all.contains(QStringLiteral("1 deadlines ignored (tasks Smoke test)")));
    QVERIFY(all.contains(QStringLiteral("1 links to summary tasks dropped")));
}

void TestMspdi::foreignCustomFieldsIgnored()
{
    const auto read = MspdiReader::readFile(kData + QStringLiteral("foreign-fields.xml"));
    QVERIFY2(read, qPrintable(read.errorString()));
    const Plan &plan = read->plan;
    QCOMPARE(plan.timezone, QStringLiteral("UTC"));
    QCOMPARE(plan.tasks.size(), 2);
    QCOMPARE(plan.tasks[0].id, QStringLiteral("1.1"));
    QCOMPARE(plan.tasks[1].id, QStringLiteral("1.2"));
    QCOMPARE(plan.tasks[0].distribution, Task().distribution);
    QCOMPARE(plan.tasks[0].duration.likely, 120.0);
    QVERIFY(!plan.tasks[0].duration.optimistic);
    QCOMPARE(plan.tasks[1].kind, TaskKind::Task);
    QVERIFY(plan.tasks[1].marks == Task().marks);
    const QString all = read->warnings.join(u'\n');
    QCOMPARE(read->warnings.size(), 7);
    QVERIFY2(all.contains(QStringLiteral("custom field Text2 \"Risk\" is the file's own; ignored")), qPrintable(all));
    QVERIFY(all.contains(QStringLiteral("custom field Flag1 \"Approved\" is the file's own; ignored")));
    QVERIFY(all.contains(QStringLiteral("custom field Duration1 \"Buffer\" is the file's own; ignored")));
    QVERIFY(all.contains(QStringLiteral("custom field Text4 is not defined in the file; ignored")));
}

void TestMspdi::missingUids()
{
    // A and B have no UID; C (UID 1) names the missing UID 5. Synthetic UIDs start above every
    // UID given or named (5): A is 6, B is 7. B's link without a PredecessorUID is dropped.
    const QByteArray xml = "<Project xmlns=\"http://schemas.microsoft.com/project\"><StartDate>2026-12-05T20:00:00</StartDate><Tasks>"
                           "<Task><Name>A</Name><Duration>PT1H0M0S</Duration><DurationFormat>4</DurationFormat></Task>"
                           "<Task><Name>B</Name><Duration>PT1H0M0S</Duration><DurationFormat>4</DurationFormat>"
                           "<PredecessorLink><Type>1</Type></PredecessorLink></Task>"
                           "<Task><UID>1</UID><Name>C</Name><PredecessorLink><PredecessorUID>5</PredecessorUID></PredecessorLink></Task>"
                           "</Tasks></Project>";
    const auto read = MspdiReader::parse(xml, QStringLiteral("x.xml"));
    QVERIFY2(read, qPrintable(read.errorString()));
    const Plan &plan = read->plan;
    QCOMPARE(plan.tasks.size(), 3);
    QCOMPARE(plan.tasks[0].id, QStringLiteral("task-6"));
    QCOMPARE(plan.tasks[1].id, QStringLiteral("task-7"));
    QCOMPARE(plan.tasks[2].id, QStringLiteral("task-1"));
    for (const Task &t : plan.tasks)
        QVERIFY(t.after.isEmpty());
    const QString all = read->warnings.join(u'\n');
    QVERIFY2(all.contains(QStringLiteral("x.xml: 1 links without a PredecessorUID dropped (tasks B)")), qPrintable(all));
    QVERIFY(all.contains(QStringLiteral("x.xml: 1 links to tasks not in the file dropped (tasks C)")));
}

void TestMspdi::outlineLevelZeroIsLevelOne()
{
    // No UID 0: the first row at level 0 is a task at level 1 (not the project summary), the one
    // at -5 too; "P" at level 1 has no children (the next row is read at level 1), so it is a task.
    const QByteArray xml = "<Project xmlns=\"http://schemas.microsoft.com/project\"><StartDate>2026-12-05T20:00:00</StartDate><Tasks>"
                           "<Task><UID>1</UID><Name>P</Name><OutlineLevel>1</OutlineLevel><Duration>PT1H0M0S</Duration><DurationFormat>4</DurationFormat></Task>"
                           "<Task><UID>2</UID><Name>zero</Name><OutlineLevel>0</OutlineLevel><Duration>PT1H0M0S</Duration><DurationFormat>4</DurationFormat></Task>"
                           "<Task><UID>3</UID><Name>neg</Name><OutlineLevel>-5</OutlineLevel><Duration>PT2H0M0S</Duration><DurationFormat>4</DurationFormat></Task>"
                           "</Tasks></Project>";
    const auto read = MspdiReader::parse(xml, QStringLiteral("x.xml"));
    QVERIFY2(read, qPrintable(read.errorString()));
    const Plan &plan = read->plan;
    QCOMPARE(plan.phases.size(), 0);
    QCOMPARE(plan.tasks.size(), 3);
    QCOMPARE(plan.tasks[1].name, QStringLiteral("zero"));
    QCOMPARE(plan.tasks[2].name, QStringLiteral("neg"));
    QCOMPARE(plan.tasks[2].duration.likely, 120.0);
    const QString all = read->warnings.join(u'\n');
    QVERIFY2(all.contains(QStringLiteral("x.xml: 2 tasks with an OutlineLevel of 0 or less read at level 1 (only UID 0 is the project summary task; tasks zero, neg)")),
             qPrintable(all));
}

void TestMspdi::phaseAndTaskIdsAreSeparate()
{
    // Phase "db" and its task "db": two id spaces, so neither is renamed; a second task "db" is.
    Plan plan;
    plan.name = QStringLiteral("ids");
    plan.timezone = QStringLiteral("UTC");
    plan.start = QDateTime(QDate(2026, 12, 5), QTime(20, 0), QTimeZone::utc());
    Phase phase;
    phase.id = QStringLiteral("db");
    phase.name = QStringLiteral("Database");
    plan.phases.append(phase);
    Task t;
    t.id = QStringLiteral("db");
    t.name = QStringLiteral("Migrate");
    t.phase = QStringLiteral("db");
    t.duration.likely = 30;
    plan.tasks.append(t);
    const auto read = MspdiReader::parse(MspdiWriter::write(plan).data, QStringLiteral("x.xml"));
    QVERIFY2(read, qPrintable(read.errorString()));
    QCOMPARE(read->plan.phases.size(), 1);
    QCOMPARE(read->plan.phases[0].id, QStringLiteral("db"));
    QCOMPARE(read->plan.tasks.size(), 1);
    QCOMPARE(read->plan.tasks[0].id, QStringLiteral("db"));
    QCOMPARE(read->plan.tasks[0].phase, QStringLiteral("db"));
}

void TestMspdi::taskOrderKept()
{
    // Tasks alternate between two phases: the outline goes phase by phase (a1, a2, b1), the plan's
    // order (a1, b1, a2) comes back from "Cutover order".
    Plan plan;
    plan.name = QStringLiteral("order");
    plan.timezone = QStringLiteral("UTC");
    plan.start = QDateTime(QDate(2026, 12, 5), QTime(20, 0), QTimeZone::utc());
    for (const char *p : {"a", "b"}) {
        Phase phase;
        phase.id = QLatin1String(p);
        phase.name = phase.id;
        plan.phases.append(phase);
    }
    for (const char *id : {"a1", "b1", "a2"}) {
        Task t;
        t.id = QLatin1String(id);
        t.name = t.id;
        t.phase = t.id.left(1);
        t.duration.likely = 10;
        plan.tasks.append(t);
    }
    const QByteArray xml = MspdiWriter::write(plan).data;
    QVERIFY(xml.indexOf("<Name>a2</Name>") < xml.indexOf("<Name>b1</Name>")); // outline order in the file
    QVERIFY(xml.contains("<Alias>Cutover order</Alias>"));
    const auto read = MspdiReader::parse(xml, QStringLiteral("x.xml"));
    QVERIFY2(read, qPrintable(read.errorString()));
    QCOMPARE(read->plan.tasks.size(), 3);
    QCOMPARE(read->plan.tasks[0].id, QStringLiteral("a1"));
    QCOMPARE(read->plan.tasks[1].id, QStringLiteral("b1"));
    QCOMPARE(read->plan.tasks[2].id, QStringLiteral("a2"));

    // Without the field (a foreign file), outline order.
    QByteArray foreign = xml;
    foreign.replace("<Alias>Cutover order</Alias>", "<Alias>Cost centre</Alias>");
    const auto outline = MspdiReader::parse(foreign, QStringLiteral("x.xml"));
    QVERIFY2(outline, qPrintable(outline.errorString()));
    QCOMPARE(outline->plan.tasks[1].id, QStringLiteral("a2"));
    QCOMPARE(outline->plan.tasks[2].id, QStringLiteral("b1"));
}

void TestMspdi::workingTimeWithCalendar()
{
    const auto read = MspdiReader::readFile(kData + QStringLiteral("working-time.xml"));
    QVERIFY2(read, qPrintable(read.errorString()));
    const Plan &plan = read->plan;
    QCOMPARE(task(plan, QStringLiteral("Export"))->duration.likely, 6300.0);
    QCOMPARE(task(plan, QStringLiteral("Import"))->duration.likely, 420.0);
    QCOMPARE(task(plan, QStringLiteral("Import"))->after[0].lag, 1440.0);
    QCOMPARE(task(plan, QStringLiteral("Verify"))->duration.likely, 120.0);
    QCOMPARE(task(plan, QStringLiteral("Report"))->after[0].lag, -120.0);
    QCOMPARE(task(plan, QStringLiteral("Report"))->duration.likely, 540.0);
    const auto schedule = Scheduler::schedule(plan);
    QVERIFY(schedule);
    QCOMPARE(schedule->finish, 9780.0);
    QCOMPARE(schedule->toDateTime(plan, schedule->finish).toUTC(), QDateTime(QDate(2026, 12, 11), QTime(3, 0), QTimeZone::utc()));
    const QString all = read->warnings.join(u'\n');
    QVERIFY2(all.contains(QStringLiteral("3 durations and 2 lags were in working time")), qPrintable(all));
    QVERIFY(all.contains(QStringLiteral("Office")));
}

void TestMspdi::exportFollowsSchemaOrder()
{
    const QHash<QString, QStringList> order = schemaOrder();
    QVERIFY(order.contains(QStringLiteral("Task")));
    QVERIFY(order.contains(QStringLiteral("Project")));
    PlanGeneratorOptions options;
    options.tasks = 40;
    Plan plan = generatePlan(options);
    plan.tasks[3].notBefore = plan.start.addSecs(3600);
    const QByteArray xml = MspdiWriter::write(plan).data;

    QXmlStreamReader reader(xml);
    struct Open { QString name; qsizetype last = -1; };
    QList<Open> stack;
    int elements = 0;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const QString name = reader.name().toString();
            QCOMPARE(reader.namespaceUri().toString(), QStringLiteral("http://schemas.microsoft.com/project"));
            if (!stack.isEmpty()) {
                const QString parent = stack.last().name;
                QString key = parent;
                if (parent == u"ExtendedAttribute")
                    key = stack.size() >= 3 && stack[stack.size() - 2].name == u"ExtendedAttributes"
                        ? QStringLiteral("Project/ExtendedAttributes/ExtendedAttribute") : QStringLiteral("Task/ExtendedAttribute");
                QVERIFY2(order.contains(key), qPrintable(QStringLiteral("no schema order for <%1>").arg(key)));
                const qsizetype at = order.value(key).indexOf(name);
                QVERIFY2(at >= 0, qPrintable(QStringLiteral("<%1> is not a child of <%2>").arg(name, key)));
                QVERIFY2(at >= stack.last().last, qPrintable(QStringLiteral("<%1> out of order in <%2>").arg(name, key)));
                stack.last().last = at;
            }
            stack.append(Open{name});
            ++elements;
        } else if (reader.isEndElement()) {
            stack.removeLast();
        }
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QVERIFY(elements > 500);
}

void TestMspdi::roundTripGeneratedPlans()
{
    for (quint32 seed = 1; seed <= 12; ++seed) {
        PlanGeneratorOptions options;
        options.tasks = 30 + int(seed) * 7;
        options.seed = seed;
        const Plan plan = generatePlan(options);
        const ExportedFile file = MspdiWriter::write(plan);
        const auto back = MspdiReader::parse(file.data, QStringLiteral("gen.xml"));
        QVERIFY2(back, qPrintable(back.errorString()));
        const Plan &got = back->plan;
        QCOMPARE(got.phases, plan.phases);
        QCOMPARE(got.tasks.size(), plan.tasks.size());
        for (qsizetype i = 0; i < plan.tasks.size(); ++i) {
            const Task &a = plan.tasks[i];
            const qsizetype j = got.taskIndex(a.id);
            QCOMPARE(j, i); // the plan's order, kept by "Cutover order"
            QVERIFY2(j >= 0, qPrintable(a.id));
            const Task &b = got.tasks[j];
            QCOMPARE(b.name, a.name);
            QCOMPARE(b.phase, a.phase);
            QCOMPARE(b.owner, a.owner);
            QCOMPARE(b.kind, a.kind);
            QCOMPARE(b.distribution, a.distribution);
            QCOMPARE(b.marks, a.marks);
            QCOMPARE(b.notes, a.notes);
            QVERIFY(std::abs(b.duration.likely - a.duration.likely) < 1e-6);
            QCOMPARE(b.duration.optimistic.has_value(), a.duration.optimistic.has_value());
            QCOMPARE(b.duration.pessimistic.has_value(), a.duration.pessimistic.has_value());
            if (a.duration.optimistic)
                QVERIFY(std::abs(*b.duration.optimistic - *a.duration.optimistic) < 1e-6);
            if (a.duration.pessimistic)
                QVERIFY(std::abs(*b.duration.pessimistic - *a.duration.pessimistic) < 1e-6);
            QCOMPARE(b.notBefore.isValid(), a.notBefore.isValid());
            if (a.notBefore.isValid())
                QCOMPARE(b.notBefore.toSecsSinceEpoch(), a.notBefore.toSecsSinceEpoch());
            QCOMPARE(b.after.size(), a.after.size());
            for (qsizetype k = 0; k < a.after.size(); ++k) {
                QCOMPARE(b.after[k].task, a.after[k].task);
                QCOMPARE(b.after[k].type, a.after[k].type);
                QVERIFY(std::abs(b.after[k].lag - a.after[k].lag) <= 0.05 + 1e-9); // tenths of a minute
            }
        }
        // Same instants and same schedule within the lag rounding.
        QCOMPARE(got.start, plan.start);
        const auto s1 = Scheduler::schedule(plan);
        const auto s2 = Scheduler::schedule(got);
        QVERIFY(s1 && s2);
        QVERIFY(std::abs(s1->finish - s2->finish) < 0.05 * plan.tasks.size());
    }
}

void TestMspdi::roundTripKeepsPlanProperties()
{
    PlanGeneratorOptions options;
    options.tasks = 20;
    Plan plan = generatePlan(options);
    plan.timezone = QStringLiteral("Europe/Berlin");
    plan.start = QDateTime(QDate(2026, 12, 5), QTime(21, 0), QTimeZone(QByteArrayLiteral("Europe/Berlin")));
    plan.window = {plan.start.addSecs(3600), plan.start.addSecs(7 * 3600)};
    const auto back = MspdiReader::parse(MspdiWriter::write(plan).data, QStringLiteral("p.xml"));
    QVERIFY2(back, qPrintable(back.errorString()));
    QCOMPARE(back->plan.name, plan.name);
    QCOMPARE(back->plan.timezone, plan.timezone);
    QCOMPARE(back->plan.start.toMSecsSinceEpoch(), plan.start.toMSecsSinceEpoch());
    QCOMPARE(back->plan.window.start.toMSecsSinceEpoch(), plan.window.start.toMSecsSinceEpoch());
    QCOMPARE(back->plan.window.end.toMSecsSinceEpoch(), plan.window.end.toMSecsSinceEpoch());
    QVERIFY2(back->warnings.isEmpty(), qPrintable(back->warnings.join(u'\n'))); // our own file maps fully
}

void TestMspdi::exportNamesWhatIsLeftOut()
{
    PlanGeneratorOptions options;
    options.tasks = 12;
    const Plan plan = generatePlan(options);
    QVERIFY(!plan.rollbackTasks.isEmpty() && !plan.criteria.isEmpty());
    const QString note = MspdiWriter::write(plan).leftOut.join(QStringLiteral("; "));
    QVERIFY2(note.contains(QStringLiteral("the rollback plan (%1 steps)").arg(plan.rollbackTasks.size())), qPrintable(note));
    QVERIFY(note.contains(QStringLiteral("%1 rollback criteria").arg(plan.criteria.size())));
}

void TestMspdi::textThatXmlCannotHold()
{
    // XML 1.0 has no way to write most control characters; a CR survives only as a reference.
    PlanGeneratorOptions options;
    options.tasks = 6;
    Plan plan = generatePlan(options);
    plan.tasks[0].notes = QStringLiteral("line\r\nnext\ttab");
    plan.tasks[1].notes = QStringLiteral("bell\x07here");
    plan.tasks[2].name = QStringLiteral("emoji 😀 and \uFFFE");
    const ExportedFile file = MspdiWriter::write(plan);
    const auto back = MspdiReader::parse(file.data, QStringLiteral("p.xml"));
    QVERIFY2(back, qPrintable(back.errorString()));
    QCOMPARE(back->plan.tasks[0].notes, plan.tasks[0].notes);
    QCOMPARE(back->plan.tasks[1].notes, QStringLiteral("bellhere"));
    QCOMPARE(back->plan.tasks[2].name, QStringLiteral("emoji 😀 and "));
    QVERIFY2(file.leftOut.join(u' ').contains(QStringLiteral("2 characters XML cannot hold")), qPrintable(file.leftOut.join(u' ')));
}

void TestMspdi::hostilePlansReadBack()
{
    // Odd strings, extreme durations and lags, odd offsets: what we write we can read.
    for (quint32 seed = 1; seed <= 4; ++seed) {
        PlanGeneratorOptions options;
        options.tasks = 40;
        options.seed = seed;
        options.hostile = true;
        const Plan plan = generatePlan(options);
        const auto back = MspdiReader::parse(MspdiWriter::write(plan).data, QStringLiteral("h.xml"));
        QVERIFY2(back, qPrintable(back.errorString()));
        QCOMPARE(back->plan.tasks.size(), plan.tasks.size());
        for (const Task &t : plan.tasks)
            QVERIFY2(back->plan.taskIndex(t.id) >= 0 || t.id.trimmed() != t.id, qPrintable(t.id));
    }
}

void TestMspdi::errors_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("expected");
    const QByteArray head = "<?xml version=\"1.0\"?>\n<Project xmlns=\"http://schemas.microsoft.com/project\">\n"
                            "  <StartDate>2026-12-05T20:00:00</StartDate>\n  <Tasks>\n    <Task>\n      <UID>1</UID>\n";
    QTest::newRow("bad duration") << head + "      <Duration>two hours</Duration>\n    </Task>\n  </Tasks>\n</Project>\n"
                                  << QStringLiteral("x.xml:7:17: cannot read \"two hours\" as a Duration (expected PT#H#M#S)");
    QTest::newRow("bad link type") << head + "      <PredecessorLink>\n        <PredecessorUID>1</PredecessorUID>\n        <Type>7</Type>\n"
                                             "      </PredecessorLink>\n    </Task>\n  </Tasks>\n</Project>\n"
                                   << QStringLiteral("x.xml:9:15: link type 7 is not one of 0 (FF), 1 (FS), 2 (SF), 3 (SS)");
    QTest::newRow("bad format") << head + "      <DurationFormat>99</DurationFormat>\n    </Task>\n  </Tasks>\n</Project>\n"
                                << QStringLiteral("x.xml:7:23: DurationFormat 99 is not a duration format");
    QTest::newRow("not an integer") << QByteArray("<Project xmlns=\"http://schemas.microsoft.com/project\"><Tasks><Task><UID>x1</UID></Task></Tasks></Project>")
                                    << QStringLiteral("x.xml:1:73: cannot read \"x1\" as UID (expected an integer)");
    QTest::newRow("duplicate UID") << head + "    </Task>\n    <Task>\n      <UID>1</UID>\n    </Task>\n  </Tasks>\n</Project>\n"
                                   << QStringLiteral("x.xml:9:12: task UID 1 appears twice (first at line 6; expected unique UIDs)");
    QTest::newRow("plan rule at its link") << head + "      <PredecessorLink>\n        <PredecessorUID>1</PredecessorUID>\n      </PredecessorLink>\n    </Task>\n  </Tasks>\n</Project>\n"
                                           << QStringLiteral("x.xml:7:24: task \"task-1\" cannot wait on itself");
    QTest::newRow("unclosed") << head << QStringLiteral("x.xml:7:1: not well-formed XML");
    QTest::newRow("other namespace") << QByteArray("<?xml version=\"1.0\"?>\n<Project xmlns=\"urn:other\"/>")
                                     << QStringLiteral("x.xml:2:29: the root element is <Project> in namespace \"urn:other\"");
    QTest::newRow("no start") << QByteArray("<Project xmlns=\"http://schemas.microsoft.com/project\"/>")
                              << QStringLiteral("x.xml: the project has no StartDate");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("x.xml:");
}

void TestMspdi::errors()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, expected);
    const auto read = MspdiReader::parse(xml, QStringLiteral("x.xml"));
    QVERIFY(!read);
    QVERIFY2(read.errorString().startsWith(expected), qPrintable(read.errorString()));
    QVERIFY(!read.errorString().contains(u'\n'));
}

void TestMspdi::hostileInputEnds()
{
    // Entity expansion, deep nesting, a calendar without working time, a huge working duration:
    // each ends quickly with a plan or one error line.
    QByteArray laughs = "<?xml version=\"1.0\"?><!DOCTYPE Project [<!ENTITY a \"aaaaaaaaaa\">";
    for (int i = 1; i < 10; ++i) {
        const QByteArray ref = QByteArray("&") + char('a' + i - 1) + ';';
        laughs += QByteArray("<!ENTITY ") + char('a' + i) + " \"" + ref.repeated(10) + "\">";
    }
    laughs += "]><Project xmlns=\"http://schemas.microsoft.com/project\"><Name>&j;</Name></Project>";
    QVERIFY(!MspdiReader::parse(laughs, QStringLiteral("x.xml")));
    const QByteArray deep = "<Project xmlns=\"http://schemas.microsoft.com/project\"><Tasks>" + QByteArray(100000, 'x').replace("x", "<a>")
        + "</Tasks></Project>";
    QVERIFY(!MspdiReader::parse(deep, QStringLiteral("x.xml")));
    const QByteArray idle = "<Project xmlns=\"http://schemas.microsoft.com/project\"><StartDate>2026-12-05T20:00:00</StartDate>"
                            "<CalendarUID>1</CalendarUID><Calendars><Calendar><UID>1</UID><WeekDays>"
                            "<WeekDay><DayType>1</DayType><DayWorking>0</DayWorking></WeekDay><WeekDay><DayType>2</DayType><DayWorking>0</DayWorking></WeekDay>"
                            "<WeekDay><DayType>3</DayType><DayWorking>0</DayWorking></WeekDay><WeekDay><DayType>4</DayType><DayWorking>0</DayWorking></WeekDay>"
                            "<WeekDay><DayType>5</DayType><DayWorking>0</DayWorking></WeekDay><WeekDay><DayType>6</DayType><DayWorking>0</DayWorking></WeekDay>"
                            "<WeekDay><DayType>7</DayType><DayWorking>0</DayWorking></WeekDay></WeekDays></Calendar></Calendars>"
                            "<Tasks><Task><UID>1</UID><Name>t</Name><OutlineLevel>1</OutlineLevel><Duration>PT8H0M0S</Duration><DurationFormat>7</DurationFormat></Task></Tasks></Project>";
    const auto r = MspdiReader::parse(idle, QStringLiteral("x.xml"));
    QVERIFY(!r);
    QVERIFY2(r.errorString().contains(QStringLiteral("480 minutes of work would end more than 10 years after their start")), qPrintable(r.errorString()));
    const QByteArray huge = "<Project xmlns=\"http://schemas.microsoft.com/project\"><StartDate>2026-12-05T20:00:00</StartDate>"
                            "<Tasks><Task><UID>1</UID><Name>t</Name><OutlineLevel>1</OutlineLevel><Duration>PT99999999999H0M0S</Duration>"
                            "<DurationFormat>4</DurationFormat></Task></Tasks></Project>";
    const auto h = MspdiReader::parse(huge, QStringLiteral("x.xml"));
    QVERIFY(!h);
    QVERIFY2(h.errorString().startsWith(QStringLiteral("x.xml:1:")), qPrintable(h.errorString()));
}

void TestMspdi::exceptionsFirstInFileOrder()
{
    // A (Dec 7-10, not working) comes before B (Dec 5-8, 10:00-11:00) in the file: where they
    // overlap (Dec 7, 8) A holds; B alone on Dec 5, 6; the weekday (Standard) from Dec 11.
    MspdiCalendar c = MspdiCalendar::standard();
    c.uid = 3;
    MspdiCalendar::Day off;
    off.defined = true;
    MspdiCalendar::Day short_;
    short_.defined = true;
    short_.working = true;
    short_.periods = {MspdiCalendar::Period{600, 660}};
    c.exceptions = {MspdiCalendar::Exception{QDate(2026, 12, 7), QDate(2026, 12, 10), off},
                    MspdiCalendar::Exception{QDate(2026, 12, 5), QDate(2026, 12, 8), short_}};
    MspdiCalendars cals;
    cals.add(c);
    auto first = [&](QDate d) { const auto p = cals.periods(3, d); return p.isEmpty() ? -1 : p.first().from; };
    QCOMPARE(first(QDate(2026, 12, 4)), 480); // Friday, Standard
    QCOMPARE(first(QDate(2026, 12, 5)), 600);
    QCOMPARE(first(QDate(2026, 12, 6)), 600);
    QCOMPARE(first(QDate(2026, 12, 7)), -1);
    QCOMPARE(first(QDate(2026, 12, 8)), -1);
    QCOMPARE(first(QDate(2026, 12, 10)), -1);
    QCOMPARE(first(QDate(2026, 12, 11)), 480); // Friday
    QCOMPARE(first(QDate(2026, 12, 12)), -1);  // Saturday
}

void TestMspdi::calendarWalkBounded()
{
    // One working minute a week: 8 hours of work walk 480 weeks (3,360 days). 300 such tasks
    // walk 1,008,000 days, more than the import's budget of 1,000,000: one error, not minutes.
    auto file = [](int tasks) -> QByteArray {
        QByteArray xml = "<Project xmlns=\"http://schemas.microsoft.com/project\"><StartDate>2026-12-05T20:00:00</StartDate>"
                         "<CalendarUID>1</CalendarUID><Calendars><Calendar><UID>1</UID><Name>Slow</Name><WeekDays>"
                         "<WeekDay><DayType>1</DayType><DayWorking>1</DayWorking><WorkingTimes><WorkingTime><FromTime>00:00:00</FromTime>"
                         "<ToTime>00:01:00</ToTime></WorkingTime></WorkingTimes></WeekDay>";
        for (int d = 2; d <= 7; ++d)
            xml += "<WeekDay><DayType>" + QByteArray::number(d) + "</DayType><DayWorking>0</DayWorking></WeekDay>";
        xml += "</WeekDays></Calendar></Calendars><Tasks>";
        for (int i = 1; i <= tasks; ++i)
            xml += "<Task><UID>" + QByteArray::number(i) + "</UID><Name>t</Name><Duration>PT8H0M0S</Duration><DurationFormat>7</DurationFormat></Task>";
        return xml + "</Tasks></Project>";
    };
    const auto fits = MspdiReader::parse(file(290), QStringLiteral("x.xml")); // 974,400 days
    QVERIFY2(fits, qPrintable(fits.errorString()));
    QCOMPARE(fits->plan.tasks.size(), 290);
    const auto over = MspdiReader::parse(file(300), QStringLiteral("x.xml"));
    QVERIFY(!over);
    QVERIFY2(over.errorString().contains(QStringLiteral("the calendar walks of this file take more than 1000000 days in all")), qPrintable(over.errorString()));

    // Beyond ten years on a working calendar: said so, with the minutes written out.
    const QByteArray tooLong = "<Project xmlns=\"http://schemas.microsoft.com/project\"><StartDate>2026-12-07T08:00:00</StartDate><Tasks>"
                               "<Task><UID>1</UID><Name>t</Name><Duration>PT80000H0M0S</Duration><DurationFormat>7</DurationFormat></Task></Tasks></Project>";
    const auto l = MspdiReader::parse(tooLong, QStringLiteral("x.xml"));
    QVERIFY(!l);
    QVERIFY2(l.errorString().contains(QStringLiteral("with calendar \"Standard\", 4800000 minutes of work would end more than 10 years after their start")),
             qPrintable(l.errorString()));
}

void TestMspdi::detection()
{
    QVERIFY(MspdiReader::looksLikeMspdi(readAll(kData + QStringLiteral("summary-links.xml")).left(4096)));
    QVERIFY(MspdiReader::looksLikeMspdi("<Project xmlns=\"http://schemas.microsoft.com/project\">"));
    QVERIFY(!MspdiReader::looksLikeMspdi("<Project xmlns=\"urn:x\">"));
    QVERIFY(!MspdiReader::looksLikeMspdi("{\"format\": \"cutover-plan\"}"));
    QVERIFY(!MspdiReader::looksLikeMspdi("<project/>"));
}

QTEST_GUILESS_MAIN(TestMspdi)
#include "test_mspdi.moc"
