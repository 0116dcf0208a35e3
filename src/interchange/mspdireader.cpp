// SPDX-License-Identifier: GPL-3.0-or-later
#include "mspdireader.h"

#include "mspdidocument.h"
#include "model/enumnames.h"
#include "model/planlimits.h"
#include "model/planvalidation.h"
#include "model/regularfile.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>

namespace cutover {

namespace {

using namespace mspdi;

constexpr qint64 kMaxFileBytes = qint64(512) << 20;

/** Counts of what did not map, one warning per kind in the end. */
struct Unmapped
{
    QStringList names;
    void add(const QString &name) { names.append(name); }
};

/** Maps what the file says to a plan (docs/interop.md, "Import"). */
class Builder
{
    Q_DECLARE_TR_FUNCTIONS(MspdiReader)
public:
    Builder(const Document &doc, const QString &file)
        : m_file(file), m_name(doc.name), m_title(doc.title), m_author(doc.author), m_startDate(doc.startDate)
        , m_calendarUid(doc.calendarUid), m_aliasField(doc.aliasField), m_fieldAlias(doc.fieldAlias), m_calendars(doc.calendars)
        , m_hasCalendars(doc.hasCalendars), m_tasks(doc.tasks), m_resources(doc.resources), m_assignments(doc.assignments)
    {
    }
    Result<ImportedPlan> build();

private:
    Error errorAt(const Where &w, const QString &message) const { return Error(message, m_file, int(w.line), int(w.column)); }

