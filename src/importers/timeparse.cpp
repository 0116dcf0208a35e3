// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeparse.h"

#include <QCoreApplication>
#include <QDateTime>

namespace cutover {

namespace {

struct Scanner
{
    const char *p;
    const char *e;

    bool atEnd() const { return p >= e; }
    bool peek(char c) const { return p < e && *p == c; }
    bool accept(char c)
    {
        if (p < e && *p == c) {
            ++p;
            return true;
        }
        return false;
    }
    /** Exactly `n` digits. */
    bool digits(int n, int &v)
    {
        if (e - p < n)
            return false;
        v = 0;
        for (int i = 0; i < n; ++i) {
            const char c = p[i];
            if (c < '0' || c > '9')
                return false;
            v = v * 10 + (c - '0');
        }
        p += n;
        return true;
    }
    /** 1 to `max` digits. */
    bool number(int max, int &v)
    {
        int n = 0;
        v = 0;
        while (p < e && n < max && *p >= '0' && *p <= '9') {
            v = v * 10 + (*p - '0');
            ++p;
            ++n;
        }
        return n > 0;
    }
    /** Fraction digits after '.', as milliseconds (extra digits truncated). */
    void fraction(int &ms)
    {
        ms = 0;
        if (!(p < e && (*p == '.' || *p == ',')))
            return;
        const char *save = p++;
        int n = 0;
        while (p < e && *p >= '0' && *p <= '9') {
            if (n < 3)
                ms = ms * 10 + (*p - '0');
            ++n;
            ++p;
        }
        if (n == 0) {
            p = save;
            return;
        }
        for (; n < 3; ++n)
            ms *= 10;
    }
    void spaces()
    {
        while (p < e && *p == ' ')
            ++p;
    }
};

bool validDate(int y, int m, int d)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1)
        return false;
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return d <= days[m - 1] + (m == 2 && leap ? 1 : 0);
}

qint64 toMs(int y, int mo, int d, int h, int mi, int s, int ms)
{
    return ((daysFromCivil(y, unsigned(mo), unsigned(d)) * 24 + h) * 60 + mi) * 60000LL + s * 1000LL + ms;
}

/** [Z | ±HH[:]MM | ±HH] at the end. */
bool offsetSuffix(Scanner &s, ParsedTime &out)
{
    s.spaces();
    if (s.atEnd())
        return true;
    if (s.accept('Z') || s.accept('z')) {
        out.hasOffset = true;
        return s.atEnd();
    }
    if (s.peek('+') || s.peek('-')) {
        const int sign = *s.p == '-' ? -1 : 1;
        ++s.p;
        int oh = 0, om = 0;
        if (!s.digits(2, oh))
            return false;
        s.accept(':');
        if (!s.atEnd() && !s.digits(2, om))
            return false;
        if (oh > 23 || om > 59)
            return false;
        out.ms -= sign * (oh * 3600000LL + om * 60000LL);
        out.hasOffset = true;
        return s.atEnd();
    }
    if (s.e - s.p == 3 && std::string_view(s.p, 3) == "UTC") {
        out.hasOffset = true;
        return true;
    }
    return false;
}

bool timeOfDay(Scanner &s, int &h, int &mi, int &sec, int &ms, bool hourOneDigit)
{
    if (hourOneDigit ? !s.number(2, h) : !s.digits(2, h))
        return false;
    if (!s.accept(':') || !s.digits(2, mi))
        return false;
    sec = 0;
    ms = 0;
    if (s.accept(':')) {
        if (!s.digits(2, sec))
            return false;
        s.fraction(ms);
    }
    return h <= 24 && mi <= 59 && sec <= 60 && !(h == 24 && (mi || sec || ms));
}

bool parseIso(std::string_view text, ParsedTime &out)
{
    Scanner s{text.data(), text.data() + text.size()};
    int y, mo, d, h = 0, mi = 0, sec = 0, ms = 0;
    if (!s.digits(4, y) || !s.accept('-') || !s.digits(2, mo) || !s.accept('-') || !s.digits(2, d))
        return false;
    if (!validDate(y, mo, d))
        return false;
    if (s.accept('T') || s.accept('t') || (s.peek(' ') && s.e - s.p > 2 && s.p[1] >= '0' && s.p[1] <= '9' && s.accept(' '))) {
        if (!timeOfDay(s, h, mi, sec, ms, false))
            return false;
    }
    out.ms = toMs(y, mo, d, h, mi, sec == 60 ? 59 : sec, ms);
    out.hasOffset = false;
    return offsetSuffix(s, out);
}

