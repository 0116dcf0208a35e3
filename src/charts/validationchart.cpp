// SPDX-License-Identifier: GPL-3.0-or-later
#include "validationchart.h"

#include <QBrush>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace cutover::charts {

ValidationSummary ValidationSummary::build(const QList<ValidationResult> &results)
{
    ValidationSummary s;
    QSet<QString> objects;
    for (const ValidationResult &r : results) {
        objects.insert(r.object);
        ++s.checks;
        switch (r.status) {
        case ValidationStatus::Passed: ++s.passed; break;
        case ValidationStatus::Failed:
            ++s.failed;
            s.failing.append({ r.object, r.check, r.difference ? std::abs(*r.difference) : 0.0, r.difference.has_value() });
            break;
        case ValidationStatus::Unknown: ++s.unknown; break;
        }
    }
    s.objects = int(objects.size());
    std::stable_sort(s.failing.begin(), s.failing.end(), [](const Failing &a, const Failing &b) {
        if (a.differenceKnown != b.differenceKnown)
            return a.differenceKnown;
        return a.difference > b.difference;
    });
    return s;
}

void ValidationRenderer::paint(QPainter *p, const QRectF &rect, const ValidationSummary &s, bool showTitle)
{
    const ChartStyle style = ChartStyle::forSize(rect.size());
    p->save();
    p->setRenderHint(QPainter::Antialiasing, true);
    QRectF body = showTitle ? style.drawFrame(p, rect, tr("Validation: %1").arg(s.title)) : rect.adjusted(style.margin, style.margin, -style.margin, -style.margin);
    if (!showTitle)
        p->fillRect(rect, ChartStyle::background());
    if (s.checks == 0) {
        style.drawEmpty(p, body, tr("No validation results imported."));
        p->restore();
        return;
    }
    // Summary tiles: objects, passed, failed, unknown.
    struct Tile { QString label; int value; QColor color; Qt::BrushStyle pattern; QString symbol; };
    const QList<Tile> tiles = {
        { tr("objects"), s.objects, ChartStyle::mutedText(), Qt::NoBrush, QString() },
        { tr("passed"), s.passed, ChartStyle::bluishGreen(), Qt::NoBrush, QStringLiteral("✔") },
        { tr("failed"), s.failed, ChartStyle::vermillion(), Qt::BDiagPattern, QStringLiteral("✖") },
        { tr("unknown"), s.unknown, ChartStyle::mutedText(), Qt::Dense6Pattern, QStringLiteral("?") },
    };
    const double tileH = style.fontPx * 3.6;
    const double tileW = (body.width() - style.fontPx * 3) / 4;
    for (int i = 0; i < tiles.size(); ++i) {
        const Tile &t = tiles[i];
        const QRectF r(body.left() + i * (tileW + style.fontPx), body.top(), tileW, tileH);
        p->setPen(QPen(t.color, style.line * 1.5));
        p->setBrush(QColor(t.color.red(), t.color.green(), t.color.blue(), 30));
        p->drawRect(r);
        if (t.pattern != Qt::NoBrush && t.value > 0)
            p->fillRect(QRectF(r.left(), r.top(), style.fontPx * 0.6, r.height()), QBrush(t.color, t.pattern));
        p->setPen(ChartStyle::text());
        p->setFont(style.font(1.9, true));
        const QString number = t.symbol.isEmpty() ? QLocale().toString(t.value) : t.symbol + QStringLiteral(" ") + QLocale().toString(t.value);
        p->drawText(r.adjusted(style.fontPx, 0, 0, -tileH * 0.35), Qt::AlignLeft | Qt::AlignVCenter, number);
        p->setFont(style.font(0.9));
        p->drawText(r.adjusted(style.fontPx, tileH * 0.6, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, t.label);
    }
    body.setTop(body.top() + tileH + style.fontPx * 1.2);

    p->setFont(style.font(1.0, true));
    p->setPen(ChartStyle::text());
    const double hh = QFontMetricsF(p->font()).height();
    p->drawText(QRectF(body.left(), body.top(), body.width(), hh), Qt::AlignLeft | Qt::AlignVCenter,
                s.failed == 0 ? tr("Every check passed") : tr("Failing objects by size of the difference"));
    body.setTop(body.top() + hh * 1.4);
    if (s.failing.isEmpty()) {
        p->restore();
        return;
    }
    p->setFont(style.font(0.9));
    const QFontMetricsF fm(p->font());
    const double rowH = fm.height() * 1.5;
    const int rows = std::min<int>(int(s.failing.size()), std::max(1, int((body.height() - rowH) / rowH)));
    const double labelW = std::min(body.width() * 0.35, style.fontPx * 18);
    const double valueW = fm.horizontalAdvance(QStringLiteral("-000,000,000")) + 8;
    double maxDiff = 0;
    for (int i = 0; i < rows; ++i)
        maxDiff = std::max(maxDiff, s.failing[i].difference);
    const double x0 = body.left() + labelW, w = body.width() - labelW - valueW;
    for (int i = 0; i < rows; ++i) {
        const ValidationSummary::Failing &f = s.failing[i];
        const double y = body.top() + i * rowH;
        p->setPen(ChartStyle::text());
        ChartStyle::drawElided(p, QRectF(body.left(), y, labelW - 8, rowH), Qt::AlignRight | Qt::AlignVCenter,
                               f.check.isEmpty() ? f.object : QStringLiteral("%1 · %2").arg(f.object, f.check));
        if (f.differenceKnown) {
            const double bw = maxDiff > 0 ? std::max(2.0, w * f.difference / maxDiff) : 2.0;
            const QRectF bar(x0, y + rowH * 0.15, bw, rowH * 0.7);
            p->fillRect(bar, ChartStyle::vermillion());
            p->fillRect(bar, QBrush(QColor(0, 0, 0, 100), Qt::BDiagPattern));
            p->setPen(ChartStyle::text());
            p->drawText(QRectF(x0 + bw + 4, y, valueW + w - bw, rowH), Qt::AlignLeft | Qt::AlignVCenter, QLocale().toString(f.difference, 'g', 10));
        } else {
            p->setPen(ChartStyle::mutedText());
            p->drawText(QRectF(x0, y, w, rowH), Qt::AlignLeft | Qt::AlignVCenter, tr("failed (difference not numeric)"));
        }
    }
    if (rows < s.failing.size()) {
        p->setPen(ChartStyle::mutedText());
        p->drawText(QRectF(body.left(), body.top() + rows * rowH, body.width(), rowH), Qt::AlignLeft | Qt::AlignVCenter,
                    tr("… and %n more failing check(s)", nullptr, int(s.failing.size() - rows)));
    }
    p->restore();
}

ValidationTableModel::ValidationTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ValidationTableModel::setResults(const QList<ValidationResult> &results)
{
    beginResetModel();
    m_results = results;
    endResetModel();
}

int ValidationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

int ValidationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int ValidationTableModel::statusRank(ValidationStatus s)
{
    switch (s) {
    case ValidationStatus::Failed: return 0;
    case ValidationStatus::Unknown: return 1;
    case ValidationStatus::Passed: return 2;
    }
    return 1;
}

QVariant ValidationTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_results.size())
        return {};
    const ValidationResult &r = m_results[index.row()];
    if (role == StatusRole)
        return int(r.status);
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (index.column()) {
        case Object: return r.object;
        case Check: return r.check;
        case Source: return r.sourceValue;
        case Target: return r.targetValue;
        case Difference:
            if (!r.difference)
                return role == SortRole ? QVariant(-1.0) : QVariant(QString());
            return role == SortRole ? QVariant(std::abs(*r.difference)) : QVariant(QLocale().toString(*r.difference, 'g', 12));
        case Status:
            if (role == SortRole)
                return statusRank(r.status);
            switch (r.status) {
            case ValidationStatus::Passed: return tr("✔ passed");
            case ValidationStatus::Failed: return tr("✖ FAILED");
            case ValidationStatus::Unknown: return tr("? unknown");
            }
            return {};
        case Tool: return r.tool;
        }
    }
    if (role == Qt::FontRole && r.status == ValidationStatus::Failed) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::BackgroundRole && r.status == ValidationStatus::Failed)
        return QBrush(QColor(0xD5, 0x5E, 0x00, 45));
    if (role == Qt::TextAlignmentRole && (index.column() == Source || index.column() == Target || index.column() == Difference))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ValidationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Object: return tr("Object");
    case Check: return tr("Check");
    case Source: return tr("Source");
    case Target: return tr("Target");
    case Difference: return tr("Difference");
    case Status: return tr("Status");
    case Tool: return tr("Tool");
    }
    return {};
}

} // namespace cutover::charts
