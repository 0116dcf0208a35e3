// SPDX-License-Identifier: GPL-3.0-or-later
// iCalendar export, read back by an independent parser written here (split at CRLF, check the
// 75-octet limit and UTF-8 of each physical line, unfold, unescape). Expected times are worked
// out by hand from the small plan below.
#include "interchange/icalendarwriter.h"

#include <QMap>
#include <QStringDecoder>
#include <QTest>

using namespace cutover;

namespace {

struct Event
{
    QMap<QString, QString> props; ///< property name -> unescaped value
};

QString unescape(const QString &v)
{
    QString out;
    for (qsizetype i = 0; i < v.size(); ++i) {
        if (v[i] == u'\\' && i + 1 < v.size()) {
            const QChar n = v[++i];
            out += (n == u'n' || n == u'N') ? QChar(u'\n') : n;
        } else {
            out += v[i];
        }
    }
    return out;
}

/** The events of an .ics file; fails the test on a line that breaks RFC 5545's framing. */
QList<Event> parseIcs(const QByteArray &data, QStringList *problems)
{
    QList<QByteArray> physical = data.split('\n');
    if (!data.endsWith("\r\n"))
        problems->append(QStringLiteral("no CRLF at the end"));
    physical.removeLast(); // after the final CRLF
    QStringList logical;
    for (QByteArray line : physical) {
        if (!line.endsWith('\r'))
            problems->append(QStringLiteral("a line ends in LF only"));
        line.chop(1);
        if (line.size() > 75)
            problems->append(QStringLiteral("a line of %1 octets").arg(line.size()));
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString text = decoder.decode(line);
        if (decoder.hasError())
            problems->append(QStringLiteral("a line that is not UTF-8 on its own (a split sequence)"));
        if (!text.isEmpty() && (text[0] == u' ' || text[0] == u'\t')) {
            if (logical.isEmpty())
                problems->append(QStringLiteral("a continuation first"));
            else
                logical.last() += text.mid(1);
        } else {
            logical.append(text);
        }
    }
    QList<Event> events;
    bool inEvent = false;
    for (const QString &l : std::as_const(logical)) {
        const qsizetype colon = l.indexOf(u':');
        const QString name = l.left(colon).section(u';', 0, 0);
        const QString value = l.mid(colon + 1);
        if (l == u"BEGIN:VEVENT") {
            events.append(Event{});
            inEvent = true;
        } else if (l == u"END:VEVENT") {
            inEvent = false;
        } else if (inEvent) {
            events.last().props.insert(name, unescape(value));
        }
    }
    return events;
}

Plan nightPlan()
{
    Plan plan;
    plan.name = QStringLiteral("Orders; DB, night");
    plan.timezone = QStringLiteral("Europe/Berlin");
    const QTimeZone berlin(QByteArrayLiteral("Europe/Berlin"));
    plan.start = QDateTime(QDate(2026, 12, 5), QTime(21, 0), berlin);             // 20:00Z
    plan.window = {QDateTime(QDate(2026, 12, 5), QTime(22, 0), berlin),          // 21:00Z
                   QDateTime(QDate(2026, 12, 6), QTime(4, 0), berlin)};          // 03:00Z
    plan.phases = {Phase{QStringLiteral("p1"), QStringLiteral("Prepare"), {}},
                   Phase{QStringLiteral("p2"), QStringLiteral("Übergang – Phase mit sehr langem Namen, der über fünfundsiebzig Oktette hinausgeht 🚀"), {}}};
    auto add = [&](const char *id, const char *phase, double minutes, QList<Dependency> after) {
        Task t;
        t.id = QString::fromLatin1(id);
        t.name = t.id;
        t.phase = QString::fromLatin1(phase);
        t.duration.likely = minutes;
        t.after = after;
        plan.tasks.append(t);
        return &plan.tasks.last();
    };
    add("prep", "p1", 30, {})->owner = QStringLiteral("Ops, Team; A\\B");
    add("freeze", "p2", 10, {Dependency{QStringLiteral("prep")}})->marks = Mark::FreezeStart;
    Task *gate = add("gate", "p2", 15, {Dependency{QStringLiteral("freeze")}});
    gate->kind = TaskKind::Gate;
    gate->name = QStringLiteral("Go/no-go: switch");
    gate->owner = QStringLiteral("Change board");
    add("switch", "p2", 20, {Dependency{QStringLiteral("gate")}})->marks = Mark::TrafficSwitched | Mark::PointOfNoReturn;
    Task r;
    r.id = QStringLiteral("r1");
    r.name = r.id;
    r.duration.likely = 60;
    plan.rollbackTasks = {r};
    plan.hypercare.durationHours = 24;
    return plan;
}

} // namespace

class TestICalendar : public QObject
{
    Q_OBJECT

private slots:
    void eventsAndTimes();
    void stableUids();
    void pointOfNoReturnNamedOnce();
    void folding();
};