bool parseEpoch(std::string_view text, bool millis, ParsedTime &out)
{
    Scanner s{text.data(), text.data() + text.size()};
    s.spaces();
    bool negative = s.accept('-');
    qint64 whole = 0;
    int n = 0;
    while (!s.atEnd() && *s.p >= '0' && *s.p <= '9' && n < 16) {
        whole = whole * 10 + (*s.p - '0');
        ++s.p;
        ++n;
    }
    if (n == 0)
        return false;
    double frac = 0.0;
    if (s.accept('.')) {
        double scale = 0.1;
        while (!s.atEnd() && *s.p >= '0' && *s.p <= '9') {
            frac += (*s.p - '0') * scale;
            scale /= 10;
            ++s.p;
        }
    }
    s.spaces();
    if (!s.atEnd())
        return false;
    qint64 ms = millis ? whole + qint64(frac + 0.5) : whole * 1000 + qint64(frac * 1000.0 + 0.5);
    out.ms = negative ? -ms : ms;
    out.hasOffset = true;
    return true;
}

/** M/D/YYYY[,] h:mm[:ss[.fff]] [AM|PM] ; also D/M/YYYY and D.M.YYYY. */
bool parseDayMonth(std::string_view text, TimeLayout layout, ParsedTime &out)
{
    Scanner s{text.data(), text.data() + text.size()};
    int a, b, y, h = 0, mi = 0, sec = 0, ms = 0;
    const char sep = layout == TimeLayout::DmyDot ? '.' : '/';
    if (!s.number(2, a) || !s.accept(sep) || !s.number(2, b) || !s.accept(sep) || !s.digits(4, y))
        return false;
    const int mo = layout == TimeLayout::UsDate12h ? a : b;
    const int d = layout == TimeLayout::UsDate12h ? b : a;
    if (!validDate(y, mo, d))
        return false;
    s.accept(',');
    s.spaces();
    if (!s.atEnd() && *s.p >= '0' && *s.p <= '9') {
        if (!timeOfDay(s, h, mi, sec, ms, true))
            return false;
        s.spaces();
        if (s.e - s.p >= 2 && (s.p[1] == 'M' || s.p[1] == 'm')) {
            const char ap = *s.p;
            if (ap == 'A' || ap == 'a' || ap == 'P' || ap == 'p') {
                if (h < 1 || h > 12)
                    return false;
                const bool pm = ap == 'P' || ap == 'p';
                h = (h % 12) + (pm ? 12 : 0);
                s.p += 2;
            }
        }
    }
    out.ms = toMs(y, mo, d, h, mi, sec == 60 ? 59 : sec, ms);
    out.hasOffset = false;
    return offsetSuffix(s, out);
}

bool parseYmdSlash(std::string_view text, ParsedTime &out)
{
    Scanner s{text.data(), text.data() + text.size()};
    int y, mo, d, h = 0, mi = 0, sec = 0, ms = 0;
    if (!s.digits(4, y) || !s.accept('/') || !s.number(2, mo) || !s.accept('/') || !s.number(2, d))
        return false;
    if (!validDate(y, mo, d))
        return false;
    s.spaces();
    if (!s.atEnd() && *s.p >= '0' && *s.p <= '9' && !timeOfDay(s, h, mi, sec, ms, true))
        return false;
    out.ms = toMs(y, mo, d, h, mi, sec == 60 ? 59 : sec, ms);
    out.hasOffset = false;
    return offsetSuffix(s, out);
}

bool parseMonthDay(std::string_view text, int year, ParsedTime &out)
{
    Scanner s{text.data(), text.data() + text.size()};
    int mo, d, h, mi, sec, ms;
    if (!s.digits(2, mo) || !s.accept('-') || !s.digits(2, d) || !s.accept('T'))
        return false;
    if (!validDate(year, mo, d) || !timeOfDay(s, h, mi, sec, ms, false) || !s.atEnd())
        return false;
    out.ms = toMs(year, mo, d, h, mi, sec == 60 ? 59 : sec, ms);
    out.hasOffset = false;
    return true;
}

} // namespace

