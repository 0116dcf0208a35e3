// SPDX-License-Identifier: GPL-3.0-or-later
// Time-series importers for JSON exports: Prometheus, Azure Monitor, CloudWatch, Log Analytics CLI.
#include "importcontext.h"
#include "jsoncursor.h"
#include "model/planlimits.h"
#include "units.h"

#include <cmath>
#include <limits>
#include <map>
#include <vector>

namespace cutover {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

Status cursorError(ImportContext &ctx, const JsonCursor &c)
{
    if (ctx.source.cancelled())
        return ctx.source.cancelledError();
    return ctx.errorAt(c.errorPos(), c.error());
}

/** Reads an ISO-8601 string value as UTC ms (naive times in the assumed zone). */
bool readIsoTime(ImportContext &ctx, JsonCursor &c, qint64 &utc, Error &error)
{
    const char *at = c.position();
    std::string_view s;
    if (!c.readString(s))
        return false;
    ParsedTime t;
    if (!parseTime(s, TimeLayout::Iso8601, t)) {
        error = ctx.timeError(at, s, TimeLayout::Iso8601);
        c.failAt(at, error.message);
        return false;
    }
    utc = ctx.toUtc(t);
    return true;
}

bool progress(ImportContext &ctx, JsonCursor &c)
{
    if (!ctx.source.progress(c.position())) {
        c.failAt(c.position(), ImportContext::tr("import cancelled"));
        return false;
    }
    return true;
}

qint64 secondsToMs(double s)
{
    return qint64(std::llround(s * 1000.0));
}

/** Reads the Prometheus "[ts, "value"]" pair. */
bool readSample(ImportContext &ctx, JsonCursor &c, SeriesBuilder *b)
{
    const char *at = c.position();
    double ts = 0, v = 0;
    bool gap = false;
    if (!c.enterArray() || !c.nextElement() || !c.readNumber(ts) || !c.nextElement() || !c.readLooseNumber(v, gap))
        return false;
    if (c.nextElement()) {
        c.failAt(at, ImportContext::tr("a [time, \"value\"] pair"));
        return false;
    }
    if (c.failed())
        return false;
    if (!std::isfinite(ts) || std::abs(ts) > 1e13) {
        c.failAt(at, ImportContext::tr("a time in seconds since 1970"));
        return false;
    }
    b->add(secondsToMs(ts), v);
    return progress(ctx, c);
}

/**
 * `bytes` decoded, or a limit error at `at` when it is longer than `limit` UTF-16 units
 * (decided from the byte count alone when that is over 3 x limit, so a 200 MB label is never
 * decoded).
 */
QString boundedText(ImportContext &ctx, std::string_view bytes, const char *at, const QString &what, qsizetype limit)
{
    if (bytes.size() > size_t(3 * limit)) {
        ctx.limit(at, ImportContext::tr("%1 is %2 bytes long; the limit is %3 characters").arg(what).arg(qulonglong(bytes.size())).arg(limit));
        return QString();
    }
    QString text = ctx.text(bytes);
    if (const auto why = PlanLimits::lengthError(what, text, limit)) {
        ctx.limit(at, *why);
        return QString();
    }
    return text;
}

} // namespace

