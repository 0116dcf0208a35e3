// SPDX-License-Identifier: GPL-3.0-or-later
#include "interopinput.h"

#include "interchange/mspdireader.h"
#include "interchange/mspdiwriter.h"
#include "interchange/runbookcsv.h"

#include <cstdio>
#include <cstdlib>

namespace cutover {

namespace {

[[noreturn]] void broken(const char *what, const QString &detail)
{
    std::fprintf(stderr, "exchange reader contract broken: %s: %s\n", what, detail.toUtf8().constData());
    std::abort();
}

void checkLine(const QString &line, const QString &file, const char *what)
{
    if (!line.startsWith(file))
        broken(what, QStringLiteral("does not name the file: ") + line);
    if (line.contains(u'\n') || line.contains(u'\r'))
        broken(what, QStringLiteral("is not one line: ") + line);
}

QStringList ids(const Plan &plan)
{
    QStringList out;
    for (const Task &t : plan.tasks)
        out << t.id;
    out.sort();
    return out;
}

void checkRead(const Result<ImportedPlan> &read, const QString &file)
{
    if (!read) {
        checkLine(read.errorString(), file, "error");
        return;
    }
    for (const QString &w : read->warnings)
        checkLine(w, file, "warning");
}

} // namespace

void fuzzMspdi(const uint8_t *data, size_t size)
{
    const QString file = QStringLiteral("fuzz.xml");
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto read = MspdiReader::parse(bytes, file);
    checkRead(read, file);
    if (!read)
        return;
    const auto again = MspdiReader::parse(MspdiWriter::write(read->plan).data, file);
    if (!again)
        broken("a plan it wrote does not read back", again.errorString());
    if (ids(again->plan) != ids(read->plan))
        broken("a plan it wrote reads back with other task ids", read->plan.name);
}

void fuzzRunbookCsv(const uint8_t *data, size_t size)
{
    const QString file = QStringLiteral("fuzz.csv");
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto read = RunbookCsv::parse(bytes, file);
    checkRead(read, file);
    if (!read)
        return;
    const auto again = RunbookCsv::parse(RunbookCsv::write(read->plan, ',').data, file, ',');
    if (!again)
        broken("a runbook it wrote does not read back", again.errorString());
    if (ids(again->plan) != ids(read->plan))
        broken("a runbook it wrote reads back with other task ids", read->plan.name);
}

} // namespace cutover
