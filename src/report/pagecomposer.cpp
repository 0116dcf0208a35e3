// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagecomposer.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace cutover::report {

namespace {

constexpr double kCellPadX = 3.0;
constexpr double kCellPadY = 2.5;
constexpr int kMaxCellLines = 12;
constexpr qsizetype kKeepTogetherRows = 8;
constexpr qsizetype kMinRowsAtStart = 3;

/** Lines of a cell: wrapped (capped) or one elided line. */
QStringList cellLines(const QString &text, const QFont &font, double width, bool wrap)
{
    if (!wrap)
        return { ReportStyle::elided(text, font, width) };
    return ReportStyle::wrapClipped(text, font, width, kMaxCellLines);
}

} // namespace

PageComposer::PageComposer(const QSizeF &body) : m_body(body)
{
    m_pages.append(ComposedPage{});
}

ComposedPage &PageComposer::page()
{
    return m_pages.last();
}

double PageComposer::pendingHeight() const
{
    double h = 0.0;
    for (const Pending &p : m_pending)
        h += p.height + (pageIsEmpty() ? 0.0 : p.skipBefore);
    return h;
}

void PageComposer::setSection(const QString &section)
{
    m_section = section;
    if (pageIsEmpty())
        page().section = section;
}

void PageComposer::newPage()
{
    if (pageIsEmpty() && page().ops.isEmpty()) {
        page().section = m_section;
        return;
    }
    m_pages.append(ComposedPage{ m_section, {} });
    m_y = 0.0;
}

void PageComposer::ensureSpace(double height)
{
    if (height > remaining() && !pageIsEmpty())
        newPage();
}

void PageComposer::skip(double height)
{
    if (!m_pending.isEmpty()) {
        m_pending.last().height += height; // space between a waiting heading and its content
        return;
    }
    if (!pageIsEmpty())
        m_y = std::min(m_body.height(), m_y + height);
}

void PageComposer::placeNow(double height, const RectPainter &paint)
{
    const QRectF rect(0, m_y, m_body.width(), height);
    if (paint)
        page().ops.append([paint, rect](QPainter *p) { paint(p, rect); });
    m_y += height;
    page().used = std::max(page().used, std::min(m_y, m_body.height()));
}

void PageComposer::flushPending()
{
    const QList<Pending> pending = std::exchange(m_pending, {});
    for (const Pending &p : pending) {
        if (!pageIsEmpty())
            m_y += p.skipBefore;
        if (p.anchor >= 0)
            m_anchors.insert(p.anchor, currentPage());
        if (p.height > 0 || p.paint)
            placeNow(p.height, p.paint);
    }
}

void PageComposer::place(double height, const RectPainter &paint)
{
    ensureSpace(height);
    flushPending();
    placeNow(height, paint);
}

void PageComposer::keepWithNext(double skipBefore, double height, const RectPainter &paint)
{
    m_pending.append(Pending{ skipBefore, height, paint, -1 });
}

void PageComposer::anchor(int key)
{
    m_pending.append(Pending{ 0.0, 0.0, {}, key });
}

void PageComposer::heading(const QString &text, double keepWith)
{
    const QFont font = ReportStyle::font(ReportStyle::kH1, true);
    const double h = ReportStyle::lineHeight(font) + 8.0;
    keepWithNext(10.0, h, [text, font](QPainter *p, const QRectF &r) {
        p->setFont(font);
        p->setPen(ReportStyle::headerFill());
        const double base = r.top() + QFontMetricsF(font).ascent();
        p->drawText(QPointF(r.left(), base), QFontMetricsF(font).elidedText(text, Qt::ElideRight, r.width()));
        p->setPen(QPen(ReportStyle::accent(), 1.2));
        p->drawLine(QPointF(r.left(), r.bottom() - 3.0), QPointF(r.right(), r.bottom() - 3.0));
    });
    ensureSpace(keepWith);
}

void PageComposer::subheading(const QString &text, double keepWith)
{
    const QFont font = ReportStyle::font(ReportStyle::kH2, true);
    const double h = ReportStyle::lineHeight(font) + 3.0;
    keepWithNext(8.0, h, [text, font](QPainter *p, const QRectF &r) {
        p->setFont(font);
        p->setPen(ReportStyle::headerFill());
        p->drawText(QPointF(r.left(), r.top() + QFontMetricsF(font).ascent()), QFontMetricsF(font).elidedText(text, Qt::ElideRight, r.width()));
    });
    ensureSpace(keepWith);
}

double PageComposer::paragraphHeight(const QString &text, const QFont &font) const
{
    return ReportStyle::lineHeight(font) * (double(ReportStyle::wrap(text, font, m_body.width()).size()) + 0.35);
}

