// SPDX-License-Identifier: GPL-3.0-or-later
#include "verdicterrors.h"

#include "console.h"
#include "analysis/plansummary.h"
#include "interchange/isotime.h"
#include "interchange/jsonwriter.h"
#include "lint/planlinter.h"

namespace cutover::cli {

void printVerdictErrors(const QString &path, const Plan &plan, const QList<PlanIssue> &errors, Console &console)
{
    for (const PlanIssue &f : errors) {
        const QString subject = PlanLinter::subject(f, plan);
        console.error(QStringLiteral("%1: error: [%2] %3%4")
                          .arg(path, f.code, subject.isEmpty() ? QString() : subject + QStringLiteral(": "), f.message));
    }
}

void writeVerdictErrors(JsonWriter &w, const QList<PlanIssue> &errors)
{
    w.beginArray("errors");
    for (const PlanIssue &f : errors) {
        w.beginObject();
        w.value("code", f.code);
        w.stringArray("ids", f.ids);
        w.value("message", f.message);
        w.endObject();
    }
    w.endArray();
}

void writeMargin(JsonWriter &w, const PlanSummary &summary, bool withP80)
{
    w.beginObject("margin");
    switch (summary.marginAnchor) {
    case PlanSummary::MarginAnchor::PointOfNoReturn: w.value("anchor", QStringLiteral("point-of-no-return")); break;
    case PlanSummary::MarginAnchor::TrafficSwitched: w.value("anchor", QStringLiteral("traffic-switched")); break;
    case PlanSummary::MarginAnchor::None: w.nullValue("anchor"); break;
    }
    if (summary.marginTask.isEmpty())
        w.nullValue("task");
    else
        w.value("task", summary.marginTask);
    if (summary.marginFrom.isValid())
        w.value("from", IsoTime::format(summary.marginFrom));
    else
        w.nullValue("from");
    if (summary.marginLikely)
        w.value("likelyMinutes", *summary.marginLikely);
    else
        w.nullValue("likelyMinutes");
    if (withP80) {
        if (summary.marginP80)
            w.value("p80Minutes", *summary.marginP80);
        else
            w.nullValue("p80Minutes");
    }
    w.endObject();
}

} // namespace cutover::cli
