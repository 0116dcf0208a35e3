// SPDX-License-Identifier: GPL-3.0-or-later
#include "isotime.h"

namespace cutover {

namespace {

/** The number in text[pos, pos + n) if all digits, else -1. */
int digits(QStringView text, qsizetype pos, qsizetype n)
{
    if (pos + n > text.size())
        return -1;
    int value = 0;
    for (qsizetype i = pos; i < pos + n; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + int(c - u'0');
    }
    return value;
}

} // namespace

std::optional<QDateTime> IsoTime::parse(QStringView text)
{
    // YYYY-MM-DD('T'|' ')hh:mm[:ss[.fraction]](Z|+hh:mm|-hh:mm|+hhmm|-hhmm). Hand-written rather
    // than a regular expression: plans hold thousands of times and loading must stay fast.
    // The offset is required so that a plan means the same instant on every machine.
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    const int hour = digits(text, 11, 2);
    const int minute = digits(text, 14, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || text.at(4) != u'-' || text.at(7) != u'-'
        || (text.at(10) != u'T' && text.at(10) != u' ') || text.at(13) != u':')
        return std::nullopt;
    qsizetype pos = 16;
    int second = 0;
    int msec = 0;
    if (pos < text.size() && text.at(pos) == u':') {
        second = digits(text, pos + 1, 2);
        if (second < 0)
            return std::nullopt;
        pos += 3;
        if (pos < text.size() && (text.at(pos) == u'.' || text.at(pos) == u',')) {
            ++pos;
            int scale = 100;
            const qsizetype first = pos;
            while (pos < text.size() && text.at(pos).unicode() >= u'0' && text.at(pos).unicode() <= u'9') {
                msec += scale * (text.at(pos).unicode() - u'0'); // beyond milliseconds: cut, not rounded
                scale /= 10;
                ++pos;
            }
            if (pos == first)
                return std::nullopt;
        }
    }
    if (pos >= text.size())
        return std::nullopt; // no offset
    int offset = 0;
    Qt::TimeSpec spec = Qt::UTC;
    const QChar sign = text.at(pos);
    if (sign == u'Z' && pos + 1 == text.size()) {
        spec = Qt::UTC;
    } else if (sign == u'+' || sign == u'-') {
        const int oh = digits(text, pos + 1, 2);
        const bool colon = pos + 3 < text.size() && text.at(pos + 3) == u':';
        const int om = digits(text, pos + (colon ? 4 : 3), 2);
        if (oh < 0 || om < 0 || pos + (colon ? 6 : 5) != text.size() || oh > 18 || om > 59)
            return std::nullopt;
        offset = (oh * 3600 + om * 60) * (sign == u'-' ? -1 : 1);
        spec = Qt::OffsetFromUTC;
    } else {
        return std::nullopt;
    }
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, msec);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, spec, offset);
}

QString IsoTime::format(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    QDateTime t = time;
    if (t.timeSpec() != Qt::UTC && t.timeSpec() != Qt::OffsetFromUTC)
        t = t.toOffsetFromUtc(t.offsetFromUtc());
    return t.toString(t.time().msec() != 0 ? Qt::ISODateWithMs : Qt::ISODate);
}

} // namespace cutover
