// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace cutover {

/**
 * ISO 8601 times with an explicit offset, as the JSON format stores them. Parsing keeps the
 * offset exactly ("+01:00" stays +01:00, "Z" stays UTC); formatting writes it back the same
 * way, with milliseconds only when they are non-zero.
 */
class IsoTime
{
public:
    /** The time, or nullopt when `text` is not ISO 8601 or has no offset (Z or ±hh:mm). */
    static std::optional<QDateTime> parse(QStringView text);
    /** "2026-12-05T21:00:00+01:00"; local or zoned times are written with their offset. */
    static QString format(const QDateTime &time);
};

} // namespace cutover
