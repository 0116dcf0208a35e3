// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportstyle.h"

#include <QColor>
#include <QFont>
#include <QHash>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <functional>
#include <memory>
#include <utility>

class QPainter;

namespace cutover::report {

/** One drawing step of a page, in points relative to the page body's top-left corner. */
using DrawOp = std::function<void(QPainter *)>;

/** A laid-out page: what to draw and which section it belongs to (for the running header). */
struct ComposedPage
{
    QString section;
    QList<DrawOp> ops;
};

/** A column of a ReportTable: title, share of the table width, alignment, wrapping. */
struct TableColumn
{
    TableColumn(QString title, double weight = 1.0, Qt::Alignment align = Qt::AlignLeft, bool wrap = false)
        : title(std::move(title)), weight(weight), align(align), wrap(wrap)
    {
    }

    QString title;
    double weight = 1.0;          ///< width share (relative to the other columns)
    Qt::Alignment align = Qt::AlignLeft;
    bool wrap = false;            ///< wrap long text onto more lines (else elide)
};

/** A row of a ReportTable. Group rows span the table (phases in the runbook). */
struct TableRow
{
    TableRow() = default;
    TableRow(QStringList cells, bool group = false) : cells(std::move(cells)), group(group) {}

    QStringList cells;
    bool group = false;
    bool bold = false;
    QHash<int, QColor> colors;    ///< per-cell text colour (status words)
};

/**
 * Lays content out on pages, top to bottom, before anything is painted, so the page count is
 * known when headers and footers are drawn ("page 3 of 17"). Keeps headings with what follows
 * them, repeats table header rows on every page and never leaves a group row alone at the
 * bottom of a page.
 */
class PageComposer
{
public:
    /** `body` is the size (points) available between the running header and footer. */
    explicit PageComposer(const QSizeF &body);

    QSizeF bodySize() const { return m_body; }
    double width() const { return m_body.width(); }
    double y() const { return m_y; }
    double remaining() const { return m_body.height() - m_y; }
    bool pageIsEmpty() const { return m_y <= 0.0; }
    int pageCount() const { return int(m_pages.size()); }
    int currentPage() const { return int(m_pages.size()) - 1; }

    /** Section name shown in the running header of the pages that follow. */
    void setSection(const QString &section);
    /** Starts a new page (unless the current one is still empty). */
    void newPage();
    /** Starts a new page when fewer than `height` points are left. */
    void ensureSpace(double height);
    void skip(double height);
    /** Places an op occupying `height` points at the cursor (full width) and advances. */
    void place(double height, const RectPainter &paint);

    /** Section heading; kept on the same page as at least `keepWith` points of what follows. */
    void heading(const QString &text, double keepWith = 60.0);
    /** Sub-heading, same rule. */
    void subheading(const QString &text, double keepWith = 40.0);
    /** Wrapped plain text, split across pages line by line. */
    void paragraph(const QString &text, const QFont &font = ReportStyle::font(ReportStyle::kBody),
                   const QColor &color = ReportStyle::ink());
    /** Label/value pairs in two columns (the summary's key figures). */
    void keyValues(const QList<std::pair<QString, QString>> &rows, double labelWidth = 190.0);
    /** A table; the header row is repeated on every page it spans. */
    void table(const QList<TableColumn> &columns, const QList<TableRow> &rows);

    QList<ComposedPage> takePages();

private:
    ComposedPage &page();

    QSizeF m_body;
    double m_y = 0.0;
    QString m_section;
    QList<ComposedPage> m_pages;
};

} // namespace cutover::report
