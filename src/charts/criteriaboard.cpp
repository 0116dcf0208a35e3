// SPDX-License-Identifier: GPL-3.0-or-later
#include "criteriaboard.h"

#include "criteria/criteriaevaluator.h"
#include "model/durationtext.h"
#include "model/enumnames.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

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
    QString text = ChartStyle::formatNumber(t.worst);
    // 90.24 beside a threshold of 90 must not read "90": add decimals until the two differ.
    if (std::isfinite(t.threshold) && t.worst != t.threshold && text == ChartStyle::formatNumber(t.threshold)) {
        for (int decimals = 1; decimals <= 6; ++decimals) {
            text = QLocale::c().toString(t.worst, 'f', decimals);
            if (QLocale::c().toDouble(text) != t.threshold)
                break;
        }
    }
    return text;
}

void CriteriaBoardRenderer::paint(QPainter *p, const QRectF &rect, const CriteriaBoardData &d, bool showTitle)
{
    const ChartStyle style = ChartStyle::forSize(rect.size());
    p->save();
    p->setRenderHint(QPainter::Antialiasing, true);
    QRectF body;
    if (showTitle) {
        const int n = d.breached();
        body = style.drawFrame(p, rect, tr("Rollback criteria: %1").arg(d.title),
                               n == 0 ? tr("No criterion breached") : tr("Breached or triggered: %1 of %2").arg(n).arg(d.tiles.size()));
    } else {
        p->fillRect(rect, ChartStyle::background());
        body = rect.adjusted(style.margin, style.margin, -style.margin, -style.margin);
    }
    if (d.tiles.isEmpty()) {
        style.drawEmpty(p, body, tr("The plan has no rollback criteria."));
        p->restore();
        return;
    }
    const int n = int(d.tiles.size());
    const double gap = style.fontPx * 0.8;
    // Full-width rows while they fit at a readable height; otherwise more columns.
    const double preferred = style.fontPx * 5.5;
    const int rowsThatFit = std::max(1, int((body.height() + gap) / (preferred + gap)));
    const int cols = std::clamp((n + rowsThatFit - 1) / rowsThatFit, 1, n);
    const int rows = (n + cols - 1) / cols;
    const double w = (body.width() - gap * (cols - 1)) / cols;
    const double h = std::min((body.height() - gap * (rows - 1)) / rows, preferred);
    const double scale = std::clamp(h / (style.fontPx * 5.0), 0.55, 1.2);
    for (int i = 0; i < n; ++i) {
        const CriterionTile &t = d.tiles[i];
        const QRectF r(body.left() + (i % cols) * (w + gap), body.top() + (i / cols) * (h + gap), w, h);
        const bool bad = t.state == CriterionTile::State::Breached || t.state == CriterionTile::State::ManualYes;
        const bool good = t.state == CriterionTile::State::Ok || t.state == CriterionTile::State::ManualNo;
        const QColor c = bad ? ChartStyle::vermillion() : good ? ChartStyle::bluishGreen() : ChartStyle::mutedText();
        p->setPen(QPen(c, bad ? style.line * 3 : style.line * 1.5, good || bad ? Qt::SolidLine : Qt::DashLine));
        p->setBrush(bad ? QColor(0xD5, 0x5E, 0x00, 50) : good ? QColor(0x00, 0x9E, 0x73, 30) : QColor(0xEE, 0xEE, 0xEE));
        p->drawRect(r);
        if (bad)
            p->fillRect(QRectF(r.left(), r.top(), style.fontPx * 0.9, r.height()), QBrush(ChartStyle::vermillion(), Qt::BDiagPattern));
        const QRectF inner = r.adjusted(style.fontPx * 1.3, style.fontPx * 0.3 * scale, -style.fontPx * 0.5, -style.fontPx * 0.3 * scale);
        const double third = inner.height() / 3;
        p->setPen(ChartStyle::text());
        p->setFont(style.font(1.0 * scale, true));
        ChartStyle::drawElided(p, QRectF(inner.left(), inner.top(), inner.width(), third), Qt::AlignLeft | Qt::AlignVCenter, t.name);
        p->setFont(style.font(1.45 * scale, true));
        p->setPen(bad ? QColor(0x8A, 0x30, 0x00) : good ? QColor(0x00, 0x5A, 0x40) : ChartStyle::text());
        ChartStyle::drawElided(p, QRectF(inner.left(), inner.top() + third, inner.width(), third), Qt::AlignLeft | Qt::AlignVCenter, stateText(t, d.zone, d.planStart));
        p->setFont(style.font(0.8 * scale));
        p->setPen(ChartStyle::mutedText());
        QString detail = t.rule + QStringLiteral(" → ") + CriteriaEvaluator::actionText(t.action);
        if (std::isfinite(t.worst) && t.state != CriterionTile::State::NoData)
            detail += tr(" · worst %1%2").arg(worstText(t), t.unit.isEmpty() ? QString() : QStringLiteral(" ") + t.unit);
        if (!t.reason.isEmpty())
            detail += QStringLiteral(" · ") + t.reason;
        ChartStyle::drawElided(p, QRectF(inner.left(), inner.top() + 2 * third, inner.width(), third), Qt::AlignLeft | Qt::AlignVCenter, detail);
    }
    p->restore();
}

} // namespace cutover::charts
