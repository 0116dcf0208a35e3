// SPDX-License-Identifier: GPL-3.0-or-later
#include "criteriaboard.h"

#include "criteria/criteriaevaluator.h"
#include "model/durationtext.h"
#include "model/enumnames.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace cutover::charts {

CriteriaBoardData CriteriaBoardData::build(const Plan &plan)
{
    CriteriaBoardData d;
    d.title = plan.name;
    d.zone = plan.displayZone();
    d.planStart = plan.start;
    const QList<CriterionResult> results = CriteriaEvaluator::evaluate(plan);
    for (qsizetype i = 0; i < plan.criteria.size(); ++i) {
        const Criterion &c = plan.criteria[i];
        const CriterionResult r = i < results.size() ? results[i] : CriteriaEvaluator::evaluate(c, plan.series, plan.validation);
        CriterionTile t;
        t.id = c.id;
        t.name = c.name.isEmpty() ? c.id : c.name;
        t.action = c.action;
        t.worst = r.worst.value_or(std::numeric_limits<double>::quiet_NaN());
        if (c.kind != CriterionKind::Manual)
            t.threshold = c.threshold;
        if (r.state == CriterionState::NoData && c.kind != CriterionKind::Manual)
            t.reason = r.detail;
        if (r.firstBreach)
            t.firstBreach = QDateTime::fromMSecsSinceEpoch(*r.firstBreach, QTimeZone::utc());
        switch (r.state) {
        case CriterionState::Ok: t.state = CriterionTile::State::Ok; break;
        case CriterionState::Breached: t.state = CriterionTile::State::Breached; break;
        case CriterionState::NoData: t.state = CriterionTile::State::NoData; break;
        }
        switch (c.kind) {
        case CriterionKind::Manual:
            t.rule = CriteriaEvaluator::ruleText(c);
            t.state = c.answer == ManualAnswer::Yes ? CriterionTile::State::ManualYes
                    : c.answer == ManualAnswer::No ? CriterionTile::State::ManualNo : CriterionTile::State::ManualUnknown;
            t.worst = std::numeric_limits<double>::quiet_NaN();
            break;
        case CriterionKind::Validation:
            t.rule = CriteriaEvaluator::ruleText(c);
            break;
        case CriterionKind::Metric:
            for (const MetricSeries &m : plan.series) {
                if (CriteriaEvaluator::matches(c.metric, m)) {
                    t.unit = m.unit;
                    break;
                }
            }
            t.rule = CriteriaEvaluator::ruleText(c, t.unit);
            break;
        }
        d.tiles.append(t);
    }
    return d;
}

int CriteriaBoardData::breached() const
{
    return int(std::count_if(tiles.cbegin(), tiles.cend(), [](const CriterionTile &t) {
        return t.state == CriterionTile::State::Breached || t.state == CriterionTile::State::ManualYes;
    }));
}

QString CriteriaBoardRenderer::stateText(const CriterionTile &t, const QTimeZone &zone, const QDateTime &planStart)
{
    switch (t.state) {
    case CriterionTile::State::Ok: return tr("✔ OK");
    case CriterionTile::State::Breached: {
        if (!t.firstBreach.isValid())
            return tr("✖ BREACHED");
        const QDateTime at = t.firstBreach.toTimeZone(zone);
        const QDate night = planStart.isValid() ? planStart.toTimeZone(zone).date() : at.date();
        const qint64 day = night.daysTo(at.date());
        const QString when = day >= 0 && day <= 1 ? QLocale().toString(at.time(), QStringLiteral("HH:mm"))
                                                  : QLocale().toString(at, QStringLiteral("ddd d MMM yyyy HH:mm"));
        return tr("✖ BREACHED at %1").arg(when);
    }
    case CriterionTile::State::NoData: return tr("? no data");
    case CriterionTile::State::ManualYes: return tr("✖ YES (it occurred)");
    case CriterionTile::State::ManualNo: return tr("✔ NO (did not occur)");
    case CriterionTile::State::ManualUnknown: return tr("? not answered");
    }
    return {};
}

QString CriteriaBoardRenderer::worstText(const CriterionTile &t)
{
    return measuredText(t.worst, QString(), t.threshold);
}

QString CriteriaBoardRenderer::measuredText(double value, const QString &unit, double threshold)
{
    QString text = ChartStyle::formatNumber(value);
    // 90.24 beside a threshold of 90 must not read "90": add decimals until the two differ.
    if (std::isfinite(threshold) && value != threshold && text == ChartStyle::formatNumber(threshold)) {
        for (int decimals = 1; decimals <= 6; ++decimals) {
            text = QLocale::c().toString(value, 'f', decimals);
            if (QLocale::c().toDouble(text) != threshold)
                break;
        }
    }
    return unit.isEmpty() ? text : text + QLatin1Char(' ') + unit;
}

