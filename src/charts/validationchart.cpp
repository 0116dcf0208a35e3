// SPDX-License-Identifier: GPL-3.0-or-later
#include "validationchart.h"

#include "chartitems.h"
#include "qtcharts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBrush>
#include <QChart>
#include <QFontMetricsF>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLocale>
#include <QPainter>
#include <QSet>
#include <QCategoryAxis>

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

double ValidationRenderer::tilesHeight(const ChartStyle &style)
{
    return style.fontPx * 3.6;
}

void ValidationRenderer::paintTiles(QPainter *p, const QRectF &rect, const ValidationSummary &s, const ChartStyle &style)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing, true);
    struct Tile { QString label; int value; QColor color; Qt::BrushStyle pattern; QString symbol; };
    const QList<Tile> tiles = {
        { tr("objects"), s.objects, ChartStyle::mutedText(), Qt::NoBrush, QString() },
        { tr("passed"), s.passed, ChartStyle::bluishGreen(), Qt::NoBrush, QStringLiteral("✔") },
        { tr("failed"), s.failed, ChartStyle::vermillion(), Qt::BDiagPattern, QStringLiteral("✖") },
        { tr("unknown"), s.unknown, ChartStyle::mutedText(), Qt::Dense6Pattern, QStringLiteral("?") },
    };
    const double tileH = std::min(rect.height(), tilesHeight(style));
    const double tileW = (rect.width() - style.fontPx * 3) / 4;
    for (int i = 0; i < tiles.size(); ++i) {
        const Tile &t = tiles[i];
        const QRectF r(rect.left() + i * (tileW + style.fontPx), rect.top(), tileW, tileH);
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
    p->restore();
}

namespace {

std::unique_ptr<QChart> themedChart(const ChartStyle &style, const QString &title)
{
    auto chart = std::make_unique<QChart>();
    QtCharts::applyTheme(chart.get(), style);
    chart->setTitleFont(style.font(1.0, true));
    chart->setTitle(title);
    chart->legend()->hide();
    return chart;
}

} // namespace

std::unique_ptr<QChart> ValidationRenderer::failingChart(const ValidationSummary &s, const ChartStyle &style, const QSizeF &size)
{
    if (s.checks == 0) {
        auto chart = themedChart(style, QString());
        new ChartMessageItem(chart.get(), tr("No validation results imported."), style);
        return chart;
    }
    const QString title = s.failed == 0 ? tr("Every check passed") : tr("Failing objects by size of the difference");
    auto chart = themedChart(style, title);
    QList<ValidationSummary::Failing> known;
    for (const ValidationSummary::Failing &f : s.failing) {
        if (f.differenceKnown)
            known.append(f);
    }
    const qsizetype notNumeric = s.failing.size() - known.size();
    if (known.isEmpty()) {
        if (notNumeric > 0)
            new ChartMessageItem(chart.get(), tr("%n failed check(s) without a numeric difference", nullptr, int(notNumeric)), style);
        return chart;
    }
    const QFont labelFont = style.font(0.9);
    const QFontMetricsF fm(labelFont);
    // Qt Charts lays labels out as text items with a 4 px margin above and below, and shortens
    // one taller than its row to "…".
    const double rowH = fm.height() * 1.35 + 8.0;
    const auto build = [&](int fit) {
        auto chart = themedChart(style, title);
        const int rows = std::min(fit, int(known.size()));
        const double labelW = std::min(size.width() * 0.35, style.fontPx * 18);
        auto *set = new QBarSet(tr("|difference|"));
        set->setBrush(QBrush(ChartStyle::vermillion(), Qt::BDiagPattern));
        set->setPen(QPen(ChartStyle::vermillion(), style.line * 1.2));
        set->setLabelColor(ChartStyle::text());
        set->setLabelFont(labelFont);
        auto *categories = new QBarCategoryAxis;
        QSet<QString> used;
        double maxDiff = 0;
        for (int i = rows - 1; i >= 0; --i) {
            const ValidationSummary::Failing &f = known[i];
            *set << f.difference;
            maxDiff = std::max(maxDiff, f.difference);
            // The first 512 characters give the same label as a name of millions (and cost nothing).
            QString label = fm.elidedText((f.check.isEmpty() ? f.object : QStringLiteral("%1 · %2").arg(f.object, f.check)).left(512), Qt::ElideRight, labelW);
            while (used.contains(label))
                label += QChar(0x200B);
            used.insert(label);
            categories->append(label);
        }
        auto *series = new QHorizontalBarSeries;
        series->append(set);
        // Bars as thick as when the rows fill the plot, also when there are fewer.
        series->setBarWidth(0.7 * std::min(1.0, double(rows) / double(fit)));
        series->setLabelsVisible(true);
        series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
        series->setLabelsPrecision(10);
        // Room right of the longest bar for its value.
        const double top = maxDiff > 0 ? maxDiff * 1.15 : 1.0;
        auto *axis = new QCategoryAxis;
        axis->setRange(0, top);
        axis->setStartValue(0);
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        for (double t : ChartStyle::niceTicks(0, top, std::clamp(int((size.width() - labelW) / (style.fontPx * 6)), 2, 6))) {
            if (t <= top)
                axis->append(ChartStyle::formatNumber(t), t);
        }
        QStringList notes;
        if (rows < known.size())
            notes << tr("… and %n more failing check(s)", nullptr, int(known.size() - rows));
        if (notNumeric > 0)
            notes << tr("%n without a numeric difference", nullptr, int(notNumeric));
        axis->setTitleText(notes.isEmpty() ? tr("|difference|") : tr("|difference| · %1").arg(notes.join(QStringLiteral(" · "))));
        chart->addAxis(axis, Qt::AlignBottom);
        chart->addAxis(categories, Qt::AlignLeft);
        QtCharts::applyTheme(axis, style);
        QtCharts::applyTheme(categories, style);
        categories->setLabelsFont(labelFont);
        categories->setLabelsColor(ChartStyle::text());
        categories->setGridLineVisible(false);
        chart->addSeries(series);
        series->attachAxis(axis);
        series->attachAxis(categories);
        return chart;
    };
    return fitBarRows(size, rowH, std::max(1, int((size.height() - style.margin - style.fontPx * 6.5) / rowH)), int(known.size()), build);
}

void ValidationRenderer::paint(QPainter *p, const QRectF &rect, const ValidationSummary &s, bool showTitle)
{
    const ChartStyle style = ChartStyle::forSize(rect.size());
    p->save();
    QRectF body = showTitle ? style.drawFrame(p, rect, tr("Validation: %1").arg(s.title)) : rect.adjusted(style.margin, style.margin, -style.margin, -style.margin);
    if (!showTitle)
        p->fillRect(rect, ChartStyle::background());
    if (s.checks > 0) {
        paintTiles(p, QRectF(body.left(), body.top(), body.width(), tilesHeight(style)), s, style);
        body.setTop(body.top() + tilesHeight(style) + style.fontPx * 0.6);
    }
    const std::unique_ptr<QChart> chart = failingChart(s, style, body.size());
    QtCharts::render(chart.get(), p, body);
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