Status importPrometheus(ImportContext &ctx)
{
    JsonCursor c(ctx.source.begin(), ctx.source.end());
    std::string_view key;
    QString status, errorText, resultType;
    int index = 0;
    if (!c.enterObject())
        return cursorError(ctx, c);
    while (c.nextKey(key)) {
        std::string_view s;
        if (key == "status" && c.readString(s)) {
            status = ctx.text(s);
        } else if ((key == "error" || key == "errorType") && c.peek() == JsonCursor::Type::String && c.readString(s)) {
            const QString text = ctx.text(s).trimmed();
            if (!text.isEmpty()) // errorType first when both are there ("bad_data: ...")
                errorText = key == "errorType" ? text + (errorText.isEmpty() ? QString() : QStringLiteral(": ") + errorText)
                                               : (errorText.isEmpty() ? text : errorText + QStringLiteral(": ") + text);
        } else if (key == "data") {
            if (!c.enterObject())
                break;
            while (c.nextKey(key)) {
                if (key == "resultType" && c.readString(s)) {
                    resultType = ctx.text(s);
                    if (resultType != u"matrix" && resultType != u"vector") {
                        c.failAt(c.position(), ImportContext::tr("resultType \"matrix\" or \"vector\" (a %1 result holds no series)").arg(clip(resultType)));
                    }
                } else if (key == "result") {
                    if (!c.enterArray())
                        break;
                    while (c.nextElement()) {
                        if (!c.enterObject())
                            break;
                        QString metric;
                        QMap<QString, QString> labels;
                        std::vector<std::pair<qint64, double>> pending;
                        SeriesBuilder *b = nullptr;
                        auto builder = [&]() {
                            if (!b) {
                                QString name = labels.value(QStringLiteral("instance"));
                                if (name.isEmpty()) {
                                    QStringList parts;
                                    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
                                        parts << it.key() + QLatin1Char('=') + it.value();
                                    name = metric + (parts.isEmpty() ? QString() : QLatin1Char('{') + parts.join(u',') + QLatin1Char('}'));
                                }
                                b = ctx.series(QString::number(index), name, metric.isEmpty() ? ctx.options.metric : metric, labels, {},
                                               c.position());
                            }
                            return b;
                        };
                        while (c.nextKey(key)) {
                            if (key == "metric") {
                                if (b) {
                                    c.failAt(c.position(), ImportContext::tr("\"metric\" before the values"));
                                    break;
                                }
                                if (!c.enterObject())
                                    break;
                                while (c.nextKey(key)) {
                                    const char *keyAt = c.position();
                                    const QString k = boundedText(ctx, key, keyAt, ImportContext::tr("a label name"),
                                                                  PlanLimits::maxLabelKeyLength);
                                    const char *valueAt = c.position();
                                    if (!c.readString(s))
                                        break;
                                    if (k == u"__name__") {
                                        metric = boundedText(ctx, s, valueAt, ImportContext::tr("the metric name"),
                                                             PlanLimits::maxMetricLength);
                                    } else {
                                        labels.insert(k, boundedText(ctx, s, valueAt, ImportContext::tr("label \"%1\"").arg(clip(k)),
                                                                     PlanLimits::maxLabelValueLength));
                                        if (labels.size() > PlanLimits::maxLabels)
                                            ctx.limit(keyAt, ImportContext::tr("more than %1 labels in one series; the limit is %1")
                                                                 .arg(PlanLimits::maxLabels));
                                    }
                                }
                            } else if (key == "values") {
                                SeriesBuilder *sb = builder();
                                if (!c.enterArray())
                                    break;
                                while (c.nextElement() && readSample(ctx, c, sb)) {
                                }
                            } else if (key == "value") {
                                if (!readSample(ctx, c, builder()))
                                    break;
                            } else if (!c.skip()) {
                                break;
                            }
                        }
                        if (!c.failed() && !b)
                            builder(); // a result with no samples is still a series (all gaps)
                        ++index;
                    }
                } else if (!c.skip()) {
                    break;
                }
            }
        } else if (!c.skip()) {
            break;
        }
    }
    if (!c.failed() && status != u"success")
        return ctx.source.error(status.isEmpty() ? ImportContext::tr("not a Prometheus API response (no \"status\")")
                                   : errorText.isEmpty() ? ImportContext::tr("Prometheus reported %1 (the file has no error text)").arg(clip(status))
                                                         : ImportContext::tr("Prometheus reported %1: %2").arg(clip(status), clip(errorText)));
    if (!c.expectEnd())
        return cursorError(ctx, c);
    return Ok{};
}

