// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <string_view>

namespace cutover {

/** A unit after normalisation: time-like units become seconds ("s") with a factor. */
struct NormalisedUnit
{
    QString unit;          ///< "s", "%", "count", "bytes", or the source text
    double factor = 1.0;   ///< multiply source values by this
    bool known = false;    ///< the name is one of the units the importers know (not kept as written)
};

/**
 * Normalises a unit name as monitoring tools spell it ("Seconds", "MilliSeconds", "ms", "min",
 * "h", "Percent", "Count", "Bytes", "kB", ...). Unknown units are kept as written.
 */
NormalisedUnit normaliseUnit(QStringView unit);

/**
 * The unit implied by a well-known metric name (e.g. "s" for pg_replication_lag_seconds,
 * "ms" for MilliSecondsBehindSource), or empty when the name says nothing.
 */
QString unitForMetric(QStringView metric);

/** The known unit spellings for messages: "s, ms, us, ns, min, h, d, %, count, B, kB, MB, ...". */
QString knownUnitsHint();

/**
 * Splits a cell of a formatted export ("850 ms", "1.58 min", "45.2%", "1,5 s") into value and
 * unit text. Returns false when the cell does not start with a number. The unit text is not
 * checked here: CsvCellParser accepts a cell only when normaliseUnit() knows its unit, so
 * "0x10", "1_000", "1e" and "5abc" are errors rather than a number with a made-up unit.
 */
bool splitValueAndUnit(std::string_view cell, double &value, std::string_view &unit, bool decimalComma);

} // namespace cutover
