// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pagecomposer.h"
#include "reportdata.h"
#include "reportoptions.h"

#include "model/result.h"

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;

namespace cutover::report {

/**
 * The stakeholder report: lays the selected sections out on pages (all of them, before
 * painting, so "page X of Y" is known) and paints them with QPainter on any paged device:
 * a QPdfWriter (vector PDF, text selectable, fonts embedded by Qt) or a QPrinter (print and
 * print preview). Only plain drawText is used for user text, so nothing is read as markup.
 */
class ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)
public:
    /** Space reserved at the top and bottom of every page for the running header and footer (points). */
    static constexpr double kHeaderHeight = 22.0;
    static constexpr double kFooterHeight = 20.0;

    /**
     * Paints the report on `device` using the device's page layout (size, orientation,
     * margins) and resolution. The device must not have a painter active. Fails only if the
     * device cannot be painted on or refuses a new page.
     */
    static Status render(QPagedPaintDevice *device, const ReportData &data, const ReportOptions &options, int *pageCount = nullptr);

    /** The laid-out pages for a page body of `body` points (the tests and the page count use it). */
    static QList<ComposedPage> compose(const ReportData &data, const ReportOptions &options, const QSizeF &body);

    /**
     * Builds the data (schedule, simulation, criteria) and writes the PDF to `path` with
     * `options.pageSize` and `options.orientation`, title/author/subject metadata, atomically:
     * the file appears complete or not at all, and an existing file is replaced only on success.
     * Returns the number of pages written.
     */
    static Result<int> writePdf(const QString &path, const Plan &plan, const ReportOptions &options);
    static Result<int> writePdf(const QString &path, const ReportData &data, const ReportOptions &options);

    /** PDF metadata of the report of `plan`. */
    static QString documentTitle(const Plan &plan);
    static QString documentSubject(const Plan &plan);
    static QString documentAuthor(const Plan &plan);
};

} // namespace cutover::report
