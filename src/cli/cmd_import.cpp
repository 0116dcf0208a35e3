// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandfunctions.h"
#include "commandline.h"
#include "console.h"
#include "criteria/criteriaevaluator.h"
#include "importers/importer.h"
#include "importers/timeparse.h"
#include "interchange/jsonwriter.h"
#include "interchange/planjson.h"
#include "model/regularfile.h"
#include "planinput.h"
#include "storage/planfile.h"
#include "workbench/batchimport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

#include <cmath>
#include <cstdio>
#include <limits>

#include <unistd.h>

namespace cutover::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

struct FileImport
{
    QString path;
    ImportResult result;
    bool replaced = false;   ///< the same file (by checksum) was imported into the plan before
};

/** Why `path` cannot take an import: missing, not a regular file, a JSON plan, not a plan at all. */
Error notAPlanError(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error(tr("no such plan file"), path);
    if (auto notRegular = notRegularFileError(path))
        return *notRegular;
    if (!info.isDir()) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && PlanJson::looksLikeJson(file.peek(4096)))
            return Error(tr("import needs a .cutover plan (convert a .json plan first: "
                            "cutover-planner convert PLAN.json PLAN.cutover)"),
                         path);
    }
    // Says what the file is instead: empty, truncated, another application's SQLite database, ...
    const auto read = PlanFile::read(path);
    return read ? Error(tr("not a Cutover Planner plan"), path) : read.error();
}

QString timeText(qint64 ms, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(ms, zone).toString(Qt::ISODate);
}

void printJson(const QList<FileImport> &imports, const QTimeZone &zone, Console &console)
{
    JsonWriter w;
    w.beginObject();
    w.beginArray("files");
    for (const FileImport &f : imports) {
        const ImportResult &r = f.result;
        w.beginObject();
        w.value("file", f.path);
        w.value("format", r.format);
        w.value("formatName", r.formatName);
        w.value("checksum", r.checksum);
        w.value("replaced", f.replaced);
        w.beginArray("series");
        for (const MetricSeries &s : r.series) {
            w.beginObject();
            w.value("name", s.name);
            w.value("metric", s.metric);
            w.beginObject("labels");
            for (auto it = s.labels.cbegin(); it != s.labels.cend(); ++it) {
                const QByteArray key = it.key().toUtf8();
                w.value(key.constData(), it.value());
            }
            w.endObject();
            w.value("unit", s.unit);
            w.value("points", double(s.size()));
            qsizetype gaps = 0;
            for (const double v : s.values)
                gaps += std::isnan(v);
            w.value("gaps", double(gaps));
            if (s.times.isEmpty()) {
                w.nullValue("from");
                w.nullValue("to");
            } else {
                w.value("from", timeText(s.times.first(), zone));
                w.value("to", timeText(s.times.last(), zone));
            }
            w.endObject();
        }
        w.endArray();
        w.beginObject("validation");
        w.value("objects", double(r.validation.size()));
        w.value("passed", double(r.passedObjects()));
        w.value("failed", double(r.failedObjects()));
        w.endObject();
        w.stringArray("notes", r.notes);
        w.endObject();
    }
    w.endArray();
    w.endObject();
    console.writeOut(w.finish());
}

void printText(const QList<FileImport> &imports, const QTimeZone &zone, Console &console)
{
    QTextStream &out = console.out();
    for (const FileImport &f : imports) {
        const ImportResult &r = f.result;
        out << QCoreApplication::translate("cli", "%1: %2 (%3)").arg(f.path, r.formatName, r.format) << '\n';
        if (f.replaced)
            out << QStringLiteral("  ") << tr("already imported; replaced") << '\n';
        for (const MetricSeries &s : r.series) {
            qsizetype gaps = 0;
            for (const double v : s.values)
                gaps += std::isnan(v);
            out << QStringLiteral("  %1 [%2%3]: ").arg(s.name, s.metric, s.unit.isEmpty() ? QString() : QStringLiteral(", ") + s.unit)
                << QCoreApplication::translate("cli", "%1 points").arg(s.size());
            if (!s.times.isEmpty())
                out << QStringLiteral(", %1 .. %2").arg(timeText(s.times.first(), zone), timeText(s.times.last(), zone));
            if (gaps > 0)
                out << QCoreApplication::translate("cli", ", %1 gaps").arg(gaps);
            out << '\n';
        }
        if (!r.validation.isEmpty())
            out << QStringLiteral("  ")
                << QCoreApplication::translate("cli", "%1 objects: %2 passed, %3 failed, %4 unknown")
                       .arg(r.validation.size())
                       .arg(r.passedObjects())
                       .arg(r.failedObjects())
                       .arg(r.validation.size() - r.passedObjects() - r.failedObjects())
                << '\n';
        for (const QString &note : r.notes)
            out << QStringLiteral("  ") << tr("note: ") << note << '\n';
    }
}

} // namespace

