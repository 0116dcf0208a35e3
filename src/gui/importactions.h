// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importdialog.h"

#include "model/result.h"

#include <QObject>

#include <atomic>

class QAction;
class QWidget;

namespace cutover {
class Document;
} // namespace cutover

namespace cutover::gui {

/** The batch type of the shared import (src/workbench), also known here as gui::ImportBatch. */
using cutover::ImportBatch;


/**
 * File > Import monitoring data… and dropped export files: the import dialog, the import on
 * a worker thread with progress and Cancel, and the result applied to the document as one
 * undoable command with a summary. All files or none: one bad file imports nothing.
 */
class ImportActions : public QObject
{
    Q_OBJECT
public:
    ImportActions(QWidget *window, Document *document, QObject *parent = nullptr);

    QAction *importAction() const { return m_import; }

    /** Whether a dropped file is a monitoring or validation export (not a plan). */
    static bool isExportFile(const QString &path);

    /** Imports every request in order, stopping at the first error (or at cancel):
        BatchImport::read(), which the command line's import uses too. */
    static Result<ImportBatch> importAll(const QList<ImportRequest> &requests, const ProgressFunction &progress = {},
                                         const std::atomic_bool *cancel = nullptr);
    /** One line per fact: series and points, validation results, the zone assumed, the notes
        (BatchImport::summary()). */
    static QString summary(const ImportBatch &batch);

    /** Adds the batch to the document as one undo step (replacing data from the same files). */
    Status apply(const ImportBatch &batch);

public slots:
    /** Asks for files, then importFiles(). */
    void chooseFiles();
    /** Shows the import dialog for `paths`, then imports what the user confirmed. */
    void importFiles(const QStringList &paths);

signals:
    void statusMessage(const QString &text);

private:
    QWidget *m_window;
    Document *m_document;
    QAction *m_import;
};

} // namespace cutover::gui
