// SPDX-License-Identifier: GPL-3.0-or-later
#include "lagchart.h"

#include "criteria/criteriaevaluator.h"
#include "model/durationtext.h"
#include "model/enumnames.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace cutover::charts {

namespace {

/**
 * A shell-style wildcard as an anchored regular expression: * and ? match any text ("/"
 * included, unlike QRegularExpression's file-path conversion in Qt 6.4), [...] a set.
 */
QString wildcardRegex(const QString &pattern)
{
    QString re = QStringLiteral("\\A(?:");
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern[i];
        if (c == u'*') {
            re += QStringLiteral(".*");
        } else if (c == u'?') {
            re += QStringLiteral(".");
        } else if (c == u'[') {
            const qsizetype close = pattern.indexOf(u']', i + 2);
            if (close < 0) {
                re += QStringLiteral("\\[");
                continue;
            }
            QString set = pattern.mid(i + 1, close - i - 1);
            const bool negate = set.startsWith(u'!');
            if (negate)
                set.remove(0, 1);
            set.replace(QStringLiteral("\\"), QStringLiteral("\\\\"));
            re += (negate ? QStringLiteral("[^") : QStringLiteral("[")) + set + QStringLiteral("]");
            i = close;
        } else {
            re += QRegularExpression::escape(QString(c));
        }
    }
    return re + QStringLiteral(")\\z");
}

} // namespace

QList<BreachStretch> LagChartData::breachedStretches(const QList<qint64> &times, const QList<double> &values, CompareOp op,
                                                     double threshold, double forSeconds)
{
    MetricSeries series;
    series.times = times;
    series.values = values;
    QList<BreachStretch> out;
    for (const BreachRun &run : CriteriaEvaluator::evaluateSeries(series, op, threshold, forSeconds).runs)
        out.append({-1, run.from, run.to, {}});
    return out;
}

LagChartData LagChartData::build(const Plan &plan, const Schedule *schedule)
{
    LagChartData d;
    d.title = plan.name;
    d.zone = plan.displayZone();
    for (qsizetype i = 0; i < plan.series.size(); ++i) {
        const MetricSeries &m = plan.series[i];
        LagSeries s;
        s.id = m.id;
        s.name = m.name.isEmpty() ? m.metric : m.name;
        s.metric = m.metric;
        s.unit = m.unit;
        s.source = m.sourceFile;
        s.index = SeriesIndex(m.times, m.values, Downsampler::suggestGapMs(m.times));
        s.colorIndex = int(i);
        d.series.append(std::move(s));
    }
    const QStringList labels = legendLabels(d.series);
    for (qsizetype i = 0; i < d.series.size(); ++i)
        d.series[i].label = labels[i];
    d.totalSeries = int(d.series.size());
    for (const Criterion &c : plan.criteria) {
        if (c.kind != CriterionKind::Metric)
            continue;
        LagThreshold t;
        t.value = c.threshold;
        t.op = c.op;
        t.action = c.action;
        for (qsizetype i = 0; i < plan.series.size(); ++i) {
            const MetricSeries &m = plan.series[i];
            if (!CriteriaEvaluator::matches(c.metric, m))
                continue;
            t.series.append(int(i));
            t.unit = m.unit;
            QList<BreachStretch> runs = breachedStretches(m.times, m.values, c.op, c.threshold, c.forSeconds);
            for (BreachStretch &r : runs) {
                r.series = int(i);
                r.criterion = c.id;
                d.stretches.append(r);
            }
        }
        if (t.series.isEmpty())
            continue;
        const QString rule = CriteriaEvaluator::conditionText(c, t.unit);
        //: threshold label on the lag chart: rule · action: criterion, e.g. "> 30 s for 5 min · roll back: Replication lag"
        t.label = tr("%1 \u00b7 %2: %3").arg(rule, CriteriaEvaluator::actionText(c.action), c.name.isEmpty() ? c.id : c.name);
        d.thresholds.append(std::move(t));
    }
    if (schedule && plan.start.isValid()) {
        const qint64 origin = plan.start.toMSecsSinceEpoch();
        auto at = [&](double minutes) { return origin + qint64(std::llround(minutes * 60000.0)); };
        if (schedule->freezeStart)
            d.markers.append({ at(*schedule->freezeStart), tr("write freeze"), Qt::SolidLine });
        if (schedule->trafficSwitched)
            d.markers.append({ at(*schedule->trafficSwitched), tr("traffic switched"), Qt::DashLine });
        if (schedule->rollbackDeadline.isValid())
            d.markers.append({ schedule->rollbackDeadline.toMSecsSinceEpoch(), tr("rollback deadline (likely)"), Qt::DashDotLine });
    }
    return d;
}