    const QString m_file;
    const QString &m_name, &m_title, &m_author;
    const QDateTime &m_startDate;
    const int m_calendarUid;
    const QHash<QString, int> &m_aliasField;
    const QHash<int, QString> &m_fieldAlias;
    const MspdiCalendars &m_calendars;
    const bool m_hasCalendars;
    const QList<RawTask> &m_tasks;
    const QHash<qint64, QString> &m_resources;
    const QList<std::pair<qint64, qint64>> &m_assignments;
    Error m_error;
};

Result<ImportedPlan> Builder::build()
{
    ImportedPlan out;
    Plan &plan = out.plan;
    auto warn = [&](const QString &text) { out.warnings.append(ExchangeFile::oneLine(QStringLiteral("%1: %2").arg(m_file, text))); };
    // Our field is the one the file defines under our alias. A FieldID the file defines under another
    // alias is the file's own; one it does not define is ours only in a file we wrote (our aliases in it).
    auto fieldId = [&](const mspdi::Field &f) {
        const auto byAlias = m_aliasField.constFind(QLatin1String(f.alias));
        if (byAlias != m_aliasField.cend())
            return *byAlias;
        return m_fieldAlias.contains(f.id) || m_aliasField.isEmpty() ? -1 : f.id;
    };
    for (const mspdi::Field &f : mspdi::AllFields) {
        if (m_aliasField.contains(QLatin1String(f.alias)) || (!m_fieldAlias.contains(f.id) && !m_aliasField.isEmpty()))
            continue;
        const bool used = std::any_of(m_tasks.cbegin(), m_tasks.cend(), [&](const RawTask &t) { return t.custom.contains(f.id); });
        if (!used)
            continue;
        if (m_fieldAlias.contains(f.id))
            warn(tr("custom field %1 \"%2\" is the file's own; ignored").arg(QLatin1String(f.fieldName), m_fieldAlias.value(f.id).left(60)));
        else
            warn(tr("custom field %1 is not defined in the file; ignored").arg(QLatin1String(f.fieldName)));
    }

    // The project summary task (UID 0) holds our time zone and window.
    const RawTask *projectTask = nullptr;
    for (const RawTask &t : std::as_const(m_tasks))
        if (t.uid == 0) {
            projectTask = &t;
            break;
        }
    QTimeZone zone = QTimeZone::utc();
    if (projectTask && projectTask->custom.contains(fieldId(mspdi::TimeZoneField))) {
        const QString id = projectTask->custom.value(fieldId(mspdi::TimeZoneField)).trimmed();
        const QTimeZone z(id.toUtf8());
        if (z.isValid()) {
            zone = z;
            plan.timezone = id;
        } else {
            warn(tr("unknown time zone \"%1\"; times read as UTC").arg(id.left(60)));
            plan.timezone = QStringLiteral("UTC");
        }
    } else {
        warn(tr("MS Project XML has no time zone: times read as UTC (set the plan's time zone after checking them)"));
        plan.timezone = QStringLiteral("UTC");
    }
    // A time without an offset is the file's wall-clock time in `zone`.
    auto resolve = [&](const QDateTime &t) {
        if (!t.isValid())
            return QDateTime();
        if (t.timeSpec() == Qt::LocalTime)
            return QDateTime(t.date(), t.time(), zone);
        return t.toTimeZone(zone);
    };
    auto naive = [&](const QDateTime &t) {
        const QDateTime z = resolve(t);
        return QDateTime(z.date(), z.time(), QTimeZone::utc());
    };

    plan.name = !m_title.trimmed().isEmpty() ? m_title.trimmed() : m_name.trimmed();
    if (plan.name.endsWith(QLatin1String(".xml"), Qt::CaseInsensitive) || plan.name.endsWith(QLatin1String(".mpp"), Qt::CaseInsensitive))
        plan.name.chop(4);
    plan.author = m_author;
    QDateTime start = m_startDate.isValid() ? m_startDate : (projectTask ? projectTask->start : QDateTime());
    if (!start.isValid())
        for (const RawTask &t : std::as_const(m_tasks))
            if (t.start.isValid() && (!start.isValid() || t.start < start))
                start = t.start;
    if (!start.isValid())
        return Error(tr("the project has no StartDate and no task has a Start (expected <StartDate> in <Project>)"), m_file);
    plan.start = resolve(start);
    if (projectTask) {
        auto date = [&](const mspdi::Field &f) {
            const QString v = projectTask->custom.value(fieldId(f)).trimmed();
            return v.isEmpty() ? QDateTime() : resolve(QDateTime::fromString(v, Qt::ISODate));
        };
        plan.window.start = date(mspdi::WindowStart);
        plan.window.end = date(mspdi::WindowEnd);
        if (!plan.window.isValid())
            plan.window = {};
    }

    // Outline: level-1 summaries are phases, deeper summaries a path, the rest tasks.
    QList<const RawTask *> rows;
    Unmapped levelZero;
    for (const RawTask &t : std::as_const(m_tasks))
        if (&t != projectTask && !t.isNull) {
            rows.append(&t);
            if (t.outlineLevel <= 0)
                levelZero.add(t.name);
        }
    // A row at OutlineLevel 0 or less that is not the project summary task is read at level 1.
    auto levelOf = [](const RawTask *t) { return std::max(1, t->outlineLevel); };
    QHash<qint64, qsizetype> taskOfUid; // UID -> index in plan.tasks
    QSet<qint64> summaryUids;
    QSet<QString> phaseIds, taskIds; // phases and tasks are separate id spaces
    auto uniqueId = [&](QString id, qint64 uid, const char *prefix) {
        QSet<QString> &usedIds = qstrcmp(prefix, "phase") == 0 ? phaseIds : taskIds;
        id = id.trimmed();
        if (id.isEmpty() || id.size() > PlanLimits::maxIdLength)
            id = QStringLiteral("%1-%2").arg(QLatin1String(prefix)).arg(uid);
        QString candidate = id;
        for (int n = 2; usedIds.contains(candidate); ++n)
            candidate = QStringLiteral("%1-%2").arg(id).arg(n);
        usedIds.insert(candidate);
        return candidate;
    };
    auto customText = [&](const RawTask &t, const mspdi::Field &f) { return t.custom.value(fieldId(f)); };

    const int projectCalendar = m_calendars.contains(m_calendarUid) ? m_calendarUid : -1;
    int workingDurations = 0, workingLags = 0, percentLags = 0;
    qint64 dayBudget = MspdiCalendars::kDayBudget; // shared by every calendar walk of the import
    QSet<QString> calendarsUsed;
    /** Elapsed minutes of `minutes` in `format`, walking calendar `uid` from `from` for working time. */
    auto elapsed = [&](double minutes, int format, int uid, const QDateTime &from, const Where &w, int *counter) -> std::optional<double> {
        if (isElapsed(format) || minutes == 0)
            return minutes;
        const int cal = m_calendars.contains(uid) ? uid : projectCalendar;
        if (m_calendars.isAroundTheClock(cal))
            return minutes;
        const auto e = m_calendars.elapsedMinutes(cal, from.isValid() ? naive(from) : naive(start), minutes, &dayBudget);
        if (!e && dayBudget < 0) {
            m_error = errorAt(w, tr("the calendar walks of this file take more than %1 days in all (expected working-time durations of days or weeks, not years)")
                                     .arg(MspdiCalendars::kDayBudget));
            return std::nullopt;
        }
        if (!e) {
            m_error = errorAt(w, tr("with calendar \"%1\", %2 minutes of work would end more than 10 years after their start (expected working days in the calendar, or a shorter duration)")
                                     .arg(m_calendars.nameOf(cal).left(60)).arg(minutes, 0, 'f', 0));
            return std::nullopt;
        }
        ++*counter;
        calendarsUsed.insert(m_hasCalendars && m_calendars.contains(cal) ? m_calendars.nameOf(cal)
                                                                         : tr("Standard (MS Project's default; the file has none)"));
        return *e;
    };

    Unmapped deadlines, constraints, progress, externals, milestoneDurations;
    QString phaseId;
    QList<QString> path; // names of the summaries below the phase, by level - 2
    int flattened = 0;
    QList<const RawTask *> taskRows; // parallel to plan.tasks
    QList<const RawTask *> phaseRows; // parallel to plan.phases
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const RawTask &t = *rows[r];
        const int level = levelOf(&t);
        const bool hasChildren = r + 1 < rows.size() && levelOf(rows[r + 1]) > level;
        if (t.summary || hasChildren) {
            summaryUids.insert(t.uid);
            if (level == 1) {
                Phase phase;
                phase.id = uniqueId(customText(t, mspdi::CutoverId).isEmpty() ? t.wbs : customText(t, mspdi::CutoverId), t.uid, "phase");
                phase.name = t.name;
                phase.description = t.notes;
                plan.phases.append(phase);
                phaseRows.append(&t);
                phaseId = phase.id;
                path.clear();
            } else {
                path.resize(std::max<qsizetype>(0, level - 2));
                path.append(t.name);
            }
            continue;
        }
        if (level == 1) {
            phaseId.clear();
            path.clear();
        }
        path.resize(std::min<qsizetype>(path.size(), std::max(0, level - 2)));
        Task task;
        task.id = uniqueId(customText(t, mspdi::CutoverId).isEmpty() ? t.wbs : customText(t, mspdi::CutoverId), t.uid, "task");
        task.name = t.name;
        QStringList names; // the summaries between the phase and the task (a skipped level has none)
        for (const QString &p : std::as_const(path))
            if (!p.isEmpty())
                names << p;
        if (!names.isEmpty()) {
            task.name = names.join(QStringLiteral(" / ")) + QStringLiteral(" / ") + t.name;
            ++flattened;
        }
        task.phase = phaseId;
        task.notes = t.notes;
        if (t.external)
            externals.add(t.name);
        if (t.hasDeadline)
            deadlines.add(t.name);
        if (t.hasProgress)
            progress.add(t.name);
        if (t.constraintType == mspdi::StartNoEarlierThan && t.constraintDate.isValid())
            task.notBefore = resolve(t.constraintDate);
        else if (t.constraintType != mspdi::AsSoonAsPossible)
            constraints.add(t.name);

        // Durations: the likely from <Duration>, the others from our custom fields.
        auto durationOf = [&](const std::optional<double> &minutes, int format, const Where &w) -> std::optional<double> {
            if (!minutes)
                return 0.0;
            const auto e = elapsed(*minutes, format, t.calendarUid, t.start, w, &workingDurations);
            if (!e)
                return std::nullopt;
            if (const auto bad = PlanLimits::durationError(*e)) {
                m_error = errorAt(w, tr("task \"%1\": %2").arg(t.name.left(60), *bad));
                return std::nullopt;
            }
            return e;
        };
        const auto likely = durationOf(t.duration.minutes, t.duration.format, t.duration.where.line ? t.duration.where : t.where);
        if (!likely)
            return m_error;
        task.duration.likely = *likely;
        for (const mspdi::Field *f : {&mspdi::Optimistic, &mspdi::Pessimistic}) {
            const int id = fieldId(*f);
            if (!t.custom.contains(id))
                continue;
            const Where w = t.customWhere.value(id);
            const auto raw = parseIsoDuration(t.custom.value(id));
            if (!raw)
                return errorAt(w, tr("cannot read \"%1\" as the %2 (expected PT#H#M#S)").arg(t.custom.value(id).left(40), QLatin1String(f->alias)));
            const auto v = durationOf(raw, t.customFormat.value(id, mspdi::Days), w);
            if (!v)
                return m_error;
            (f == &mspdi::Optimistic ? task.duration.optimistic : task.duration.pessimistic) = *v;
        }
        if (!t.duration.minutes && t.custom.contains(fieldId(mspdi::Likely))) {
            const auto raw = parseIsoDuration(t.custom.value(fieldId(mspdi::Likely)));
            const auto v = raw ? durationOf(raw, t.customFormat.value(fieldId(mspdi::Likely), mspdi::Days), t.where) : std::optional<double>();
            if (v)
                task.duration.likely = *v;
        }
        const QString distribution = customText(t, mspdi::DistributionField).trimmed();
        if (!distribution.isEmpty()) {
            const auto d = parseEnum<Distribution>(distribution);
            if (!d)
                return errorAt(t.customWhere.value(fieldId(mspdi::DistributionField)),
                               tr("unknown distribution \"%1\" (expected one of %2)").arg(distribution.left(40), enumNames<Distribution>().join(QStringLiteral(", "))));
            task.distribution = *d;
        }
        const QString marks = customText(t, mspdi::MarksField);
        static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
        for (const QString &word : marks.split(separators, Qt::SkipEmptyParts)) {
            const auto m = parseEnum<Mark>(word);
            if (!m)
                return errorAt(t.customWhere.value(fieldId(mspdi::MarksField)),
                               tr("unknown mark \"%1\" (expected one of %2)").arg(word.left(40), enumNames<Mark>().join(QStringLiteral(", "))));
            task.marks |= *m;
        }
        const QString gate = customText(t, mspdi::GateFlag).trimmed().toLower();
        if (gate == u"1" || gate == u"true" || gate == u"yes")
            task.kind = TaskKind::Gate;
        else if (t.milestone) {
            task.kind = TaskKind::Milestone;
            if (task.duration.likely != 0 || task.duration.optimistic || task.duration.pessimistic)
                milestoneDurations.add(t.name);
            task.duration = Estimate{};
        }
        taskOfUid.insert(t.uid, plan.tasks.size());
        plan.tasks.append(task);
        taskRows.append(&t);
    }

