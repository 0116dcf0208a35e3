// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/plan.h"
#include "model/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <QTimeZone>

namespace cutover {

/**
 * The built-in plan templates (JSON files in resources/templates, compiled in). Each template is a
 * plan whose times are relative to a reference start; create() shifts all of them so the new
 * plan starts at the requested moment.
 */
class PlanTemplates
{
    Q_DECLARE_TR_FUNCTIONS(PlanTemplates)
public:
    /** {"online-migration", "empty"} */
    static QStringList names();
    /** A new plan from the template, every time shifted so the plan starts at `start`
        (window, notBefore etc. move with it), displayed in `timezone` (an IANA name). */
    static Result<Plan> create(const QString &name, const QString &planName, const QDateTime &start,
                               const QString &timezone);
    /** The default start of a new plan: 21:00 on the first Saturday after `now`'s date in `zone`. */
    static QDateTime nextSaturdayEvening(const QDateTime &now, const QTimeZone &zone);
};

} // namespace cutover
