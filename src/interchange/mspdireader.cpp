// SPDX-License-Identifier: GPL-3.0-or-later
#include "mspdireader.h"

#include "mspdi.h"
#include "mspdicalendar.h"
#include "model/enumnames.h"
#include "model/planlimits.h"
#include "model/planvalidation.h"
#include "model/regularfile.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <algorithm>
#include <climits>
#include <cmath>

namespace cutover {

namespace {

constexpr qint64 kMaxFileBytes = qint64(512) << 20;

bool isElapsed(int format)
{
    switch (format) {
    case 4: case 6: case 8: case 10: case 12: case 20:
    case 36: case 38: case 40: case 42: case 44: case 52:
        return true;
    default:
        return false;
    }
}

bool isPercent(int format) { return format == 19 || format == 20 || format == 51 || format == 52; }

bool validFormat(int format) { return (format >= 3 && format <= 12) || (format >= 19 && format <= 21) || (format >= 35 && format <= 44) || (format >= 51 && format <= 53); }

/** Minutes of an ISO 8601 duration "PT8H0M0S", "P2DT4H", "-PT30M"; nullopt when it is not one. */
std::optional<double> parseIsoDuration(QStringView text)
{
    text = text.trimmed();
    double sign = 1;
    if (text.startsWith(u'-')) {
        sign = -1;
        text = text.mid(1);
    }
    if (!text.startsWith(u'P') || text.size() < 2)
        return std::nullopt;
    double minutes = 0;
    bool inTime = false;
    bool any = false;
    qsizetype i = 1;
    while (i < text.size()) {
        if (text[i] == u'T') {
            if (inTime)
                return std::nullopt;
            inTime = true;
            ++i;
            continue;
        }
        const qsizetype first = i;
        while (i < text.size() && (text[i].isDigit() || text[i] == u'.' || text[i] == u','))
            ++i;
        if (i == first || i >= text.size())
            return std::nullopt;
        bool ok = false;
        QString digits = text.mid(first, i - first).toString();
        digits.replace(u',', u'.');
        const double value = digits.toDouble(&ok);
        if (!ok || !std::isfinite(value))
            return std::nullopt;
        const char16_t unit = text[i].unicode();
        ++i;
        if (!inTime && unit == u'W')
            minutes += value * 7 * 1440;
        else if (!inTime && unit == u'D')
            minutes += value * 1440;
        else if (inTime && unit == u'H')
            minutes += value * 60;
        else if (inTime && unit == u'M')
            minutes += value;
        else if (inTime && unit == u'S')
            minutes += value / 60;
        else
            return std::nullopt; // years and months have no fixed length
        any = true;
    }
    if (!any || !std::isfinite(minutes))
        return std::nullopt;
    return sign * minutes;
}

struct Where
{
    qint64 line = 0;
    qint64 column = 0;
};

struct RawLink
{
    qint64 predecessor = -1;
    int type = mspdi::FinishStart;
    bool crossProject = false;
    double lagTenths = 0;
    int lagFormat = mspdi::Days;
    Where where;
};

struct RawDuration
{
    std::optional<double> minutes; ///< as written (working or elapsed, see format)
    int format = mspdi::Days;
    Where where;
};

struct RawTask
{
    Where where;
    qint64 uid = -1;
    QString name, wbs, notes;
    int outlineLevel = 1;
    bool summary = false, milestone = false, isNull = false, external = false;
    QDateTime start, finish, constraintDate;
    int constraintType = mspdi::AsSoonAsPossible;
    int calendarUid = -1;
    RawDuration duration;
    bool hasDeadline = false, hasProgress = false;
    QList<RawLink> links;
    QHash<int, QString> custom;        ///< FieldID -> Value
    QHash<int, int> customFormat;      ///< FieldID -> DurationFormat of a duration value
    QHash<int, Where> customWhere;
};

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(MspdiReader)
public:
    Parser(const QByteArray &xml, const QString &file) : m_xml(xml), m_file(file) {}

