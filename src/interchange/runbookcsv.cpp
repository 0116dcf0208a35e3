// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbookcsv.h"

#include "isotime.h"
#include "plantemplates.h"
#include "importers/csvreader.h"
#include "model/durationtext.h"
#include "model/enumnames.h"
#include "model/planlimits.h"
#include "model/planvalidation.h"
#include "model/regularfile.h"
#include "schedule/scheduler.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <cmath>

namespace cutover {

namespace {

constexpr qint64 kMaxFileBytes = qint64(256) << 20;

enum Column { Id, Name, PhaseCol, PhaseName, Owner, Kind, Optimistic, Likely, Pessimistic, DistributionCol,
              Predecessors, NotBefore, MarksCol, Notes, Start, Finish, Float, ColumnCount };

const char *const kColumnNames[ColumnCount] = {"id", "name", "phase", "phase name", "owner", "kind", "optimistic",
                                               "likely", "pessimistic", "distribution", "predecessors", "notBefore",
                                               "marks", "notes", "start", "finish", "float"};

/** Header spelling without case, spaces, '_' or '-': "Not before" = "not_before" = "notBefore". */
QString headerKey(QString text)
{
    text = text.trimmed().toLower();
    static const QRegularExpression ignored(QStringLiteral("[\\s_\\-]"));
    text.remove(ignored);
    return text;
}

std::optional<Column> columnOf(const QString &header)
{
    const QString key = headerKey(header);
    for (int c = 0; c < ColumnCount; ++c)
        if (key == headerKey(QLatin1String(kColumnNames[c])))
            return Column(c);
    if (key == u"after" || key == u"dependson" || key == u"predecessor")
        return Predecessors;
    return std::nullopt;
}

QString number(double v)
{
    return QString::number(v, 'f', QLocale::FloatingPointShortest);
}

QString dependencyText(const QList<Dependency> &deps)
{
    QStringList parts;
    for (const Dependency &d : deps) {
        QString s = d.task;
        if (d.type != DependencyType::FS || d.lag != 0.0)
            s += QLatin1Char(' ') + toString(d.type);
        if (d.lag != 0.0)
            s += (d.lag > 0 ? QStringLiteral("+") : QStringLiteral("-")) + number(std::abs(d.lag));
        parts.append(s);
    }
    return parts.join(QStringLiteral("; "));
}

QString cell(const QString &text, char delimiter)
{
    const bool quote = text.contains(QLatin1Char(delimiter)) || text.contains(u'"') || text.contains(u'\n')
        || text.contains(u'\r') || text.startsWith(u' ') || text.endsWith(u' ');
    if (!quote)
        return text;
    QString out = text;
    out.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + out + u'"';
}

} // namespace

QStringList RunbookCsv::columns()
{
    QStringList out;
    for (const char *name : kColumnNames)
        out << QLatin1String(name);
    return out;
}

ExportedFile RunbookCsv::write(const Plan &plan, char delimiter)
{
    const Result<Schedule> schedule = Scheduler::schedule(plan);
    const QTimeZone zone = plan.displayZone();
    QHash<QString, QString> phaseNames;
    for (const Phase &p : plan.phases)
        phaseNames.insert(p.id, p.name);
    const QString sep = QString(QLatin1Char(delimiter));
    QString text = columns().join(sep) + QStringLiteral("\r\n");
    for (qsizetype i = 0; i < plan.tasks.size(); ++i) {
        const Task &t = plan.tasks[i];
        QStringList row(ColumnCount);
        row[Id] = t.id;
        row[Name] = t.name;
        row[PhaseCol] = t.phase;
        row[PhaseName] = phaseNames.value(t.phase);
        row[Owner] = t.owner;
        row[Kind] = toString(t.kind);
        row[Optimistic] = t.duration.optimistic ? number(*t.duration.optimistic) : QString();
        row[Likely] = number(t.duration.likely);
        row[Pessimistic] = t.duration.pessimistic ? number(*t.duration.pessimistic) : QString();
        row[DistributionCol] = toString(t.distribution);
        row[Predecessors] = dependencyText(t.after);
        row[NotBefore] = t.notBefore.isValid() ? IsoTime::format(t.notBefore.toTimeZone(zone)) : QString();
        row[MarksCol] = markNames(t.marks).join(QStringLiteral(" "));
        row[Notes] = t.notes;
        if (schedule && i < schedule->tasks.size()) {
            const TaskTiming &timing = schedule->tasks[i];
            row[Start] = IsoTime::format(schedule->toDateTime(plan, timing.es).toTimeZone(zone));
            row[Finish] = IsoTime::format(schedule->toDateTime(plan, timing.ef).toTimeZone(zone));
            row[Float] = number(timing.totalFloat);
        }
        for (QString &c : row)
            c = cell(c, delimiter);
        text += row.join(sep) + QStringLiteral("\r\n");
    }
    ExportedFile out;
    out.data = text.toUtf8();
    out.leftOut = ExchangeFile::beyondRunbook(plan);
    out.leftOut.prepend(tr("the plan's name, window and time zone (a runbook has only tasks)"));
    for (const Phase &p : plan.phases)
        if (!p.description.isEmpty()) {
            out.leftOut.insert(1, tr("the phase descriptions"));
            break;
        }
    if (!schedule)
        out.leftOut << tr("the schedule columns (the plan cannot be scheduled: %1)").arg(schedule.errorString());
    return out;
}

namespace {

class CsvParser
{
    Q_DECLARE_TR_FUNCTIONS(RunbookCsv)
public:
    CsvParser(const QByteArray &data, const QString &file) : m_data(data), m_file(file) {}

