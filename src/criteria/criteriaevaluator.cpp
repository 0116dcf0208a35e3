// SPDX-License-Identifier: GPL-3.0-or-later
#include "criteriaevaluator.h"

#include "model/durationtext.h"
#include "model/enumnames.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

namespace cutover {

namespace {

constexpr qsizetype kMedianSample = 100000;

// Sustained breaches are rare: keep the append out of the scan loop.
[[gnu::cold, gnu::noinline]] void recordRun(QList<BreachRun> &runs, qint64 from, qint64 to, qint64 breachAt)
{
    runs.append(BreachRun{from, to, breachAt});
}

template<typename Breach, typename Worse>
SeriesEvaluation scan(const MetricSeries &s, double forSeconds, Breach breaches, Worse worse)
{
    SeriesEvaluation out;
    const qsizetype n = std::min(s.times.size(), s.values.size());
    const qint64 *t = s.times.constData();
    const double *v = s.values.constData();
    out.usualIntervalMs = CriteriaEvaluator::usualInterval(s.times);
    // With fewer than two points there is no usual spacing, so no gap can break a run.
    const qint64 maxGap = out.usualIntervalMs > 0 ? 2 * out.usualIntervalMs : std::numeric_limits<qint64>::max();
    const qint64 forMs = qint64(std::llround(std::max(0.0, forSeconds) * 1000.0));
    // The loop keeps its state and results in locals and writes `out` once at the end.
    bool inRun = false;
    bool counted = false;      // the current run has held for `for` seconds
    qint64 runStart = 0;
    qint64 runLast = 0;
    qint64 breachAt = 0;
    qint64 previous = 0;
    bool havePrevious = false;
    bool anyValue = false;
    double worst = 0.0;
    bool anyBreach = false;
    qint64 firstBreach = 0;
    qsizetype brokenRuns = 0;
    QList<BreachRun> runs;
    for (qsizetype i = 0; i < n; ++i) {
        const double x = v[i];
        if (std::isnan(x)) {
            if (inRun && counted) // an explicit gap point ends the run
                recordRun(runs, runStart, runLast, breachAt);
            inRun = false;
            havePrevious = false;
            continue;
        }
        if (!anyValue || worse(x, worst))
            worst = x;
        anyValue = true;
        if (inRun && havePrevious && t[i] - previous > maxGap) {
            if (counted)
                recordRun(runs, runStart, runLast, breachAt);
            inRun = false;
            ++brokenRuns;
        }
        previous = t[i];
        havePrevious = true;
        if (!breaches(x)) {
            if (inRun && counted)
                recordRun(runs, runStart, runLast, breachAt);
            inRun = false;
            continue;
        }
        if (!inRun) {
            inRun = true;
            counted = false;
            runStart = t[i];
        }
        runLast = t[i];
        if (!counted && t[i] - runStart >= forMs) {
            counted = true;
            breachAt = t[i];
            if (!anyBreach) {
                anyBreach = true;
                firstBreach = breachAt;
            }
        }
    }
    if (inRun && counted)
        recordRun(runs, runStart, runLast, breachAt);
    out.runs = std::move(runs);
    out.brokenRuns = brokenRuns;
    if (anyBreach)
        out.firstBreach = firstBreach;
    if (anyValue) {
        out.worst = worst;
        out.state = out.firstBreach ? CriterionState::Breached : CriterionState::Ok;
    }
    return out;
}

struct Selector
{
    QString metric;
    QList<std::pair<QString, QString>> labels;
};

Selector parseSelector(const QString &text)
{
    Selector s;
    const qsizetype brace = text.indexOf(QLatin1Char('{'));
    if (brace < 0 || !text.endsWith(QLatin1Char('}'))) {
        s.metric = text.trimmed();
        return s;
    }
    s.metric = text.left(brace).trimmed();
    const QString inner = text.mid(brace + 1, text.size() - brace - 2);
    for (const QString &part : inner.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq < 0)
            continue;
        QString value = part.mid(eq + 1).trimmed();
        if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
            value = value.mid(1, value.size() - 2);
        s.labels.append({part.left(eq).trimmed(), value});
    }
    return s;
}

} // namespace

