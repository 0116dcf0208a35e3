// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/plan.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace cutover {

/** How the time cells of a CSV are written. `Auto` lets the importer detect it. */
enum class TimeLayout {
    Auto,
    Iso8601,        ///< 2026-10-17T10:00:00Z, 2026-10-17 10:00:00.123+01:00, naive allowed
    EpochSeconds,   ///< 1792227600 or 1792227600.5
    EpochMillis,    ///< 1792227600000
    UsDate12h,      ///< 10/17/2026, 9:00:00.000 AM (Log Analytics, en-US)
    YmdSlash,       ///< 2026/10/17 9:00:01.403 (Log Analytics, ja/zh locales)
    DmySlash,       ///< 17/10/2026 09:00:00
    DmyDot,         ///< 17.10.2026 09:00:00
    MonthDayNoYear, ///< 10-17T16:12:53 (pt-table-checksum; year inferred)
};

/** Column mapping of the generic CSV importer; every field left empty is detected. */
struct CsvMapping
{
    QString timeColumn;          ///< header name or 1-based number; empty = detect
    QStringList valueColumns;    ///< header names or numbers; empty = every numeric column
    char delimiter = 0;          ///< ',', ';', '\t', '|'; 0 = detect
    std::optional<bool> decimalComma; ///< unset = detect
    TimeLayout timeLayout = TimeLayout::Auto;
};

/** Progress callback: bytes consumed so far and the total size. */
using ProgressFunction = std::function<void(qint64 done, qint64 total)>;

/** What the caller tells an importer. */
struct ImportOptions
{
    QString format;              ///< format id; empty = detect by content
    QString timeZone;            ///< IANA zone for naive local times (empty = UTC)
    QString metric;              ///< metric name for series whose export names none (Grafana, generic CSV)
    CsvMapping csv;
    QDateTime now;               ///< the import time (and the year for year-less times); invalid = current time
    ProgressFunction progress;
    const std::atomic<bool> *cancel = nullptr; ///< set to true from any thread to stop the import
};

/** What one file yielded. */
struct ImportResult
{
    QString format;              ///< format id, e.g. "prometheus"
    QString formatName;          ///< human name, e.g. "Prometheus query / query_range JSON"
    QString checksum;            ///< SHA-256 of the file, hex
    qint64 bytes = 0;
    QList<MetricSeries> series;
    QList<ValidationResult> validation;
    QStringList notes;           ///< assumed zone, inferred year, gaps, encoding, ...
    qsizetype gaps = 0;          ///< NaN points over all series

    qsizetype failedObjects() const;
    qsizetype passedObjects() const;
};

/** A format the importers understand, for `--format` and the GUI's format list. */
struct ImportFormat
{
    QString id;
    QString name;
    bool validation = false;     ///< yields validation results rather than series
};

} // namespace cutover
