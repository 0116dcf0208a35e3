// SPDX-License-Identifier: GPL-3.0-or-later
#include "importactions.h"

#include "backgroundtask.h"
#include "document/document.h"
#include "document/importdatacommand.h"
#include "icons.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
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
    m_import->setIcon(Icons::icon(Icons::Action::Import));
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
    return BatchImport::read(requests, progress, cancel);
}

QString ImportActions::summary(const ImportBatch &batch)
{
    return BatchImport::summary(batch);
}

Status ImportActions::apply(const ImportBatch &batch)
{
    const QList<MetricSeries> series = batch.allSeries();
    const QList<ValidationResult> validation = batch.allValidation();
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
