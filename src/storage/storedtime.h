// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QVariant>

#include <optional>

namespace cutover {

/**
 * How the .cutover file stores a QDateTime: ISO 8601 text with milliseconds and the UTC offset
 * ("2026-12-05T21:00:00.000+01:00", "...Z" for UTC), followed by "[Area/City]" when the value
 * carries an IANA time zone. An invalid QDateTime is stored as NULL. Local time is stored with
 * the offset it had, so the instant and the offset survive; the "follow the system zone"
 * property does not.
 */
class StoredTime
{
public:
    static QVariant toSql(const QDateTime &time);
    /** The time, or nullopt when `value` is neither NULL nor a time in the stored form. */
    static std::optional<QDateTime> fromSql(const QVariant &value);
};

} // namespace cutover