    Result<ImportedPlan> run(char delimiter);

private:
    /** 1-based line and column (in characters) of `p` in the text. */
    std::pair<int, int> position(const char *p) const
    {
        int line = 1;
        const char *lineStart = m_begin;
        for (const char *c = m_begin; c < p && c < m_end; ++c)
            if (*c == '\n') {
                ++line;
                lineStart = c + 1;
            }
        int column = 1;
        for (const char *c = lineStart; c < p && c < m_end; ++c)
            column += (uchar(*c) & 0xC0) != 0x80; // count UTF-8 lead bytes only
        return {line, column};
    }
    Error errorAt(const char *p, const QString &message) const
    {
        const auto [line, column] = position(p);
        return Error(message, m_file, line, column);
    }

    QByteArray m_data;
    QString m_file;
    const char *m_begin = nullptr;
    const char *m_end = nullptr;
};

Result<ImportedPlan> CsvParser::run(char delimiter)
{
    m_begin = m_data.constData();
    m_end = m_begin + m_data.size();
    if (m_data.startsWith("\xEF\xBB\xBF"))
        m_begin += 3;
    if (const char sep = CsvReader::sepLine(m_begin, m_end))
        delimiter = sep;
    if (!delimiter)
        delimiter = CsvReader::detectDelimiter(std::string_view(m_begin, size_t(std::min<qsizetype>(m_end - m_begin, 65536))));
    CsvReader csv(m_begin, m_end, delimiter);
    auto text = [&](qsizetype i) { const auto f = csv.field(i); return QString::fromUtf8(f.data(), qsizetype(f.size())); };

    // The header: known columns by name, any order.
    while (csv.next() && csv.isBlank()) {
    }
    if (csv.failed())
        return errorAt(csv.errorPos(), csv.error());
    if (csv.size() == 0 || csv.isBlank())
        return Error(tr("the file is empty (expected a header row with id, name, likely, ...)"), m_file);
    if (csv.size() > PlanLimits::maxCsvColumns)
        return errorAt(csv.recordStart(), tr("%1 columns, more than %2").arg(csv.size()).arg(PlanLimits::maxCsvColumns));
    int columnIndex[ColumnCount];
    std::fill(std::begin(columnIndex), std::end(columnIndex), -1);
    QStringList unknown;
    for (qsizetype i = 0; i < csv.size(); ++i) {
        const QString header = text(i);
        const auto column = columnOf(header);
        if (!column) {
            if (!header.trimmed().isEmpty())
                unknown << header.trimmed().left(60);
            continue;
        }
        if (columnIndex[*column] >= 0)
            return errorAt(csv.fieldPos(i), tr("column \"%1\" appears twice (expected each column once)").arg(header.trimmed()));
        columnIndex[*column] = int(i);
    }
    for (Column required : {Id, Name, Likely})
        if (columnIndex[required] < 0)
            return errorAt(csv.recordStart(), tr("no \"%1\" column (expected a header row with at least id, name and likely; the columns are %2)")
                                                  .arg(QLatin1String(kColumnNames[required]), RunbookCsv::columns().join(QStringLiteral(", "))));

    ImportedPlan out;
    Plan &plan = out.plan;
    plan.name = QFileInfo(m_file).completeBaseName();
    if (!unknown.isEmpty())
        out.warnings << ExchangeFile::oneLine(QStringLiteral("%1: %2").arg(m_file, tr("unknown columns ignored: %1").arg(PlanLimits::cappedList(unknown, QStringLiteral(", "), 10))));
    struct RowPos { QList<const char *> fields; const char *record; };
    QList<RowPos> positions;
    QHash<QString, qsizetype> phaseIndex;
    QDateTime earliest, earliestNotBefore; // of the start column, of notBefore
    bool computedIgnored = false;

    while (csv.next()) {
        if (csv.isBlank())
            continue;
        RowPos pos{QList<const char *>(ColumnCount, csv.recordStart()), csv.recordStart()};
        auto get = [&](Column c) -> QString {
            const int i = columnIndex[c];
            if (i < 0 || i >= csv.size())
                return {};
            pos.fields[c] = csv.fieldPos(i);
            return text(i);
        };
        auto where = [&](Column c) { return columnIndex[c] >= 0 && columnIndex[c] < csv.size() ? csv.fieldPos(columnIndex[c]) : csv.recordStart(); };
        Task task;
        task.id = get(Id).trimmed();
        if (task.id.isEmpty())
            return errorAt(where(Id), tr("empty id (expected a task id such as \"freeze\")"));
        task.name = get(Name);
        task.phase = get(PhaseCol).trimmed();
        const QString phaseName = get(PhaseName);
        if (!task.phase.isEmpty() && !phaseIndex.contains(task.phase)) {
            phaseIndex.insert(task.phase, plan.phases.size());
            plan.phases.append(Phase{task.phase, phaseName.trimmed().isEmpty() ? task.phase : phaseName, QString()});
        }
        task.owner = get(Owner);
        if (const QString kind = get(Kind).trimmed(); !kind.isEmpty()) {
            const auto k = parseEnum<TaskKind>(kind.toLower());
            if (!k)
                return errorAt(where(Kind), tr("unknown kind \"%1\" (expected one of %2)").arg(kind.left(40), enumNames<TaskKind>().join(QStringLiteral(", "))));
            task.kind = *k;
        }
        auto minutes = [&](Column c, bool required) -> Result<std::optional<double>> {
            const QString v = get(c).trimmed();
            if (v.isEmpty()) {
                if (required)
                    return errorAt(where(c), tr("empty %1 duration (expected minutes, e.g. 90 or 1h30)").arg(QLatin1String(kColumnNames[c])));
                return std::optional<double>();
            }
            const auto m = DurationText::parseMinutes(v);
            if (!m)
                return errorAt(where(c), tr("cannot read \"%1\" as the %2 duration (expected minutes, e.g. 90 or 1h30)").arg(v.left(40), QLatin1String(kColumnNames[c])));
            if (const auto bad = PlanLimits::durationError(*m))
                return errorAt(where(c), *bad);
            return std::optional<double>(*m);
        };
        const auto likely = minutes(Likely, task.kind != TaskKind::Milestone);
        if (!likely)
            return likely.error();
        task.duration.likely = likely.value().value_or(0.0);
        const auto optimistic = minutes(Optimistic, false);
        if (!optimistic)
            return optimistic.error();
        task.duration.optimistic = optimistic.value();
        const auto pessimistic = minutes(Pessimistic, false);
        if (!pessimistic)
            return pessimistic.error();
        task.duration.pessimistic = pessimistic.value();
        if (const QString d = get(DistributionCol).trimmed(); !d.isEmpty()) {
            const auto dist = parseEnum<Distribution>(d.toLower());
            if (!dist)
                return errorAt(where(DistributionCol), tr("unknown distribution \"%1\" (expected one of %2)").arg(d.left(40), enumNames<Distribution>().join(QStringLiteral(", "))));
            task.distribution = *dist;
        }
        const auto deps = DurationText::parseDependencies(get(Predecessors));
        if (!deps)
            return errorAt(where(Predecessors), deps.error().message);
        task.after = deps.value();
        for (const Dependency &d : std::as_const(task.after))
            if (const auto bad = PlanLimits::lagError(d.lag))
                return errorAt(where(Predecessors), *bad);
        if (const QString nb = get(NotBefore).trimmed(); !nb.isEmpty()) {
            const auto t = IsoTime::parse(nb);
            if (!t)
                return errorAt(where(NotBefore), tr("cannot read \"%1\" as a time (expected ISO 8601 with an offset, e.g. 2026-12-05T22:00:00+01:00)").arg(nb.left(40)));
            task.notBefore = *t;
            if (!earliestNotBefore.isValid() || *t < earliestNotBefore)
                earliestNotBefore = *t;
        }
        static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
        for (const QString &word : get(MarksCol).split(separators, Qt::SkipEmptyParts)) {
            const auto m = parseEnum<Mark>(word);
            if (!m)
                return errorAt(where(MarksCol), tr("unknown mark \"%1\" (expected one of %2)").arg(word.left(40), enumNames<Mark>().join(QStringLiteral(", "))));
            task.marks |= *m;
        }
        task.notes = get(Notes);
        if (const QString s = get(Start).trimmed(); !s.isEmpty()) {
            const auto t = IsoTime::parse(s);
            if (!t)
                return errorAt(where(Start), tr("cannot read \"%1\" as a time (expected ISO 8601 with an offset, e.g. 2026-12-05T22:00:00+01:00)").arg(s.left(40)));
            if (!earliest.isValid() || *t < earliest)
                earliest = *t;
        }
        computedIgnored = computedIgnored || !get(Finish).trimmed().isEmpty() || !get(Float).trimmed().isEmpty();
        plan.tasks.append(task);
        positions.append(pos);
    }
    if (csv.failed())
        return errorAt(csv.errorPos(), csv.error());
    if (plan.tasks.isEmpty())
        return Error(tr("no tasks (expected a row per task below the header)"), m_file);

    // The plan starts at the earliest start the file gives; only without one at the earliest notBefore.
    if (!earliest.isValid())
        earliest = earliestNotBefore;
    if (earliest.isValid()) {
        plan.start = earliest;
    } else {
        plan.start = PlanTemplates::nextSaturdayEvening(QDateTime::currentDateTimeUtc(), QTimeZone::utc());
        out.warnings << QStringLiteral("%1: %2").arg(m_file, tr("no start or notBefore times: the plan starts %1 (change it in the plan)")
                                                                 .arg(IsoTime::format(plan.start)));
    }
    (void)computedIgnored; // finish and float follow from the schedule; they are not read

    // The plan's own rules, placed on the cell that breaks them.
    for (const PlanIssue &issue : PlanValidator::validate(plan)) {
        if (issue.severity != PlanIssue::Severity::Error)
            continue;
        const PlanIssueLocation &loc = issue.location;
        if (loc.collection == PlanIssueLocation::Collection::Task && loc.index >= 0 && loc.index < positions.size()) {
            Column c = Id;
            if (loc.field == u"after")
                c = Predecessors;
            else if (loc.field == u"phase")
                c = PhaseCol;
            else if (loc.field == u"marks")
                c = MarksCol;
            else if (loc.field == u"duration" || loc.field == u"likely")
                c = Likely;
            else if (loc.field == u"name")
                c = Name;
            else if (loc.field == u"notes")
                c = Notes;
            else if (loc.field == u"owner")
                c = Owner;
            return errorAt(positions[loc.index].fields[c], issue.detail.isEmpty() ? issue.message : issue.detail);
        }
        return Error(issue.message, m_file);
    }
    return out;
}

} // namespace

Result<ImportedPlan> RunbookCsv::parse(const QByteArray &data, const QString &fileName, char delimiter)
{
    return CsvParser(data, fileName).run(delimiter);
}

Result<ImportedPlan> RunbookCsv::readFile(const QString &path)
{
    if (std::optional<Error> notRegular = notRegularFileError(path))
        return *notRegular;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(tr("cannot open for reading: %1").arg(file.errorString()), path);
    if (file.size() > kMaxFileBytes)
        return Error(tr("is %1 MB, more than a runbook can be (256 MB)").arg(file.size() >> 20), path);
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error(tr("cannot read: %1").arg(file.errorString()), path);
    const char delimiter = QFileInfo(path).suffix().compare(QLatin1String("tsv"), Qt::CaseInsensitive) == 0 ? '\t' : 0;
    return parse(data, path, delimiter);
}

bool RunbookCsv::looksLikeRunbook(const QByteArray &head, char delimiter)
{
    const char *begin = head.constData();
    const char *end = begin + head.size();
    if (head.startsWith("\xEF\xBB\xBF"))
        begin += 3;
    if (const char sep = CsvReader::sepLine(begin, end))
        delimiter = sep;
    if (!delimiter)
        delimiter = CsvReader::detectDelimiter(std::string_view(begin, size_t(end - begin)));
    CsvReader csv(begin, end, delimiter);
    if (!csv.next())
        return false;
    bool id = false, name = false;
    for (qsizetype i = 0; i < csv.size(); ++i) {
        const auto f = csv.field(i);
        const auto c = columnOf(QString::fromUtf8(f.data(), qsizetype(f.size())));
        id = id || c == Id;
        name = name || c == Name;
    }
    return id && name;
}

} // namespace cutover
