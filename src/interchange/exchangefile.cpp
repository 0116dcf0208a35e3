// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchangefile.h"

#include <QSaveFile>

namespace cutover {

Status ExchangeFile::write(const QByteArray &data, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(tr("cannot open for writing: %1").arg(file.errorString()), path);
    if (file.write(data) != data.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return Error(tr("cannot write: %1").arg(why), path);
    }
    if (!file.commit())
        return Error(tr("cannot save: %1").arg(file.errorString()), path);
    return Ok{};
}

QString ExchangeFile::oneLine(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\n')
            out += QStringLiteral("\\n");
        else if (c == u'\r')
            out += QStringLiteral("\\r");
        else if (c == u'\t')
            out += QStringLiteral("\\t");
        else if (c.unicode() < 0x20 || c.unicode() == 0x7F || c.unicode() == 0x2028 || c.unicode() == 0x2029)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

QStringList ExchangeFile::beyondRunbook(const Plan &plan)
{
    QStringList out;
    if (!plan.rollbackTasks.isEmpty())
        out << tr("the rollback plan (%n steps)", nullptr, int(plan.rollbackTasks.size()));
    if (!plan.criteria.isEmpty())
        out << tr("%n rollback criteria", nullptr, int(plan.criteria.size()));
    if (!plan.decisions.isEmpty())
        out << tr("%n gate decisions", nullptr, int(plan.decisions.size()));
    if (!plan.readiness.isEmpty())
        out << tr("%n readiness items", nullptr, int(plan.readiness.size()));
    if (plan.hypercare != Hypercare())
        out << tr("the hypercare plan");
    if (!plan.series.isEmpty())
        out << tr("%n imported series", nullptr, int(plan.series.size()));
    if (!plan.validation.isEmpty())
        out << tr("%n validation results", nullptr, int(plan.validation.size()));
    int actuals = 0;
    for (const Task &t : plan.tasks)
        actuals += t.status != TaskStatus::NotStarted || t.actualStart.isValid() || t.actualFinish.isValid();
    if (actuals > 0)
        out << tr("the recorded progress of %n tasks", nullptr, actuals);
    if (plan.status != PlanStatus::Draft)
        out << tr("the plan status");
    if (!plan.description.isEmpty())
        out << tr("the plan description");
    return out;
}

} // namespace cutover
