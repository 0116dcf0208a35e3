// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to cutover_importers: CSV helpers shared by the CSV formats and the preview.

#include "importer.h"
#include "sourcetext.h"

#include <string>
#include <string_view>

namespace cutover {

/** Reads numeric cells: plain numbers, gaps (empty, null, NaN, None) and Grafana "850 ms" text. */
struct CsvCellParser
{
    enum Outcome { Value, Gap, Bad, UnitConflict };
    bool decimalComma = false;
    QString unit;                 ///< unit seen in cells ("s" after normalisation), empty if none
    Outcome parse(std::string_view cell, double &out);

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
