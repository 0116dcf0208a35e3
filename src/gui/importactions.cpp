// SPDX-License-Identifier: GPL-3.0-or-later
#include "importactions.h"

#include "backgroundtask.h"
#include "document/document.h"
#include "document/importdatacommand.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>

namespace cutover::gui {

ImportActions::ImportActions(QWidget *window, Document *document, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_document(document)
    , m_import(new QAction(tr("Import &monitoring data…"), this))
{
    m_import->setObjectName(QStringLiteral("importMonitoring"));
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_import->setStatusTip(tr("Import monitoring series or validation results from export files"));
    connect(m_import, &QAction::triggered, this, &ImportActions::chooseFiles);
    auto updateEnabled = [this] { m_import->setEnabled(!m_document->isReadOnly()); };
    connect(m_document, &Document::readOnlyChanged, this, updateEnabled);
    updateEnabled();
}

bool ImportActions::isExportFile(const QString &path)
{
    return !ImportDialog::detectFile(path).isEmpty();
}

Result<ImportBatch> ImportActions::importAll(const QList<ImportRequest> &requests, const ProgressFunction &progress,
                                             const std::atomic_bool *cancel)
{
    qint64 total = 0;
    for (const ImportRequest &request : requests)
        total += QFileInfo(request.path).size();
    ImportBatch batch;
    qint64 before = 0;
    for (const ImportRequest &request : requests) {
        if (cancel && *cancel)
            return Error(tr("cancelled"));
        ImportOptions options = request.options;
        options.cancel = cancel;
        if (progress)
            options.progress = [&](qint64 done, qint64) { progress(before + done, total); };
        Result<ImportResult> result = Importer::importFile(request.path, options);
        if (!result.ok())
            return result.error();
        before += QFileInfo(request.path).size();
        if (progress)
            progress(before, total);
        batch.files << request.path;
        batch.timeZone = options.timeZone;
        batch.results.append(std::move(result).value());
    }
    return batch;
}

QString ImportActions::summary(const ImportBatch &batch)
{
    qsizetype series = 0, points = 0, gaps = 0, objects = 0, failed = 0;
    for (const ImportResult &result : batch.results) {
        series += result.series.size();
        for (const MetricSeries &s : result.series)
            points += s.size();
        gaps += result.gaps;
        objects += result.validation.size();
        failed += result.failedObjects();
    }
    const QLocale locale;
    QStringList lines;
    lines << tr("Files imported: %n.", nullptr, int(batch.files.size()));
    if (series > 0) {
        lines << tr("%1 series with %2 points (%3 gaps).").arg(locale.toString(series), locale.toString(points), locale.toString(gaps));
        lines << tr("Times written without a UTC offset were read in %1.")
                     .arg(batch.timeZone.isEmpty() ? QStringLiteral("UTC") : batch.timeZone);
    }
    if (objects > 0)
        lines << tr("%1 validation results, %2 failed.").arg(locale.toString(objects), locale.toString(failed));
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

Status ImportActions::apply(const ImportBatch &batch)
{
    QList<MetricSeries> series;
    QList<ValidationResult> validation;
    for (const ImportResult &result : batch.results) {
        series.append(result.series);
        validation.append(result.validation);
    }
    const QString text = batch.files.size() == 1 ? tr("Import %1").arg(QFileInfo(batch.files.constFirst()).fileName())
                                                 : tr("Import %n files", nullptr, int(batch.files.size()));
    Result<std::unique_ptr<ImportDataCommand>> command = ImportDataCommand::create(m_document, series, validation, text);
    if (!command.ok())
        return command.error();
    if (!m_document->push(std::move(command).value().release()))
        return Error(m_document->refusalReason());
    return Ok{};
}

void ImportActions::chooseFiles()
{
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("import/lastDirectory"), QDir::homePath()).toString();
    const QStringList paths = QFileDialog::getOpenFileNames(
        m_window, tr("Import monitoring data"), dir,
        tr("Monitoring and validation exports (*.csv *.json *.txt *.tsv *.log);;All files (*)"));
    if (paths.isEmpty())
        return;
    settings.setValue(QStringLiteral("import/lastDirectory"), QFileInfo(paths.constFirst()).absolutePath());
    importFiles(paths);
}

void ImportActions::importFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    if (m_document->isReadOnly()) {
        QMessageBox::warning(m_window, tr("Import monitoring data"), tr("The plan is open read-only; nothing was imported."));
        return;
    }
    ImportDialog dialog(paths, m_document->plan().timezone, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QList<ImportRequest> requests = dialog.requests();

    std::optional<Result<ImportBatch>> outcome;
    const bool finished = BackgroundTask::run(m_window, requests.size() == 1 ? tr("Importing %1…").arg(QFileInfo(requests.constFirst().path).fileName())
                                                                        : tr("Importing %n files…", nullptr, int(requests.size())),
                                              [&](const BackgroundTask::Progress &progress, const std::atomic_bool *cancel) {
                                                  outcome = importAll(requests, progress, cancel);
                                              });
    if (!finished) {
        emit statusMessage(tr("Import cancelled; nothing was imported."));
        return;
    }
    if (!outcome->ok()) {
        QMessageBox::warning(m_window, tr("Import monitoring data"),
                             tr("Nothing was imported: %1").arg(outcome->errorString()));
        return;
    }
    const Status applied = apply(outcome->value());
    if (!applied.ok()) {
        QMessageBox::warning(m_window, tr("Import monitoring data"), tr("Nothing was imported: %1").arg(applied.errorString()));
        return;
    }
    const QString text = summary(outcome->value());
    const qsizetype split = text.indexOf(QStringLiteral("\n\n"));
    const QString headline = split < 0 ? text : text.left(split);
    const QStringList notes = split < 0 ? QStringList() : text.mid(split + 2).split(QLatin1Char('\n'));
    emit statusMessage(QString(headline).replace(QLatin1Char('\n'), QLatin1Char(' ')));
    QMessageBox box(QMessageBox::Information, tr("Import monitoring data"), headline, QMessageBox::Ok, m_window);
    constexpr qsizetype kShownNotes = 8;
    if (!notes.isEmpty()) {
        QString shown = notes.mid(0, kShownNotes).join(QLatin1Char('\n'));
        if (notes.size() > kShownNotes) {
            shown += QLatin1Char('\n') + tr("… and %n more under Show Details.", nullptr, int(notes.size() - kShownNotes));
            box.setDetailedText(notes.join(QLatin1Char('\n')));
        }
        box.setInformativeText(shown);
    }
    box.exec();
}

} // namespace cutover::gui
