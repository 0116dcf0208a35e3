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
    /**
     * Tiles are as tall as their text: the name (up to 2 lines), the state and the rule with
     * its action and worst value (up to 3 lines). One column while the tiles fit the rect, else
     * more (up to 4), and the largest text size at which everything fits.
     */
    static void paint(QPainter *p, const QRectF &rect, const CriteriaBoardData &data, bool showTitle = true);
    /** The height the board needs at `width` to show every tile's text (2 columns for more than 3 tiles). */
    static double preferredHeight(double width, const CriteriaBoardData &data, bool showTitle = true, int maxColumns = 2);
    /**
     * "✖ BREACHED at 23:05"; the breach's date is added when it is not within the two days
     * from `planStart` (data from a rehearsal or an earlier sync), so a time is never mistaken
     * for one on the night of the cutover.
     */
    static QString stateText(const CriterionTile &tile, const QTimeZone &zone, const QDateTime &planStart = {});
    /** The worst value beside its threshold: as many decimals as it takes to tell them apart. */
    static QString worstText(const CriterionTile &tile);
    /**
     * The one rule for a measured value with its unit, on the tiles and in the report's table:
     * ChartStyle::formatNumber ("895", "1.2k"), with as many decimals as it takes to tell the
     * value from `threshold` (NaN: none), then the unit after a space ("895 s").
     */
    static QString measuredText(double value, const QString &unit, double threshold = std::numeric_limits<double>::quiet_NaN());
};

} // namespace cutover::charts
