// SPDX-License-Identifier: GPL-3.0-or-later
// `baseline PLAN NAME` and `diff OLD NEW [--json]` (spec/review.md): a baseline taken, three
// estimates and a dependency changed, and exactly those changes (with their downtime effects,
// worked out by hand) in the diff; exit codes 0/1/2; a refused baseline leaves the file as it was.
#include "common/clirunner.h"
#include "interchange/planjson.h"
#include "storage/planfile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace cutover;

namespace {

Task task(const QString &id, double minutes, const QString &after = {}, Marks marks = {})
{
    Task t;
    t.id = id;
    t.name = id;
    t.owner = QStringLiteral("ops");
    t.duration.likely = minutes;
    t.distribution = Distribution::Fixed;
    if (!after.isEmpty())
        t.after = {Dependency{after, DependencyType::FS, 0}};
    t.marks = marks;
    return t;
}

/** freeze 10 (freeze-start) | copy 60 | verify 20 | switch 5 (traffic-switched): downtime 95. */
Plan plan()
{
    Plan p;
    p.name = QStringLiteral("Review");
    p.start = QDateTime(QDate(2026, 12, 5), QTime(21, 0), QTimeZone::utc());
    p.window = {QDateTime(QDate(2026, 12, 5), QTime(21, 0), QTimeZone::utc()),
                QDateTime(QDate(2026, 12, 6), QTime(3, 0), QTimeZone::utc())};
    p.tasks = {task("freeze", 10, {}, Mark::FreezeStart), task("copy", 60, "freeze"), task("verify", 20, "copy"),
               task("check", 15, "copy"), task("switch", 5, "verify", Mark::TrafficSwitched)};
    p.rollbackTasks = {task("rb", 30)};
    return p;
}

QByteArray digest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestCliReview : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void baselineTakenOnceAndRefusedTwice()
    {
        const QString path = m_dir.filePath("once.cutover");
        QVERIFY(PlanFile::write(plan(), path).ok());
        const CliOutcome taken = runCli({"baseline", path, "review 1", "--note", "first look", "--by", "ana",
                                         "--at", "2026-12-01T10:00:00+01:00", "--iterations", "500"});
        QCOMPARE(taken.code, 0);
        const Plan after = PlanFile::read(path).value();
        QCOMPARE(after.baselines.size(), 1);
        const Baseline &b = after.baselines.at(0);
        QCOMPARE(b.name, QStringLiteral("review 1"));
        QCOMPARE(b.note, QStringLiteral("first look"));
        QCOMPARE(b.takenBy, QStringLiteral("ana"));
        QCOMPARE(b.takenAt, QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc()));
        QCOMPARE(b.tasks, plan().tasks);
        QCOMPARE(b.figures.downtimeMinutes, std::optional<double>(95));
        QCOMPARE(b.figures.finish, QDateTime(QDate(2026, 12, 5), QTime(22, 35), QTimeZone::utc()));
        // Fixed durations: every percentile is the deterministic figure.
        QCOMPARE(b.figures.downtimeP80, std::optional<double>(95));
        QCOMPARE(b.figures.durationP95, std::optional<double>(95));
        QCOMPARE(b.figures.probabilityWithinWindow, std::optional<double>(1.0));
        QCOMPARE(b.figures.iterations, 500);
        QCOMPARE(b.figures.seed, quint64(1));
        // Rollback 30 min: the P80 deadline is 03:00 - 30 min.
        QCOMPARE(b.figures.rollbackDeadlineP80, QDateTime(QDate(2026, 12, 6), QTime(2, 30), QTimeZone::utc()));

