// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandfunctions.h"
#include "commandline.h"
#include "console.h"
#include "criteria/criteriaevaluator.h"
#include "interchange/jsonwriter.h"
#include "model/enumnames.h"
#include "planinput.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace cutover::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

QString unitOf(const Criterion &c, const Plan &plan)
{
    if (c.kind == CriterionKind::Validation)
        return tr("failed");
    for (const MetricSeries &s : plan.series) {
        if (CriteriaEvaluator::matches(c.metric, s))
            return s.unit;
    }
    return {};
}

QString condition(const Criterion &c)
{
    switch (c.kind) {
    case CriterionKind::Manual: return tr("manual check");
    case CriterionKind::Validation: return tr("failed objects %1 %2").arg(toString(c.op)).arg(c.threshold);
    case CriterionKind::Metric: break;
    }
    QString text = QStringLiteral("%1 %2 %3").arg(c.metric, toString(c.op)).arg(c.threshold);
    if (c.forSeconds > 0)
        text += tr(" for %1 s").arg(c.forSeconds);
    return text;
}

} // namespace

int cmdCriteria(const QStringList &args, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Evaluate the plan's rollback criteria over its imported series and validation results.\n"
           "A metric criterion is breached once its condition has held for its 'for' duration on a series "
           "(a gap longer than twice the series' usual spacing, or a null point, restarts the count). "
           "Exit code 1 when a criterion with action 'rollback' is breached."));
    parser.addPositionalArgument(QStringLiteral("PLAN"), tr("The plan (.cutover or .json)."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print the results as JSON."));
    parser.addOption(jsonOption);
    if (const auto exit = parseCommandLine(parser, args, console, QStringLiteral("criteria PLAN [--json]"), 1, 1))
        return *exit;

    const QString path = parser.positionalArguments().at(0);
    const auto plan = readPlan(path, console);
    if (!plan) {
        console.error(plan.error());
        return ExitUsage;
    }
    const QTimeZone zone = plan->displayZone();
    const QList<CriterionResult> results = CriteriaEvaluator::evaluate(plan.value());
    bool rollback = false;
    for (const CriterionResult &r : results)
        rollback = rollback || (r.state == CriterionState::Breached && r.action == CriterionAction::Rollback);
    auto when = [&zone](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, zone.isValid() ? zone : QTimeZone::utc()).toString(Qt::ISODate); };

    if (parser.isSet(jsonOption)) {
        JsonWriter w;
        w.beginObject();
        w.beginArray("criteria");
        for (const CriterionResult &r : results) {
            w.beginObject();
            w.value("id", r.id);
            w.value("status", toString(r.state));
            if (r.firstBreach)
                w.value("firstBreach", when(*r.firstBreach));
            else
                w.nullValue("firstBreach");
            if (r.worst)
                w.value("worst", *r.worst);
            else
                w.nullValue("worst");
            w.stringArray("series", r.series);
            w.value("kind", toString(r.kind));
            w.value("action", toString(r.action));
            w.value("detail", r.detail);
            w.endObject();
        }
        w.endArray();
        w.value("rollback", rollback);
        w.endObject();
        console.writeOut(w.finish());
        return rollback ? ExitProblems : ExitOk;
    }

    QTextStream &out = console.out();
    if (results.isEmpty()) {
        out << tr("%1: the plan has no criteria.").arg(path) << '\n';
        return ExitOk;
    }
    // A plain table: id, action, status, first breach, worst, condition.
    QList<QStringList> rows;
    rows << QStringList{tr("ID"), tr("ACTION"), tr("STATUS"), tr("FIRST BREACH"), tr("WORST"), tr("CONDITION")};
    for (qsizetype i = 0; i < results.size(); ++i) {
        const CriterionResult &r = results[i];
        const Criterion &c = plan->criteria[i];
        const QString unit = unitOf(c, plan.value());
        rows << QStringList{r.id, toString(r.action), toString(r.state), r.firstBreach ? when(*r.firstBreach) : QStringLiteral("-"),
                            r.worst ? QString::number(*r.worst, 'g', 6) + (unit.isEmpty() ? QString() : QLatin1Char(' ') + unit) : QStringLiteral("-"),
                            condition(c) + QStringLiteral(" (") + r.detail + QLatin1Char(')')};
    }
    QList<qsizetype> widths(rows.first().size(), 0);
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row[c].size());
    }
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c)
            line += c + 1 < row.size() ? row[c].leftJustified(widths[c] + 2) : row[c];
        out << line << '\n';
    }
    if (rollback)
        out << tr("A rollback criterion is breached.") << '\n';
    return rollback ? ExitProblems : ExitOk;
}

} // namespace cutover::cli
