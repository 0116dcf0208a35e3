// SPDX-License-Identifier: GPL-3.0-or-later
// PlanFile::mergeImported, the in-memory part of an import: linear in stored + new series
// (hash lookups for the matching series and the taken ids), so 20,000 new series merge in
// milliseconds instead of the quadratic rescans it once did.
#include "planfile.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace cutover {

namespace {

/** (sourceChecksum, metric, name, labels) as one unambiguous string: each part length-prefixed. */
QString matchKey(const MetricSeries &s)
{
    QString key;
    const auto add = [&key](const QString &part) {
        key += QString::number(part.size());
        key += QLatin1Char(':');
        key += part;
    };
    add(s.sourceChecksum);
    add(s.metric);
    add(s.name);
    key += QString::number(s.labels.size());
    for (auto it = s.labels.cbegin(); it != s.labels.cend(); ++it) {
        add(it.key());
        add(it.value());
    }
    return key;
}

/**
 * Unique ids: `wanted` when free, else base-2, base-3, ... (base "series" for an empty id), the
 * smallest free one. Ids are only ever added during a merge, so the suffixes already probed for
 * a base stay taken and the next probe for that base starts after them.
 */
class SeriesIds
{
public:
    explicit SeriesIds(const QList<MetricSeries> &stored)
    {
        m_taken.reserve(stored.size());
        for (const MetricSeries &s : stored)
            m_taken.insert(s.id);
    }

    QString take(const QString &wanted)
    {
        QString id = wanted;
        if (wanted.isEmpty() || m_taken.contains(wanted)) {
            const QString base = wanted.isEmpty() ? QStringLiteral("series") : wanted;
            int &n = m_nextSuffix[base];
            n = std::max(n, 2);
            do {
                id = base + QLatin1Char('-') + QString::number(n++);
            } while (m_taken.contains(id));
        }
        m_taken.insert(id);
        return id;
    }

private:
    QSet<QString> m_taken;
    QHash<QString, int> m_nextSuffix;
};

} // namespace

Status PlanFile::mergeImported(Plan *plan, const QList<MetricSeries> &series,
                               const QList<ValidationResult> &validation)
{
    for (const MetricSeries &s : series) {
        if (s.times.size() != s.values.size())
            return Error(tr("series %1 has %2 times but %3 values").arg(s.id).arg(s.times.size()).arg(s.values.size()));
    }
    // The first stored series with each key, as the series list grows.
    QHash<QString, qsizetype> firstWithKey;
    firstWithKey.reserve(plan->series.size() + series.size());
    for (qsizetype i = plan->series.size(); i-- > 0;) // backwards: the first one wins
        firstWithKey[matchKey(plan->series.at(i))] = i;
    SeriesIds ids(plan->series);
    plan->series.reserve(plan->series.size() + series.size());
    for (const MetricSeries &incoming : series) {
        const QString key = matchKey(incoming);
        if (const auto it = firstWithKey.constFind(key); it != firstWithKey.cend()) {
            MetricSeries &stored = plan->series[*it];
            const QString id = stored.id;
            stored = incoming;
            stored.id = id;
            continue;
        }
        MetricSeries added = incoming;
        added.id = ids.take(incoming.id);
        firstWithKey.insert(key, plan->series.size());
        plan->series.append(std::move(added));
    }

    auto keyOf = [](const ValidationResult &v) { return QStringList{v.sourceChecksum, v.object, v.check}; };
    QSet<QStringList> replaced;
    for (const ValidationResult &v : validation)
        replaced.insert(keyOf(v));
    plan->validation.removeIf([&](const ValidationResult &v) { return replaced.contains(keyOf(v)); });
    plan->validation.append(validation);
    return Ok{};
}

} // namespace cutover
