// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentio.h"

#include "interchange/planjson.h"
#include "storage/planfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace cutover {

bool DocumentIo::isJsonPath(const QString &path)
{
    return path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
}

QString DocumentIo::nativePathFor(const QString &path)
{
    const QFileInfo info(path);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".cutover"));
}

Result<LoadedPlan> DocumentIo::load(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{tr("no such file"), path};
    if (info.isDir())
        return Error{tr("is a folder, not a plan"), path};
    if (PlanFile::isPlanFile(path)) {
        auto plan = PlanFile::read(path);
        if (!plan)
            return plan.error();
        return LoadedPlan{std::move(plan).value(), {}, true};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("cannot open: %1").arg(file.errorString()), path};
    const QByteArray head = file.read(64);
    file.close();
    if (isJsonPath(path) || PlanJson::looksLikeJson(head)) {
        auto json = PlanJson::readFile(path);
        if (!json)
            return json.error();
        return LoadedPlan{std::move(json.value().plan), json.value().warnings, false};
    }
    return Error{tr("not a Cutover Planner plan (expected a .cutover file or a JSON plan)"), path};
}

Status DocumentIo::save(const Plan &plan, const QString &path)
{
    return PlanFile::write(plan, path);
}

Status DocumentIo::exportJson(const Plan &plan, const QString &path)
{
    return PlanJson::writeFile(plan, path);
}

} // namespace cutover