qint64 daysFromCivil(int y, unsigned m, unsigned d)
{
    // Days from 1970-01-01 in the proleptic Gregorian calendar (era-based computation).
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

bool parseTime(std::string_view text, TimeLayout layout, ParsedTime &out, int year)
{
    while (!text.empty() && text.front() == ' ')
        text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ')
        text.remove_suffix(1);
    switch (layout) {
    case TimeLayout::Iso8601: return parseIso(text, out);
    case TimeLayout::EpochSeconds: return parseEpoch(text, false, out);
    case TimeLayout::EpochMillis: return parseEpoch(text, true, out);
    case TimeLayout::UsDate12h:
    case TimeLayout::DmySlash:
    case TimeLayout::DmyDot: return parseDayMonth(text, layout, out);
    case TimeLayout::YmdSlash: return parseYmdSlash(text, out);
    case TimeLayout::MonthDayNoYear: return parseMonthDay(text, year, out);
    case TimeLayout::Auto: {
        const TimeLayout detected = detectTimeLayout(text);
        return detected != TimeLayout::Auto && parseTime(text, detected, out, year);
    }
    }
    return false;
}

TimeLayout detectTimeLayout(std::string_view text)
{
    ParsedTime t;
    if (parseIso(text, t))
        return TimeLayout::Iso8601;
    if (parseYmdSlash(text, t))
        return TimeLayout::YmdSlash;
    if (parseDayMonth(text, TimeLayout::UsDate12h, t))
        return TimeLayout::UsDate12h;
    if (parseDayMonth(text, TimeLayout::DmySlash, t))
        return TimeLayout::DmySlash;
    if (parseDayMonth(text, TimeLayout::DmyDot, t))
        return TimeLayout::DmyDot;
    if (parseMonthDay(text, 2000, t))
        return TimeLayout::MonthDayNoYear;
    // Bare numbers: epoch seconds (10 digits, 2001-2286) or milliseconds (13 digits).
    size_t digits = 0;
    while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9')
        ++digits;
    if (digits == text.size() || (digits < text.size() && text[digits] == '.')) {
        if (digits == 13 && parseEpoch(text, true, t))
            return TimeLayout::EpochMillis;
        if (digits == 10 && parseEpoch(text, false, t))
            return TimeLayout::EpochSeconds;
    }
    return TimeLayout::Auto;
}

QString timeProblem(std::string_view text)
{
    while (!text.empty() && text.front() == ' ')
        text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ')
        text.remove_suffix(1);
    const auto translated = [](const char *message) { return QCoreApplication::translate("cutover::ImportContext", message); };
    Scanner s{text.data(), text.data() + text.size()};
    int y = 0, a = 0, b = 0; // a is the month, b the day
    bool either = false;    // M/D/Y or D/M/Y: valid when one reading is
    if (s.digits(4, y) && (s.accept('-') || s.accept('/'))) {
        const char sep = s.p[-1];
        if (!s.number(2, a) || !s.accept(sep) || !s.number(2, b))
            return {};
    } else {
        s.p = text.data();
        if (!s.number(2, a))
            return {};
        const char sep = s.peek('/') ? '/' : s.peek('.') ? '.' : 0;
        if (!sep || !s.accept(sep) || !s.number(2, b) || !s.accept(sep) || !s.digits(4, y))
            return {};
        either = sep == '/';
        std::swap(a, b); // D.M.Y: a is the month now
    }
    const bool valid = validDate(y, a, b) || (either && validDate(y, b, a));
    if (!valid) {
        const bool monthOk = (a >= 1 && a <= 12) || (either && b >= 1 && b <= 12);
        return monthOk ? translated(QT_TRANSLATE_NOOP("cutover::ImportContext", "no such day"))
                       : translated(QT_TRANSLATE_NOOP("cutover::ImportContext", "no such month"));
    }
    if (s.accept('T') || s.accept('t') || s.accept(',') || s.peek(' ')) {
        s.spaces();
        int h = 0, mi = 0;
        if (s.number(2, h) && s.accept(':') && s.digits(2, mi)) {
            int sec = 0;
            if (s.accept(':') && !s.digits(2, sec))
                return {};
            if (h > 24 || mi > 59 || sec > 60 || (h == 24 && (mi || sec)))
                return translated(QT_TRANSLATE_NOOP("cutover::ImportContext", "no such time of day"));
        }
    }
    return {};
}

QString timeLayoutPattern(TimeLayout layout)
{
    switch (layout) {
    case TimeLayout::Auto: return QCoreApplication::translate("cutover::TimeLayout", "a date and time");
    case TimeLayout::Iso8601: return QStringLiteral("YYYY-MM-DD[THH:MM[:SS[.fff]]][Z|+HH:MM]");
    case TimeLayout::EpochSeconds: return QCoreApplication::translate("cutover::TimeLayout", "seconds since 1970");
    case TimeLayout::EpochMillis: return QCoreApplication::translate("cutover::TimeLayout", "milliseconds since 1970");
    case TimeLayout::UsDate12h: return QStringLiteral("M/D/YYYY, h:mm:ss AM/PM");
    case TimeLayout::YmdSlash: return QStringLiteral("YYYY/M/D H:mm:ss");
    case TimeLayout::DmySlash: return QStringLiteral("D/M/YYYY H:mm:ss");
    case TimeLayout::DmyDot: return QStringLiteral("D.M.YYYY H:mm:ss");
    case TimeLayout::MonthDayNoYear: return QStringLiteral("MM-DDTHH:MM:SS");
    }
    return {};
}

namespace {
struct LayoutName
{
    TimeLayout layout;
    const char16_t *id;
};
constexpr LayoutName kLayoutNames[] = {
    {TimeLayout::Auto, u"auto"},         {TimeLayout::Iso8601, u"iso"},
    {TimeLayout::EpochSeconds, u"epoch-s"}, {TimeLayout::EpochMillis, u"epoch-ms"},
    {TimeLayout::UsDate12h, u"mdy"},     {TimeLayout::YmdSlash, u"ymd"},
    {TimeLayout::DmySlash, u"dmy"},      {TimeLayout::DmyDot, u"dmy-dot"},
    {TimeLayout::MonthDayNoYear, u"md-noyear"},
};
} // namespace

QString timeLayoutId(TimeLayout layout)
{
    for (const LayoutName &n : kLayoutNames) {
        if (n.layout == layout)
            return QString::fromUtf16(n.id);
    }
    return {};
}

std::optional<TimeLayout> timeLayoutFromId(QStringView id)
{
    for (const LayoutName &n : kLayoutNames) {
        if (id == QStringView(n.id))
            return n.layout;
    }
    return std::nullopt;
}

QStringList timeLayoutIds()
{
    QStringList ids;
    for (const LayoutName &n : kLayoutNames)
        ids << QString::fromUtf16(n.id);
    return ids;
}

LocalTimeConverter::LocalTimeConverter(const QTimeZone &zone)
    : m_zone(zone)
{
    if (!m_zone.isValid() || m_zone == QTimeZone::utc()) {
        m_fixed = true;
        m_fixedOffset = 0;
    } else if (!m_zone.hasTransitions() && !m_zone.hasDaylightTime()) {
        m_fixed = true;
        m_fixedOffset = m_zone.offsetFromUtc(QDateTime::currentDateTimeUtc());
    }
}

int LocalTimeConverter::offsetAt(qint64 utcMs) const
{
    return m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc()));
}

