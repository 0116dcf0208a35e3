// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewfigures.h"

#include "analysis/baselines.h"
#include "analysis/plananalysis.h"
#include "planinput.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace cutover::cli {

BaselineFigures reviewFigures(const Plan &plan, int iterations, quint64 seed)
{
    PlanAnalysis analysis(&plan);
    analysis.setIterations(iterations);
    analysis.setSeed(seed);
    if (!analysis.summary().verdictWithheld() && !plan.tasks.isEmpty())
        (void)analysis.simulateNow();
    return Baselines::figuresOf(analysis);
}

Result<DiffSide> readDiffSide(const QString &spec, Console &console)
{
    DiffSide side;
    side.label = spec;
    QString path = spec;
    QString name;
    const qsizetype at = spec.lastIndexOf(u'@');
    if (!QFileInfo::exists(spec) && at > 0) {
        path = spec.left(at);
        name = spec.mid(at + 1);
    }
    Result<Plan> plan = readPlan(path, console, PlanChecks::StructureOnly);
    if (!plan)
        return plan.error();
    side.source = std::move(plan.value());
    if (name.isEmpty()) {
        side.plan = side.source;
        return side;
    }
    const Baseline *baseline = side.source.findBaseline(name);
    if (!baseline) {
        QStringList names;
        for (const Baseline &b : side.source.baselines)
            names << b.name;
        return Error(names.isEmpty()
                         ? QCoreApplication::translate("cli", "the plan has no baseline \"%1\" (it has none)").arg(name)
                         : QCoreApplication::translate("cli", "the plan has no baseline \"%1\" (it has %2)")
                               .arg(name, names.join(QStringLiteral(", "))),
                     path);
    }
    side.plan = Baselines::planAt(side.source, *baseline);
    side.baseline = *baseline;
    return side;
}

} // namespace cutover::cli
