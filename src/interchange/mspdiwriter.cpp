// SPDX-License-Identifier: GPL-3.0-or-later
#include "mspdiwriter.h"

#include "mspdi.h"
#include "model/enumnames.h"
#include "schedule/scheduler.h"

#include <QHash>
#include <QMap>
#include <QXmlStreamWriter>

#include <cmath>

namespace cutover {

namespace {

QString naiveTime(const QDateTime &time, const QTimeZone &zone)
{
    return time.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

/** "PT#H#M#S" for minutes >= 0; seconds keep a fraction only when there is one. */
QString isoDuration(double minutes)
{
    if (!std::isfinite(minutes) || minutes < 0)
        minutes = 0;
    const double totalSeconds = minutes * 60.0;
    const double hours = std::floor(totalSeconds / 3600.0);
    const double rest = totalSeconds - hours * 3600.0;
    const double mins = std::floor(rest / 60.0);
    const double secs = rest - mins * 60.0;
    return QStringLiteral("PT%1H%2M%3S")
        .arg(QString::number(hours, 'f', 0), QString::number(mins, 'f', 0),
             QString::number(secs, 'f', QLocale::FloatingPointShortest));
}

int linkType(DependencyType type)
{
    switch (type) {
    case DependencyType::FF: return mspdi::FinishFinish;
    case DependencyType::FS: return mspdi::FinishStart;
    case DependencyType::SF: return mspdi::StartFinish;
    case DependencyType::SS: return mspdi::StartStart;
    }
    return mspdi::FinishStart;
}

class Writer
{
public:
    explicit Writer(const Plan &plan) : m_plan(plan), m_zone(plan.displayZone()), m_xml(&m_data) {}

    ExportedFile run()
    {
        const Result<Schedule> schedule = Scheduler::schedule(m_plan);
        if (schedule)
            m_schedule = schedule.value();
        numberRows();

        m_xml.setAutoFormatting(true);
        m_xml.setAutoFormattingIndent(2);
        m_xml.writeStartDocument();
        m_xml.writeDefaultNamespace(mspdi::namespaceUri());
        m_xml.writeStartElement(mspdi::namespaceUri(), QStringLiteral("Project"));
        writeProjectHeader();
        writeExtendedAttributeDefinitions();
        writeCalendar();
        writeTasks();
        writeResourcesAndAssignments();
        m_xml.writeEndElement();
        m_xml.writeEndDocument();

        ExportedFile out;
        out.data = m_data;
        out.leftOut = ExchangeFile::beyondRunbook(m_plan);
        if (m_dropped > 0)
            out.leftOut << MspdiWriter::tr("%n characters XML cannot hold (control characters in names or notes)", nullptr, m_dropped);
        if (m_lagsRounded > 0)
            out.leftOut << MspdiWriter::tr("lag precision below a tenth of a minute (%n links, rounded)", nullptr, m_lagsRounded);
        return out;
    }

private:
    struct Row
    {
        int uid;
        const Phase *phase = nullptr;
        const Task *task = nullptr;
        qsizetype taskIndex = -1;
    };

    /** A text element; a CR goes out as a character reference (XML would turn CRLF into LF) and
        characters XML 1.0 cannot hold at all (most controls, U+FFFE, lone surrogates) are dropped. */
    void text(const QString &name, const QString &value)
    {
        m_xml.writeStartElement(mspdi::namespaceUri(), name);
        QString piece;
        auto flush = [&] {
            if (!piece.isEmpty())
                m_xml.writeCharacters(piece);
            piece.clear();
        };
        for (qsizetype i = 0; i < value.size(); ++i) {
            const char16_t c = value[i].unicode();
            if (QChar::isHighSurrogate(c) && i + 1 < value.size() && QChar::isLowSurrogate(value[i + 1].unicode())) {
                piece += value[i];
                piece += value[++i];
            } else if (c == u'\r') {
                flush();
                m_xml.writeEntityReference(QStringLiteral("#13"));
            } else if (c == u'\t' || c == u'\n' || (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c <= 0xFFFD)) {
                piece += value[i];
            } else {
                ++m_dropped;
            }
        }
        flush();
        m_xml.writeEndElement();
    }
    void number(const QString &name, qint64 value) { text(name, QString::number(value)); }
    void start(const QString &name) { m_xml.writeStartElement(mspdi::namespaceUri(), name); }
    void end() { m_xml.writeEndElement(); }

    double es(qsizetype i) const { return i < m_schedule.tasks.size() ? m_schedule.tasks[i].es : 0.0; }
    double ef(qsizetype i) const { return i < m_schedule.tasks.size() ? m_schedule.tasks[i].ef : 0.0; }
    QString at(double minutes) const { return naiveTime(m_plan.start.addMSecs(qint64(std::llround(minutes * 60000.0))), m_zone); }

    /** Outline order: each phase, then its tasks in plan order; tasks of no known phase last. */
    void numberRows()
    {
        int uid = 0;
        QHash<QString, bool> known;
        for (const Phase &p : m_plan.phases)
            known.insert(p.id, true);
        for (const Phase &p : m_plan.phases) {
            m_rows.append(Row{++uid, &p, nullptr, -1});
            for (qsizetype i = 0; i < m_plan.tasks.size(); ++i)
                if (m_plan.tasks[i].phase == p.id)
                    m_rows.append(Row{++uid, &p, &m_plan.tasks[i], i});
        }
        for (qsizetype i = 0; i < m_plan.tasks.size(); ++i)
            if (!known.contains(m_plan.tasks[i].phase))
                m_rows.append(Row{++uid, nullptr, &m_plan.tasks[i], i});
        for (const Row &r : std::as_const(m_rows))
            if (r.task)
                m_uidOf.insert(r.task->id, r.uid);
    }

    void writeProjectHeader()
    {
        number(QStringLiteral("SaveVersion"), 14);
        text(QStringLiteral("Name"), m_plan.name);
        text(QStringLiteral("Title"), m_plan.name);
        if (!m_plan.author.isEmpty())
            text(QStringLiteral("Author"), m_plan.author);
        text(QStringLiteral("ScheduleFromStart"), QStringLiteral("1"));
        text(QStringLiteral("StartDate"), naiveTime(m_plan.start, m_zone));
        text(QStringLiteral("FinishDate"), at(m_schedule.finish));
        text(QStringLiteral("CurrencyCode"), QStringLiteral("USD"));
        number(QStringLiteral("CalendarUID"), 1);
        text(QStringLiteral("DefaultStartTime"), m_plan.start.toTimeZone(m_zone).time().toString(QStringLiteral("HH:mm:ss")));
        number(QStringLiteral("MinutesPerDay"), 1440);
        number(QStringLiteral("MinutesPerWeek"), 10080);
        number(QStringLiteral("DaysPerMonth"), 30);
        number(QStringLiteral("DurationFormat"), mspdi::ElapsedMinutes);
        text(QStringLiteral("HonorConstraints"), QStringLiteral("1"));
    }

    void writeExtendedAttributeDefinitions()
    {
        start(QStringLiteral("ExtendedAttributes"));
        for (const mspdi::Field &f : mspdi::AllFields) {
            start(QStringLiteral("ExtendedAttribute"));
            number(QStringLiteral("FieldID"), f.id);
            text(QStringLiteral("FieldName"), QLatin1String(f.fieldName));
            text(QStringLiteral("Alias"), QLatin1String(f.alias));
            end();
        }
        end();
    }

    /** The one calendar: 24 hours a day, seven days a week (a cutover runs through the night). */
    void writeCalendar()
    {
        start(QStringLiteral("Calendars"));
        start(QStringLiteral("Calendar"));
        number(QStringLiteral("UID"), 1);
        text(QStringLiteral("Name"), QStringLiteral("24 Hours"));
        text(QStringLiteral("IsBaseCalendar"), QStringLiteral("1"));
        number(QStringLiteral("BaseCalendarUID"), -1);
        start(QStringLiteral("WeekDays"));
        for (int day = 1; day <= 7; ++day) {
            start(QStringLiteral("WeekDay"));
            number(QStringLiteral("DayType"), day);
            text(QStringLiteral("DayWorking"), QStringLiteral("1"));
            start(QStringLiteral("WorkingTimes"));
            start(QStringLiteral("WorkingTime"));
            text(QStringLiteral("FromTime"), QStringLiteral("00:00:00"));
            text(QStringLiteral("ToTime"), QStringLiteral("00:00:00"));
            end();
            end();
            end();
        }
        end();
        end();
        end();
    }

    void extendedText(const mspdi::Field &f, const QString &value)
    {
        start(QStringLiteral("ExtendedAttribute"));
        number(QStringLiteral("FieldID"), f.id);
        text(QStringLiteral("Value"), value);
        end();
    }

    void extendedDuration(const mspdi::Field &f, double minutes)
    {
        start(QStringLiteral("ExtendedAttribute"));
        number(QStringLiteral("FieldID"), f.id);
        text(QStringLiteral("Value"), isoDuration(minutes));
        number(QStringLiteral("DurationFormat"), mspdi::ElapsedMinutes);
        end();
    }

    /** Task UID 0, the project summary task: carries the plan's time zone and window. */
    void writeProjectSummary()
    {
        start(QStringLiteral("Task"));
        number(QStringLiteral("UID"), 0);
        number(QStringLiteral("ID"), 0);
        text(QStringLiteral("Name"), m_plan.name);
        number(QStringLiteral("Type"), 1);
        text(QStringLiteral("IsNull"), QStringLiteral("0"));
        text(QStringLiteral("OutlineNumber"), QStringLiteral("0"));
        number(QStringLiteral("OutlineLevel"), 0);
        text(QStringLiteral("Start"), naiveTime(m_plan.start, m_zone));
        text(QStringLiteral("Finish"), at(m_schedule.finish));
        text(QStringLiteral("Duration"), isoDuration(m_schedule.finish));
        number(QStringLiteral("DurationFormat"), mspdi::ElapsedMinutes);
        text(QStringLiteral("Summary"), QStringLiteral("1"));
        extendedText(mspdi::TimeZoneField, m_plan.timezone.isEmpty() ? QString::fromUtf8(m_zone.id()) : m_plan.timezone);
        if (m_plan.window.start.isValid())
            extendedText(mspdi::WindowStart, naiveTime(m_plan.window.start, m_zone));
        if (m_plan.window.end.isValid())
            extendedText(mspdi::WindowEnd, naiveTime(m_plan.window.end, m_zone));
        end();
    }

    void writeTasks()
    {
        start(QStringLiteral("Tasks"));
        writeProjectSummary();
        int phaseNumber = 0;
        int childNumber = 0;
        int looseNumber = 0;
        for (const Row &row : std::as_const(m_rows)) {
            start(QStringLiteral("Task"));
            number(QStringLiteral("UID"), row.uid);
            number(QStringLiteral("ID"), row.uid);
            QString outline;
            if (!row.task) {
                ++phaseNumber;
                childNumber = 0;
                outline = QString::number(phaseNumber);
                text(QStringLiteral("Name"), row.phase->name);
            } else {
                outline = row.phase ? QStringLiteral("%1.%2").arg(phaseNumber).arg(++childNumber)
                                    : QString::number(phaseNumber + ++looseNumber);
                text(QStringLiteral("Name"), row.task->name);
            }
            number(QStringLiteral("Type"), 1); // fixed duration
            text(QStringLiteral("IsNull"), QStringLiteral("0"));
            text(QStringLiteral("WBS"), row.task ? row.task->id : row.phase->id);
            text(QStringLiteral("OutlineNumber"), outline);
            number(QStringLiteral("OutlineLevel"), row.task && row.phase ? 2 : 1);
            if (row.task)
                writeTaskBody(*row.task, row.taskIndex);
            else
                writePhaseBody(*row.phase);
            end();
        }
        end();
    }

    void writePhaseBody(const Phase &phase)
    {
        double first = -1, last = 0;
        for (qsizetype i = 0; i < m_plan.tasks.size(); ++i) {
            if (m_plan.tasks[i].phase != phase.id)
                continue;
            first = first < 0 ? es(i) : std::min(first, es(i));
            last = std::max(last, ef(i));
        }
        if (first < 0)
            first = 0, last = 0;
        text(QStringLiteral("Start"), at(first));
        text(QStringLiteral("Finish"), at(last));
        text(QStringLiteral("Duration"), isoDuration(last - first));
        number(QStringLiteral("DurationFormat"), mspdi::ElapsedMinutes);
        text(QStringLiteral("Milestone"), QStringLiteral("0"));
        text(QStringLiteral("Summary"), QStringLiteral("1"));
        if (!phase.description.isEmpty())
            text(QStringLiteral("Notes"), phase.description);
        extendedText(mspdi::CutoverId, phase.id);
    }

    void writeTaskBody(const Task &task, qsizetype index)
    {
        const bool milestone = task.kind == TaskKind::Milestone;
        const double likely = milestone ? 0.0 : task.duration.likely;
        text(QStringLiteral("Start"), at(es(index)));
        text(QStringLiteral("Finish"), at(ef(index)));
        text(QStringLiteral("Duration"), isoDuration(likely));
        number(QStringLiteral("DurationFormat"), mspdi::ElapsedMinutes);
        text(QStringLiteral("Estimated"), QStringLiteral("0"));
        text(QStringLiteral("Milestone"), milestone ? QStringLiteral("1") : QStringLiteral("0"));
        text(QStringLiteral("Summary"), QStringLiteral("0"));
        if (index < m_schedule.tasks.size())
            text(QStringLiteral("Critical"), m_schedule.tasks[index].critical ? QStringLiteral("1") : QStringLiteral("0"));
        if (task.notBefore.isValid()) {
            number(QStringLiteral("ConstraintType"), mspdi::StartNoEarlierThan);
            text(QStringLiteral("ConstraintDate"), naiveTime(task.notBefore, m_zone));
        } else {
            number(QStringLiteral("ConstraintType"), mspdi::AsSoonAsPossible);
        }
        if (!task.notes.isEmpty())
            text(QStringLiteral("Notes"), task.notes);
        for (const Dependency &d : task.after) {
            const auto uid = m_uidOf.constFind(d.task);
            if (uid == m_uidOf.cend())
                continue; // an unknown predecessor: the plan is not valid, nothing to link
            start(QStringLiteral("PredecessorLink"));
            number(QStringLiteral("PredecessorUID"), *uid);
            number(QStringLiteral("Type"), linkType(d.type));
            text(QStringLiteral("CrossProject"), QStringLiteral("0"));
            const qint64 tenths = std::llround(d.lag * 10.0);
            if (std::abs(double(tenths) - d.lag * 10.0) > 1e-6)
                ++m_lagsRounded;
            number(QStringLiteral("LinkLag"), tenths);
            number(QStringLiteral("LagFormat"), mspdi::ElapsedMinutes);
            end();
        }
        extendedText(mspdi::CutoverId, task.id);
        extendedText(mspdi::DistributionField, toString(task.distribution));
        if (task.marks)
            extendedText(mspdi::MarksField, markNames(task.marks).join(QStringLiteral(" ")));
        if (task.kind == TaskKind::Gate)
            extendedText(mspdi::GateFlag, QStringLiteral("1"));
        extendedText(mspdi::CutoverOrder, QString::number(index + 1)); // the outline goes phase by phase
        if (task.duration.optimistic)
            extendedDuration(mspdi::Optimistic, *task.duration.optimistic);
        if (!milestone)
            extendedDuration(mspdi::Likely, task.duration.likely);
        if (task.duration.pessimistic)
            extendedDuration(mspdi::Pessimistic, *task.duration.pessimistic);
    }

    void writeResourcesAndAssignments()
    {
        QMap<QString, int> resourceUid; // owner -> UID, in name order for a stable file
        for (const Task &t : m_plan.tasks)
            if (!t.owner.isEmpty())
                resourceUid.insert(t.owner, 0);
        int uid = 0;
        for (auto it = resourceUid.begin(); it != resourceUid.end(); ++it)
            it.value() = ++uid;
        start(QStringLiteral("Resources"));
        for (auto it = resourceUid.cbegin(); it != resourceUid.cend(); ++it) {
            start(QStringLiteral("Resource"));
            number(QStringLiteral("UID"), it.value());
            number(QStringLiteral("ID"), it.value());
            text(QStringLiteral("Name"), it.key());
            number(QStringLiteral("Type"), 1); // work
            text(QStringLiteral("IsNull"), QStringLiteral("0"));
            end();
        }
        end();
        start(QStringLiteral("Assignments"));
        int assignment = 0;
        for (const Row &row : std::as_const(m_rows)) {
            if (!row.task || row.task->owner.isEmpty())
                continue;
            start(QStringLiteral("Assignment"));
            number(QStringLiteral("UID"), ++assignment);
            number(QStringLiteral("TaskUID"), row.uid);
            number(QStringLiteral("ResourceUID"), resourceUid.value(row.task->owner));
            number(QStringLiteral("Units"), 1);
            end();
        }
        end();
    }

    const Plan &m_plan;
    QTimeZone m_zone;
    QByteArray m_data;
    QXmlStreamWriter m_xml;
    Schedule m_schedule;
    QList<Row> m_rows;
    QHash<QString, int> m_uidOf;
    int m_lagsRounded = 0;
    int m_dropped = 0;
};

} // namespace

ExportedFile MspdiWriter::write(const Plan &plan)
{
    return Writer(plan).run();
}

} // namespace cutover
