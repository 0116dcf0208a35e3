// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV/TSV runbook: generated plans round-trip, spreadsheet habits (any column order, header
// spellings, quoted line breaks, a byte order mark, semicolons) are read, and errors point at
// the cell (line and column counted by hand below).
#include "common/plangenerator.h"
#include "interchange/runbookcsv.h"

#include <QTest>

#include <cmath>

using namespace cutover;

class TestRunbookCsv : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void spreadsheetHabits();
    void hostilePlansReadBack();
    void scheduleColumns();
    void startPreferredToNotBefore();
    void errors_data();
    void errors();
    void notARunbook();
};

void TestRunbookCsv::roundTrip_data()
{
    QTest::addColumn<char>("delimiter");
    QTest::newRow("csv") << ',';
    QTest::newRow("tsv") << '\t';
    QTest::newRow("semicolon") << ';';
}

void TestRunbookCsv::roundTrip()
{
    QFETCH(char, delimiter);
    for (quint32 seed = 1; seed <= 6; ++seed) {
        PlanGeneratorOptions options;
        options.tasks = 50;
        options.seed = seed;
        Plan plan = generatePlan(options);
        plan.tasks[0].notes = QStringLiteral("line one\nline two, with \"quotes\"; and a\ttab");
        plan.tasks[1].name = QStringLiteral(" padded ");
        plan.tasks[2].notBefore = plan.start.addSecs(5400);
        const ExportedFile file = RunbookCsv::write(plan, delimiter);
        const auto back = RunbookCsv::parse(file.data, QStringLiteral("r.csv"), delimiter == ';' ? 0 : delimiter);
        QVERIFY2(back, qPrintable(back.errorString()));
        const Plan &got = back->plan;
        QCOMPARE(got.tasks.size(), plan.tasks.size());
        for (qsizetype i = 0; i < plan.tasks.size(); ++i) {
            const Task &a = plan.tasks[i];
            const Task &b = got.tasks[i];
            QCOMPARE(b.id, a.id);
            QCOMPARE(b.name, a.name);
            QCOMPARE(b.phase, a.phase);
            QCOMPARE(b.owner, a.owner);
            QCOMPARE(b.kind, a.kind);
            QCOMPARE(b.duration, a.duration); // written exactly
            QCOMPARE(b.distribution, a.distribution);
            QCOMPARE(b.after, a.after);
            QCOMPARE(b.notBefore.toMSecsSinceEpoch(), a.notBefore.toMSecsSinceEpoch());
            QCOMPARE(b.marks, a.marks);
            QCOMPARE(b.notes, a.notes);
        }
        for (const Phase &p : got.phases) {
            const auto it = std::find_if(plan.phases.cbegin(), plan.phases.cend(), [&](const Phase &q) { return q.id == p.id; });
            QVERIFY(it != plan.phases.cend());
            QCOMPARE(p.name, it->name);
        }
        QCOMPARE(got.start.toMSecsSinceEpoch(), plan.start.toMSecsSinceEpoch()); // a task starts at time zero
        QVERIFY(file.leftOut.join(u' ').contains(QStringLiteral("rollback plan")));
    }
}

void TestRunbookCsv::hostilePlansReadBack()
{
    for (quint32 seed = 1; seed <= 4; ++seed) {
        PlanGeneratorOptions options;
        options.tasks = 40;
        options.seed = seed;
        options.hostile = true;
        const Plan plan = generatePlan(options);
        const ExportedFile file = RunbookCsv::write(plan, ',');
        const auto back = RunbookCsv::parse(file.data, QStringLiteral("h.csv"), ',');
        QVERIFY2(back, qPrintable(back.errorString()));
        QCOMPARE(back->plan.tasks.size(), plan.tasks.size());
        for (qsizetype i = 0; i < plan.tasks.size(); ++i) {
            QCOMPARE(back->plan.tasks[i].notes, plan.tasks[i].notes);
            QCOMPARE(back->plan.tasks[i].duration, plan.tasks[i].duration);
        }
    }
}

void TestRunbookCsv::spreadsheetHabits()
{
    // Columns in another order, other spellings, an extra column, CRLF, a BOM, a quoted line
    // break and a semicolon delimiter (a German Excel).
    const QByteArray csv = "\xEF\xBB\xBF" "Likely;Name;ID;Depends on;Not before;Colour;Kind\r\n"
                           "10;\"Block writes\non the source\";freeze;;2026-12-05T22:00:00+01:00;red;task\r\n"
                           "1h30;Sync;sync;freeze SS+5;;blue;\r\n"
                           ";Go live;live;sync;;;milestone\r\n";
    const auto read = RunbookCsv::parse(csv, QStringLiteral("draft.csv"));
    QVERIFY2(read, qPrintable(read.errorString()));
    const Plan &plan = read->plan;
    QCOMPARE(plan.tasks.size(), 3);
    QCOMPARE(plan.name, QStringLiteral("draft"));
    QCOMPARE(plan.tasks[0].name, QStringLiteral("Block writes\non the source"));
    QCOMPARE(plan.tasks[1].duration.likely, 90.0);
    QCOMPARE(plan.tasks[1].after.size(), 1);
    QCOMPARE(plan.tasks[1].after[0].type, DependencyType::SS);
    QCOMPARE(plan.tasks[1].after[0].lag, 5.0);
    QCOMPARE(plan.tasks[2].kind, TaskKind::Milestone);
    QCOMPARE(plan.start, QDateTime(QDate(2026, 12, 5), QTime(21, 0), QTimeZone::utc()));
    QCOMPARE(read->warnings.size(), 1);
    QVERIFY(read->warnings[0].startsWith(QStringLiteral("draft.csv: unknown columns ignored: Colour")));
}

