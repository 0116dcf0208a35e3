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
    double used = 0.0;    ///< points of the body height taken, from the top to the lowest op's bottom
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
 * known when headers and footers are drawn ("page 3 of 17"). Headings are kept with what
 * follows them (keep-with-next: a heading is held back until the first piece of the next
 * content is placed, and goes to the next page with it), table header rows repeat on every
 * page, a group row never ends a page alone.
 */
class PageComposer
{
public:
    /** `body` is the size (points) available between the running header and footer. */
    explicit PageComposer(const QSizeF &body);

    QSizeF bodySize() const { return m_body; }
    double width() const { return m_body.width(); }
    double y() const { return m_y; }
    /** Points left on the page for content, after the headings still waiting for it. */
    double remaining() const { return m_body.height() - m_y - pendingHeight(); }
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
    /**
     * Remembers the page on which the next placed content lands (with any heading waiting for
     * it) as the page of `key`; read with anchorPage() once composing is done.
     */
    void anchor(int key);
    /** The page of `key` (0-based), or -1 when nothing was placed after anchor(key). */
    int anchorPage(int key) const { return m_anchors.value(key, -1); }

    /**
     * Section heading, kept with next: it is placed together with the first piece of what
     * follows (and moves to the next page with it). `keepWith`: points of the page that must
     * be left for that content, else the heading starts the next page.
     */
    void heading(const QString &text, double keepWith = 60.0);
    /** Sub-heading, same rule. */
    void subheading(const QString &text, double keepWith = 40.0);
    /**
     * Wrapped plain text, split across pages line by line. With `maxLines` > 0 the text stops
     * after that many lines with "…" (names typed into a field, not prose).
     */
    void paragraph(const QString &text, const QFont &font = ReportStyle::font(ReportStyle::kBody),
                   const QColor &color = ReportStyle::ink(), int maxLines = 0);
    /** The height paragraph() takes for `text` (for keeping it with what follows). */
    double paragraphHeight(const QString &text, const QFont &font = ReportStyle::font(ReportStyle::kBody)) const;
    /** Label/value pairs in two columns (the summary's key figures). */
    void keyValues(const QList<std::pair<QString, QString>> &rows, double labelWidth = 190.0);
    /**
     * A table; the header row is repeated on every page it spans. Up to 8 rows stay together;
     * a longer table starts on a page only when its header and first 3 rows fit there.
     */
    void table(const QList<TableColumn> &columns, const QList<TableRow> &rows);

    QList<ComposedPage> takePages();

    /**
     * The height `content` takes when composed at `width` on one endless page: for keeping a
     * block (a heading with its paragraphs and tables) together on one page.
     */
    static double heightOf(double width, const std::function<void(PageComposer &)> &content);

private:
    struct Pending
    {
        double skipBefore = 0.0;   ///< applied only when the page already has content
        double height = 0.0;
        RectPainter paint;
        int anchor = -1;
    };

    ComposedPage &page();
    double pendingHeight() const;
    void flushPending();
    void placeNow(double height, const RectPainter &paint);
    void keepWithNext(double skipBefore, double height, const RectPainter &paint);

    QSizeF m_body;
    double m_y = 0.0;
    QString m_section;
    QList<ComposedPage> m_pages;
    QList<Pending> m_pending;
    QHash<int, int> m_anchors;
};

} // namespace cutover::report