Status importAzureMetrics(ImportContext &ctx)
{
    static const char *const kAggregations[] = {"average", "maximum", "minimum", "total"};
    JsonCursor c(ctx.source.begin(), ctx.source.end());
    std::string_view key, s;
    int index = 0;
    bool sawValue = false;
    if (!c.enterObject())
        return cursorError(ctx, c);
    while (c.nextKey(key)) {
        if (key != "value") {
            if (!c.skip())
                break;
            continue;
        }
        sawValue = true;
        if (!c.enterArray())
            break;
        while (c.nextElement()) {
            // One metric; its name and unit may come after the data, so collect first.
            struct Data
            {
                QMap<QString, QString> labels;
                std::vector<qint64> times;
                std::vector<double> values[4];
            };
            std::vector<Data> series;
            QString metric, unit, resource, errorCode, errorMessage;
            if (!c.enterObject())
                break;
            while (c.nextKey(key)) {
                if (key == "name" && c.peek() == JsonCursor::Type::Object) {
                    c.enterObject();
                    while (c.nextKey(key)) {
                        if (key == "value" && c.readString(s))
                            metric = ctx.text(s);
                        else if (key != "value" && !c.skip())
                            break;
                    }
                } else if (key == "unit" && c.readString(s)) {
                    unit = ctx.text(s);
                } else if (key == "id" && c.peek() == JsonCursor::Type::String && c.readString(s)) {
                    const QString id = ctx.text(s);
                    const QStringList parts = id.split(u'/');
                    const qsizetype p = parts.indexOf(QStringLiteral("providers"), 3);
                    const qsizetype insights = parts.lastIndexOf(QStringLiteral("providers"));
                    if (insights > 0 && insights != p)
                        resource = parts.value(insights - 1);
                    else if (p > 0)
                        resource = parts.value(p + 3);
                } else if (key == "errorCode" && c.peek() == JsonCursor::Type::String && c.readString(s)) {
                    errorCode = ctx.text(s);
                } else if (key == "errorMessage" && c.peek() == JsonCursor::Type::String && c.readString(s)) {
                    errorMessage = ctx.text(s);
                } else if (key == "timeseries") {
                    if (!c.enterArray())
                        break;
                    while (c.nextElement()) {
                        Data d;
                        if (!c.enterObject())
                            break;
                        while (c.nextKey(key)) {
                            if (key == "metadatavalues") {
                                if (!c.enterArray())
                                    break;
                                while (c.nextElement()) {
                                    QString dimName, dimValue;
                                    if (!c.enterObject())
                                        break;
                                    while (c.nextKey(key)) {
                                        if (key == "name" && c.peek() == JsonCursor::Type::Object) {
                                            c.enterObject();
                                            while (c.nextKey(key)) {
                                                if (key == "value" && c.readString(s))
                                                    dimName = ctx.text(s);
                                                else if (key != "value" && !c.skip())
                                                    break;
                                            }
                                        } else if (key == "value" && c.peek() == JsonCursor::Type::String && c.readString(s)) {
                                            dimValue = ctx.text(s);
                                        } else if (!c.skip()) {
                                            break;
                                        }
                                    }
                                    if (!dimName.isEmpty())
                                        d.labels.insert(dimName, dimValue);
                                }
                            } else if (key == "data") {
                                if (!c.enterArray())
                                    break;
                                while (c.nextElement()) {
                                    qint64 t = 0;
                                    bool haveTime = false;
                                    double v[4] = {kNaN, kNaN, kNaN, kNaN};
                                    const char *at = c.position();
                                    if (!c.enterObject())
                                        break;
                                    while (c.nextKey(key)) {
                                        if (key == "timeStamp") {
                                            Error e;
                                            if (!readIsoTime(ctx, c, t, e))
                                                break;
                                            haveTime = true;
                                            continue;
                                        }
                                        int a = -1;
                                        for (int i = 0; i < 4; ++i) {
                                            if (key == kAggregations[i])
                                                a = i;
                                        }
                                        bool gap;
                                        if (a >= 0) {
                                            if (!c.readLooseNumber(v[a], gap))
                                                break;
                                        } else if (!c.skip()) {
                                            break;
                                        }
                                    }
                                    if (c.failed())
                                        break;
                                    if (!haveTime) {
                                        c.failAt(at, ImportContext::tr("a data point with a \"timeStamp\""));
                                        break;
                                    }
                                    d.times.push_back(t);
                                    for (int i = 0; i < 4; ++i)
                                        d.values[i].push_back(v[i]);
                                    if (!progress(ctx, c))
                                        break;
                                }
                            } else if (!c.skip()) {
                                break;
                            }
                        }
                        series.push_back(std::move(d));
                    }
                } else if (!c.skip()) {
                    break;
                }
            }
            if (c.failed())
                break;
            if (!errorCode.isEmpty() && errorCode != u"Success" && series.empty())
                return ctx.source.error(ImportContext::tr("Azure reported %1 for metric %2: %3").arg(clip(errorCode), clip(metric), clip(errorMessage)));
            for (Data &d : series) {
                QMap<QString, QString> labels = d.labels;
                if (!resource.isEmpty())
                    labels.insert(QStringLiteral("resource"), resource);
                QStringList dims;
                for (auto it = d.labels.cbegin(); it != d.labels.cend(); ++it)
                    dims << it.value();
                const QString base = (resource.isEmpty() ? metric : resource) + (dims.isEmpty() ? QString() : QLatin1Char(' ') + dims.join(u' '));
                for (int a = 0; a < 4; ++a) {
                    // Aggregations that were not requested are absent or null throughout.
                    const bool any = std::any_of(d.values[a].begin(), d.values[a].end(), [](double x) { return !std::isnan(x); });
                    if (!any)
                        continue;
                    const QString agg = QLatin1String(kAggregations[a]);
                    labels.insert(QStringLiteral("aggregation"), agg);
                    SeriesBuilder *b = ctx.series(QString::number(index++), base + QLatin1Char(' ') + agg, metric, labels, unit);
                    for (size_t i = 0; i < d.times.size(); ++i)
                        b->add(d.times[i], d.values[a][i]);
                }
            }
        }
    }
    if (!c.failed() && !sawValue)
        return ctx.source.error(ImportContext::tr("no \"value\" array of metrics (expected az monitor metrics list output)"));
    if (!c.expectEnd())
        return cursorError(ctx, c);
    return Ok{};
}

