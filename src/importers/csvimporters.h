// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to cutover_importers: CSV helpers shared by the CSV formats and the preview.

#include "importer.h"
#include "sourcetext.h"

#include <string>
#include <string_view>

namespace cutover {

struct SeriesBuilder;

/**
 * Reads numeric cells: plain numbers, gaps (empty, null, NaN, None) and Grafana "850 ms" text.
 * The one rule for every CSV importer: a cell is a number, a number followed by a unit that
 * normaliseUnit() knows, or Bad (the caller reports file:line:col). Cells of one column must
 * agree on the unit, and with `seriesUnit` when the header or metric name implies one.
 */
struct CsvCellParser
{
    enum Outcome { Value, Gap, Bad, UnitConflict };
    bool decimalComma = false;
    QString unit;                 ///< unit seen in cells ("s" after normalisation), empty if none
    QString seriesUnit;           ///< unit the series already has (from its header or metric), or empty
    double plainFactor = 1.0;     ///< applied to cells without a unit (the series' own factor, e.g. 1e-3 for "(ms)")
    /** Takes over `b`'s unit and factor, so that a cell with its own unit is not scaled twice. */
    void adopt(SeriesBuilder *b);
    Outcome parse(std::string_view cell, double &out);
    /** The unit a conflicting cell should have been in (for the UnitConflict message). */
    QString expectedUnit() const { return unit.isEmpty() ? seriesUnit : unit; }

private:
    std::string m_lastUnitText = std::string(1, '\0');
    double m_factor = 1.0;
};

/** Where the records of a CSV start (after an Excel "sep=" line) and its delimiter. */
struct CsvStart
{
    const char *begin = nullptr;
    char delimiter = ',';
    bool sepLine = false;
};
Result<CsvStart> csvStart(const SourceText &source, char forcedDelimiter);

/** Detects the generic CSV settings from the header and the first rows; `mapping` overrides. */
Result<CsvLayout> detectCsvLayout(const SourceText &source, const CsvMapping &mapping);

} // namespace cutover