QString toString(CriterionState state)
{
    switch (state) {
    case CriterionState::Ok: return QStringLiteral("ok");
    case CriterionState::Breached: return QStringLiteral("breached");
    case CriterionState::NoData: return QStringLiteral("no-data");
    }
    return {};
}

qint64 CriteriaEvaluator::usualInterval(const QList<qint64> &times)
{
    const qsizetype n = times.size();
    if (n < 2)
        return 0;
    std::vector<qint64> d;
    const qsizetype intervals = n - 1;
    const qsizetype step = std::max<qsizetype>(1, intervals / kMedianSample);
    d.reserve(size_t(intervals / step + 1));
    for (qsizetype i = 1; i < n; i += step)
        d.push_back(times[i] - times[i - 1]);
    auto mid = d.begin() + qsizetype(d.size() / 2);
    std::nth_element(d.begin(), mid, d.end());
    return *mid;
}

QString CriteriaEvaluator::actionText(CriterionAction action)
{
    switch (action) {
    case CriterionAction::Rollback: return tr("roll back");
    case CriterionAction::Hold: return tr("hold");
    case CriterionAction::Warn: return tr("warn");
    }
    return {};
}

QString CriteriaEvaluator::operatorSymbol(CompareOp op)
{
    switch (op) {
    case CompareOp::Greater: return QStringLiteral(">");
    case CompareOp::GreaterOrEqual: return QStringLiteral("\u2265");
    case CompareOp::Less: return QStringLiteral("<");
    case CompareOp::LessOrEqual: return QStringLiteral("\u2264");
    }
    return {};
}

QString CriteriaEvaluator::conditionText(const Criterion &c, const QString &unit)
{
    const QString value = QLocale().toString(c.threshold, 'g', 12);
    switch (c.kind) {
    case CriterionKind::Manual: return tr("manual check");
    case CriterionKind::Validation: return tr("failed validation objects %1 %2").arg(operatorSymbol(c.op), value);
    case CriterionKind::Metric: break;
    }
    QString text = operatorSymbol(c.op) + QLatin1Char(' ') + value;
    if (!unit.isEmpty())
        text += QLatin1Char(' ') + unit;
    if (c.forSeconds > 0)
        text += tr(" for %1").arg(c.forSeconds < 60 ? tr("%1 s").arg(QLocale().toString(c.forSeconds, 'g', 6))
                                                    : DurationText::format(c.forSeconds / 60.0));
    return text;
}

QString CriteriaEvaluator::ruleText(const Criterion &c, const QString &unit)
{
    const QString condition = conditionText(c, unit);
    return c.kind == CriterionKind::Metric ? c.metric + QLatin1Char(' ') + condition : condition;
}

bool CriteriaEvaluator::matches(const QString &selector, const MetricSeries &series)
{
    const Selector s = parseSelector(selector);
    if (s.metric.isEmpty())
        return false;
    if (s.metric.compare(series.metric, Qt::CaseInsensitive) != 0 && s.metric.compare(series.name, Qt::CaseInsensitive) != 0
        && s.metric != series.id)
        return false;
    for (const auto &[key, value] : s.labels) {
        if (series.labels.value(key).compare(value, Qt::CaseInsensitive) != 0)
            return false;
    }
    return true;
}

SeriesEvaluation CriteriaEvaluator::evaluateSeries(const MetricSeries &series, CompareOp op, double threshold, double forSeconds)
{
    switch (op) {
    case CompareOp::Greater:
        return scan(series, forSeconds, [threshold](double x) { return x > threshold; }, [](double a, double b) { return a > b; });
    case CompareOp::GreaterOrEqual:
        return scan(series, forSeconds, [threshold](double x) { return x >= threshold; }, [](double a, double b) { return a > b; });
    case CompareOp::Less:
        return scan(series, forSeconds, [threshold](double x) { return x < threshold; }, [](double a, double b) { return a < b; });
    case CompareOp::LessOrEqual:
        return scan(series, forSeconds, [threshold](double x) { return x <= threshold; }, [](double a, double b) { return a < b; });
    }
    return {};
}