    // Our files give each task its index in the plan (the outline goes phase by phase): when every
    // task has a distinct one, the plan's order is restored; otherwise (a foreign file) outline order.
    {
        QList<std::pair<qint64, qsizetype>> order; // index in the file's plan, row
        QSet<qint64> seen;
        for (qsizetype i = 0; i < taskRows.size(); ++i) {
            bool ok = false;
            const qint64 n = customText(*taskRows[i], mspdi::CutoverOrder).trimmed().toLongLong(&ok);
            if (!ok || seen.contains(n))
                break;
            seen.insert(n);
            order.append({n, i});
        }
        if (order.size() == taskRows.size() && !order.isEmpty()) {
            std::sort(order.begin(), order.end());
            QList<Task> tasks;
            QList<const RawTask *> sortedRows;
            for (const auto &[n, i] : std::as_const(order)) {
                tasks.append(plan.tasks[i]);
                sortedRows.append(taskRows[i]);
            }
            plan.tasks = tasks;
            taskRows = sortedRows;
            taskOfUid.clear();
            for (qsizetype i = 0; i < taskRows.size(); ++i)
                taskOfUid.insert(taskRows[i]->uid, i);
        }
    }

    // Links, now that every task has its id and duration.
    Unmapped toSummaries, missing, crossProject, noPredecessor;
    QList<QList<Where>> afterWhere(plan.tasks.size()); // where each task's dependencies are in the file
    for (qsizetype i = 0; i < plan.tasks.size(); ++i) {
        const RawTask &t = *taskRows[i];
        for (const RawLink &l : t.links) {
            if (!l.hasPredecessor) {
                noPredecessor.add(t.name);
                continue;
            }
            if (l.crossProject) {
                crossProject.add(t.name);
                continue;
            }
            if (summaryUids.contains(l.predecessor)) {
                toSummaries.add(t.name);
                continue;
            }
            const auto p = taskOfUid.constFind(l.predecessor);
            if (p == taskOfUid.cend()) {
                missing.add(t.name);
                continue;
            }
            Dependency d;
            d.task = plan.tasks[*p].id;
            switch (l.type) {
            case mspdi::FinishFinish: d.type = DependencyType::FF; break;
            case mspdi::StartFinish: d.type = DependencyType::SF; break;
            case mspdi::StartStart: d.type = DependencyType::SS; break;
            default: d.type = DependencyType::FS; break;
            }
            if (isPercent(l.lagFormat)) {
                // LinkLag holds tenths of a percent of the predecessor's duration.
                d.lag = l.lagTenths / 10.0 / 100.0 * plan.tasks[*p].duration.likely;
                ++percentLags;
            } else {
                const RawTask &pred = *taskRows[*p];
                const bool fromStart = d.type == DependencyType::SS || d.type == DependencyType::SF;
                const auto lag = elapsed(l.lagTenths / 10.0, l.lagFormat, -1, fromStart ? pred.start : pred.finish, l.where, &workingLags);
                if (!lag)
                    return m_error;
                d.lag = *lag;
            }
            if (const auto bad = PlanLimits::lagError(d.lag))
                return errorAt(l.where, tr("task \"%1\": %2").arg(t.name.left(60), *bad));
            plan.tasks[i].after.append(d);
            afterWhere[i].append(l.where);
        }
    }