Status importCloudWatchMetricData(ImportContext &ctx)
{
    JsonCursor c(ctx.source.begin(), ctx.source.end());
    std::string_view key, s;
    int index = 0;
    if (!c.enterObject())
        return cursorError(ctx, c);
    while (c.nextKey(key)) {
        if (key != "MetricDataResults") {
            if (!c.skip())
                break;
            continue;
        }
        if (!c.enterArray())
            break;
        while (c.nextElement()) {
            QString id, label, status;
            std::vector<qint64> times;
            std::vector<double> values;
            const char *valuesAt = c.position();
            if (!c.enterObject())
                break;
            while (c.nextKey(key)) {
                if (key == "Id" && c.readString(s)) {
                    id = ctx.text(s);
                } else if (key == "Label" && c.readString(s)) {
                    label = ctx.text(s);
                } else if (key == "StatusCode" && c.readString(s)) {
                    status = ctx.text(s);
                } else if (key == "Timestamps") {
                    if (!c.enterArray())
                        break;
                    while (c.nextElement()) {
                        qint64 t;
                        Error e;
                        if (!readIsoTime(ctx, c, t, e) || !progress(ctx, c))
                            break;
                        times.push_back(t);
                    }
                } else if (key == "Values") {
                    valuesAt = c.position();
                    if (!c.enterArray())
                        break;
                    while (c.nextElement()) {
                        double v;
                        bool gap;
                        if (!c.readLooseNumber(v, gap) || !progress(ctx, c))
                            break;
                        values.push_back(v);
                    }
                } else if (!c.skip()) {
                    break;
                }
            }
            if (c.failed())
                break;
            if (times.size() != values.size()) {
                c.failAt(valuesAt, ImportContext::tr("as many Values as Timestamps (%1 values, %2 timestamps)").arg(values.size()).arg(times.size()));
                break;
            }
            const QString metric = label.isEmpty() ? id : label;
            QMap<QString, QString> labels;
            if (!id.isEmpty())
                labels.insert(QStringLiteral("id"), id);
            SeriesBuilder *b = ctx.series(QString::number(index++), metric, metric, labels, {});
            for (size_t i = 0; i < times.size(); ++i)
                b->add(times[i], values[i]);
            if (!status.isEmpty() && status != u"Complete")
                ctx.note(ImportContext::tr("CloudWatch status of %1 is %2: more data may exist").arg(clip(metric), clip(status)));
        }
    }
    if (!c.expectEnd())
        return cursorError(ctx, c);
    return Ok{};
}

