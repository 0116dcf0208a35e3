// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportverdict.h"

#include <cmath>

namespace cutover::report {

QString ReportVerdict::percent(double share)
{
    const double pct = share * 100.0;
    if (pct >= 100.0)
        return tr("100 %");
    if (pct <= 0.0)
        return tr("0 %");
    if (pct > 99.0 && std::lround(pct) >= 100)
        return tr("> 99 %");
    if (pct < 1.0 && std::lround(pct) <= 0)
        return tr("< 1 %");
    return tr("%1 %").arg(std::lround(pct));
}

QString ReportVerdict::sentence(const VerdictFacts &f)
{
    QString text;
    const QString deadline = f.rollbackDeadline.isEmpty()
        ? QString()
        : tr("; rollback must start by %1").arg(f.rollbackDeadline);
    if (!f.planError.isEmpty()) {
        text = f.planErrors > 1 ? tr("Not computed: the plan has %1 errors, the first: %2").arg(f.planErrors).arg(f.planError)
                                : tr("Not computed: the plan has an error: %1").arg(f.planError);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    } else if (!f.hasDowntimeMarks) {
        text = tr("The downtime cannot be judged: no task is marked as the start of the write freeze and the traffic switch");
    } else if (!f.hasWindow) {
        text = tr("No maintenance window is set, so the fit cannot be judged");
    } else if (f.probability) {
        const double p = *f.probability;
        const QString pct = percent(p);
        if (p >= 0.8)
            text = tr("Fits the window with %1 confidence%2").arg(pct, deadline);
        else if (p >= 0.5)
            text = tr("At risk: fits the window with only %1 confidence%2").arg(pct, deadline);
        else
            text = tr("Unlikely to fit the window (%1 confidence)%2").arg(pct, deadline);
    } else if (f.fitsDeterministic) {
        text = *f.fitsDeterministic ? tr("Fits the window at likely durations (not simulated)%1").arg(deadline)
                                    : tr("Does not fit the window even at likely durations%1").arg(deadline);
    } else {
        text = tr("The fit with the window cannot be judged");
    }
    text += QLatin1Char('.');
    if (!f.holdingGate.isEmpty())
        text += QLatin1Char(' ') + (f.holdingIsNoGo ? tr("The latest decision at \u201c%1\u201d is NO-GO.").arg(f.holdingGate)
                                                    : tr("The latest decision at \u201c%1\u201d is to hold.").arg(f.holdingGate));
    if (f.breachedRollbackCriteria > 0)
        text += QLatin1Char(' ') + (f.breachedRollbackCriteria == 1 ? tr("1 rollback criterion is breached in the imported data.")
                                                                   : tr("%1 rollback criteria are breached in the imported data.").arg(f.breachedRollbackCriteria));
    if (f.openReadinessItems > 0)
        text += QLatin1Char(' ') + (f.openReadinessItems == 1 ? tr("1 readiness item is still open.")
                                                             : tr("%1 readiness items are still open.").arg(f.openReadinessItems));
    return text;
}

} // namespace cutover::report