namespace {

/** Lines of `text` in `width`, at most `maxLines`, the last elided when text is left over. */
QStringList tileLines(const QString &text, const QFont &font, double width, int maxLines)
{
    // A tile shows a few dozen characters per line: never lay out more than a few lines' worth.
    const QString head = text.left(160 * maxLines);
    QStringList lines;
    QTextLayout layout(head, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    bool more = false;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(std::max(1.0, width));
        if (lines.size() == maxLines) {
            more = true;
            break;
        }
        lines << head.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    if ((more || head.size() < text.size()) && !lines.isEmpty())
        lines.last() = QFontMetricsF(font).elidedText(lines.last() + QStringLiteral(" …"), Qt::ElideRight, width);
    return lines;
}

/** A tile's text, broken into lines for its width. */
struct TileText
{
    QStringList name, state, detail;
};

/** The tiles of the board in `cols` columns at text `scale`: their rects and lines. */
struct TileLayout
{
    QList<QRectF> rects;
    QList<TileText> texts;
    double height = 0;    ///< of all rows with their gaps
    bool fits = true;     ///< no line had to be cut short
    double scale = 1.0;   ///< text scale the lines were broken at
};

struct TileFonts
{
    QFont name, state, detail;
    double pad = 0, left = 0, right = 0, gap = 0;
};

TileFonts tileFonts(const ChartStyle &style, double scale)
{
    return { style.font(1.0 * scale, true), style.font(1.45 * scale, true), style.font(0.8 * scale),
             style.fontPx * 0.35 * scale, style.fontPx * 1.3, style.fontPx * 0.5, style.fontPx * 0.15 * scale };
}

QString detailText(const CriterionTile &t)
{
    QString detail = t.rule + QStringLiteral(" → ") + CriteriaEvaluator::actionText(t.action);
    if (std::isfinite(t.worst) && t.state != CriterionTile::State::NoData)
        detail += CriteriaBoardRenderer::tr(" · worst %1").arg(CriteriaBoardRenderer::measuredText(t.worst, t.unit, t.threshold));
    if (!t.reason.isEmpty())
        detail += QStringLiteral(" · ") + t.reason;
    return detail;
}

TileLayout layoutTiles(const CriteriaBoardData &d, const ChartStyle &style, const QRectF &body, int cols, double scale)
{
    TileLayout out;
    out.scale = scale;
    const TileFonts f = tileFonts(style, scale);
    const int n = int(d.tiles.size());
    const double gap = style.fontPx * 0.8;
    const double w = (body.width() - gap * (cols - 1)) / cols;
    const double textWidth = std::max(1.0, w - f.left - f.right);
    const double lhName = QFontMetricsF(f.name).height(), lhState = QFontMetricsF(f.state).height(), lhDetail = QFontMetricsF(f.detail).height();
    double y = body.top();
    for (int row = 0; row * cols < n; ++row) {
        double rowHeight = 0;
        for (int i = row * cols; i < std::min(n, (row + 1) * cols); ++i) {
            const CriterionTile &t = d.tiles[i];
            TileText text{ tileLines(t.name, f.name, textWidth, 2),
                           tileLines(CriteriaBoardRenderer::stateText(t, d.zone, d.planStart), f.state, textWidth, 1),
                           tileLines(detailText(t), f.detail, textWidth, 3) };
            for (const QStringList *lines : { &text.name, &text.state, &text.detail }) {
                if (!lines->isEmpty() && lines->last().endsWith(QChar(0x2026)))
                    out.fits = false;
            }
            rowHeight = std::max(rowHeight, 2 * f.pad + 2 * f.gap + lhName * text.name.size() + lhState * text.state.size()
                                                + lhDetail * text.detail.size());
            out.texts << text;
        }
        for (int i = row * cols; i < std::min(n, (row + 1) * cols); ++i)
            out.rects << QRectF(body.left() + (i % cols) * (w + gap), y, w, rowHeight);
        y += rowHeight + gap;
    }
    out.height = n > 0 ? y - gap - body.top() : 0;
    return out;
}

/**
 * Columns and text scale for the tiles in `body`: the largest text at which every tile shows
 * all its text, in as few columns as fit the height; when nothing fits, the smallest text in
 * the most compact arrangement (clipped at the bottom).
 */
TileLayout chooseLayout(const CriteriaBoardData &d, const ChartStyle &style, const QRectF &body, int maxColumns)
{
    const int n = int(d.tiles.size());
    const int most = std::max(1, std::min(n, maxColumns));
    for (double scale : { 1.2, 1.1, 1.0, 0.9, 0.8, 0.7, 0.62, 0.55 }) {
        for (int cols = 1; cols <= most; ++cols) {
            TileLayout l = layoutTiles(d, style, body, cols, scale);
            if (l.fits && l.height <= body.height() + 1e-6)
                return l;
        }
    }
    TileLayout best;
    for (int cols = 1; cols <= most; ++cols) {
        TileLayout l = layoutTiles(d, style, body, cols, 0.55);
        if (cols == 1 || l.height < best.height)
            best = std::move(l);
    }
    return best;
}

QRectF boardBody(QPainter *p, const QRectF &rect, const CriteriaBoardData &d, const ChartStyle &style, bool showTitle)
{
    if (showTitle) {
        const int n = d.breached();
        return style.drawFrame(p, rect, CriteriaBoardRenderer::tr("Rollback criteria: %1").arg(d.title),
                               n == 0 ? CriteriaBoardRenderer::tr("No criterion breached")
                                      : CriteriaBoardRenderer::tr("Breached or triggered: %1 of %2").arg(n).arg(d.tiles.size()));
    }
    if (p)
        p->fillRect(rect, ChartStyle::background());
    return rect.adjusted(style.margin, style.margin, -style.margin, -style.margin);
}

double titleHeight(const ChartStyle &style, bool showTitle)
{
    if (!showTitle)
        return 0;
    return QFontMetricsF(style.font(1.25, true)).height() + style.fontPx * 0.2 + QFontMetricsF(style.font(0.9)).height() + style.fontPx * 0.4;
}

} // namespace

double CriteriaBoardRenderer::preferredHeight(double width, const CriteriaBoardData &d, bool showTitle, int maxColumns)
{
    // The text size follows the rect's height, and a shorter rect has smaller text that needs
    // less height: start from the tallest style and shrink; every step still holds its tiles.
    double h = width / 1.6;
    for (int k = 0; k < 4; ++k) {
        const ChartStyle style = ChartStyle::forSize(QSizeF(width, h));
        const QRectF body(style.margin, style.margin + titleHeight(style, showTitle), width - 2 * style.margin, 1e9);
        const int cols = std::min<int>(maxColumns, std::max<int>(1, int(d.tiles.size())));
        TileLayout l = layoutTiles(d, style, body, 1, 1.0);
        for (int c = 2; c <= cols && !l.fits; ++c)
            l = layoutTiles(d, style, body, c, 1.0);
        if (d.tiles.size() > 3 && cols >= 2)
            l = layoutTiles(d, style, body, 2, 1.0); // many tiles: two columns, as the board draws them on paper
        const double need = body.top() + l.height + style.margin + (d.tiles.isEmpty() ? style.fontPx * 4 : 0);
        if (need >= h && k > 0)
            break;
        h = need;
    }
    return h;
}

void CriteriaBoardRenderer::paint(QPainter *p, const QRectF &rect, const CriteriaBoardData &d, bool showTitle)
{
    const ChartStyle style = ChartStyle::forSize(rect.size());
    p->save();
    p->setRenderHint(QPainter::Antialiasing, true);
    const QRectF body = boardBody(p, rect, d, style, showTitle);
    if (d.tiles.isEmpty()) {
        style.drawEmpty(p, body, tr("The plan has no rollback criteria."));
        p->restore();
        return;
    }
    const TileLayout layout = chooseLayout(d, style, body, 4);
    const TileFonts f = tileFonts(style, layout.scale);
    p->setClipRect(rect, Qt::IntersectClip);
    for (qsizetype i = 0; i < d.tiles.size() && i < layout.rects.size(); ++i) {
        const CriterionTile &t = d.tiles[i];
        const QRectF r = layout.rects[i];
        const TileText &text = layout.texts[i];
        const bool bad = t.state == CriterionTile::State::Breached || t.state == CriterionTile::State::ManualYes;
        const bool good = t.state == CriterionTile::State::Ok || t.state == CriterionTile::State::ManualNo;
        const QColor c = bad ? ChartStyle::vermillion() : good ? ChartStyle::bluishGreen() : ChartStyle::mutedText();
        p->setPen(QPen(c, bad ? style.line * 3 : style.line * 1.5, good || bad ? Qt::SolidLine : Qt::DashLine));
        p->setBrush(bad ? QColor(0xD5, 0x5E, 0x00, 50) : good ? QColor(0x00, 0x9E, 0x73, 30) : QColor(0xEE, 0xEE, 0xEE));
        p->drawRect(r);
        if (bad)
            p->fillRect(QRectF(r.left(), r.top(), style.fontPx * 0.9, r.height()), QBrush(ChartStyle::vermillion(), Qt::BDiagPattern));
        double y = r.top() + f.pad;
        const double x = r.left() + f.left;
        const double textWidth = r.width() - f.left - f.right;
        auto drawLines = [&](const QStringList &lines, const QFont &font, const QColor &color) {
            p->setFont(font);
            p->setPen(color);
            const double lh = QFontMetricsF(font).height();
            for (const QString &line : lines) {
                p->drawText(QRectF(x, y, textWidth, lh), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, line);
                y += lh;
            }
            y += f.gap;
        };
        drawLines(text.name, f.name, ChartStyle::text());
        drawLines(text.state, f.state, bad ? QColor(0x8A, 0x30, 0x00) : good ? QColor(0x00, 0x5A, 0x40) : ChartStyle::text());
        drawLines(text.detail, f.detail, ChartStyle::mutedText());
    }
    p->restore();
}

} // namespace cutover::charts