    // Owners: the names of the resources assigned to each task.
    for (const auto &[taskUid, resourceUid] : std::as_const(m_assignments)) {
        const auto task = taskOfUid.constFind(taskUid);
        const auto resource = m_resources.constFind(resourceUid);
        if (task == taskOfUid.cend() || resource == m_resources.cend())
            continue;
        QString &owner = plan.tasks[*task].owner;
        if (!owner.split(QStringLiteral(", ")).contains(*resource))
            owner = owner.isEmpty() ? *resource : owner + QStringLiteral(", ") + *resource;
    }

    auto report = [&](const Unmapped &u, const QString &what) {
        if (!u.names.isEmpty())
            warn(what.arg(u.names.size()).arg(PlanLimits::cappedList(u.names, QStringLiteral(", "), 5)));
    };
    if (workingDurations + workingLags > 0) {
        QStringList cals = calendarsUsed.values();
        cals.sort();
        warn(tr("%1 durations and %2 lags were in working time: converted to elapsed time with the calendar %3, "
                "each from its task's start in the file (a cutover runs around the clock)")
                 .arg(workingDurations).arg(workingLags).arg(cals.join(QStringLiteral(", "))));
    }
    if (percentLags > 0)
        warn(tr("%1 percent lags converted to minutes of their predecessor's duration").arg(percentLags));
    if (flattened > 0)
        warn(tr("%1 tasks below the second outline level flattened into their phase (the outline path kept in the name)").arg(flattened));
    report(levelZero, tr("%1 tasks with an OutlineLevel of 0 or less read at level 1 (only UID 0 is the project summary task; tasks %2)"));
    report(constraints, tr("%1 constraints other than start-no-earlier-than ignored (tasks %2)"));
    report(deadlines, tr("%1 deadlines ignored (tasks %2)"));
    report(progress, tr("%1 tasks' recorded progress ignored (tasks %2)"));
    report(externals, tr("%1 external tasks or subprojects read as ordinary tasks (tasks %2)"));
    report(milestoneDurations, tr("%1 milestones had a duration, set to 0 (tasks %2)"));
    report(toSummaries, tr("%1 links to summary tasks dropped (phases have no links; tasks %2)"));
    report(missing, tr("%1 links to tasks not in the file dropped (tasks %2)"));
    report(crossProject, tr("%1 links to other projects dropped (tasks %2)"));
    report(noPredecessor, tr("%1 links without a PredecessorUID dropped (tasks %2)"));

