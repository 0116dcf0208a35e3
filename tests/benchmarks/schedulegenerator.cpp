// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedulegenerator.h"

#include <QTimeZone>

#include <random>

namespace cutover::bench {

namespace {

class Dice
{
public:
    explicit Dice(quint64 seed) : m_engine(seed) {}
    int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_engine); }
    double real(double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(m_engine); }
    bool chance(double p) { return real(0, 1) < p; }

private:
    std::mt19937_64 m_engine;
};

Task makeTask(Dice &dice, int index, TaskKind kind)
{
    Task t;
    t.id = QStringLiteral("t%1").arg(index);
    t.name = QStringLiteral("Step %1").arg(index);
    t.phase = QStringLiteral("p");
    t.owner = QStringLiteral("team %1").arg(index % 7);
    t.kind = kind;
    if (kind == TaskKind::Milestone)
        return t;
    const double likely = dice.uniform(1, 24) * 5.0;
    t.duration.likely = likely;
    const double roll = dice.real(0, 1);
    if (roll < 0.15)
        return t; // fixed: likely only
    t.duration.optimistic = std::round(likely * dice.real(0.5, 0.95));
    t.duration.pessimistic = std::round(likely * dice.real(1.2, 3.0));
    t.distribution = roll < 0.6 ? Distribution::Triangular : Distribution::Pert;
    return t;
}

Dependency randomLink(Dice &dice, const QString &id)
{
    Dependency d;
    d.task = id;
    const double roll = dice.real(0, 1);
    d.type = roll < 0.7 ? DependencyType::FS : roll < 0.8 ? DependencyType::SS : roll < 0.9 ? DependencyType::FF
                                                                                              : DependencyType::SF;
    if (dice.chance(0.3))
        d.lag = dice.uniform(-3, 6) * 5.0;
    if (d.type == DependencyType::SF)
        d.lag += 30; // an SF link with no lag rarely constrains anything
    return d;
}

} // namespace

Plan generateSchedulePlan(int count, quint64 seed)
{
    Dice dice(seed);
    Plan plan;
    plan.name = QStringLiteral("Generated plan (%1 tasks)").arg(count);
    plan.timezone = QStringLiteral("Europe/Berlin");
    plan.start = QDateTime(QDate(2026, 12, 5), QTime(18, 0), QTimeZone(3600));
    plan.phases = {Phase{QStringLiteral("p"), QStringLiteral("Generated"), {}}};
    plan.tasks.reserve(count);

    QList<int> previousGroupEnds; // last task of every stream of the previous group
    int freezeGate = -1;
    while (plan.tasks.size() < count) {
        // A gate opens the group and waits for up to three stream ends of the previous group.
        const int gate = int(plan.tasks.size());
        Task g = makeTask(dice, gate, TaskKind::Gate);
        for (int k = 0; k < std::min<int>(3, int(previousGroupEnds.size())); ++k)
            g.after.append(Dependency{plan.tasks.at(previousGroupEnds.at(previousGroupEnds.size() - 1 - k)).id});
        plan.tasks.append(g);
        const int streams = dice.uniform(3, 6);
        const int length = dice.uniform(5, 15);
        QList<int> ends;
        const int groupStart = int(plan.tasks.size());
        for (int s = 0; s < streams && plan.tasks.size() < count; ++s) {
            int previous = gate;
            for (int k = 0; k < length && plan.tasks.size() < count; ++k) {
                const int index = int(plan.tasks.size());
                Task t = makeTask(dice, index, dice.chance(0.03) ? TaskKind::Milestone : TaskKind::Task);
                t.after.append(randomLink(dice, plan.tasks.at(previous).id));
                // Cross-links to earlier tasks of this group (other streams) or the gate.
                const int extra = dice.chance(0.55) ? dice.uniform(1, 2) : 0;
                for (int e = 0; e < extra && index > groupStart; ++e) {
                    const int other = dice.uniform(groupStart, index - 1);
                    if (other != previous)
                        t.after.append(randomLink(dice, plan.tasks.at(other).id));
                }
                if (dice.chance(0.01))
                    t.notBefore = plan.start.addSecs(qint64(dice.uniform(0, 48)) * 600);
                plan.tasks.append(t);
                previous = index;
            }
            ends.append(previous);
        }
        previousGroupEnds = ends;
        if (freezeGate < 0 && gate >= count * 2 / 5) {
            plan.tasks[gate].marks = Mark::FreezeStart;
            freezeGate = gate;
        } else if (freezeGate >= 0 && gate >= count * 3 / 5 && !plan.taskWithMark(Mark::TrafficSwitched)) {
            plan.tasks[gate].marks = Mark::TrafficSwitched;
        }
    }
    plan.window.start = plan.start.addSecs(3600);
    plan.window.end = plan.start.addDays(30);

    const QStringList rollback = {QStringLiteral("rb-dns"), QStringLiteral("rb-writes"), QStringLiteral("rb-app"),
                                  QStringLiteral("rb-verify"), QStringLiteral("rb-notify")};
    for (int i = 0; i < rollback.size(); ++i) {
        Task t = makeTask(dice, 0, TaskKind::Task);
        t.id = rollback.at(i);
        t.phase.clear();
        if (i > 0)
            t.after.append(Dependency{rollback.at(i - 1)});
        plan.rollbackTasks.append(t);
    }
    return plan;
}

} // namespace cutover::bench
