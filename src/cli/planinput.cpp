// SPDX-License-Identifier: GPL-3.0-or-later
#include "planinput.h"

#include "console.h"
#include "interchange/planjson.h"
#include "model/regularfile.h"
#include "storage/planfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace cutover::cli {

Result<Plan> readPlan(const QString &path, Console &console, PlanChecks checks)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error(QCoreApplication::translate("cli", "no such file"), path);
    if (info.isDir())
        return Error(QCoreApplication::translate("cli", "is a directory, expected a .cutover or .json plan"), path);
    if (auto notRegular = notRegularFileError(path))
        return *notRegular;
    if (PlanFile::isPlanFile(path))
        return PlanFile::read(path);

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QCoreApplication::translate("cli", "cannot open for reading: %1").arg(file.errorString()), path);
    const QByteArray head = file.peek(4096);
    if (head.startsWith("SQLite format 3"))
        return PlanFile::read(path).error(); // says why: truncated, another application's database, ...
    if (!PlanJson::looksLikeJson(head))
        return Error(QCoreApplication::translate("cli", "is neither a .cutover plan nor a JSON plan (a JSON plan starts with '{')"), path);
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error(QCoreApplication::translate("cli", "cannot read: %1").arg(file.errorString()), path);
    auto parsed = PlanJson::parse(data, path,
                                  checks == PlanChecks::Full ? PlanJson::Checks::Full : PlanJson::Checks::StructureOnly);
    if (!parsed)
        return parsed.error();
    for (const QString &warning : parsed->warnings)
        console.warning(warning);
    return std::move(parsed.value().plan);
}

bool isWritablePlanPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"json" || suffix == u"cutover";
}

Status writePlan(const Plan &plan, const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"json")
        return PlanJson::writeFile(plan, path);
    if (suffix == u"cutover")
        return PlanFile::write(plan, path);
    return Error(QCoreApplication::translate("cli", "cannot tell the format from the name; use a .cutover or .json file name"), path);
}

} // namespace cutover::cli