        const QByteArray before = digest(path);
        const CliOutcome again = runCli({"baseline", path, "review 1"});
        QCOMPARE(again.code, 2);
        QVERIFY(again.err.contains("already has a baseline named \"review 1\""));
        QCOMPARE(digest(path), before);
        const CliOutcome noBy = runCli({"baseline", path, "review 2", "--approve"});
        QCOMPARE(noBy.code, 2);
        QCOMPARE(digest(path), before);
    }

    void approveWithTheBaseline()
    {
        const QString path = m_dir.filePath("approve.json");
        QVERIFY(PlanJson::writeFile(plan(), path).ok());
        const CliOutcome o = runCli({"baseline", path, "sign-off", "--approve", "--by", "Chris",
                                     "--at", "2026-12-02T18:00:00Z", "--iterations", "100"});
        QCOMPARE(o.code, 0);
        const Plan p = PlanJson::readFile(path).value().plan;
        QCOMPARE(p.status, PlanStatus::Approved);
        QCOMPARE(p.approval.approvedBy, QStringLiteral("Chris"));
        QCOMPARE(p.approval.baseline, QStringLiteral("sign-off"));
        QCOMPARE(p.approval.approvedAt, QDateTime(QDate(2026, 12, 2), QTime(18, 0), QTimeZone::utc()));
        // An approved plan cannot be approved again.
        const CliOutcome again = runCli({"baseline", path, "again", "--approve", "--by", "Chris"});
        QCOMPARE(again.code, 2);
        QCOMPARE(PlanJson::readFile(path).value().plan.baselines.size(), 1);
    }

    void threeEstimatesAndADependency()
    {
        const QString path = m_dir.filePath("review.cutover");
        QVERIFY(PlanFile::write(plan(), path).ok());
        QCOMPARE(runCli({"baseline", path, "R1", "--iterations", "200"}).code, 0);

        Plan changed = PlanFile::read(path).value();
        changed.tasks[1].duration.likely = 80;  // copy 60 -> 80: +20 alone
        changed.tasks[2].duration.likely = 25;  // verify 20 -> 25: +5 alone
        changed.tasks[3].duration.likely = 10;  // check 15 -> 10: off the path, 0
        changed.tasks[4].after = {Dependency{"check", DependencyType::FS, 0}}; // switch after check: -5 alone
        const QString newPath = m_dir.filePath("review-new.json");
        QVERIFY(PlanJson::writeFile(changed, newPath).ok());

        const CliOutcome o = runCli({"diff", path + "@R1", newPath, "--json"});
        QCOMPARE(o.code, 1);
        const QJsonObject d = QJsonDocument::fromJson(o.out.toUtf8()).object();
        QCOMPARE(d.value("added").toArray(), QJsonArray{});
        QCOMPARE(d.value("removed").toArray(), QJsonArray{});
        const QJsonArray list = d.value("changed").toArray();
        QStringList ids;
        for (const QJsonValue &c : list)
            ids << c.toObject().value("id").toString();
        QCOMPARE(ids, (QStringList{"copy", "verify", "check", "switch"}));
        QCOMPARE(list.at(0).toObject().value("fields").toObject(),
                 (QJsonObject{{"duration", QJsonObject{{"from", QJsonObject{{"likely", 60}}},
                                                       {"to", QJsonObject{{"likely", 80}}}}}}));
        QCOMPARE(list.at(3).toObject().value("fields").toObject().keys(), QStringList{"after"});
        QCOMPARE(list.at(3).toObject().value("fields").toObject().value("after").toObject().value("to").toArray(),
                 (QJsonArray{QJsonObject{{"task", "check"}, {"type", "FS"}, {"lag", 0}}}));
        // New path: freeze 10, copy 80, then switch after check (10): downtime 105. The finish is
        // verify's (10 + 80 + 25 = 115 min after 21:00), which no longer drives the switch.
        const QJsonObject figures = d.value("figures").toObject();
        QCOMPARE(figures.value("downtimeMinutes").toObject(), (QJsonObject{{"from", 95}, {"to", 105}}));
        QCOMPARE(figures.value("downtimeP80Minutes").toObject(), (QJsonObject{{"from", 95}, {"to", 105}}));
        QCOMPARE(figures.value("finish").toObject(),
                 (QJsonObject{{"from", "2026-12-05T22:35:00Z"}, {"to", "2026-12-05T22:55:00Z"}}));
        QCOMPARE(d.value("criteria").toObject().value("changed").toArray(), QJsonArray{});

        // Text: biggest effect first; verify (+5) and switch (-5) tie and keep the plan's order.
        const CliOutcome text = runCli({"diff", path + "@R1", newPath});
        QCOMPARE(text.code, 1);
        const qsizetype copy = text.out.indexOf("~ copy");
        const qsizetype verify = text.out.indexOf("~ verify");
        const qsizetype sw = text.out.indexOf("~ switch");
        const qsizetype check = text.out.indexOf("~ check");
        QVERIFY(copy > 0 && verify > copy && sw > verify && check > sw);
        QVERIFY(text.out.contains("~ copy \u201ccopy\u201d  downtime +20 min"));
        QVERIFY(text.out.contains("~ switch \u201cswitch\u201d  downtime \u22125 min"));
        QVERIFY(text.out.contains("~ verify \u201cverify\u201d  downtime +5 min"));
        QVERIFY(text.out.contains("~ check \u201ccheck\u201d  downtime \u00b10 min"));
        QVERIFY(text.out.contains("duration: 1 h \u2192 1 h 20 min"));
    }

    void exitCodes()
    {
        const QString a = m_dir.filePath("same.json");
        QVERIFY(PlanJson::writeFile(plan(), a).ok());
        const QString b = m_dir.filePath("same.cutover");
        QVERIFY(PlanFile::write(plan(), b).ok());
        QCOMPARE(runCli({"diff", a, b}).code, 0);
        QCOMPARE(runCli({"diff", a, b, "--json"}).code, 0);
        const CliOutcome missingBaseline = runCli({"diff", b + "@nope", a});
        QCOMPARE(missingBaseline.code, 2);
        QVERIFY(missingBaseline.err.contains("no baseline \"nope\""));
        QCOMPARE(runCli({"diff", m_dir.filePath("missing.json"), a}).code, 2);
        QCOMPARE(runCli({"diff", a}).code, 2);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCliReview)
#include "test_cli_review.moc"
