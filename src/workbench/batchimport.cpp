// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchimport.h"

#include <QFileInfo>
#include <QLocale>

namespace cutover {

QList<MetricSeries> ImportBatch::allSeries() const
{
    QList<MetricSeries> out;
    for (const ImportResult &result : results)
        out.append(result.series);
    return out;
}

QList<ValidationResult> ImportBatch::allValidation() const
{
    QList<ValidationResult> out;
    for (const ImportResult &result : results)
        out.append(result.validation);
    return out;
}

Result<ImportBatch> BatchImport::read(const QList<ImportRequest> &requests, const ProgressFunction &progress,
                                      const std::atomic_bool *cancel, const FileFinished &fileFinished)
{
    qint64 total = 0;
    for (const ImportRequest &request : requests)
        total += QFileInfo(request.path).size();
    ImportBatch batch;
    QSet<QString> seen;
    qint64 before = 0;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const ImportRequest &request = requests.at(i);
        if (cancel && *cancel)
            return Error(tr("cancelled"));
        ImportOptions options = request.options;
        options.cancel = cancel;
        if (progress)
            options.progress = [&](qint64 done, qint64) { progress(before + done, total); };
        Result<ImportResult> result = Importer::importFile(request.path, options);
        if (fileFinished)
            fileFinished(i);
        if (!result.ok())
            return result.error();
        before += QFileInfo(request.path).size();
        if (progress)
            progress(before, total);
        batch.timeZone = options.timeZone;
        if (seen.contains(result->checksum))
            continue; // the same file named twice
        seen.insert(result->checksum);
        batch.files << request.path;
        batch.results.append(std::move(result).value());
        batch.replaced.append(false);
    }
    return batch;
}

ImportTotals BatchImport::totals(const ImportBatch &batch)
{
    ImportTotals t;
    t.files = batch.files.size();
    for (const ImportResult &result : batch.results) {
        t.series += result.series.size();
        for (const MetricSeries &s : result.series)
            t.points += s.size();
        t.gaps += result.gaps;
        t.objects += result.validation.size();
        t.passed += result.passedObjects();
        t.failed += result.failedObjects();
    }
    return t;
}

QString BatchImport::summary(const ImportBatch &batch)
{
    const ImportTotals t = totals(batch);
    const QLocale locale;
    QStringList lines;
    lines << tr("Files imported: %n.", nullptr, int(t.files));
    if (t.series > 0) {
        lines << tr("%1 series with %2 points (%3 gaps).").arg(locale.toString(t.series), locale.toString(t.points), locale.toString(t.gaps));
        lines << tr("Times written without a UTC offset were read in %1.")
                     .arg(batch.timeZone.isEmpty() ? QStringLiteral("UTC") : batch.timeZone);
    }
    if (t.objects > 0)
        lines << tr("%1 validation results, %2 failed.").arg(locale.toString(t.objects), locale.toString(t.failed));
    QStringList notes;
    for (qsizetype i = 0; i < batch.results.size(); ++i) {
        const QString file = QFileInfo(batch.files.value(i)).fileName();
        for (const QString &note : batch.results.at(i).notes)
            notes << tr("%1: %2").arg(file, note);
    }
    if (notes.isEmpty())
        return lines.join(QLatin1Char('\n'));
    return lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n") + notes.join(QLatin1Char('\n'));
}

Status BatchImport::intoPlanFile(const QString &planPath, ImportBatch *batch, const SaveOptions &options, SaveFailure *failure)
{
    QSet<QString> before;
    if (Status s = PlanFile::addImported(planPath, batch->allSeries(), batch->allValidation(), options, &before, failure); !s)
        return s;
    batch->replaced.resize(batch->results.size());
    for (qsizetype i = 0; i < batch->results.size(); ++i)
        batch->replaced[i] = before.contains(batch->results.at(i).checksum);
    return Ok{};
}

} // namespace cutover