void PageComposer::paragraph(const QString &text, const QFont &font, const QColor &color, int maxLines)
{
    const QStringList lines = maxLines > 0 ? ReportStyle::wrapClipped(text, font, m_body.width(), maxLines)
                                           : ReportStyle::wrap(text, font, m_body.width());
    const double lh = ReportStyle::lineHeight(font);
    const double ascent = QFontMetricsF(font).ascent();
    // Keep at least two lines together at a page break (no widow or orphan line).
    ensureSpace(lh * std::min<qsizetype>(2, lines.size()));
    qsizetype i = 0;
    while (i < lines.size()) {
        qsizetype fit = std::max<qsizetype>(1, qsizetype(std::floor(remaining() / lh)));
        if (fit < lines.size() - i && lines.size() - i - fit == 1 && fit > 1)
            --fit; // leave two lines for the next page rather than one
        const QStringList chunk = lines.mid(i, std::min(fit, lines.size() - i));
        const double h = lh * chunk.size();
        place(h, [chunk, font, color, lh, ascent](QPainter *p, const QRectF &r) {
            p->setFont(font);
            p->setPen(color);
            for (qsizetype k = 0; k < chunk.size(); ++k)
                p->drawText(QPointF(r.left(), r.top() + k * lh + ascent), chunk[k]);
        });
        i += chunk.size();
        if (i < lines.size())
            newPage();
    }
    skip(lh * 0.35);
}

void PageComposer::keyValues(const QList<std::pair<QString, QString>> &rows, double labelWidth)
{
    const QFont labelFont = ReportStyle::font(ReportStyle::kBody, true);
    const QFont valueFont = ReportStyle::font(ReportStyle::kBody);
    const double lh = ReportStyle::lineHeight(valueFont);
    const double ascent = QFontMetricsF(valueFont).ascent();
    const double valueWidth = m_body.width() - labelWidth;
    for (const auto &[label, value] : rows) {
        const QStringList labelLines = ReportStyle::wrapClipped(label, labelFont, labelWidth - 8.0, 4);
        const QStringList valueLines = ReportStyle::wrapClipped(value, valueFont, valueWidth, 24);
        const double h = lh * std::max(labelLines.size(), valueLines.size()) + 3.0;
        place(h, [=](QPainter *p, const QRectF &r) {
            p->setPen(QPen(QColor(0xE0, 0xE0, 0xE0), 0.6));
            p->drawLine(QPointF(r.left(), r.bottom() - 0.5), QPointF(r.right(), r.bottom() - 0.5));
            p->setPen(ReportStyle::muted());
            p->setFont(labelFont);
            for (qsizetype k = 0; k < labelLines.size(); ++k)
                p->drawText(QPointF(r.left(), r.top() + 1.5 + k * lh + ascent), labelLines[k]);
            p->setPen(ReportStyle::ink());
            p->setFont(valueFont);
            for (qsizetype k = 0; k < valueLines.size(); ++k)
                p->drawText(QPointF(r.left() + labelWidth, r.top() + 1.5 + k * lh + ascent), valueLines[k]);
        });
    }
    skip(6.0);
}

