// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"

#include "csvreader.h"
#include "importcontext.h"
#include "sourcetext.h"
#include "units.h"
#include "model/regularfile.h"

#include "model/planlimits.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace cutover {

namespace {

using ImportFunction = Status (*)(ImportContext &);

struct FormatRow
{
    const char16_t *id;
    const char *name;
    bool validation;
    ImportFunction run;
};

const FormatRow kFormats[] = {
    {u"azure-metrics-cli", QT_TRANSLATE_NOOP("cutover::Importer", "Azure CLI metrics JSON (az monitor metrics list)"), false, importAzureMetrics},
    {u"azure-metrics-rest", QT_TRANSLATE_NOOP("cutover::Importer", "Azure Monitor REST metrics JSON"), false, importAzureMetrics},
    {u"log-analytics-csv", QT_TRANSLATE_NOOP("cutover::Importer", "Log Analytics portal CSV export"), false, importLogAnalyticsCsv},
    {u"log-analytics-json", QT_TRANSLATE_NOOP("cutover::Importer", "Log Analytics CLI JSON (az monitor log-analytics query)"), false, importLogAnalyticsJson},
    {u"prometheus", QT_TRANSLATE_NOOP("cutover::Importer", "Prometheus query / query_range JSON"), false, importPrometheus},
    {u"grafana-csv", QT_TRANSLATE_NOOP("cutover::Importer", "Grafana 7+ panel CSV (formatted, raw or for Excel)"), false, importGrafanaCsv},
    {u"grafana-legacy-columns", QT_TRANSLATE_NOOP("cutover::Importer", "Grafana 6 CSV, series as columns"), false, importGrafanaCsv},
    {u"grafana-legacy-rows", QT_TRANSLATE_NOOP("cutover::Importer", "Grafana 6 CSV, series as rows"), false, importGrafanaRows},
    {u"cloudwatch-metric-data", QT_TRANSLATE_NOOP("cutover::Importer", "AWS CloudWatch get-metric-data JSON"), false, importCloudWatchMetricData},
    {u"cloudwatch-statistics", QT_TRANSLATE_NOOP("cutover::Importer", "AWS CloudWatch get-metric-statistics JSON"), false, importCloudWatchStatistics},
    {u"generic-csv", QT_TRANSLATE_NOOP("cutover::Importer", "CSV with a time column and numeric columns"), false, importGenericCsv},
    {u"dvt-csv", QT_TRANSLATE_NOOP("cutover::Importer", "Google Data Validation Tool CSV"), true, importDvtCsv},
    {u"dvt-json", QT_TRANSLATE_NOOP("cutover::Importer", "Google Data Validation Tool JSON lines"), true, importDvtJson},
    {u"pt-table-checksum", QT_TRANSLATE_NOOP("cutover::Importer", "Percona pt-table-checksum output"), true, importPtTableChecksum},
    {u"aws-dms", QT_TRANSLATE_NOOP("cutover::Importer", "AWS DMS describe-table-statistics JSON"), true, importAwsDms},
    {u"azure-dms", QT_TRANSLATE_NOOP("cutover::Importer", "Azure DMS task output JSON"), true, importAzureDms},
};

const FormatRow *findFormat(QStringView id)
{
    for (const FormatRow &row : kFormats) {
        if (id == QStringView(row.id))
            return &row;
    }
    return nullptr;
}

bool has(std::string_view head, std::string_view needle)
{
    return head.find(needle) != std::string_view::npos;
}

/** `"key"` followed by optional white space and ':' somewhere in the text. */
bool hasKey(std::string_view head, std::string_view key)
{
    size_t from = 0;
    while ((from = head.find(key, from)) != std::string_view::npos) {
        size_t p = from + key.size();
        from = p;
        if (from - key.size() == 0 || head[from - key.size() - 1] != '"' || p >= head.size() || head[p] != '"')
            continue;
        ++p;
        while (p < head.size() && (head[p] == ' ' || head[p] == '\t' || head[p] == '\r' || head[p] == '\n'))
            ++p;
        if (p < head.size() && head[p] == ':')
            return true;
    }
    return false;
}

QString detectJson(std::string_view head)
{
    if (hasKey(head, "resultType") && hasKey(head, "status") && hasKey(head, "result"))
        return QStringLiteral("prometheus");
    if (hasKey(head, "MetricDataResults"))
        return QStringLiteral("cloudwatch-metric-data");
    if (hasKey(head, "Datapoints"))
        return QStringLiteral("cloudwatch-statistics");
    if (hasKey(head, "TableStatistics"))
        return QStringLiteral("aws-dms");
    if (hasKey(head, "properties") && hasKey(head, "output") && has(head, "LevelOutput\""))
        return QStringLiteral("azure-dms");
    if (hasKey(head, "timeseries") || (hasKey(head, "timespan") && hasKey(head, "value"))) {
        const size_t at = head.find("\"interval\"");
        if (at != std::string_view::npos) {
            const size_t q = head.find('"', head.find(':', at) + 1);
            if (q != std::string_view::npos && head.substr(q + 1, 2) == "PT")
                return QStringLiteral("azure-metrics-rest");
        }
        return QStringLiteral("azure-metrics-cli");
    }
    if (hasKey(head, "validation_status") || hasKey(head, "validation_name"))
        return QStringLiteral("dvt-json");
    if (head.front() == '[' && (hasKey(head, "TableName") || hasKey(head, "TimeGenerated")))
        return QStringLiteral("log-analytics-json");
    return {};
}

QString detectCsv(std::string_view head)
{
    const char *b = head.data();
    const char *e = b + head.size();
    char delimiter = CsvReader::sepLine(b, e);
    if (!delimiter)
        delimiter = CsvReader::detectDelimiter(head);
    CsvReader reader(b, e, delimiter);
    if (!reader.next())
        return {};
    QStringList cells;
    for (qsizetype i = 0; i < reader.size(); ++i) {
        const std::string_view f = reader.field(i);
        cells << QString::fromUtf8(f.data(), qsizetype(f.size())).trimmed();
    }
    if (cells.contains(QStringLiteral("validation_name")) && (cells.contains(QStringLiteral("validation_status")) || cells.contains(QStringLiteral("status"))))
        return QStringLiteral("dvt-csv");
    if (cells.size() >= 3 && cells[0].compare(u"Series", Qt::CaseInsensitive) == 0
        && cells[1].compare(u"Time", Qt::CaseInsensitive) == 0 && cells[2].compare(u"Value", Qt::CaseInsensitive) == 0)
        return QStringLiteral("grafana-legacy-rows");
    for (const QString &c : std::as_const(cells)) {
        if (c.endsWith(u"[UTC]") || c.endsWith(u"[Local Time]"))
            return QStringLiteral("log-analytics-csv");
    }
    if (cells.size() >= 2 && cells[0] == u"Time")
        return delimiter == ';' ? QStringLiteral("grafana-legacy-columns") : QStringLiteral("grafana-csv");
    if (cells.size() >= 2)
        return QStringLiteral("generic-csv");
    return {};
}

} // namespace

