// SPDX-License-Identifier: GPL-3.0-or-later
#include "importdatacommand.h"

#include "storage/planfile.h"

namespace cutover {

ImportDataCommand::ImportDataCommand(Document *document, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_oldSeries(document->plan().series)
    , m_oldValidation(document->plan().validation)
{
}

Result<std::unique_ptr<ImportDataCommand>> ImportDataCommand::create(Document *document, const QList<MetricSeries> &series,
                                                      const QList<ValidationResult> &validation, const QString &text)
{
    Plan merged;
    merged.series = document->plan().series;
    merged.validation = document->plan().validation;
    const Status status = PlanFile::mergeImported(&merged, series, validation);
    if (!status)
        return status.error();
    std::unique_ptr<ImportDataCommand> command(new ImportDataCommand(document, text.isEmpty() ? tr("Import monitoring data") : text));
    command->m_newSeries = std::move(merged.series);
    command->m_newValidation = std::move(merged.validation);
    return command;
}

void ImportDataCommand::redo()
{
    m_document->setImportedData(m_newSeries, m_newValidation);
}

void ImportDataCommand::undo()
{
    m_document->setImportedData(m_oldSeries, m_oldValidation);
}

} // namespace cutover