CriterionResult CriteriaEvaluator::evaluate(const Criterion &criterion, const QList<MetricSeries> &series,
                                            const QList<ValidationResult> &validation)
{
    CriterionResult r;
    r.id = criterion.id;
    r.kind = criterion.kind;
    r.action = criterion.action;
    const bool higherIsWorse = criterion.op == CompareOp::Greater || criterion.op == CompareOp::GreaterOrEqual;
    switch (criterion.kind) {
    case CriterionKind::Manual:
        r.state = criterion.answer == ManualAnswer::Yes  ? CriterionState::Breached
                  : criterion.answer == ManualAnswer::No ? CriterionState::Ok
                                                         : CriterionState::NoData;
        r.detail = criterion.answer == ManualAnswer::Unknown ? tr("not answered yet")
                                                             : tr("answered %1").arg(toString(criterion.answer));
        return r;
    case CriterionKind::Validation: {
        if (validation.isEmpty()) {
            r.detail = tr("no validation results imported");
            return r;
        }
        qsizetype failed = 0;
        std::optional<qint64> firstFailed;
        for (const ValidationResult &v : validation) {
            if (v.status != ValidationStatus::Failed)
                continue;
            ++failed;
            if (v.runAt.isValid() && (!firstFailed || v.runAt.toMSecsSinceEpoch() < *firstFailed))
                firstFailed = v.runAt.toMSecsSinceEpoch();
        }
        const double x = double(failed);
        bool breached = false;
        switch (criterion.op) {
        case CompareOp::Greater: breached = x > criterion.threshold; break;
        case CompareOp::GreaterOrEqual: breached = x >= criterion.threshold; break;
        case CompareOp::Less: breached = x < criterion.threshold; break;
        case CompareOp::LessOrEqual: breached = x <= criterion.threshold; break;
        }
        r.state = breached ? CriterionState::Breached : CriterionState::Ok;
        r.worst = x;
        if (breached)
            r.firstBreach = firstFailed;
        r.detail = tr("%1 of %2 objects failed validation").arg(failed).arg(validation.size());
        return r;
    }
    case CriterionKind::Metric:
        break;
    }
    bool anyData = false;
    qsizetype breachedSeries = 0;
    for (const MetricSeries &s : series) {
        if (!matches(criterion.metric, s))
            continue;
        r.series << s.name;
        const SeriesEvaluation e = evaluateSeries(s, criterion.op, criterion.threshold, criterion.forSeconds);
        if (e.state == CriterionState::NoData)
            continue;
        anyData = true;
        if (e.worst && (!r.worst || (higherIsWorse ? *e.worst > *r.worst : *e.worst < *r.worst)))
            r.worst = e.worst;
        if (e.firstBreach) {
            ++breachedSeries;
            if (!r.firstBreach || *e.firstBreach < *r.firstBreach)
                r.firstBreach = e.firstBreach;
        }
    }
    if (!anyData) {
        r.state = CriterionState::NoData;
        r.detail = r.series.isEmpty() ? tr("no imported series for metric \"%1\"").arg(criterion.metric)
                                      : tr("the matching series hold no values");
        return r;
    }
    r.state = breachedSeries > 0 ? CriterionState::Breached : CriterionState::Ok;
    r.detail = tr("%1 of %2 series breached").arg(breachedSeries).arg(r.series.size());
    return r;
}

QList<CriterionResult> CriteriaEvaluator::evaluate(const Plan &plan)
{
    QList<CriterionResult> out;
    out.reserve(plan.criteria.size());
    for (const Criterion &c : plan.criteria)
        out.append(evaluate(c, plan.series, plan.validation));
    return out;
}

} // namespace cutover