qsizetype ImportResult::failedObjects() const
{
    return std::count_if(validation.cbegin(), validation.cend(),
                         [](const ValidationResult &v) { return v.status == ValidationStatus::Failed; });
}

qsizetype ImportResult::passedObjects() const
{
    return std::count_if(validation.cbegin(), validation.cend(),
                         [](const ValidationResult &v) { return v.status == ValidationStatus::Passed; });
}

QList<ImportFormat> Importer::formats()
{
    QList<ImportFormat> out;
    for (const FormatRow &row : kFormats)
        out.append({QString::fromUtf16(row.id), tr(row.name), row.validation});
    return out;
}

std::optional<ImportFormat> Importer::format(const QString &id)
{
    if (const FormatRow *row = findFormat(id))
        return ImportFormat{QString::fromUtf16(row->id), tr(row->name), row->validation};
    return std::nullopt;
}

QString Importer::detect(std::string_view head)
{
    while (!head.empty() && (head.front() == ' ' || head.front() == '\t' || head.front() == '\r' || head.front() == '\n'))
        head.remove_prefix(1);
    if (head.empty())
        return {};
    if (head.front() == '{' || head.front() == '[')
        return detectJson(head);
    if (has(head, " TS ERRORS ") || (has(head, "TS ERRORS") && has(head, "DIFF_ROWS")))
        return QStringLiteral("pt-table-checksum");
    return detectCsv(head);
}