    Result<ImportedPlan> run();

private:
    Error errorHere(const QString &message) const
    {
        return Error(message, m_file, int(m_xml.lineNumber()), int(m_xml.columnNumber()) + 1); // Qt counts columns from 0
    }
    Error errorAt(const Where &w, const QString &message) const { return Error(message, m_file, int(w.line), int(w.column)); }
    Where here() const { return Where{m_xml.lineNumber(), m_xml.columnNumber() + 1}; }

    /** The text of a simple element; false (and m_error) when it has child elements or is broken. */
    bool readText(QString &out)
    {
        out = m_xml.readElementText(QXmlStreamReader::ErrorOnUnexpectedElement);
        if (m_xml.hasError()) {
            m_error = xmlError();
            return false;
        }
        if (out.size() > PlanLimits::maxNotesLength) {
            m_error = errorHere(PlanLimits::lengthMessage(m_xml.name().toString(), out.size(), PlanLimits::maxNotesLength));
            return false;
        }
        return true;
    }
    bool readInt(qint64 &out, const char *what)
    {
        const Where w = here();
        QString text;
        if (!readText(text))
            return false;
        bool ok = false;
        out = text.trimmed().toLongLong(&ok);
        if (!ok) {
            m_error = errorAt(w, tr("cannot read \"%1\" as %2 (expected an integer)").arg(text.left(40), QLatin1String(what)));
            return false;
        }
        return true;
    }
    bool readNumber(double &out, const char *what)
    {
        const Where w = here();
        QString text;
        if (!readText(text))
            return false;
        bool ok = false;
        out = text.trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(out)) {
            m_error = errorAt(w, tr("cannot read \"%1\" as %2 (expected a number)").arg(text.left(40), QLatin1String(what)));
            return false;
        }
        return true;
    }
    bool readBool(bool &out, const char *what)
    {
        const Where w = here();
        QString text;
        if (!readText(text))
            return false;
        const QString t = text.trimmed().toLower();
        if (t == u"1" || t == u"true")
            out = true;
        else if (t == u"0" || t == u"false")
            out = false;
        else {
            m_error = errorAt(w, tr("cannot read \"%1\" as %2 (expected 0 or 1)").arg(text.left(40), QLatin1String(what)));
            return false;
        }
        return true;
    }
    bool readTime(QDateTime &out, const char *what)
    {
        const Where w = here();
        QString text;
        if (!readText(text))
            return false;
        out = QDateTime::fromString(text.trimmed(), Qt::ISODate);
        if (!out.isValid()) {
            m_error = errorAt(w, tr("cannot read \"%1\" as %2 (expected a time like 2026-12-05T22:00:00)").arg(text.left(40), QLatin1String(what)));
            return false;
        }
        return true;
    }
    bool readFormat(int &out, const char *what)
    {
        const Where w = here();
        qint64 value = 0;
        if (!readInt(value, what))
            return false;
        if (!validFormat(int(value)) || value != int(value)) {
            m_error = errorAt(w, tr("%1 %2 is not a duration format (expected 3 to 12, 19 to 21, 35 to 44 or 51 to 53)").arg(QLatin1String(what)).arg(value));
            return false;
        }
        out = int(value);
        return true;
    }
    Error xmlError() const
    {
        return errorHere(tr("not well-formed XML: %1").arg(m_xml.errorString()));
    }
    bool skip()
    {
        m_xml.skipCurrentElement();
        if (m_xml.hasError()) {
            m_error = xmlError();
            return false;
        }
        return true;
    }
    /** Calls `child` for each child element of the current one; false on the first error. */
    template<typename F> bool children(F child)
    {
        while (m_xml.readNextStartElement()) {
            if (!child(m_xml.name()))
                return false;
        }
        if (m_xml.hasError()) {
            m_error = xmlError();
            return false;
        }
        return true;
    }

    bool readProject();
    bool readDefinitions();
    bool readCalendars();
    bool readCalendar(MspdiCalendar &c);
    bool readDay(MspdiCalendar::Day &day, int &dayType, QDate &from, QDate &to);
    bool readWorkingTimes(QList<MspdiCalendar::Period> &out);
    bool readTasks();
    bool readTask(RawTask &t);
    bool readLink(RawLink &l);
    bool readCustom(RawTask &t);
    bool readResources();
    bool readAssignments();
    Result<ImportedPlan> build();

