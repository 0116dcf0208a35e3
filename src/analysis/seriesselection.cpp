// SPDX-License-Identifier: GPL-3.0-or-later
#include "seriesselection.h"

#include <algorithm>

namespace cutover {

QList<int> SeriesSelection::peek(const QStringList &ids, const QList<int> &watched, Reason *reason) const
{
    const QSet<int> watchedSet(watched.cbegin(), watched.cend());
    QList<int> out;
    if (m_chosen) {
        bool anyChosenLeft = false;
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const bool chosen = m_chosenIds.contains(ids[i]);
            anyChosenLeft = anyChosenLeft || chosen;
            if (chosen || (!m_knownIds.contains(ids[i]) && watchedSet.contains(int(i))))
                out.append(int(i));
        }
        // An empty choice (every series unticked) stays empty; a choice of vanished series is forgotten.
        if (anyChosenLeft || m_chosenIds.isEmpty()) {
            if (reason)
                *reason = out.size() == ids.size() ? Reason::All : Reason::Chosen;
            return out;
        }
        out.clear();
    }
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (watchedSet.contains(int(i)))
            out.append(int(i));
    }
    Reason why = Reason::Watched;
    if (out.isEmpty()) {
        why = Reason::First;
        for (qsizetype i = 0; i < std::min<qsizetype>(ids.size(), kFallbackCount); ++i)
            out.append(int(i));
    }
    if (reason)
        *reason = out.size() == ids.size() ? Reason::All : why;
    return out;
}

void SeriesSelection::choose(const QStringList &ids, const QList<int> &indices)
{
    m_chosen = true;
    m_chosenIds.clear();
    m_knownIds = QSet<QString>(ids.cbegin(), ids.cend());
    for (int i : indices) {
        if (i >= 0 && i < ids.size())
            m_chosenIds.insert(ids[i]);
    }
}

void SeriesSelection::reset()
{
    m_chosen = false;
    m_chosenIds.clear();
    m_knownIds.clear();
}

QString SeriesSelection::describe(Reason reason)
{
    switch (reason) {
    case Reason::Chosen: return tr("as chosen in the monitoring view");
    case Reason::Watched: return tr("the series a rollback criterion watches");
    case Reason::First: return tr("the first %n, as no rollback criterion watches one", nullptr, kFallbackCount);
    case Reason::All: return tr("all of them");
    }
    return {};
}

} // namespace cutover
