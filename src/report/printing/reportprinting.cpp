// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportprinting.h"

#include "report/reportbuilder.h"

#include <QPrinter>
#include <QRegularExpression>

namespace cutover::report {

void ReportPrinting::preparePrinter(QPrinter *printer, const Plan &plan, const ReportOptions &options)
{
    if (!printer)
        return;
    printer->setPageSize(QPageSize(options.pageSize));
    printer->setPageOrientation(options.orientation);
    printer->setPageMargins(QMarginsF(14, 12, 14, 10), QPageLayout::Millimeter);
    printer->setDocName(ReportBuilder::documentTitle(plan));
    printer->setCreator(tr("Cutover Planner"));
    if (printer->outputFormat() == QPrinter::PdfFormat && printer->outputFileName().isEmpty()) {
        static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|]+"));
        QString name = plan.name.trimmed();
        name.replace(unsafe, QStringLiteral("-"));
        printer->setOutputFileName((name.isEmpty() ? tr("cutover-report") : name) + QStringLiteral(".pdf"));
    }
}

Status ReportPrinting::print(QPrinter *printer, const ReportData &data, const ReportOptions &options)
{
    if (!printer)
        return Error(tr("no printer"));
    return ReportBuilder::render(printer, data, options);
}

} // namespace cutover::report