    QXmlStreamReader m_xml;
    QString m_file;
    Error m_error;

    QString m_name, m_title, m_author;
    QDateTime m_startDate;
    int m_calendarUid = -1;
    QHash<QString, int> m_aliasField; ///< our alias -> the FieldID the file uses for it
    MspdiCalendars m_calendars;
    bool m_hasCalendars = false;
    QList<RawTask> m_tasks;
    QHash<qint64, QString> m_resources;
    QList<std::pair<qint64, qint64>> m_assignments; ///< task UID, resource UID
};

bool Parser::readProject()
{
    return children([this](QStringView name) {
        if (name == u"Name")
            return readText(m_name);
        if (name == u"Title")
            return readText(m_title);
        if (name == u"Author")
            return readText(m_author);
        if (name == u"StartDate")
            return readTime(m_startDate, "StartDate");
        if (name == u"CalendarUID") {
            qint64 v = 0;
            if (!readInt(v, "CalendarUID"))
                return false;
            m_calendarUid = int(std::clamp<qint64>(v, -1, INT_MAX));
            return true;
        }
        if (name == u"ExtendedAttributes")
            return readDefinitions();
        if (name == u"Calendars")
            return readCalendars();
        if (name == u"Tasks")
            return readTasks();
        if (name == u"Resources")
            return readResources();
        if (name == u"Assignments")
            return readAssignments();
        return skip();
    });
}

bool Parser::readDefinitions()
{
    return children([this](QStringView name) {
        if (name != u"ExtendedAttribute")
            return skip();
        qint64 id = -1;
        QString alias, fieldName;
        if (!children([&](QStringView n) {
                if (n == u"FieldID")
                    return readInt(id, "FieldID");
                if (n == u"Alias")
                    return readText(alias);
                if (n == u"FieldName")
                    return readText(fieldName);
                return skip();
            }))
            return false;
        for (const mspdi::Field &f : mspdi::AllFields)
            if (alias == QLatin1String(f.alias))
                m_aliasField.insert(alias, int(id));
        return true;
    });
}

bool Parser::readCalendars()
{
    m_hasCalendars = true;
    return children([this](QStringView name) {
        if (name != u"Calendar")
            return skip();
        MspdiCalendar c;
        if (!readCalendar(c))
            return false;
        m_calendars.add(c);
        return true;
    });
}

bool Parser::readWorkingTimes(QList<MspdiCalendar::Period> &out)
{
    return children([&](QStringView name) {
        if (name != u"WorkingTime")
            return skip();
        QString from, to;
        const Where w = here();
        if (!children([&](QStringView n) {
                if (n == u"FromTime")
                    return readText(from);
                if (n == u"ToTime")
                    return readText(to);
                return skip();
            }))
            return false;
        const QTime f = QTime::fromString(from.trimmed(), Qt::ISODate);
        const QTime t = QTime::fromString(to.trimmed(), Qt::ISODate);
        if (!f.isValid() || !t.isValid()) {
            m_error = errorAt(w, tr("cannot read working time \"%1\"-\"%2\" (expected FromTime and ToTime like 08:00:00)").arg(from.left(20), to.left(20)));
            return false;
        }
        MspdiCalendar::Period p{f.msecsSinceStartOfDay() / 60000, t.msecsSinceStartOfDay() / 60000};
        if (p.to == 0)
            p.to = 1440; // "00:00:00" as the end means midnight at the end of the day
        if (p.to > p.from)
            out.append(p);
        return true;
    });
}

bool Parser::readDay(MspdiCalendar::Day &day, int &dayType, QDate &from, QDate &to)
{
    day.defined = true;
    bool ok = children([&](QStringView n) {
        if (n == u"DayType") {
            qint64 v = 0;
            if (!readInt(v, "DayType"))
                return false;
            dayType = int(std::clamp<qint64>(v, -1, 8));
            return true;
        }
        if (n == u"DayWorking")
            return readBool(day.working, "DayWorking");
        if (n == u"WorkingTimes")
            return readWorkingTimes(day.periods);
        if (n == u"TimePeriod") {
            QDateTime f, t;
            if (!children([&](QStringView p) {
                    if (p == u"FromDate")
                        return readTime(f, "FromDate");
                    if (p == u"ToDate")
                        return readTime(t, "ToDate");
                    return skip();
                }))
                return false;
            from = f.date();
            to = t.date();
            return true;
        }
        return skip();
    });
    std::sort(day.periods.begin(), day.periods.end(), [](const auto &a, const auto &b) { return a.from < b.from; });
    return ok;
}