Status importCloudWatchStatistics(ImportContext &ctx)
{
    static const char *const kStats[] = {"Average", "Maximum", "Minimum", "Sum"};
    JsonCursor c(ctx.source.begin(), ctx.source.end());
    std::string_view key, s;
    QString label, unit;
    std::vector<qint64> times;
    std::vector<double> values[4];
    if (!c.enterObject())
        return cursorError(ctx, c);
    while (c.nextKey(key)) {
        if (key == "Label" && c.readString(s)) {
            label = ctx.text(s);
        } else if (key == "Datapoints") {
            if (!c.enterArray())
                break;
            while (c.nextElement()) {
                const char *at = c.position();
                qint64 t = 0;
                bool haveTime = false;
                double v[4] = {kNaN, kNaN, kNaN, kNaN};
                if (!c.enterObject())
                    break;
                while (c.nextKey(key)) {
                    int a = -1;
                    for (int i = 0; i < 4; ++i) {
                        if (key == kStats[i])
                            a = i;
                    }
                    bool gap;
                    Error e;
                    if (key == "Timestamp") {
                        if (!readIsoTime(ctx, c, t, e))
                            break;
                        haveTime = true;
                    } else if (key == "Unit" && c.readString(s)) {
                        const QString u = ctx.text(s);
                        if (!unit.isEmpty() && u != unit) {
                            c.failAt(at, ImportContext::tr("the same Unit in every datapoint (found %1 and %2)").arg(clip(unit), clip(u)));
                            break;
                        }
                        unit = u;
                    } else if (a >= 0) {
                        if (!c.readLooseNumber(v[a], gap))
                            break;
                    } else if (!c.skip()) {
                        break;
                    }
                }
                if (c.failed())
                    break;
                if (!haveTime) {
                    c.failAt(at, ImportContext::tr("a datapoint with a \"Timestamp\""));
                    break;
                }
                times.push_back(t);
                for (int i = 0; i < 4; ++i)
                    values[i].push_back(v[i]);
                if (!progress(ctx, c))
                    break;
            }
        } else if (!c.skip()) {
            break;
        }
    }
    if (!c.expectEnd())
        return cursorError(ctx, c);
    if (times.empty())
        return ctx.source.error(ImportContext::tr("no Datapoints in the file"));
    int index = 0;
    for (int a = 0; a < 4; ++a) {
        if (std::all_of(values[a].begin(), values[a].end(), [](double x) { return std::isnan(x); }))
            continue;
        const QString stat = QString::fromLatin1(kStats[a]).toLower();
        QMap<QString, QString> labels{{QStringLiteral("statistic"), stat}};
        SeriesBuilder *b = ctx.series(QString::number(index++), label + QLatin1Char(' ') + stat, label, labels,
                                      unit.isEmpty() ? unitForMetric(label) : unit);
        for (size_t i = 0; i < times.size(); ++i)
            b->add(times[i], values[a][i]);
    }
    return Ok{};
}