LocalTimeConverter::Hour LocalTimeConverter::resolve(qint64 wallMs) const
{
    Hour h;
    // Candidate offsets: those in force a day either side (a zone changes at most once a day).
    const int before = offsetAt(wallMs - 86400000LL);
    const int after = offsetAt(wallMs + 86400000LL);
    int valid[2];
    int n = 0;
    for (const int c : {std::max(before, after), std::min(before, after)}) {
        if (n > 0 && valid[0] == c)
            continue;
        if (offsetAt(wallMs - c * 1000LL) == c)
            valid[n++] = c;
    }
    if (n == 2) {
        h.first = valid[0]; // the larger offset = the earlier instant (daylight time)
        h.second = valid[1];
        h.ambiguous = true;
    } else if (n == 1) {
        h.first = h.second = valid[0];
    } else {
        h.first = h.second = before;
        h.nonexistent = true;
    }
    return h;
}

qint64 LocalTimeConverter::toUtc(qint64 wallMs, qint64 previousUtc)
{
    if (m_fixed)
        return wallMs - m_fixedOffset * 1000LL;
    // Zone changes happen on whole minutes; cache per wall-clock minute bucket of 15 minutes.
    const qint64 key = wallMs >= 0 ? wallMs / 900000 : (wallMs - 899999) / 900000;
    if (key != m_cache.key) {
        m_cache = resolve(wallMs);
        m_cache.key = key;
    }
    if (m_cache.nonexistent) {
        ++m_nonexistent;
        return wallMs - m_cache.first * 1000LL;
    }
    if (!m_cache.ambiguous)
        return wallMs - m_cache.first * 1000LL;
    ++m_ambiguous;
    const qint64 first = wallMs - m_cache.first * 1000LL;
    const qint64 second = wallMs - m_cache.second * 1000LL;
    if (previousUtc != std::numeric_limits<qint64>::min() && first < previousUtc && second >= previousUtc)
        return second;
    return first;
}

} // namespace cutover