bool Parser::readCalendar(MspdiCalendar &c)
{
    return children([&](QStringView name) {
        if (name == u"UID") {
            qint64 v = 0;
            if (!readInt(v, "UID"))
                return false;
            c.uid = int(std::clamp<qint64>(v, -1, INT_MAX));
            return true;
        }
        if (name == u"Name")
            return readText(c.name);
        if (name == u"BaseCalendarUID") {
            qint64 v = 0;
            if (!readInt(v, "BaseCalendarUID"))
                return false;
            c.baseUid = int(std::clamp<qint64>(v, -1, INT_MAX));
            return true;
        }
        if (name == u"WeekDays" || name == u"Exceptions") {
            const bool exceptions = name == u"Exceptions";
            return children([&](QStringView n) {
                if (n != u"WeekDay" && n != u"Exception")
                    return skip();
                MspdiCalendar::Day day;
                int dayType = exceptions ? 0 : -1;
                QDate from, to;
                if (!readDay(day, dayType, from, to))
                    return false;
                if (dayType >= 1 && dayType <= 7)
                    c.weekdays[dayType] = day;
                else if (dayType == 0 && from.isValid() && to.isValid() && from <= to)
                    c.exceptions.append(MspdiCalendar::Exception{from, to, day});
                return true;
            });
        }
        return skip();
    });
}

bool Parser::readLink(RawLink &l)
{
    l.where = here();
    return children([&](QStringView n) {
        if (n == u"PredecessorUID")
            return readInt(l.predecessor, "PredecessorUID");
        if (n == u"Type") {
            const Where w = here();
            qint64 v = 0;
            if (!readInt(v, "link Type"))
                return false;
            if (v < 0 || v > 3) {
                m_error = errorAt(w, tr("link type %1 is not one of 0 (FF), 1 (FS), 2 (SF), 3 (SS)").arg(v));
                return false;
            }
            l.type = int(v);
            return true;
        }
        if (n == u"CrossProject")
            return readBool(l.crossProject, "CrossProject");
        if (n == u"LinkLag")
            return readNumber(l.lagTenths, "LinkLag");
        if (n == u"LagFormat")
            return readFormat(l.lagFormat, "LagFormat");
        return skip();
    });
}

bool Parser::readCustom(RawTask &t)
{
    qint64 id = -1;
    QString value;
    int format = -1;
    const Where w = here();
    if (!children([&](QStringView n) {
            if (n == u"FieldID")
                return readInt(id, "FieldID");
            if (n == u"Value")
                return readText(value);
            if (n == u"DurationFormat")
                return readFormat(format, "DurationFormat");
            return skip();
        }))
        return false;
    if (id > 0 && id <= INT_MAX) {
        t.custom.insert(int(id), value);
        t.customWhere.insert(int(id), w);
        if (format >= 0)
            t.customFormat.insert(int(id), format);
    }
    return true;
}

