// SPDX-License-Identifier: GPL-3.0-or-later
#include "mspdidocument.h"

#include "model/planlimits.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

#include <algorithm>
#include <climits>
#include <cmath>

namespace cutover::mspdi {

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

bool isPercent(int format)
{
    return format == 19 || format == 20 || format == 51 || format == 52;
}

bool validFormat(int format)
{
    return (format >= 3 && format <= 12) || (format >= 19 && format <= 21) || (format >= 35 && format <= 44) || (format >= 51 && format <= 53);
}

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

namespace {

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(MspdiReader)
public:
    Parser(const QByteArray &xml, const QString &file) : m_xml(xml), m_file(file) {}

    Result<Document> run();

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

    QXmlStreamReader m_xml;
    QString m_file;
    Error m_error;

    QString m_name, m_title, m_author;
    QDateTime m_startDate;
    int m_calendarUid = -1;
    QHash<QString, int> m_aliasField; ///< our alias -> the FieldID the file uses for it
    QHash<int, QString> m_fieldAlias; ///< every FieldID the file defines -> its alias
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
        if (id > 0 && id <= INT_MAX)
            m_fieldAlias.insert(int(id), alias);
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
        if (n == u"PredecessorUID") {
            l.hasPredecessor = true;
            return readInt(l.predecessor, "PredecessorUID");
        }
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
        if (n == u"UID") {
            t.hasUid = true;
            t.uidWhere = here();
            return readInt(t.uid, "UID");
        }
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
    QHash<qint64, Where> seen; // UID -> where it first appeared
    const bool ok = children([&](QStringView name) {
        if (name != u"Task")
            return skip();
        RawTask t;
        if (!readTask(t))
            return false;
        if (t.hasUid) {
            const auto first = seen.constFind(t.uid);
            if (first != seen.cend()) {
                m_error = errorAt(t.uidWhere, tr("task UID %1 appears twice (first at line %2; expected unique UIDs)").arg(t.uid).arg(first->line));
                return false;
            }
            seen.insert(t.uid, t.uidWhere);
        }
        m_tasks.append(std::move(t));
        return true;
    });
    if (!ok)
        return false;
    // A task without a UID gets one above every UID a task has or a link names (no link can name it).
    qint64 next = 1;
    auto above = [&](qint64 uid) { next = std::max(next, uid < LLONG_MAX ? uid + 1 : uid); };
    for (const RawTask &t : std::as_const(m_tasks)) {
        if (t.hasUid)
            above(t.uid);
        for (const RawLink &l : t.links)
            if (l.hasPredecessor)
                above(l.predecessor);
    }
    for (RawTask &t : m_tasks)
        if (!t.hasUid) {
            while (seen.contains(next))
                ++next;
            t.uid = next;
            seen.insert(next, t.where);
        }
    return true;
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

Result<Document> Parser::run()
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
    return Document{m_name, m_title, m_author, m_startDate, m_calendarUid, m_aliasField, m_fieldAlias, m_calendars, m_hasCalendars,
                    std::move(m_tasks), m_resources, m_assignments};
}

} // namespace

Result<Document> parseDocument(const QByteArray &xml, const QString &file)
{
    return Parser(xml, file).run();
}

} // namespace cutover::mspdi