QStringList LagChartData::legendLabels(const QList<LagSeries> &series)
{
    QStringList labels;
    for (const LagSeries &s : series)
        labels.append(s.name);
    // Each step only touches labels still shared by several series.
    auto extend = [&](auto part) {
        QHash<QString, int> count;
        for (const QString &l : std::as_const(labels))
            ++count[l];
        for (qsizetype i = 0; i < series.size(); ++i) {
            const QString extra = part(i);
            if (count.value(labels[i]) > 1 && !extra.isEmpty())
                labels[i] += QStringLiteral(" \u00b7 ") + extra;
        }
    };
    extend([&](qsizetype i) { return series[i].metric == series[i].name ? QString() : series[i].metric; });
    extend([&](qsizetype i) { return series[i].source; });
    QHash<QString, int> count, seen;
    for (const QString &l : std::as_const(labels))
        ++count[l];
    for (QString &l : labels) {
        if (count.value(l) > 1) {
            const int n = ++seen[l];
            l += QStringLiteral(" (%1)").arg(n);
        }
    }
    return labels;
}

QList<int> LagChartData::criterionSeries() const
{
    QList<bool> bound(series.size(), false);
    for (const LagThreshold &t : thresholds) {
        for (int i : t.series) {
            if (i >= 0 && i < bound.size())
                bound[i] = true;
        }
    }
    QList<int> out;
    for (qsizetype i = 0; i < bound.size(); ++i) {
        if (bound[i])
            out.append(int(i));
    }
    return out;
}

QStringList LagChartData::seriesIds() const
{
    QStringList ids;
    ids.reserve(series.size());
    for (const LagSeries &s : series)
        ids.append(s.id);
    return ids;
}

QList<int> LagChartData::seriesMatching(const QStringList &patterns, QStringList *unmatched) const
{
    QList<bool> hit(series.size(), false);
    for (const QString &pattern : patterns) {
        const QRegularExpression re(wildcardRegex(pattern), QRegularExpression::CaseInsensitiveOption);
        bool any = false;
        for (qsizetype i = 0; i < series.size(); ++i) {
            if (re.match(series[i].name).hasMatch() || re.match(series[i].metric).hasMatch()) {
                hit[i] = true;
                any = true;
            }
        }
        if (!any && unmatched)
            unmatched->append(pattern);
    }
    QList<int> out;
    for (qsizetype i = 0; i < hit.size(); ++i) {
        if (hit[i])
            out.append(int(i));
    }
    return out;
}

LagChartData LagChartData::selected(const QList<int> &indices) const
{
    LagChartData out;
    out.title = title;
    out.zone = zone;
    out.totalSeries = totalSeries;
    out.markers = markers;
    QList<int> remap(series.size(), -1);
    for (qsizetype i = 0; i < series.size(); ++i) {
        if (indices.contains(int(i))) {
            remap[i] = int(out.series.size());
            out.series.append(series[i]);
            out.series.last().colorIndex = remap[i];
        }
    }
    for (const LagThreshold &t : thresholds) {
        LagThreshold kept = t;
        kept.series.clear();
        for (int i : t.series) {
            if (i >= 0 && i < remap.size() && remap[i] >= 0)
                kept.series.append(remap[i]);
        }
        if (!kept.series.isEmpty())
            out.thresholds.append(std::move(kept));
    }
    for (const BreachStretch &b : stretches) {
        if (b.series >= 0 && b.series < remap.size() && remap[b.series] >= 0) {
            BreachStretch kept = b;
            kept.series = remap[b.series];
            out.stretches.append(kept);
        }
    }
    return out;
}

QStringList LagChartData::units() const
{
    QStringList u;
    for (const LagSeries &s : series) {
        if (!u.contains(s.unit))
            u.append(s.unit);
    }
    return u;
}

bool LagChartData::timeRange(qint64 *t0, qint64 *t1) const
{
    bool any = false;
    for (const LagSeries &s : series) {
        if (s.index.size() == 0)
            continue;
        const qint64 a = s.index.times().constFirst(), b = s.index.times().constLast();
        *t0 = any ? std::min(*t0, a) : a;
        *t1 = any ? std::max(*t1, b) : b;
        any = true;
    }
    return any;
}

} // namespace cutover::charts