void TestRunbookCsv::startPreferredToNotBefore()
{
    // b's notBefore (20:00) is earlier than the earliest start (a, 21:00): the plan starts at 21:00.
    const QByteArray csv = "id,name,likely,start,notBefore\n"
                           "a,A,30,2026-12-05T21:00:00Z,\n"
                           "b,B,10,2026-12-05T21:30:00Z,2026-12-05T20:00:00Z\n";
    const auto read = RunbookCsv::parse(csv, QStringLiteral("s.csv"));
    QVERIFY2(read, qPrintable(read.errorString()));
    QCOMPARE(read->plan.start, QDateTime(QDate(2026, 12, 5), QTime(21, 0), QTimeZone::utc()));
    // Without a start column, the earliest notBefore.
    const auto noStart = RunbookCsv::parse("id,name,likely,notBefore\na,A,30,2026-12-05T22:00:00Z\nb,B,5,2026-12-05T20:00:00Z\n", QStringLiteral("n.csv"));
    QVERIFY2(noStart, qPrintable(noStart.errorString()));
    QCOMPARE(noStart->plan.start, QDateTime(QDate(2026, 12, 5), QTime(20, 0), QTimeZone::utc()));
}

void TestRunbookCsv::scheduleColumns()
{
    Plan plan;
    plan.name = QStringLiteral("p");
    plan.start = QDateTime(QDate(2026, 12, 5), QTime(21, 0), QTimeZone(3600));
    plan.tasks = {Task{}, Task{}};
    plan.tasks[0].id = QStringLiteral("a");
    plan.tasks[0].duration.likely = 30;
    plan.tasks[1].id = QStringLiteral("b");
    plan.tasks[1].duration.likely = 45;
    plan.tasks[1].after = {Dependency{QStringLiteral("a"), DependencyType::FS, -10}};
    const QString text = QString::fromUtf8(RunbookCsv::write(plan, ',').data);
    const QStringList lines = text.split(QStringLiteral("\r\n"));
    // a: 21:00-21:30, float 0; b: starts 30-10 = 20 min in (21:20), ends 22:05, float 0.
    QVERIFY2(lines[1].endsWith(QStringLiteral(",2026-12-05T21:00:00+01:00,2026-12-05T21:30:00+01:00,0")), qPrintable(lines[1]));
    QVERIFY2(lines[2].endsWith(QStringLiteral("a FS-10,,,,2026-12-05T21:20:00+01:00,2026-12-05T22:05:00+01:00,0")), qPrintable(lines[2]));
}

void TestRunbookCsv::errors_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("expected");
    const QByteArray header = "id,name,likely,predecessors\n";
    QTest::newRow("bad likely") << header + "a,A,10,\nb,B,soon,a\n"
                                << QStringLiteral("r.csv:3:5: cannot read \"soon\" as the likely duration (expected minutes, e.g. 90 or 1h30)");
    // The quoted name spans lines 2-3, so the bad cell of the next record is on line 4.
    QTest::newRow("after a quoted line break") << header + "a,\"two\nlines\",10,\nb,B,10,a FX\n"
                                               << QStringLiteral("r.csv:4:8: cannot read \"a FX\" as a predecessor");
    QTest::newRow("unknown predecessor") << header + "a,A,10,\nb,B,10,frezee\n" << QStringLiteral("r.csv:3:8: unknown task \"frezee\"");
    QTest::newRow("column counts characters") << QByteArray("id,name,likely\nä,Äpfel,x\n")
                                              << QStringLiteral("r.csv:2:9: cannot read \"x\" as the likely duration");
    QTest::newRow("missing column") << QByteArray("id,title,likely\na,A,1\n") << QStringLiteral("r.csv:1:1: no \"name\" column");
    QTest::newRow("twice") << QByteArray("id,name,likely,Name\n") << QStringLiteral("r.csv:1:16: column \"Name\" appears twice");
    QTest::newRow("duplicate id") << QByteArray("id,name,likely\na,A,1\na,B,2\n") << QStringLiteral("r.csv:3:1: duplicate task id \"a\"");
    QTest::newRow("unterminated quote") << QByteArray("id,name,likely\na,\"A,1\n") << QStringLiteral("r.csv:2:3: a quoted field that never ends");
    QTest::newRow("bad time") << QByteArray("id,name,likely,notBefore\na,A,1,tomorrow\n") << QStringLiteral("r.csv:2:7: cannot read \"tomorrow\" as a time");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("r.csv: the file is empty");
    QTest::newRow("no rows") << QByteArray("id,name,likely\n") << QStringLiteral("r.csv: no tasks");
}

void TestRunbookCsv::errors()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, expected);
    const auto read = RunbookCsv::parse(csv, QStringLiteral("r.csv"), ',');
    QVERIFY(!read);
    QVERIFY2(read.errorString().startsWith(expected), qPrintable(read.errorString()));
    QVERIFY(!read.errorString().contains(u'\n'));
}

void TestRunbookCsv::notARunbook()
{
    QVERIFY(RunbookCsv::looksLikeRunbook("ID;Name;Likely\r\n"));
    QVERIFY(RunbookCsv::looksLikeRunbook("id\tname\n", '\t'));
    QVERIFY(!RunbookCsv::looksLikeRunbook("time,value\n1,2\n"));
}

QTEST_GUILESS_MAIN(TestRunbookCsv)
#include "test_runbookcsv.moc"
