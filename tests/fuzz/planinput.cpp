// SPDX-License-Identifier: GPL-3.0-or-later
#include "planinput.h"

#include "interchange/planjson.h"
#include "storage/planfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

namespace cutover {

namespace {

[[noreturn]] void broken(const char *what, const QString &detail)
{
    std::fprintf(stderr, "plan reader contract broken: %s: %s\n", what, detail.toUtf8().constData());
    std::abort();
}

void checkError(const Error &error, const QString &file)
{
    const QString message = error.toString();
    if (!message.startsWith(file))
        broken("error does not name the file", message);
    if (message.contains(u'\n') || message.contains(u'\r'))
        broken("error is not one line", message);
}

} // namespace

void fuzzPlanJson(const uint8_t *data, size_t size)
{
    const QString file = QStringLiteral("fuzz.json");
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto structure = PlanJson::parse(bytes, file, PlanJson::Checks::StructureOnly);
    if (!structure)
        checkError(structure.error(), file);
    const auto full = PlanJson::parse(bytes, file, PlanJson::Checks::Full);
    if (!full) {
        checkError(full.error(), file);
        return;
    }
    if (!structure)
        broken("accepted with full checks but not with structure checks", structure.errorString());
    const QByteArray written = PlanJson::serialize(full->plan);
    const auto again = PlanJson::parse(written, file, PlanJson::Checks::Full);
    if (!again)
        broken("a plan it wrote does not read back", again.errorString());
    if (PlanJson::serialize(again->plan) != written)
        broken("writing a plan read back gives other bytes", full->plan.name);
}

void fuzzPlanFile(const uint8_t *data, size_t size)
{
    // One scratch folder per process; the same path is rewritten for every input.
    static const QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/cutover-fuzz-XXXXXX"));
    if (!dir.isValid())
        broken("cannot create a temporary folder", dir.errorString());
    const QString path = dir.filePath(QStringLiteral("fuzz.cutover"));
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    {
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(bytes) != bytes.size())
            broken("cannot write the input", out.errorString());
    }
    const auto plan = PlanFile::read(path);
    if (!plan)
        checkError(plan.error(), path);
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly) || in.readAll() != bytes)
        broken("reading the plan changed the file", path);
    // Leftovers of SQLite (a -wal, -shm or -journal) must not carry over to the next input.
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace cutover