void TestICalendar::eventsAndTimes()
{
    const Plan plan = nightPlan();
    IcsOptions options;
    options.stamp = QDateTime(QDate(2026, 12, 1), QTime(9, 30), QTimeZone::utc());
    options.rollbackP80Minutes = 75.5;
    const QByteArray ics = ICalendarWriter::write(plan, options).data;
    QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
    QStringList problems;
    const QList<Event> events = parseIcs(ics, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QMap<QString, Event> byKey;
    for (const Event &e : events) {
        QCOMPARE(e.props.value(QStringLiteral("DTSTAMP")), QStringLiteral("20261201T093000Z"));
        byKey.insert(e.props.value(QStringLiteral("UID")).section(u'.', 0, 0), e);
    }
    QCOMPARE(events.size(), 9);
    QCOMPARE(byKey.size(), 9);
    auto check = [&](const char *key, const char *start, const char *end) {
        const Event e = byKey.value(QString::fromLatin1(key));
        QCOMPARE(e.props.value(QStringLiteral("DTSTART")), QString::fromLatin1(start));
        QCOMPARE(e.props.value(QStringLiteral("DTEND")), QString::fromLatin1(end));
    };
    check("window", "20261205T210000Z", "20261206T030000Z");
    check("write-freeze", "20261205T203000Z", "20261205T211500Z"); // ES 30 .. EF 75
    check("gate-gate", "20261205T204000Z", "20261205T205500Z");    // ES 40 .. EF 55
    check("point-of-no-return", "20261205T211500Z", "");            // EF 75
    check("rollback-deadline-likely", "20261206T020000Z", "");      // 03:00 - 60
    check("rollback-deadline-p80", "20261206T014400Z", "");         // 03:00 - 75.5 = 01:44:30, down to 01:44
    check("hypercare", "20261205T211500Z", "20261206T211500Z");     // traffic switched + 24 h
    check("phase-p1", "20261205T200000Z", "");
    check("phase-p2", "20261205T203000Z", "");
    const Event gate = byKey.value(QStringLiteral("gate-gate"));
    QCOMPARE(gate.props.value(QStringLiteral("SUMMARY")), QStringLiteral("Go/no-go: switch"));
    QCOMPARE(gate.props.value(QStringLiteral("DESCRIPTION")), QStringLiteral("Owner: Change board\nPlan: Orders; DB, night"));
    QVERIFY(byKey.value(QStringLiteral("phase-p2")).props.value(QStringLiteral("SUMMARY")).endsWith(QStringLiteral("hinausgeht 🚀")));
    // Escaped on the wire: the raw file has "\;" and "\," for the plan name.
    QVERIFY(ics.contains("Orders\\; DB\\, night"));
}

void TestICalendar::stableUids()
{
    Plan plan = nightPlan();
    IcsOptions a, b;
    a.stamp = QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc());
    b.stamp = a.stamp.addDays(2);
    QStringList problems;
    auto uids = [&](const Plan &p, const IcsOptions &o) {
        QStringList out;
        for (const Event &e : parseIcs(ICalendarWriter::write(p, o).data, &problems))
            out << e.props.value(QStringLiteral("UID"));
        out.sort();
        return out;
    };
    const QStringList first = uids(plan, a);
    plan.start = plan.start.addSecs(3600); // moved by an hour: the same events, updated
    plan.tasks[0].duration.likely = 45;
    QCOMPARE(uids(plan, b), first);
    for (const QString &uid : first)
        QVERIFY(uid.endsWith(QStringLiteral("@cutover-planner")));
    plan.name = QStringLiteral("Another plan");
    QVERIFY(uids(plan, b) != first);
    QVERIFY(problems.isEmpty());
}

void TestICalendar::pointOfNoReturnNamedOnce()
{
    Plan plan = nightPlan();
    IcsOptions options;
    options.stamp = QDateTime(QDate(2026, 12, 1), QTime(9, 30), QTimeZone::utc());
    for (Task &t : plan.tasks)
        if (t.marks.testFlag(Mark::PointOfNoReturn))
            t.name = QStringLiteral("Point of no return: the target takes production");
    QStringList problems;
    QString summary;
    for (const Event &e : parseIcs(ICalendarWriter::write(plan, options).data, &problems))
        if (e.props.value(QStringLiteral("UID")).startsWith(QStringLiteral("point-of-no-return.")))
            summary = e.props.value(QStringLiteral("SUMMARY"));
    QCOMPARE(summary, QStringLiteral("Point of no return: the target takes production"));
    QVERIFY(problems.isEmpty());
}

void TestICalendar::folding()
{
    // Every split position around multi-byte characters: 2-, 3- and 4-byte sequences.
    for (int pad = 0; pad < 8; ++pad) {
        const QString text = QString(pad, u'x') + QStringLiteral("äöü€😀").repeated(20);
        const QByteArray line = "SUMMARY:" + ICalendarWriter::escapeText(text).toUtf8();
        const QByteArray folded = ICalendarWriter::fold(line);
        QStringList problems;
        QByteArray wrapped = "BEGIN:VEVENT\r\n" + folded + "END:VEVENT\r\n";
        const QList<Event> events = parseIcs(wrapped, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].props.value(QStringLiteral("SUMMARY")), text);
    }
    QCOMPARE(ICalendarWriter::escapeText(QStringLiteral("a\\b;c,d\r\ne\x01")), QStringLiteral("a\\\\b\\;c\\,d\\ne"));
    QCOMPARE(ICalendarWriter::fold(QByteArray(75, 'a')), QByteArray(75, 'a') + "\r\n");
    QCOMPARE(ICalendarWriter::fold(QByteArray(76, 'a')), QByteArray(75, 'a') + "\r\n a\r\n");
}

QTEST_GUILESS_MAIN(TestICalendar)
#include "test_icalendar.moc"
