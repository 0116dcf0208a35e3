// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskfieldtext.h"

#include "model/durationtext.h"
#include "model/displaynames.h"
#include "model/enumnames.h"
#include "model/planlimits.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

namespace cutover {

using TaskField = Document::TaskField;

namespace {

QTimeZone zoneOf(const Plan &plan)
{
    return plan.displayZone();
}

template<typename E>
Result<QVariant> parseEnumText(const QString &text, const QString &what)
{
    const QString t = text.trimmed();
    if (const auto v = DisplayNames::parse<E>(t))
        return QVariant::fromValue(*v);
    return Error{TaskFieldText::tr("\"%1\" is not a %2 (expected one of %3)")
                     .arg(t, what, DisplayNames::choices<E>())};
}

} // namespace

QString TaskFieldText::title(TaskField field)
{
    switch (field) {
    case TaskField::Id: return tr("ID");
    case TaskField::Name: return tr("Name");
    case TaskField::Phase: return tr("Phase");
    case TaskField::Owner: return tr("Owner");
    case TaskField::Kind: return tr("Kind");
    case TaskField::Optimistic: return tr("Optimistic");
    case TaskField::Likely: return tr("Likely");
    case TaskField::Pessimistic: return tr("Pessimistic");
    case TaskField::Distribution: return tr("Distribution");
    case TaskField::Predecessors: return tr("Predecessors");
    case TaskField::NotBefore: return tr("Not before");
    case TaskField::Marks: return tr("Marks");
    case TaskField::Status: return tr("Status");
    case TaskField::Notes: return tr("Notes");
    case TaskField::ActualStart: return tr("Actual start");
    case TaskField::ActualFinish: return tr("Actual finish");
    }
    return {};
}

QTimeZone TaskFieldText::zone(const Plan &plan)
{
    return zoneOf(plan);
}

QDateTime TaskFieldText::scheduleTime(const Plan &plan, double minutes)
{
    if (!plan.start.isValid() || !std::isfinite(minutes))
        return {};
    return plan.start.addMSecs(qint64(std::llround(minutes * 60000.0))).toTimeZone(zoneOf(plan));
}

QString TaskFieldText::formatTime(const Plan &plan, const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toTimeZone(zoneOf(plan)).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

Result<QDateTime> TaskFieldText::parseTime(const Plan &plan, const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return QDateTime();
    // ISO 8601 with an explicit offset or Z.
    static const QRegularExpression withOffset(QStringLiteral("(Z|[+-]\\d\\d:?\\d\\d)$"));
    if (withOffset.match(text).hasMatch()) {
        const QDateTime t = QDateTime::fromString(text, Qt::ISODate);
        if (t.isValid())
            return t;
    }
    static const QStringList formats = {QStringLiteral("yyyy-MM-dd HH:mm"), QStringLiteral("yyyy-MM-dd H:mm"),
                                        QStringLiteral("yyyy-MM-ddTHH:mm"), QStringLiteral("yyyy-MM-dd HH:mm:ss"),
                                        QStringLiteral("yyyy-MM-ddTHH:mm:ss")};
    for (const QString &format : formats) {
        const QDateTime local = QDateTime::fromString(text, format);
        if (local.isValid())
            return QDateTime(local.date(), local.time(), zoneOf(plan));
    }
    return Error{tr("cannot read \"%1\" as a time (expected e.g. 2026-12-05 22:00)").arg(text)};
}

QString TaskFieldText::format(const Plan &plan, TaskField field, const QVariant &value)
{
    switch (field) {
    case TaskField::Id:
    case TaskField::Name:
    case TaskField::Phase:
    case TaskField::Owner:
    case TaskField::Notes:
        return value.toString();
    case TaskField::Kind: return DisplayNames::of(value.value<TaskKind>());
    case TaskField::Distribution: return DisplayNames::of(value.value<Distribution>());
    case TaskField::Status: return DisplayNames::of(value.value<TaskStatus>());
    case TaskField::Optimistic:
    case TaskField::Pessimistic:
    case TaskField::Likely:
        return value.isNull() ? QString() : DurationText::formatCompact(value.toDouble());
    case TaskField::Predecessors: return DurationText::formatDependencies(value.value<QList<Dependency>>());
    case TaskField::NotBefore:
    case TaskField::ActualStart:
    case TaskField::ActualFinish:
        return formatTime(plan, value.toDateTime());
    case TaskField::Marks: return markNames(value.value<Marks>()).join(QStringLiteral(", "));
    }
    return {};
}

Result<QVariant> TaskFieldText::parse(const Plan &plan, int row, TaskField field, const QString &input)
{
    const QString text = input.trimmed();
    switch (field) {
    case TaskField::Id: {
        static const QRegularExpression valid(QStringLiteral("^[^\\s;,+]+$"));
        if (text.isEmpty())
            return Error{tr("a task needs an ID")};
        if (!valid.match(text).hasMatch())
            return Error{tr("\"%1\" cannot be an ID (no spaces, ';', ',' or '+')").arg(text)};
        const qsizetype at = plan.taskIndex(text);
        if ((at >= 0 && at != row) || plan.rollbackTaskIndex(text) >= 0)
            return Error{tr("the ID \"%1\" is already used by another task").arg(text)};
        return QVariant(text);
    }
    case TaskField::Name:
        if (text.isEmpty())
            return Error{tr("a task needs a name")};
        return QVariant(text);
    case TaskField::Owner:
        return QVariant(text);
    case TaskField::Notes:
        return QVariant(input); // notes keep their spacing
    case TaskField::Phase: {
        if (text.isEmpty())
            return QVariant(QString());
        for (const Phase &p : plan.phases) {
            if (p.id == text)
                return QVariant(p.id);
        }
        for (const Phase &p : plan.phases) {
            if (p.name.compare(text, Qt::CaseInsensitive) == 0)
                return QVariant(p.id);
        }
        QStringList ids;
        for (const Phase &p : plan.phases)
            ids.append(p.id);
        return Error{tr("unknown phase \"%1\" (expected one of %2)").arg(text, ids.join(QStringLiteral(", ")))};
    }
    case TaskField::Kind: return parseEnumText<TaskKind>(text, tr("task kind"));
    case TaskField::Distribution: return parseEnumText<Distribution>(text, tr("distribution"));
    case TaskField::Status: return parseEnumText<TaskStatus>(text, tr("status"));
    case TaskField::Optimistic:
    case TaskField::Pessimistic:
    case TaskField::Likely: {
        if (text.isEmpty()) {
            if (field == TaskField::Likely)
                return Error{tr("the likely duration is required")};
            return QVariant();
        }
        const auto minutes = DurationText::parseMinutes(text);
        if (!minutes)
            return Error{tr("cannot read \"%1\" as a duration (expected e.g. 90, 1h30, 1:30, 1.5h)").arg(text)};
        if (*minutes < 0)
            return Error{tr("a duration cannot be negative")};
        if (const auto why = PlanLimits::durationError(*minutes))
            return Error{*why};
        return QVariant(*minutes);
    }
    case TaskField::Predecessors: {
        auto deps = DurationText::parseDependencies(text);
        if (!deps)
            return deps.error();
        const QString self = row >= 0 && row < plan.tasks.size() ? plan.tasks.at(row).id : QString();
        for (const Dependency &d : deps.value()) {
            if (d.task == self)
                return Error{tr("a task cannot wait for itself")};
            if (plan.taskIndex(d.task) < 0)
                return Error{tr("unknown task \"%1\" in the predecessors").arg(d.task)};
            if (const auto why = PlanLimits::lagError(d.lag))
                return Error{*why};
        }
        return QVariant::fromValue(deps.value());
    }
    case TaskField::NotBefore:
    case TaskField::ActualStart:
    case TaskField::ActualFinish: {
        auto time = parseTime(plan, text);
        if (!time)
            return time.error();
        return QVariant(time.value());
    }
    case TaskField::Marks: {
        Marks marks;
        const auto parts = text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            const auto mark = parseEnum<Mark>(part.toLower());
            if (!mark || *mark == Mark::None)
                return Error{tr("unknown mark \"%1\" (expected freeze-start, traffic-switched or point-of-no-return)").arg(part)};
            marks |= *mark;
        }
        return QVariant::fromValue(marks);
    }
    }
    return Error{tr("unknown field")};
}

} // namespace cutover
