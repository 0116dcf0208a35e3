// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/reportdata.h"
#include "report/reportoptions.h"

#include "model/result.h"

#include <QCoreApplication>

class QPrinter;

namespace cutover::report {

/**
 * The report on a QPrinter, for File > Print and File > Export PDF with QPrintPreviewDialog.
 * Kept apart from cutover_report because QtPrintSupport drags in QtWidgets, which the headless
 * report library must not link.
 */
class ReportPrinting
{
    Q_DECLARE_TR_FUNCTIONS(ReportPrinting)
public:
    /**
     * Gives a fresh printer the report's defaults: page size and orientation from `options`,
     * the report's margins, the document name (used as the print job / PDF title) and the
     * plan's name as the suggested file name when it prints to PDF.
     */
    static void preparePrinter(QPrinter *printer, const Plan &plan, const ReportOptions &options);
    /** Paints the report with the printer's current page layout; connect QPrintPreviewDialog::paintRequested to this. */
    static Status print(QPrinter *printer, const ReportData &data, const ReportOptions &options);
};

} // namespace cutover::report