Result<ImportResult> Importer::importFile(const QString &path, const ImportOptions &options)
{
    // Checked before opening: opening a FIFO without a writer blocks, and a device or a /proc
    // file has no size to bound the read by.
    if (auto notRegular = notRegularFileError(path))
        return *notRegular;
    if (QFileInfo(path).isDir())
        return Error(tr("is a folder, expected an export file"), path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(tr("cannot open: %1").arg(file.errorString()), path);
    // Errors name the file as given (the full path); the series and validation rows record
    // the file's name, as before.
    auto result = importDevice(&file, path, options);
    if (result) {
        const QString name = QFileInfo(path).fileName();
        for (MetricSeries &s : result->series)
            s.sourceFile = name;
        for (ValidationResult &v : result->validation)
            v.sourceFile = name;
    }
    return result;
}

Result<ImportResult> Importer::importDevice(QIODevice *device, const QString &fileName, const ImportOptions &options)
{
    auto opened = SourceText::open(device, fileName, options);
    if (!opened)
        return opened.error();
    SourceText &source = *opened.value();

    const FormatRow *row = nullptr;
    if (!options.format.isEmpty()) {
        row = findFormat(options.format);
        if (!row) {
            QStringList ids;
            for (const FormatRow &r : kFormats)
                ids << QString::fromUtf16(r.id);
            return Error(tr("unknown format \"%1\" (expected one of %2)").arg(clip(options.format), ids.join(u", ")), fileName);
        }
    } else {
        const QString id = detect(source.sniff());
        row = findFormat(id);
        if (!row)
            return source.errorAt(source.begin(), tr("not a recognised monitoring or validation export "
                                                     "(use --format to name the format)"));
    }

    ImportContext ctx(source, options);
    ctx.result.format = QString::fromUtf16(row->id);
    ctx.result.formatName = tr(row->name);
    const Status status = row->run(ctx);
    if (ctx.limitError()) // first: what follows a value beyond a limit was read without it
        return *ctx.limitError();
    if (!status)
        return status.error();
    if (source.cancelled())
        return source.cancelledError();
    source.reportProgress(source.end());
    if (ctx.builders.empty() && ctx.result.validation.isEmpty())
        return source.error(tr("the file holds no data rows"));
    ctx.finish();
    ctx.result.checksum = source.checksum();
    ctx.result.bytes = source.rawSize();
    for (MetricSeries &s : ctx.result.series) {
        s.sourceChecksum = ctx.result.checksum;
        s.id = ctx.result.checksum.left(12) + QLatin1Char('-') + QString::number(&s - ctx.result.series.data() + 1);
    }
    for (ValidationResult &v : ctx.result.validation)
        v.sourceChecksum = ctx.result.checksum;
    return std::move(ctx.result);
}

// ---------------------------------------------------------------------------------------------

ImportContext::ImportContext(SourceText &source, const ImportOptions &options)
    : source(source)
    , options(options)
    , m_now(options.now.isValid() ? options.now.toUTC() : QDateTime::currentDateTimeUtc())
{
    m_zone = options.timeZone.isEmpty() ? QTimeZone::utc() : QTimeZone(options.timeZone.toUtf8());
    if (!m_zone.isValid())
        m_zone = QTimeZone::utc();
    m_converter = std::make_unique<LocalTimeConverter>(m_zone);
}

QString ImportContext::zoneName() const
{
    return options.timeZone.isEmpty() ? QStringLiteral("UTC") : QString::fromUtf8(m_zone.id());
}

QString ImportContext::text(std::string_view bytes) const
{
    if (bytes.size() > size_t(PlanLimits::maxImportTextBytes)) {
        limit(bytes.data(), tr("a text of %1 bytes; the limit is %2 bytes per value")
                                .arg(qulonglong(bytes.size())).arg(PlanLimits::maxImportTextBytes));
        return QString();
    }
    return source.decode(bytes);
}

void ImportContext::limit(const char *pos, const QString &message) const
{
    // A position outside the mapped text (an unescaped copy) has no line:column.
    if (!m_limitError)
        m_limitError = pos && pos >= source.begin() && pos <= source.end() ? source.errorAt(pos, message) : source.error(message);
}

SeriesBuilder *ImportContext::series(const QString &key, const QString &name, const QString &metric,
                                     const QMap<QString, QString> &labels, const QString &unit, const char *pos)
{
    if (SeriesBuilder *b = builderIndex.value(key))
        return b;
    const auto tooLong = [&](const QString &what, const QString &text, qsizetype max) {
        if (const auto why = PlanLimits::lengthError(what, text, max))
            limit(pos, *why);
    };
    if (qsizetype(builders.size()) >= PlanLimits::maxSeriesPerImport)
        limit(pos, tr("more than %1 series in one file; the limit is %1").arg(PlanLimits::maxSeriesPerImport));
    tooLong(tr("a series name"), name, PlanLimits::maxSeriesNameLength);
    tooLong(tr("a metric name"), metric, PlanLimits::maxMetricLength);
    if (labels.size() > PlanLimits::maxLabels)
        limit(pos, tr("a series has %1 labels; the limit is %2").arg(labels.size()).arg(PlanLimits::maxLabels));
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        tooLong(tr("a label name"), it.key(), PlanLimits::maxLabelKeyLength);
        tooLong(tr("label \"%1\"").arg(clip(it.key())), it.value(), PlanLimits::maxLabelValueLength);
    }
    if (m_limitError) {
        // The import fails with limitError; what is still parsed goes nowhere.
        if (!m_scratch)
            m_scratch = std::make_unique<SeriesBuilder>();
        m_scratch->series.times.clear();
        m_scratch->series.values.clear();
        return m_scratch.get();
    }
    auto builder = std::make_unique<SeriesBuilder>();
    builder->series.name = name;
    builder->series.metric = metric;
    builder->series.labels = labels;
    setUnit(builder.get(), unit.isEmpty() ? unitForMetric(metric) : unit);
    SeriesBuilder *raw = builder.get();
    builders.push_back(std::move(builder));
    builderIndex.insert(key, raw);
    return raw;
}

