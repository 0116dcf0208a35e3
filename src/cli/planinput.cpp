// SPDX-License-Identifier: GPL-3.0-or-later
#include "planinput.h"

#include "console.h"

#include <QCoreApplication>

namespace cutover::cli {

Result<Plan> readPlan(const QString &path, Console &console, PlanChecks checks)
{
    Result<OpenedPlan> opened = PlanIo::open(path, checks);
    if (!opened)
        return opened.error();
    for (const QString &warning : std::as_const(opened->warnings))
        console.warning(warning);
    return std::move(opened.value().plan);
}

bool isWritablePlanPath(const QString &path)
{
    return PlanIo::isWritablePlanPath(path);
}

SaveOptions writerOptions(const QString &path, Console *console)
{
    if (!console)
        return PlanIo::commandLineOptions();
    return PlanIo::commandLineOptions([path, console] {
        console->err() << QCoreApplication::translate("cli", "%1: waiting for another program to finish saving it…").arg(path)
                      << Qt::endl;
    });
}

Status writePlan(const Plan &plan, const QString &path, Console *console)
{
    const Result<FileStamp> saved = PlanIo::save(plan, path, writerOptions(path, console));
    if (!saved)
        return saved.error();
    return Ok{};
}

} // namespace cutover::cli
