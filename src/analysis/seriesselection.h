// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace cutover {

/**
 * Which imported series the lag chart draws: one rule for the monitoring view, the report and
 * the `chart` command. The Document owns one (the user's choice is view state: it is not
 * saved in the plan); the CLI uses a default one.
 *
 * Until the user chooses, the drawn series are those a rollback criterion watches, or, if no
 * criterion watches any, the first kFallbackCount. A choice is kept by series id across new
 * data; a series that arrives after the choice (a fresh import brings new ids) follows the
 * default rule, so a new series a criterion watches is drawn. While none of the chosen series
 * exists (the import that brought them was undone), the default rule applies; the choice is
 * kept, so a redo brings it back, and it is the same whether or not a view was showing. An
 * empty choice (the user unticked every series) stays empty.
 */
class SeriesSelection
{
    Q_DECLARE_TR_FUNCTIONS(SeriesSelection)
public:
    /** Series drawn when none is watched by a criterion and the user has not chosen. */
    static constexpr int kFallbackCount = 6;

    /** Why peek() draws what it draws (for the report's sentence). */
    enum class Reason { Chosen, Watched, First, All };

    /**
     * The drawn series among `ids` (MetricSeries::id, in chart order), as ascending indices;
     * `watched` are the indices of the series a criterion watches.
     */
    QList<int> peek(const QStringList &ids, const QList<int> &watched, Reason *reason = nullptr) const;

    /** The user drew exactly these (indices into `ids`); the ids not among them are "known". */
    void choose(const QStringList &ids, const QList<int> &indices);
    /** Back to the default rule. */
    void reset();

    bool isChosen() const { return m_chosen; }
    /** The chosen ids (empty unless isChosen()). */
    QSet<QString> chosenIds() const { return m_chosenIds; }

    /** "the series a rollback criterion watches", ...: for "The chart shows 3 of them (…)". */
    static QString describe(Reason reason);

    friend bool operator==(const SeriesSelection &, const SeriesSelection &) = default;

private:
    bool m_chosen = false;
    QSet<QString> m_chosenIds;
    QSet<QString> m_knownIds; ///< every series id when the user chose
};

} // namespace cutover