void PageComposer::table(const QList<TableColumn> &columns, const QList<TableRow> &rows)
{
    if (columns.isEmpty())
        return;
    const QFont font = ReportStyle::font(ReportStyle::kSmall);
    const QFont bold = ReportStyle::font(ReportStyle::kSmall, true);
    const double lh = ReportStyle::lineHeight(font);
    const double ascent = QFontMetricsF(font).ascent();

    double totalWeight = 0;
    for (const TableColumn &c : columns)
        totalWeight += c.weight;
    QList<double> x, w;
    double cursor = 0;
    for (const TableColumn &c : columns) {
        x << cursor;
        w << m_body.width() * c.weight / totalWeight;
        cursor += w.last();
    }

    struct Laid
    {
        QList<QStringList> lines;
        double height = 0;
    };
    auto layRow = [&](const TableRow &row, bool header) {
        Laid laid;
        int maxLines = 1;
        if (row.group) {
            laid.lines << cellLines(row.cells.value(0), bold, m_body.width() - 2 * kCellPadX, false);
        } else {
            for (qsizetype c = 0; c < columns.size(); ++c) {
                const QFont &f = header || row.bold ? bold : font;
                laid.lines << cellLines(row.cells.value(c), f, w[c] - 2 * kCellPadX, header || columns[c].wrap);
                maxLines = std::max(maxLines, int(laid.lines.last().size()));
            }
        }
        laid.height = maxLines * lh + 2 * kCellPadY;
        return laid;
    };

    QStringList headerCells;
    for (const TableColumn &c : columns)
        headerCells << c.title;
    const Laid header = layRow(TableRow{ headerCells }, true);
    auto placeHeader = [&] {
        place(header.height, [=](QPainter *p, const QRectF &r) {
            p->fillRect(r, ReportStyle::headerFill());
            p->setFont(bold);
            p->setPen(Qt::white);
            for (qsizetype c = 0; c < columns.size(); ++c) {
                for (qsizetype k = 0; k < header.lines[c].size(); ++k) {
                    const QRectF cell(r.left() + x[c] + kCellPadX, r.top() + kCellPadY + k * lh, w[c] - 2 * kCellPadX, lh);
                    p->drawText(cell, (columns[c].align | Qt::AlignVCenter).toInt(), header.lines[c][k]);
                }
            }
        });
    };

    QList<Laid> laid;
    laid.reserve(rows.size());
    for (const TableRow &row : rows)
        laid << layRow(row, false);

    // A short table that fits on a page is never split; a long one starts with at least its
    // header and first rows.
    double total = header.height;
    for (const Laid &l : laid)
        total += l.height;
    if (rows.size() <= kKeepTogetherRows && total <= m_body.height()) {
        ensureSpace(total);
    } else {
        double first = header.height;
        for (qsizetype i = 0; i < std::min<qsizetype>(kMinRowsAtStart, laid.size()); ++i)
            first += laid[i].height;
        ensureSpace(std::min(first, m_body.height()));
    }

    bool headerOnPage = false;
    int startPage = -1;
    int rowsOnPage = 0;
    int zebra = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const TableRow &row = rows[i];
        const Laid &l = laid[i];
        double need = l.height;
        if (row.group && i + 1 < rows.size())
            need += laid[i + 1].height; // a group row never ends a page alone
        if (!headerOnPage || currentPage() != startPage)
            need += header.height;
        // No widow: the last row never goes to a page alone; the one before goes with it.
        const bool widow = i == rows.size() - 2 && rowsOnPage > 1 && need <= remaining() && need + laid[i + 1].height > remaining();
        if ((need > remaining() || widow) && !pageIsEmpty()) {
            newPage();
        }
        if (currentPage() != startPage || !headerOnPage) {
            placeHeader();
            headerOnPage = true;
            startPage = currentPage();
            rowsOnPage = 0;
        }
        ++rowsOnPage;
        if (row.group)
            zebra = 0;
        const bool shade = !row.group && (zebra++ % 2 == 1);
        const QList<QStringList> lines = l.lines;
        const QHash<int, QColor> colors = row.colors;
        const bool group = row.group;
        const bool rowBold = row.bold;
        place(l.height, [=](QPainter *p, const QRectF &r) {
            if (group)
                p->fillRect(r, ReportStyle::groupFill());
            else if (shade)
                p->fillRect(r, ReportStyle::zebra());
            p->setPen(QPen(QColor(0xD8, 0xD8, 0xD8), 0.5));
            p->drawLine(QPointF(r.left(), r.bottom()), QPointF(r.right(), r.bottom()));
            if (group) {
                p->setFont(bold);
                p->setPen(ReportStyle::headerFill());
                p->drawText(QPointF(r.left() + kCellPadX, r.top() + kCellPadY + ascent), lines.value(0).value(0));
                return;
            }
            p->setFont(rowBold ? bold : font);
            for (qsizetype c = 0; c < lines.size(); ++c) {
                p->setPen(colors.value(int(c), ReportStyle::ink()));
                for (qsizetype k = 0; k < lines[c].size(); ++k) {
                    const QRectF cell(r.left() + x[c] + kCellPadX, r.top() + kCellPadY + k * lh, w[c] - 2 * kCellPadX, lh);
                    p->drawText(cell, (columns[c].align | Qt::AlignVCenter).toInt(), lines[c][k]);
                }
            }
        });
    }
    skip(8.0);
}

double PageComposer::heightOf(double width, const std::function<void(PageComposer &)> &content)
{
    PageComposer scratch(QSizeF(width, 1e7));
    scratch.place(1.0, {}); // not at the top of a page: skips before headings count
    content(scratch);
    return scratch.page().used + scratch.pendingHeight() - 1.0;
}

QList<ComposedPage> PageComposer::takePages()
{
    if (!m_pending.isEmpty())
        place(0.0, {});
    QList<ComposedPage> pages = std::move(m_pages);
    if (!pages.isEmpty() && pages.last().ops.isEmpty() && pages.size() > 1)
        pages.removeLast();
    m_pages = { ComposedPage{} };
    m_y = 0;
    return pages;
}

} // namespace cutover::report
