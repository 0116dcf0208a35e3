// SPDX-License-Identifier: GPL-3.0-or-later
#include "planio.h"

#include "interchange/exchangefile.h"
#include "interchange/icalendarwriter.h"
#include "interchange/mspdireader.h"
#include "interchange/mspdiwriter.h"
#include "interchange/planjson.h"
#include "interchange/runbookcsv.h"
#include "schedule/montecarlo.h"
#include "schedule/scheduler.h"
#include "model/regularfile.h"
#include "storage/savetarget.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace cutover {

namespace {

constexpr qint64 kSniffBytes = 4096;

bool isJsonName(const QString &path)
{
    return path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
}

bool looksLikeSqlite(const QByteArray &head)
{
    return !head.isEmpty() && QByteArrayLiteral("SQLite format 3").startsWith(head.left(15));
}

} // namespace

PlanKind PlanIo::kindOf(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile() || notRegularFileError(path))
        return PlanKind::None;
    if (PlanFile::isPlanFile(path))
        return PlanKind::Native;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return PlanKind::None;
    const QByteArray head = file.peek(kSniffBytes);
    if (looksLikeSqlite(head))
        return PlanKind::None;
    return PlanJson::looksLikeJson(head) || isJsonName(path) ? PlanKind::Json : PlanKind::None;
}

Result<OpenedPlan> PlanIo::open(const QString &path, PlanChecks checks)
{
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return Error(tr("no such file"), path);
    if (info.isDir())
        return Error(tr("is a folder, not a plan (expected a .cutover or .json plan)"), path);
    if (std::optional<Error> notRegular = notRegularFileError(path))
        return *notRegular; // a FIFO, a device, /proc: never opened (opening a FIFO blocks)
    if (PlanFile::isPlanFile(path)) {
        const Result<QString> real = SaveTarget::resolveLinks(path);
        if (real && SaveTarget::hasSideFiles(real.value()) && SaveTarget::mayWrite(real.value())
            && SaveTarget::mayWrite(QFileInfo(real.value()).absolutePath())) {
            if (Status s = PlanFile::recoverSideFiles(path); !s)
                return s.error();
        }
        OpenedPlan opened;
        opened.stamp = FileStamp::of(path);
        Result<Plan> plan = PlanFile::read(path);
        if (!plan)
            return plan.error();
        opened.plan = std::move(plan).value();
        opened.native = true;
        return opened;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(tr("cannot open for reading: %1").arg(file.errorString()), path);
    const QByteArray head = file.peek(kSniffBytes);
    if (head.isEmpty() && file.atEnd())
        return Error(tr("the file is empty, not a plan"), path);
    if (looksLikeSqlite(head)) {
        // Not ours, truncated, or from a newer version: the .cutover reader says which.
        Result<Plan> plan = PlanFile::read(path);
        return plan ? Error(tr("is an SQLite database but not a Cutover Planner plan"), path) : plan.error();
    }
    if (!PlanJson::looksLikeJson(head) && !isJsonName(path))
        return Error(tr("is neither a .cutover plan nor a JSON plan (a JSON plan starts with '{')"), path);
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error(tr("cannot read: %1").arg(file.errorString()), path);
    auto parsed = PlanJson::parse(data, path, checks == PlanChecks::Full ? PlanJson::Checks::Full : PlanJson::Checks::StructureOnly);
    if (!parsed)
        return parsed.error();
    OpenedPlan opened;
    opened.plan = std::move(parsed.value().plan);
    opened.warnings = parsed.value().warnings;
    return opened;
}

bool PlanIo::isWritablePlanPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"json" || suffix == u"cutover";
}

Result<FileStamp> PlanIo::save(const Plan &plan, const QString &path, const SaveOptions &options, SaveFailure *failure)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"cutover")
        return PlanFile::save(plan, path, options, failure);
    if (failure)
        *failure = SaveFailure::Other;
    if (suffix != u"json")
        return Error(tr("cannot tell the format from the name; use a .cutover or .json file name"), path);
    if (options.createOnly && QFileInfo::exists(path))
        return Error(PlanFile::tr("already exists; use --force to replace it"), path);
    if (Status s = PlanJson::writeFile(plan, path); !s)
        return s.error();
    if (failure)
        *failure = SaveFailure::None;
    return FileStamp::of(path);
}