int cmdImport(const QStringList &args, Console &console)
{
    QCommandLineParser parser;
    QStringList formatLines;
    for (const ImportFormat &f : Importer::formats())
        formatLines << QStringLiteral("  %1  %2").arg(f.id, -24).arg(f.name);
    parser.setApplicationDescription(
        tr("Import monitoring and validation exports into a .cutover plan, all files in one transaction: "
           "if any file cannot be read, the plan is left unchanged. The format is detected by content; "
           "importing the same file again replaces what it imported before.\n\nFormats:\n")
        + formatLines.join(u'\n')
        + tr("\n\nNaive times (Grafana formatted, [Local Time], pt-table-checksum) are read in --timezone, "
             "else the plan's time zone. The generic CSV options override what is detected."));
    parser.addPositionalArgument(QStringLiteral("PLAN"), tr("The .cutover plan to import into."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Export files to import."), QStringLiteral("FILE..."));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("Read every FILE as format F (see the list above)."), QStringLiteral("F"));
    const QCommandLineOption zoneOption(QStringLiteral("timezone"), tr("IANA time zone of times written without an offset."), QStringLiteral("Z"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print the import summary as JSON."));
    const QCommandLineOption metricOption(QStringLiteral("metric"), tr("Metric name for series whose export names none (Grafana, generic CSV)."), QStringLiteral("NAME"));
    const QCommandLineOption timeColumnOption(QStringLiteral("time-column"), tr("Generic CSV: the time column (header name or 1-based number)."), QStringLiteral("C"));
    const QCommandLineOption columnsOption(QStringLiteral("columns"), tr("Generic CSV: comma-separated value columns (names or numbers)."), QStringLiteral("LIST"));
    const QCommandLineOption delimiterOption(QStringLiteral("delimiter"), tr("Generic CSV: the delimiter: , ; tab or |."), QStringLiteral("D"));
    const QCommandLineOption decimalCommaOption(QStringLiteral("decimal-comma"), tr("Generic CSV: numbers use a decimal comma (1,5)."));
    const QCommandLineOption decimalPointOption(QStringLiteral("decimal-point"), tr("Generic CSV: numbers use a decimal point (1.5)."));
    const QCommandLineOption timeFormatOption(QStringLiteral("time-format"),
                                              tr("Generic CSV: the time layout: %1.").arg(timeLayoutIds().join(u", ")), QStringLiteral("L"));
    for (const QCommandLineOption *o : {&formatOption, &zoneOption, &jsonOption, &metricOption, &timeColumnOption, &columnsOption,
                                        &delimiterOption, &decimalCommaOption, &decimalPointOption, &timeFormatOption})
        parser.addOption(*o);
    if (const auto exit = parseCommandLine(parser, args, console,
                                           QStringLiteral("import PLAN FILE... [--format F] [--timezone Z] [--json]"), 2,
                                           std::numeric_limits<qsizetype>::max()))
        return *exit;

    const QStringList positional = parser.positionalArguments();
    const QString planPath = positional.first();
    if (!PlanFile::isPlanFile(planPath)) {
        console.error(notAPlanError(planPath));
        return ExitUsage;
    }
    // Only for the zone of naive times: the merge reads the plan again under its write lock.
    const Result<OpenedPlan> plan = PlanIo::open(planPath);
    if (!plan) {
        console.error(plan.error());
        return ExitUsage;
    }

    ImportOptions options;
    options.timeZone = parser.isSet(zoneOption) ? parser.value(zoneOption) : plan->plan.timezone;
    if (!options.timeZone.isEmpty() && !QTimeZone(options.timeZone.toUtf8()).isValid()) {
        console.error(tr("import: --timezone: unknown time zone \"%1\" (expected an IANA name such as Europe/Berlin)").arg(options.timeZone));
        return ExitUsage;
    }
    const QTimeZone zone = options.timeZone.isEmpty() ? QTimeZone::utc() : QTimeZone(options.timeZone.toUtf8());
    options.format = parser.value(formatOption);
    if (!options.format.isEmpty() && !Importer::format(options.format)) {
        QStringList ids;
        for (const ImportFormat &f : Importer::formats())
            ids << f.id;
        console.error(tr("import: --format: unknown format \"%1\" (expected one of %2)").arg(options.format, ids.join(u", ")));
        return ExitUsage;
    }
    options.metric = parser.value(metricOption);
    options.csv.timeColumn = parser.value(timeColumnOption);
    if (parser.isSet(columnsOption))
        options.csv.valueColumns = parser.value(columnsOption).split(u',', Qt::SkipEmptyParts);
    if (parser.isSet(delimiterOption)) {
        const QString d = parser.value(delimiterOption);
        if (d == u"tab" || d == u"\\t" || d == u"\t")
            options.csv.delimiter = '\t';
        else if (d == u"," || d == u";" || d == u"|")
            options.csv.delimiter = char(d.at(0).unicode());
        else {
            console.error(tr("import: --delimiter: expected , ; tab or | (got \"%1\")").arg(d));
            return ExitUsage;
        }
    }
    if (parser.isSet(decimalCommaOption) && parser.isSet(decimalPointOption)) {
        console.error(tr("import: --decimal-comma and --decimal-point exclude each other"));
        return ExitUsage;
    }
    if (parser.isSet(decimalCommaOption))
        options.csv.decimalComma = true;
    if (parser.isSet(decimalPointOption))
        options.csv.decimalComma = false;
    if (parser.isSet(timeFormatOption)) {
        const auto layout = timeLayoutFromId(parser.value(timeFormatOption));
        if (!layout) {
            console.error(tr("import: --time-format: expected one of %1 (got \"%2\")").arg(timeLayoutIds().join(u", "), parser.value(timeFormatOption)));
            return ExitUsage;
        }
        options.csv.timeLayout = *layout;
    }

    // Read every file first: nothing is written unless all of them import.
    QList<ImportRequest> requests;
    // Progress on a terminal for big files ("importing lag.csv: 45%"), nothing in pipelines.
    const bool interactive = isatty(fileno(stderr)) != 0;
    QList<int> shown(positional.size(), -1);
    for (qsizetype i = 1; i < positional.size(); ++i) {
        const QString &path = positional[i];
        ImportRequest request{path, options};
        request.options.progress = nullptr;
        if (interactive && QFileInfo(path).size() >= (qint64(8) << 20)) {
            const QString name = QFileInfo(path).fileName();
            int *last = &shown[i - 1];
            request.options.progress = [&console, last, name](qint64 done, qint64 total) {
                const int percent = total > 0 ? int(done * 100 / total) : 0;
                if (percent != *last) {
                    *last = percent;
                    console.err() << QStringLiteral("\r") << tr("importing %1: %2%").arg(name).arg(percent) << Qt::flush;
                }
            };
        }
        requests.append(std::move(request));
    }
    Result<ImportBatch> batch = BatchImport::read(requests, {}, nullptr, [&](qsizetype index) {
        if (shown.at(index) >= 0)
            console.err() << QStringLiteral("\r\x1b[K") << Qt::flush;
    });
    if (!batch) {
        // One line: the file's error, then what it means for the plan.
        console.error(tr("%1 (nothing was imported; %2 is unchanged)").arg(batch.errorString(), planPath));
        return ExitUsage;
    }
    // Under the plan's write lock: the plan is read again and merged, so an import never
    // overwrites what another writer saved meanwhile; refused while the desktop has it open.
    if (const Status stored = BatchImport::intoPlanFile(planPath, &batch.value(), writerOptions(planPath, &console)); !stored) {
        console.error(stored.error());
        return ExitUsage;
    }
    QList<FileImport> imports;
    for (qsizetype i = 0; i < batch->results.size(); ++i)
        imports.append(FileImport{batch->files.at(i), batch->results.at(i), batch->replaced.value(i)});
    if (parser.isSet(jsonOption))
        printJson(imports, zone, console);
    else
        printText(imports, zone, console);
    return ExitOk;
}

} // namespace cutover::cli