    // The plan's own rules, placed on the task (or its link) or phase that breaks them.
    const QList<PlanIssue> issues = PlanValidator::validate(plan);
    for (const PlanIssue &issue : issues) {
        if (issue.severity != PlanIssue::Severity::Error)
            continue;
        const PlanIssueLocation &loc = issue.location;
        const QString text = issue.detail.isEmpty() ? issue.message : issue.detail;
        if (loc.collection == PlanIssueLocation::Collection::Task && loc.index >= 0 && loc.index < taskRows.size()) {
            const QList<Where> &links = afterWhere[loc.index];
            if (loc.field == u"after" && loc.fieldIndex >= 0 && loc.fieldIndex < links.size())
                return errorAt(links[loc.fieldIndex], text);
            return errorAt(taskRows[loc.index]->where, text);
        }
        if (loc.collection == PlanIssueLocation::Collection::Phase && loc.index >= 0 && loc.index < phaseRows.size())
            return errorAt(phaseRows[loc.index]->where, text);
        return Error(issue.message, m_file);
    }
    return out;
}

} // namespace

Result<ImportedPlan> MspdiReader::parse(const QByteArray &xml, const QString &fileName)
{
    const Result<Document> doc = parseDocument(xml, fileName);
    if (!doc)
        return doc.error();
    return Builder(doc.value(), fileName).build();
}

Result<ImportedPlan> MspdiReader::readFile(const QString &path)
{
    if (std::optional<Error> notRegular = notRegularFileError(path))
        return *notRegular;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(tr("cannot open for reading: %1").arg(file.errorString()), path);
    if (file.size() > kMaxFileBytes)
        return Error(tr("is %1 MB, more than an MS Project file of a cutover can be (512 MB)").arg(file.size() >> 20), path);
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error(tr("cannot read: %1").arg(file.errorString()), path);
    return parse(data, path);
}

bool MspdiReader::looksLikeMspdi(const QByteArray &head)
{
    QXmlStreamReader xml(head);
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement)
            return xml.name() == u"Project" && xml.namespaceUri() == mspdi::namespaceUri();
        if (token == QXmlStreamReader::Invalid)
            return false;
    }
    return false;
}

} // namespace cutover
