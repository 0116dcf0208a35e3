// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartstyle.h"

#include "model/plan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <limits>

namespace cutover::charts {

/** One tile of the criteria board. */
struct CriterionTile
{
    enum class State { Ok, Breached, NoData, ManualYes, ManualNo, ManualUnknown };
    QString id;
    QString name;
    QString rule;            ///< "lag > 30 s for 5 min", "3 manual check"
    CriterionAction action = CriterionAction::Rollback;
    State state = State::NoData;
    QDateTime firstBreach;   ///< Breached: when the condition first held long enough
    double worst = std::numeric_limits<double>::quiet_NaN();
    double threshold = std::numeric_limits<double>::quiet_NaN(); ///< metric and validation criteria
    QString unit;
    QString reason;          ///< NoData: why (no matching series, no validation results)
};

/**
 * The rollback criteria with their live status from the plan's imported data: metric criteria
 * over the series whose metric (or name) matches, validation criteria over the failed count,
 * manual checks by their answer.
 */
struct CriteriaBoardData
{
    Q_DECLARE_TR_FUNCTIONS(CriteriaBoardData)
public:
    static CriteriaBoardData build(const Plan &plan);

    QString title;
    QTimeZone zone;
    QDateTime planStart;     ///< breaches on other days than the plan's show their date
    QList<CriterionTile> tiles;
    int breached() const;
};

/** Large tiles readable from the back of a meeting room: symbol + word + colour + pattern. */
class CriteriaBoardRenderer
{
    Q_DECLARE_TR_FUNCTIONS(CriteriaBoardRenderer)
public:
    static void paint(QPainter *p, const QRectF &rect, const CriteriaBoardData &data, bool showTitle = true);
    /**
     * "✖ BREACHED at 23:05"; the breach's date is added when it is not within the two days
     * from `planStart` (data from a rehearsal or an earlier sync), so a time is never mistaken
     * for one on the night of the cutover.
     */
    static QString stateText(const CriterionTile &tile, const QTimeZone &zone, const QDateTime &planStart = {});
    /** The worst value beside its threshold: as many decimals as it takes to tell them apart. */
    static QString worstText(const CriterionTile &tile);
};

} // namespace cutover::charts