bool Parser::readTask(RawTask &t)
{
    t.where = here();
    return children([&](QStringView n) {
        if (n == u"UID")
            return readInt(t.uid, "UID");
        if (n == u"Name")
            return readText(t.name);
        if (n == u"WBS")
            return readText(t.wbs);
        if (n == u"OutlineLevel") {
            qint64 v = 0;
            if (!readInt(v, "OutlineLevel"))
                return false;
            t.outlineLevel = int(std::clamp<qint64>(v, 0, 1000));
            return true;
        }
        if (n == u"Start")
            return readTime(t.start, "Start");
        if (n == u"Finish")
            return readTime(t.finish, "Finish");
        if (n == u"Duration") {
            t.duration.where = here();
            QString text;
            if (!readText(text))
                return false;
            t.duration.minutes = parseIsoDuration(text);
            if (!t.duration.minutes) {
                m_error = errorAt(t.duration.where, tr("cannot read \"%1\" as a Duration (expected PT#H#M#S)").arg(text.left(40)));
                return false;
            }
            return true;
        }
        if (n == u"DurationFormat")
            return readFormat(t.duration.format, "DurationFormat");
        if (n == u"Milestone")
            return readBool(t.milestone, "Milestone");
        if (n == u"Summary")
            return readBool(t.summary, "Summary");
        if (n == u"IsNull")
            return readBool(t.isNull, "IsNull");
        if (n == u"ExternalTask" || n == u"IsSubproject") {
            bool v = false;
            if (!readBool(v, "ExternalTask"))
                return false;
            t.external = t.external || v;
            return true;
        }
        if (n == u"ConstraintType") {
            qint64 v = 0;
            if (!readInt(v, "ConstraintType"))
                return false;
            t.constraintType = int(std::clamp<qint64>(v, -1, 100));
            return true;
        }
        if (n == u"ConstraintDate")
            return readTime(t.constraintDate, "ConstraintDate");
        if (n == u"CalendarUID") {
            qint64 v = 0;
            if (!readInt(v, "CalendarUID"))
                return false;
            t.calendarUid = int(std::clamp<qint64>(v, -1, INT_MAX));
            return true;
        }
        if (n == u"Deadline") {
            t.hasDeadline = true;
            return skip();
        }
        if (n == u"ActualStart" || n == u"ActualFinish") {
            t.hasProgress = true;
            return skip();
        }
        if (n == u"Notes")
            return readText(t.notes);
        if (n == u"PredecessorLink") {
            RawLink l;
            if (!readLink(l))
                return false;
            t.links.append(l);
            return true;
        }
        if (n == u"ExtendedAttribute")
            return readCustom(t);
        return skip();
    });
}

bool Parser::readTasks()
{
    return children([this](QStringView name) {
        if (name != u"Task")
            return skip();
        RawTask t;
        if (!readTask(t))
            return false;
        m_tasks.append(std::move(t));
        return true;
    });
}

bool Parser::readResources()
{
    return children([this](QStringView name) {
        if (name != u"Resource")
            return skip();
        qint64 uid = -1;
        QString resourceName;
        if (!children([&](QStringView n) {
                if (n == u"UID")
                    return readInt(uid, "UID");
                if (n == u"Name")
                    return readText(resourceName);
                return skip();
            }))
            return false;
        if (!resourceName.trimmed().isEmpty())
            m_resources.insert(uid, resourceName.trimmed());
        return true;
    });
}

bool Parser::readAssignments()
{
    return children([this](QStringView name) {
        if (name != u"Assignment")
            return skip();
        qint64 task = -1, resource = -1;
        if (!children([&](QStringView n) {
                if (n == u"TaskUID")
                    return readInt(task, "TaskUID");
                if (n == u"ResourceUID")
                    return readInt(resource, "ResourceUID");
                return skip();
            }))
            return false;
        m_assignments.append({task, resource});
        return true;
    });
}

Result<ImportedPlan> Parser::run()
{
    if (!m_xml.readNextStartElement()) {
        if (m_xml.hasError())
            return xmlError();
        return Error(tr("no XML element (expected an MS Project XML <Project>)"), m_file);
    }
    if (m_xml.name() != u"Project" || m_xml.namespaceUri() != mspdi::namespaceUri())
        return errorHere(tr("the root element is <%1> in namespace \"%2\" (expected <Project> in \"%3\")")
                             .arg(m_xml.name().toString().left(60), m_xml.namespaceUri().toString().left(80), mspdi::namespaceUri()));
    if (!readProject())
        return m_error;
    // Nothing may follow the root but comments and white space.
    while (!m_xml.atEnd() && m_xml.readNext() != QXmlStreamReader::Invalid) {
    }
    if (m_xml.hasError() && m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError)
        return xmlError();
    return build();
}


/** Counts of what did not map, one warning per kind in the end. */
struct Unmapped
{
    QStringList names;
    void add(const QString &name) { names.append(name); }
};

