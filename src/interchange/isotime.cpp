// SPDX-License-Identifier: GPL-3.0-or-later
#include "isotime.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace cutover {

std::optional<QDateTime> IsoTime::parse(const QString &text)
{
    // Date, 'T' or ' ', time with optional fraction, then Z or an offset: the offset is required
    // so that a plan means the same instant on every machine.
    static const QRegularExpression shape(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:?\\d{2})$"));
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    QString normalised = text;
    if (normalised.size() > 10 && normalised.at(10) == u' ')
        normalised[10] = u'T';
    // Qt reads at most milliseconds; cut longer fractions (sub-millisecond precision is not kept).
    static const QRegularExpression longFraction(QStringLiteral("(\\.\\d{3})\\d+"));
    normalised.replace(longFraction, QStringLiteral("\\1"));
    const QDateTime dt = QDateTime::fromString(normalised, Qt::ISODateWithMs);
    if (!dt.isValid())
        return std::nullopt;
    return dt;
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
