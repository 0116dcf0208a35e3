// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportactions.h"

#include "backgroundtask.h"
#include "document/document.h"
#include "icons.h"
#include "report/printing/reportprinting.h"
#include "report/reportbuilder.h"
#include "reportdialog.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace cutover::gui {

ReportActions::ReportActions(QWidget *window, Document *document, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_document(document)
    , m_exportPdf(new QAction(tr("Export &PDF report…"), this))
    , m_print(new QAction(tr("&Print report…"), this))
    , m_preview(new QAction(tr("Print pre&view…"), this))
{
    m_exportPdf->setObjectName(QStringLiteral("exportPdf"));
    m_exportPdf->setIcon(Icons::icon(Icons::Action::ExportPdf));
    m_print->setIcon(Icons::icon(Icons::Action::Print));
    m_exportPdf->setStatusTip(tr("Save the stakeholder report as a PDF file"));
    m_preview->setObjectName(QStringLiteral("printPreview"));
    m_preview->setStatusTip(tr("Show the stakeholder report page by page before printing"));
    connect(m_preview, &QAction::triggered, this, &ReportActions::printPreview);
    m_print->setObjectName(QStringLiteral("printReport"));
    m_print->setShortcut(QKeySequence::Print);
    m_print->setStatusTip(tr("Print the stakeholder report"));
    connect(m_exportPdf, &QAction::triggered, this, &ReportActions::exportPdf);
    connect(m_print, &QAction::triggered, this, &ReportActions::print);
}

std::optional<report::ReportOptions> ReportActions::askOptions(const QString &title)
{
    // The report quotes the simulation on screen when it is current: offer its iterations and seed.
    if (const SimulationResult *shown = m_document->analysis()->currentSimulation()) {
        m_last.iterations = shown->iterations;
        m_last.seed = shown->seed;
    }
    ReportDialog dialog(title, m_last, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    m_last = dialog.options();
    return m_last;
}

std::optional<report::ReportData> ReportActions::buildData(const report::ReportOptions &options)
{
    const Plan plan = m_document->plan();
    // Reused by ReportData::build when the options ask for the same iterations and seed.
    const std::shared_ptr<const SimulationResult> shown = m_document->analysis()->sharedCurrentSimulation();
    report::ReportOptions withSeries = options;
    withSeries.seriesSelection = m_document->seriesSelection(); // the series the monitoring view draws
    std::optional<Result<report::ReportData>> built;
    const bool finished = BackgroundTask::run(m_window, tr("Preparing the report (simulating %1 runs)…").arg(options.iterations),
                                              [&](const BackgroundTask::Progress &progress, const std::atomic_bool *cancel) {
                                                  built = report::ReportData::build(plan, withSeries,
                                                                                    [&](int done, int total) { progress(done, total); },
                                                                                    cancel, shown);
                                              });
    if (!finished) {
        emit statusMessage(tr("Report cancelled."));
        return std::nullopt;
    }
    if (!built->ok()) {
        QMessageBox::warning(m_window, tr("Report"), tr("The report cannot be made: %1").arg(built->errorString()));
        return std::nullopt;
    }
    return std::move(*built).value();
}

void ReportActions::exportPdf()
{
    const std::optional<report::ReportOptions> options = askOptions(tr("Export PDF report"));
    if (!options)
        return;
    // Straight to the file: where to save, then write. ReportBuilder::writePdf saves atomically
    // (never a half-written file) and carries the full metadata (title, author, subject) and the
    // corrected text maps that a PDF printed through QPrinter cannot have.
    QString path = m_pathChooser ? m_pathChooser(suggestedPdfPath())
                                 : QFileDialog::getSaveFileName(m_window, tr("Export PDF report"), suggestedPdfPath(), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QLatin1String(".pdf");
    const std::optional<report::ReportData> data = buildData(*options);
    if (!data)
        return;
    const Result<int> pages = report::ReportBuilder::writePdf(path, *data, *options);
    if (!pages.ok()) {
        QMessageBox::warning(m_window, tr("Export PDF report"), tr("The PDF could not be saved: %1").arg(pages.errorString()));
        return;
    }
    emit statusMessage(tr("Report saved to %1").arg(QDir::toNativeSeparators(path)));
}

QString ReportActions::suggestedPdfPath() const
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    report::ReportPrinting::preparePrinter(&printer, m_document->plan(), m_last);
    return printer.outputFileName();
}

void ReportActions::printPreview()
{
    const std::optional<report::ReportOptions> options = askOptions(tr("Print preview"));
    if (!options)
        return;
    const std::optional<report::ReportData> data = buildData(*options);
    if (!data)
        return;
    QPrinter printer(QPrinter::HighResolution);
    report::ReportPrinting::preparePrinter(&printer, data->plan, *options);
    QPrintPreviewDialog preview(&printer, m_window);
    preview.setWindowTitle(tr("Report preview"));
    preview.resize(1100, 800);
    QString failure;
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter *target) {
        const Status status = report::ReportPrinting::print(target, *data, *options);
        if (!status.ok())
            failure = status.errorString();
    });
    preview.exec();
    if (!failure.isEmpty())
        QMessageBox::warning(m_window, tr("Print preview"), tr("The report could not be drawn: %1").arg(failure));
}

void ReportActions::print()
{
    const std::optional<report::ReportOptions> options = askOptions(tr("Print report"));
    if (!options)
        return;
    QPrinter printer(QPrinter::HighResolution);
    report::ReportPrinting::preparePrinter(&printer, m_document->plan(), *options);
    QPrintDialog dialog(&printer, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const std::optional<report::ReportData> data = buildData(*options);
    if (!data)
        return;
    const Status status = report::ReportPrinting::print(&printer, *data, *options);
    if (!status.ok()) {
        QMessageBox::warning(m_window, tr("Print report"), tr("The report could not be printed: %1").arg(status.errorString()));
        return;
    }
    emit statusMessage(tr("Report sent to %1").arg(printer.printerName().isEmpty() ? printer.outputFileName() : printer.printerName()));
}

} // namespace cutover::gui
