// SPDX-License-Identifier: GPL-3.0-or-later
#include "storedtime.h"

#include <QTimeZone>

namespace cutover {

QVariant StoredTime::toSql(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    switch (time.timeSpec()) {
    case Qt::TimeZone:
        return QString(time.toOffsetFromUtc(time.offsetFromUtc()).toString(Qt::ISODateWithMs)
                       + QLatin1Char('[') + QString::fromUtf8(time.timeZone().id()) + QLatin1Char(']'));
    case Qt::LocalTime:
        return time.toOffsetFromUtc(time.offsetFromUtc()).toString(Qt::ISODateWithMs);
    case Qt::UTC:
    case Qt::OffsetFromUTC:
        break;
    }
    return time.toString(Qt::ISODateWithMs);
}

std::optional<QDateTime> StoredTime::fromSql(const QVariant &value)
{
    if (value.isNull())
        return QDateTime();
    QString text = value.toString();
    QByteArray zone;
    if (text.endsWith(QLatin1Char(']'))) {
        const qsizetype open = text.lastIndexOf(QLatin1Char('['));
        if (open < 0)
            return std::nullopt;
        zone = text.mid(open + 1, text.size() - open - 2).toUtf8();
        text.truncate(open);
    }
    // Without an offset Qt would read the text as local time; the stored form always has one.
    if (!text.endsWith(QLatin1Char('Z')) && text.size() > 6 && text.at(text.size() - 3) != QLatin1Char(':'))
        return std::nullopt;
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    if (!zone.isEmpty()) {
        const QTimeZone tz(zone);
        if (tz.isValid())
            time = time.toTimeZone(tz);
    }
    return time;
}

} // namespace cutover
