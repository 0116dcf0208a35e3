// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"

#include "model/result.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <memory>

namespace cutover {

/**
 * Adds imported monitoring series and validation results to the plan as one undo step, with
 * the merge rules of PlanFile::mergeImported: a series from the same file (checksum, metric,
 * labels, name) replaces the stored one and keeps its id; a validation result with the same
 * file, object and check replaces the old one. Undo restores the lists exactly as they were.
 */
class ImportDataCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(cutover::ImportDataCommand)
public:
    /**
     * Merges into a copy of the document's imported data; fails (and nothing should be
     * pushed) when a series is malformed (times and values of different lengths).
     */
    static Result<std::unique_ptr<ImportDataCommand>> create(Document *document, const QList<MetricSeries> &series,
                                              const QList<ValidationResult> &validation, const QString &text = {});

    void redo() override;
    void undo() override;

private:
    ImportDataCommand(Document *document, const QString &text);

    Document *m_document;
    QList<MetricSeries> m_oldSeries;
    QList<ValidationResult> m_oldValidation;
    QList<MetricSeries> m_newSeries;
    QList<ValidationResult> m_newValidation;
};

} // namespace cutover