void ImportContext::setUnit(SeriesBuilder *b, const QString &unit)
{
    const NormalisedUnit n = normaliseUnit(unit);
    b->series.unit = n.unit;
    b->factor = n.factor;
}

qint64 ImportContext::localToUtc(qint64 wallMs, qint64 previousUtc)
{
    m_usedLocal = true;
    return m_converter->toUtc(wallMs, previousUtc);
}

Error ImportContext::timeError(const char *pos, std::string_view text, TimeLayout layout) const
{
    const QString problem = timeProblem(text);
    if (!problem.isEmpty())
        return errorAt(pos, tr("cannot read \"%1\" as a time (%2)").arg(excerpt(text, source), problem));
    return errorAt(pos, tr("cannot read \"%1\" as a time (expected %2)").arg(excerpt(text, source), timeLayoutPattern(layout)));
}

Error ImportContext::numberError(const char *pos, std::string_view text) const
{
    return errorAt(pos, tr("cannot read \"%1\" as a number (expected a number, or a number with a unit: %2)")
                            .arg(excerpt(text, source), knownUnitsHint()));
}

void ImportContext::addValidation(ValidationResult v)
{
    v.tool = result.format;
    v.sourceFile = source.fileName();
    result.validation.append(std::move(v));
}

QString excerpt(std::string_view bytes, const SourceText &source)
{
    QString s = source.decode(bytes.substr(0, 60));
    for (QChar &c : s) {
        if (c.unicode() < 0x20)
            c = QLatin1Char(' ');
    }
    if (bytes.size() > 60)
        s += QStringLiteral("...");
    return s;
}

QString clip(const QString &text)
{
    QString s = text.left(60);
    for (QChar &c : s) {
        if (c.unicode() < 0x20)
            c = QLatin1Char(' ');
    }
    if (text.size() > 60)
        s += QStringLiteral("...");
    return s;
}

void ImportContext::finish()
{
    const QDateTime importedAt = m_now;
    qsizetype unsortedSeries = 0;
    for (const auto &b : builders) {
        MetricSeries &s = b->series;
        if (!b->sorted) {
            ++unsortedSeries;
            std::vector<qsizetype> order(size_t(s.times.size()));
            std::iota(order.begin(), order.end(), 0);
            std::stable_sort(order.begin(), order.end(), [&s](qsizetype a, qsizetype c) { return s.times[a] < s.times[c]; });
            QList<qint64> times;
            QList<double> values;
            times.reserve(s.times.size());
            values.reserve(s.times.size());
            for (const qsizetype i : order) {
                times.append(s.times[i]);
                values.append(s.values[i]);
            }
            s.times = std::move(times);
            s.values = std::move(values);
        }
        for (const double v : std::as_const(s.values))
            result.gaps += std::isnan(v);
        s.sourceFile = source.fileName();
        s.sourceFormat = result.format;
        s.importedAt = importedAt;
        result.series.append(std::move(s));
    }
    builders.clear();
    builderIndex.clear();

    switch (source.encoding()) {
    case SourceText::Encoding::Utf16LE: note(tr("read as UTF-16 (little-endian)")); break;
    case SourceText::Encoding::Utf16BE: note(tr("read as UTF-16 (big-endian)")); break;
    case SourceText::Encoding::Windows1252: note(tr("not UTF-8: read as Windows-1252")); break;
    default: break;
    }
    if (m_usedLocal) {
        note(tr("times without an offset read in %1").arg(zoneName()));
        if (m_converter->ambiguousCount() > 0)
            note(tr("%n time(s) in the repeated hour at the end of daylight saving time: the first occurrence was taken "
                    "unless the series had already passed it",
                    nullptr, int(m_converter->ambiguousCount())));
        if (m_converter->nonexistentCount() > 0)
            note(tr("%n time(s) in the skipped hour at the start of daylight saving time: read with the offset before the change",
                    nullptr, int(m_converter->nonexistentCount())));
    }
    if (unsortedSeries > 0)
        note(tr("%n series were not in time order and have been sorted", nullptr, int(unsortedSeries)));
    if (result.gaps > 0)
        note(tr("%n gap point(s) (null, NaN, None or empty)", nullptr, int(result.gaps)));
}

} // namespace cutover
