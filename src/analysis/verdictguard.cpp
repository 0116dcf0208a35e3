// SPDX-License-Identifier: GPL-3.0-or-later
#include "verdictguard.h"

#include <QStringList>

namespace cutover {

bool VerdictGuard::withholds(const PlanIssue &finding)
{
    static const QStringList codes = {
        QStringLiteral("cycle"),           QStringLiteral("unknown-predecessor"), QStringLiteral("self-dependency"),
        QStringLiteral("cross-plan-dependency"), QStringLiteral("empty-id"),   QStringLiteral("duplicate-id"),
        QStringLiteral("duplicate-mark"),  QStringLiteral("marks-out-of-order"), QStringLiteral("estimate-order"),
        QStringLiteral("negative-duration"), QStringLiteral("window-invalid"), QStringLiteral("schedule-error"),
    };
    return finding.severity == PlanIssue::Severity::Error && codes.contains(finding.code);
}

QList<PlanIssue> VerdictGuard::blockingErrors(const QList<PlanIssue> &findings)
{
    QList<PlanIssue> out;
    for (const PlanIssue &f : findings) {
        if (withholds(f))
            out.append(f);
    }
    return out;
}

QString VerdictGuard::notComputed(const QList<PlanIssue> &errors)
{
    if (errors.isEmpty())
        return {};
    QString message = errors.constFirst().message;
    if (message.endsWith(QLatin1Char('.')))
        message.chop(1); // the reason is quoted inside sentences
    return tr("not computed: %1").arg(message);
}

} // namespace cutover
