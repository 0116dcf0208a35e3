// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchangefile.h"

#include <QDateTime>

#include <optional>

namespace cutover {

/** What an iCalendar export needs besides the plan. */
struct IcsOptions
{
    QDateTime stamp;                          ///< DTSTAMP of every event (the export time; injected for tests)
    std::optional<double> rollbackP80Minutes; ///< the simulated P80 rollback duration, when known
};

/**
 * The plan's night as an iCalendar file (RFC 5545) for the calendars of the people on it
 * (docs/interop.md): the maintenance window, the write freeze, each go/no-go gate, the point of
 * no return, the rollback deadline (likely and P80), the hypercare period and the start of each
 * phase. Times in UTC; a UID per event that stays the same on re-export (the plan's name and the
 * event's key), so calendars update events instead of duplicating them. Lines are folded at 75
 * octets without splitting a UTF-8 sequence, end in CRLF, and text is escaped.
 */
class ICalendarWriter
{
    Q_DECLARE_TR_FUNCTIONS(ICalendarWriter)
public:
    static ExportedFile write(const Plan &plan, const IcsOptions &options);
    /** RFC 5545 TEXT escaping: backslash, ';', ',' and line breaks; other control characters dropped. */
    static QString escapeText(const QString &text);
    /** One content line (without CRLF) folded into lines of at most 75 octets, each ending in CRLF. */
    static QByteArray fold(const QByteArray &line);
};

} // namespace cutover