Result<ImportedPlan> Parser::build()
{
    ImportedPlan out;
    Plan &plan = out.plan;
    auto warn = [&](const QString &text) { out.warnings.append(ExchangeFile::oneLine(QStringLiteral("%1: %2").arg(m_file, text))); };
    auto fieldId = [&](const mspdi::Field &f) { return m_aliasField.value(QLatin1String(f.alias), f.id); };

    // The project summary task (UID 0 or outline level 0) holds our time zone and window.
    const RawTask *projectTask = nullptr;
    for (const RawTask &t : std::as_const(m_tasks))
        if (t.uid == 0 || t.outlineLevel == 0) {
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
    for (const RawTask &t : std::as_const(m_tasks))
        if (&t != projectTask && !t.isNull)
            rows.append(&t);
    QHash<qint64, qsizetype> taskOfUid; // UID -> index in plan.tasks
    QSet<qint64> summaryUids;
    QSet<QString> usedIds;
    auto uniqueId = [&](QString id, qint64 uid, const char *prefix) {
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
    QSet<QString> calendarsUsed;
    /** Elapsed minutes of `minutes` in `format`, walking calendar `uid` from `from` for working time. */
    auto elapsed = [&](double minutes, int format, int uid, const QDateTime &from, const Where &w, int *counter) -> std::optional<double> {
        if (isElapsed(format) || minutes == 0)
            return minutes;
        const int cal = m_calendars.contains(uid) ? uid : projectCalendar;
        if (m_calendars.isAroundTheClock(cal))
            return minutes;
        const auto e = m_calendars.elapsedMinutes(cal, from.isValid() ? naive(from) : naive(start), minutes);
        if (!e) {
            m_error = errorAt(w, tr("calendar \"%1\" has no working time for %2 minutes of work (expected working days in the calendar)")
                                     .arg(m_calendars.nameOf(cal).left(60)).arg(minutes));
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
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const RawTask &t = *rows[r];
        const bool hasChildren = r + 1 < rows.size() && rows[r + 1]->outlineLevel > t.outlineLevel;
        const int level = std::max(1, t.outlineLevel);
        if (t.summary || hasChildren) {
            summaryUids.insert(t.uid);
            if (level == 1) {
                Phase phase;
                phase.id = uniqueId(customText(t, mspdi::CutoverId).isEmpty() ? t.wbs : customText(t, mspdi::CutoverId), t.uid, "phase");
                phase.name = t.name;
                phase.description = t.notes;
                plan.phases.append(phase);
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
        if (!path.isEmpty()) {
            task.name = path.join(QStringLiteral(" / ")) + QStringLiteral(" / ") + t.name;
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
        for (const QString &word : marks.split(QRegularExpression(QStringLiteral("[\\s,;]+")), Qt::SkipEmptyParts)) {
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

    // Links, now that every task has its id and duration.
    Unmapped toSummaries, missing, crossProject;
    for (qsizetype i = 0; i < plan.tasks.size(); ++i) {
        const RawTask &t = *taskRows[i];
        for (const RawLink &l : t.links) {
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
    report(constraints, tr("%1 constraints other than start-no-earlier-than ignored (tasks %2)"));
    report(deadlines, tr("%1 deadlines ignored (tasks %2)"));
    report(progress, tr("%1 tasks' recorded progress ignored (tasks %2)"));
    report(externals, tr("%1 external tasks or subprojects read as ordinary tasks (tasks %2)"));
    report(milestoneDurations, tr("%1 milestones had a duration, set to 0 (tasks %2)"));
    report(toSummaries, tr("%1 links to summary tasks dropped (phases have no links; tasks %2)"));
    report(missing, tr("%1 links to tasks not in the file dropped (tasks %2)"));
    report(crossProject, tr("%1 links to other projects dropped (tasks %2)"));

    const QList<PlanIssue> issues = PlanValidator::validate(plan);
    for (const PlanIssue &issue : issues)
        if (issue.severity == PlanIssue::Severity::Error)
            return Error(issue.message, m_file);
    return out;
}

} // namespace

Result<ImportedPlan> MspdiReader::parse(const QByteArray &xml, const QString &fileName)
{
    return Parser(xml, fileName).run();
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
