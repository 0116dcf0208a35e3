// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace cutover {

/**
 * The size and range limits every reader (JSON plan, .cutover file, importers, runbook entry)
 * enforces, so that memory and time stay bounded whatever a file holds. No real plan or
 * monitoring export comes near them; a value beyond one is refused with one line naming the
 * limit, never truncated. The table with the reasons is docs/reliability.md ("Limits").
 *
 * Text lengths are in UTF-16 code units (QString::size()), which for ordinary text equals
 * characters; the importers' per-value cap is in bytes of the file.
 */
class PlanLimits
{
    Q_DECLARE_TR_FUNCTIONS(PlanLimits)
public:
    /** 10 years of 365.25 days, in minutes: the largest |duration| or |lag|. */
    static constexpr double maxMinutes = 10 * 365.25 * 24 * 60; // 5,259,600
    /** The same span for the criteria's sustain time (seconds) and hypercare (hours). */
    static constexpr double maxSeconds = maxMinutes * 60;
    static constexpr double maxHours = maxMinutes / 60;

    static constexpr qsizetype maxIdLength = 256;          ///< task, phase, criterion, series, readiness ids
    static constexpr qsizetype maxNameLength = 4096;       ///< plan/phase/task/criterion names, owners, units
    static constexpr qsizetype maxNotesLength = 262144;    ///< notes, descriptions, rationale, evidence (256 Ki)
    static constexpr qsizetype maxMetricLength = 4096;     ///< a series' metric name
    static constexpr qsizetype maxLabelKeyLength = 1024;
    /** 1 Mi: exports may carry a line of hundreds of kilobytes (spec/exports.md), never megabytes. */
    static constexpr qsizetype maxLabelValueLength = 1048576;
    static constexpr qsizetype maxLabels = 256;            ///< labels per series
    /** 4 Mi: room for a display name composed from a metric and a label at its limit. */
    static constexpr qsizetype maxSeriesNameLength = 4194304;
    static constexpr qsizetype maxSeriesPerImport = 100000;
    static constexpr qsizetype maxCsvColumns = 100000;
    static constexpr qsizetype maxImportTextBytes = 1048576; ///< any one string or cell of an export (1 MiB)
    /** How many ids a message lists before "… and N more". */
    static constexpr qsizetype idsShown = 20;

    /** Null when `minutes` is a valid duration (finite, 0 ≤ d ≤ maxMinutes), else why not. */
    static std::optional<QString> durationError(double minutes);
    /** Null when `minutes` is a valid lag (finite, |lag| ≤ maxMinutes), else why not. */
    static std::optional<QString> lagError(double minutes);
    /** Null when `text` has at most `limit` code units, else "WHAT is N characters long; the limit is L". */
    static std::optional<QString> lengthError(const QString &what, const QString &text, qsizetype limit);
    static QString lengthMessage(const QString &what, qsizetype length, qsizetype limit);

    /** The first `idsShown` items joined by `separator`, then "… and N more" when there are more. */
    static QString cappedList(const QStringList &items, const QString &separator, qsizetype shown = idsShown);
};

} // namespace cutover
