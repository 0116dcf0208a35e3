// SPDX-License-Identifier: GPL-3.0-or-later
#include "verdicterrors.h"

#include "console.h"
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

} // namespace cutover::cli
