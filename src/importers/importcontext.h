// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to cutover_importers: what every format parser shares.

#include "importtypes.h"
#include "sourcetext.h"
#include "timeparse.h"

#include <QCoreApplication>
#include <QHash>
#include <QTimeZone>

#include <limits>
#include <memory>
#include <optional>

namespace cutover {

/** Collects the points of one series; sorted and counted when the import ends. */
struct SeriesBuilder
{
    MetricSeries series;
    double factor = 1.0;            ///< unit normalisation applied to every value
    qint64 lastUtc = std::numeric_limits<qint64>::min();
    bool sorted = true;

    void reserve(qsizetype points)
    {
        series.times.reserve(points);
        series.values.reserve(points);
    }
    void add(qint64 utcMs, double value)
    {
        if (utcMs < lastUtc)
            sorted = false;
        lastUtc = utcMs;
        series.times.append(utcMs);
        series.values.append(value * factor);
    }
};

/** The state of one import: the text, the options, the series and results being built. */
class ImportContext
{
    Q_DECLARE_TR_FUNCTIONS(cutover::ImportContext)

public:
    ImportContext(SourceText &source, const ImportOptions &options);

    SourceText &source;
    const ImportOptions &options;
    ImportResult result;
    std::vector<std::unique_ptr<SeriesBuilder>> builders;
    QHash<QString, SeriesBuilder *> builderIndex;

    /**
     * The series with this key, created on first use with the given properties. A new series
     * beyond a PlanLimits limit (series per import, name, metric, labels) records limitError
     * at `pos` (or for the whole file) and gets a scratch builder whose points are dropped.
     */
    SeriesBuilder *series(const QString &key, const QString &name, const QString &metric,
                          const QMap<QString, QString> &labels, const QString &unit, const char *pos = nullptr);
    /** Records the first limit broken (at `pos`, or the file when null); the import then fails with it. */
    void limit(const char *pos, const QString &message) const;
    /** The first limit a value of the file broke; the import fails with it whatever else happened. */
    const std::optional<Error> &limitError() const { return m_limitError; }
    /** Sets the unit of a builder from a source unit name, normalising time-like units. */
    static void setUnit(SeriesBuilder *b, const QString &unit);

    /** Naive wall time to UTC in the assumed zone (noted in the summary). */
    qint64 localToUtc(qint64 wallMs, qint64 previousUtc = std::numeric_limits<qint64>::min());
    /** A parsed time to UTC. */
    qint64 toUtc(const ParsedTime &t, qint64 previousUtc = std::numeric_limits<qint64>::min())
    {
        return t.hasOffset ? t.ms : localToUtc(t.ms, previousUtc);
    }
    QDateTime now() const { return m_now; }
    const QTimeZone &zone() const { return m_zone; }
    QString zoneName() const;

    /** Error at a position of the text. */
    Error errorAt(const char *pos, const QString &message) const { return source.errorAt(pos, message); }
    /** "cannot read "x" as a time (expected ...)". */
    Error timeError(const char *pos, std::string_view text, TimeLayout layout) const;
    Error numberError(const char *pos, std::string_view text) const;
    /** Decoded text; a value above PlanLimits::maxImportTextBytes records limitError and reads as empty. */
    QString text(std::string_view bytes) const;

    void addValidation(ValidationResult v);
    void note(const QString &text) { result.notes.append(text); }

    /** Sorts, counts gaps and writes notes; called once parsing succeeded. */
    void finish();

private:
    QDateTime m_now;
    QTimeZone m_zone;
    std::unique_ptr<LocalTimeConverter> m_converter;
    bool m_usedLocal = false;
    mutable std::optional<Error> m_limitError;
    std::unique_ptr<SeriesBuilder> m_scratch;
};

/** A short, printable excerpt of untrusted text for an error message. */
QString excerpt(std::string_view bytes, const SourceText &source);
/** Untrusted text shortened to 60 characters on one line, for messages. */
QString clip(const QString &text);

// The format parsers; each returns an error or fills the context.
Status importPrometheus(ImportContext &ctx);
Status importAzureMetrics(ImportContext &ctx);
Status importCloudWatchMetricData(ImportContext &ctx);
Status importCloudWatchStatistics(ImportContext &ctx);
Status importLogAnalyticsJson(ImportContext &ctx);
Status importLogAnalyticsCsv(ImportContext &ctx);
Status importGrafanaCsv(ImportContext &ctx);
Status importGrafanaRows(ImportContext &ctx);
Status importGenericCsv(ImportContext &ctx);
Status importDvtCsv(ImportContext &ctx);
Status importDvtJson(ImportContext &ctx);
Status importPtTableChecksum(ImportContext &ctx);
Status importAwsDms(ImportContext &ctx);
Status importAzureDms(ImportContext &ctx);

} // namespace cutover