SaveOptions PlanIo::commandLineOptions(const std::function<void()> &onWait)
{
    SaveOptions options;
    options.refuseWhenOpenElsewhere = true;
    options.onWait = onWait;
    return options;
}

ExchangeFormat PlanIo::exchangeFormatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"xml")
        return ExchangeFormat::MsProjectXml;
    if (suffix == u"csv")
        return ExchangeFormat::Csv;
    if (suffix == u"tsv")
        return ExchangeFormat::Tsv;
    if (suffix == u"ics")
        return ExchangeFormat::ICalendar;
    return ExchangeFormat::None;
}

Result<OpenedPlan> PlanIo::importFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return Error(tr("no such file"), path);
    if (info.isDir())
        return Error(tr("is a folder, not a file to import"), path);
    if (std::optional<Error> notRegular = notRegularFileError(path))
        return *notRegular;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(tr("cannot open for reading: %1").arg(file.errorString()), path);
    const QByteArray head = file.peek(kSniffBytes);
    file.close();
    Result<ImportedPlan> imported = Error();
    const ExchangeFormat format = exchangeFormatFor(path);
    if (MspdiReader::looksLikeMspdi(head))
        imported = MspdiReader::readFile(path);
    else if (format == ExchangeFormat::Csv || format == ExchangeFormat::Tsv)
        imported = RunbookCsv::readFile(path); // a CSV without the runbook header gets its "no id column" error
    else if (format == ExchangeFormat::MsProjectXml)
        imported = MspdiReader::readFile(path); // not MSPDI: the reader says what the root element is
    else
        return Error(tr("is neither a plan nor a file to import (expected a .cutover or JSON plan, MS Project XML, or a .csv/.tsv runbook)"), path);
    if (!imported)
        return imported.error();
    OpenedPlan opened;
    opened.plan = std::move(imported.value().plan);
    opened.warnings = imported.value().warnings;
    return opened;
}

Result<OpenedPlan> PlanIo::openAny(const QString &path)
{
    if (kindOf(path) != PlanKind::None)
        return open(path);
    const ExchangeFormat format = exchangeFormatFor(path);
    QFile file(path);
    const bool isMspdi = QFileInfo(path).isFile() && !notRegularFileError(path) && file.open(QIODevice::ReadOnly)
        && MspdiReader::looksLikeMspdi(file.peek(kSniffBytes));
    if (isMspdi || canImport(format))
        return importFile(path);
    return open(path); // its error says what a plan is
}

Result<ExportReport> PlanIo::exportTo(const Plan &plan, const QString &path, const ExportOptions &options)
{
    ExportedFile file;
    switch (exchangeFormatFor(path)) {
    case ExchangeFormat::MsProjectXml:
        file = MspdiWriter::write(plan);
        break;
    case ExchangeFormat::Csv:
        file = RunbookCsv::write(plan, ',');
        break;
    case ExchangeFormat::Tsv:
        file = RunbookCsv::write(plan, '\t');
        break;
    case ExchangeFormat::ICalendar: {
        // The night's events need a schedule: a plan that has none (a cycle) writes no calendar.
        if (const Result<Schedule> schedule = Scheduler::schedule(plan); !schedule)
            return Error(schedule.error().message, path);
        IcsOptions ics;
        ics.stamp = options.stamp;
        ics.rollbackP80Minutes = options.rollbackP80Minutes;
        if (!ics.rollbackP80Minutes && options.simulateRollback && !plan.rollbackTasks.isEmpty() && plan.window.isValid()) {
            const Result<SimulationResult> simulated = MonteCarlo::run(plan); // the defaults of `simulate`
            if (simulated)
                ics.rollbackP80Minutes = simulated->rollbackDuration.p80;
        }
        file = ICalendarWriter::write(plan, ics);
        break;
    }
    case ExchangeFormat::None:
        return Error(tr("cannot tell the export format from the name; use .xml (MS Project), .csv, .tsv or .ics"), path);
    }
    if (Status s = ExchangeFile::write(file.data, path); !s)
        return s.error();
    return ExportReport{file.leftOut};
}

QString PlanIo::nativePathFor(const QString &path)
{
    const QFileInfo info(path);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".cutover"));
}

} // namespace cutover
