// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentio.h"

#include "interchange/planjson.h"
#include "workbench/planio.h"

namespace cutover {

bool DocumentIo::isJsonPath(const QString &path)
{
    return path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
}

QString DocumentIo::nativePathFor(const QString &path)
{
    return PlanIo::nativePathFor(path);
}

Result<LoadedPlan> DocumentIo::load(const QString &path)
{
    Result<OpenedPlan> opened = PlanIo::open(path);
    if (!opened)
        return opened.error();
    OpenedPlan &o = opened.value();
    return LoadedPlan{std::move(o.plan), std::move(o.warnings), o.native, o.stamp};
}

Status DocumentIo::save(const Plan &plan, const QString &path)
{
    return PlanFile::write(plan, path);
}

Result<FileStamp> DocumentIo::save(const Plan &plan, const QString &path, const FileStamp &expected, SaveFailure *failure)
{
    SaveOptions options;
    options.expected = expected;
    return PlanFile::save(plan, path, options, failure);
}

Status DocumentIo::exportJson(const Plan &plan, const QString &path)
{
    return PlanJson::writeFile(plan, path);
}

} // namespace cutover
