// SPDX-License-Identifier: GPL-3.0-or-later
// `check` on huge cycles: linear time (Tarjan + one index) and one capped line per cycle.
#include "lint/planlinter.h"
#include "schedule/compiledgraph.h"
#include "schedule/scheduler.h"
#include "model/planlimits.h"

#include <QElapsedTimer>
#include <QTest>

using namespace cutover;

namespace {

Task task(const QString &id, const QString &after)
{
    Task t;
    t.id = id;
    t.name = id;
    t.phase = QStringLiteral("p");
    t.owner = QStringLiteral("ops");
    t.duration.likely = 5;
    if (!after.isEmpty())
        t.after = {Dependency{after, DependencyType::FS, 0}};
    return t;
}

/** n tasks t0..t(n-1), ti waiting on t(i-1) and t0 on the last: one cycle of n. */
Plan ring(int n)
{
    Plan p;
    p.name = QStringLiteral("ring");
    p.phases = {Phase{QStringLiteral("p"), QStringLiteral("P"), {}}};
    for (int i = 0; i < n; ++i)
        p.tasks.append(task(QStringLiteral("t%1").arg(i), QStringLiteral("t%1").arg((i + n - 1) % n)));
    return p;
}

} // namespace

class TestCycleLimits : public QObject
{
    Q_OBJECT
private slots:
    void hugeCycleIsOneShortLine()
    {
        const int n = 100000;
        const Plan p = ring(n);
        QElapsedTimer timer;
        timer.start();
        const QList<PlanIssue> findings = PlanLinter::lint(p);
        const QStringList subjects = PlanLinter::subjects(findings, p);
        // Quadratic code took > 120 s here; the linear pass takes well under a second. The bound
        // is generous (a loaded CI machine) yet far below what a quadratic step would need.
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
        const auto cycle = std::find_if(findings.cbegin(), findings.cend(), [](const PlanIssue &f) { return f.code == u"cycle"; });
        QVERIFY(cycle != findings.cend());
        QCOMPARE(cycle->ids.size(), qsizetype(n)); // the JSON output keeps every id
        // The first 20 ids in dependency order, then how many more, then back to the first.
        QStringList first;
        for (int i = 0; i < 20; ++i)
            first.append(QStringLiteral("t%1").arg(i));
        const QString expected = QStringLiteral("Dependency cycle of 100000 tasks: %1 → … and 99980 more → t0 "
                                                "(each task waits for the one before it).")
                                     .arg(first.join(QStringLiteral(" → ")));
        QCOMPARE(cycle->message, expected);
        const QString subject = subjects.at(cycle - findings.cbegin());
        QVERIFY(subject.startsWith(QStringLiteral("tasks \"t0\", \"t1\", ")));
        QVERIFY(subject.endsWith(QStringLiteral("\"t19\", … and 99980 more")));
    }

    void scheduleErrorIsCapped()
    {
        const auto s = Scheduler::schedule(ring(5000));
        QVERIFY(!s);
        QVERIFY(s.errorString().contains(QStringLiteral("… and 4980 more → t0")));
        QVERIFY2(s.errorString().size() < 600, qPrintable(QString::number(s.errorString().size())));
    }

    void manySmallCyclesLinear()
    {
        // 50,000 two-task cycles: a per-cycle O(n) reset once made this 50,000 x 100,000 steps.
        Plan p;
        p.phases = {Phase{QStringLiteral("p"), QStringLiteral("P"), {}}};
        const int pairs = 50000;
        for (int i = 0; i < pairs; ++i) {
            p.tasks.append(task(QStringLiteral("a%1").arg(i), QStringLiteral("b%1").arg(i)));
            p.tasks.append(task(QStringLiteral("b%1").arg(i), QStringLiteral("a%1").arg(i)));
        }
        QElapsedTimer timer;
        timer.start();
        const QList<QStringList> cycles = Scheduler::findCycles(p);
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(cycles.size(), qsizetype(pairs));
        QCOMPARE(cycles.first(), (QStringList{QStringLiteral("a0"), QStringLiteral("b0")}));
        QCOMPARE(cycles.last(), (QStringList{QStringLiteral("a49999"), QStringLiteral("b49999")}));
    }

    void tangleMembersOffTheShortestCycle()
    {
        // a -> b -> c -> a plus d in the same component (d waits on b, a waits on d).
        Plan p;
        p.phases = {Phase{QStringLiteral("p"), QStringLiteral("P"), {}}};
        p.tasks = {task(QStringLiteral("a"), QStringLiteral("c")), task(QStringLiteral("b"), QStringLiteral("a")),
                   task(QStringLiteral("c"), QStringLiteral("b")), task(QStringLiteral("d"), QStringLiteral("b"))};
        p.tasks[0].after.append(Dependency{QStringLiteral("d"), DependencyType::FS, 0});
        // Shortest cycle through a: a -> b -> d -> a and a -> b -> c -> a are both length 3;
        // breadth-first search over successors in list order reaches c (index 2) before d.
        QCOMPARE(Scheduler::findCycles(p),
                 (QList<QStringList>{{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")}}));
        const QList<PlanIssue> findings = PlanLinter::lint(p);
        QCOMPARE(findings.at(0).message,
                 QStringLiteral("Dependency cycle: a → b → c → a (each task waits for the one before it). Also caught in it: d."));
    }
};

QTEST_GUILESS_MAIN(TestCycleLimits)
#include "test_cyclelimits.moc"