Status importLogAnalyticsJson(ImportContext &ctx)
{
    // Two passes over the (mapped) text: first decide which columns are numeric, then read.
    struct Column
    {
        QString name;
        bool numeric = true;
        bool sawNumber = false;
        bool time = false;
    };
    std::vector<Column> columns;
    auto column = [&columns](const QString &name) -> Column & {
        for (Column &col : columns) {
            if (col.name == name)
                return col;
        }
        columns.push_back({name});
        return columns.back();
    };
    {
        JsonCursor c(ctx.source.begin(), ctx.source.end());
        std::string_view key, s;
        if (!c.enterArray())
            return cursorError(ctx, c);
        while (c.nextElement()) {
            if (!c.enterObject())
                break;
            while (c.nextKey(key)) {
                Column &col = column(ctx.text(key));
                double v;
                ParsedTime t;
                switch (c.peek()) {
                case JsonCursor::Type::String:
                    c.readString(s);
                    if (s.empty() || s == "None" || s == "null" || s == "NaN")
                        break;
                    if (parseDouble(s, v)) {
                        col.sawNumber = true;
                    } else {
                        col.numeric = false;
                        if (parseTime(s, TimeLayout::Iso8601, t) && (col.name == u"TimeGenerated" || col.name.contains(u"Time") || col.name.contains(u"time")))
                            col.time = true;
                    }
                    break;
                case JsonCursor::Type::Number:
                    c.readNumber(v);
                    col.sawNumber = true;
                    break;
                default:
                    c.skip();
                }
            }
            if (!progress(ctx, c))
                break;
        }
        if (!c.expectEnd())
            return cursorError(ctx, c);
    }
    QString timeColumn;
    for (const Column &col : columns) {
        if (col.time && (timeColumn.isEmpty() || col.name == u"TimeGenerated"))
            timeColumn = col.name;
    }
    if (timeColumn.isEmpty())
        return ctx.source.error(ImportContext::tr("no time column (expected a TimeGenerated or other ISO 8601 time field)"));
    const bool hasMetricName = std::any_of(columns.begin(), columns.end(), [](const Column &col) { return col.name == u"MetricName"; });
    static const QStringList kIgnored = {QStringLiteral("TableName"), QStringLiteral("TimeGrain"), QStringLiteral("UnitName"),
                                         QStringLiteral("Type"), QStringLiteral("TenantId"), QStringLiteral("SourceSystem"),
                                         QStringLiteral("Count"), QStringLiteral("MetricName"), QStringLiteral("_ResourceId")};

    JsonCursor c(ctx.source.begin(), ctx.source.end());
    std::string_view key, s;
    c.enterArray();
    int index = 0;
    QHash<QString, int> keyIndex;
    while (c.nextElement()) {
        const char *at = c.position();
        c.enterObject();
        qint64 t = 0;
        bool haveTime = false;
        QMap<QString, QString> labels;
        QString metric, unit;
        std::vector<std::pair<QString, double>> values;
        while (c.nextKey(key)) {
            const QString name = ctx.text(key);
            const Column &col = column(name);
            if (name == timeColumn) {
                Error e;
                if (!readIsoTime(ctx, c, t, e))
                    break;
                haveTime = true;
            } else if (col.numeric && col.sawNumber && !kIgnored.contains(name)) {
                double v;
                bool gap;
                if (!c.readLooseNumber(v, gap))
                    break;
                values.emplace_back(name, v);
            } else if (c.peek() == JsonCursor::Type::String) {
                c.readString(s);
                if (name == u"MetricName")
                    metric = ctx.text(s);
                else if (name == u"UnitName")
                    unit = ctx.text(s);
                else if (!kIgnored.contains(name) && !col.time)
                    labels.insert(name.toLower(), ctx.text(s));
            } else if (!c.skip()) {
                break;
            }
        }
        if (c.failed())
            break;
        if (!haveTime) {
            c.failAt(at, ImportContext::tr("a row with a %1 value").arg(timeColumn));
            break;
        }
        QStringList labelValues = labels.values();
        for (const auto &[name, v] : values) {
            const QString seriesMetric = hasMetricName ? metric : name;
            QMap<QString, QString> l = labels;
            if (hasMetricName)
                l.insert(QStringLiteral("aggregation"), name.toLower());
            const QString k = seriesMetric + QChar(0x1F) + name + QChar(0x1F) + labelValues.join(QChar(0x1F));
            auto it = keyIndex.find(k);
            if (it == keyIndex.end())
                it = keyIndex.insert(k, index++);
            const QString display = (labelValues.isEmpty() ? QString() : labelValues.join(u' ') + QLatin1Char(' ')) + (hasMetricName ? name.toLower() : name);
            SeriesBuilder *b = ctx.series(QString::number(*it), display, seriesMetric, l, unit);
            b->add(t, v);
        }
        if (!progress(ctx, c))
            break;
    }
    if (!c.expectEnd())
        return cursorError(ctx, c);
    return Ok{};
}

} // namespace cutover
