// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/reportdata.h"
#include "report/reportoptions.h"

#include <QObject>

#include <functional>
#include <optional>

class QAction;
class QWidget;

namespace cutover {
class Document;
} // namespace cutover

namespace cutover::gui {

/**
 * File > Export PDF…, Print preview… and Print…: the section and page choice, the report's data
 * built off the UI thread (the simulation is the slow part) with progress and Cancel, then the
 * PDF written straight to the file chosen, the print preview, or the print dialog.
 */
class ReportActions : public QObject
{
    Q_OBJECT
public:
    ReportActions(QWidget *window, Document *document, QObject *parent = nullptr);

    QAction *exportPdfAction() const { return m_exportPdf; }
    QAction *printAction() const { return m_print; }
    QAction *printPreviewAction() const { return m_preview; }
    /** Replaces the save dialog of Export PDF (tests): gets the suggested path, returns the chosen one or empty. */
    void setPathChooser(std::function<QString(const QString &suggested)> chooser) { m_pathChooser = std::move(chooser); }

public slots:
    void exportPdf();
    void printPreview();
    void print();

signals:
    void statusMessage(const QString &text);

private:
    /** Asks for sections and page size; nullopt when cancelled. */
    std::optional<report::ReportOptions> askOptions(const QString &title);
    /** Builds the report data with a progress dialog; nullopt when cancelled or failed (after saying why). */
    std::optional<report::ReportData> buildData(const report::ReportOptions &options);
    /** "<plan name>.pdf" beside the plan, as the printer setup names it. */
    QString suggestedPdfPath() const;

    QWidget *m_window;
    Document *m_document;
    QAction *m_exportPdf;
    QAction *m_print;
    QAction *m_preview;
    std::function<QString(const QString &)> m_pathChooser;
    report::ReportOptions m_last;
};

} // namespace cutover::gui
