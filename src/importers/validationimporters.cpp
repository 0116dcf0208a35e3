// SPDX-License-Identifier: GPL-3.0-or-later
// Validation-result importers: Google DVT (CSV, JSON lines), pt-table-checksum, AWS DMS, Azure DMS.
#include "csvreader.h"
#include "importcontext.h"
#include "jsoncursor.h"

#include <cmath>
#include <cstring>
#include <functional>

namespace cutover {

namespace {

Status cursorError(ImportContext &ctx, const JsonCursor &c)
{
    if (ctx.source.cancelled())
        return ctx.source.cancelledError();
    return ctx.errorAt(c.errorPos(), c.error());
}

ValidationStatus dvtStatus(QStringView s)
{
    if (s.compare(u"success", Qt::CaseInsensitive) == 0 || s.compare(u"pass", Qt::CaseInsensitive) == 0)
        return ValidationStatus::Passed;
    if (s.compare(u"fail", Qt::CaseInsensitive) == 0 || s.compare(u"failed", Qt::CaseInsensitive) == 0)
        return ValidationStatus::Failed;
    return ValidationStatus::Unknown;
}

QString dvtCheck(const QString &validation, const QString &aggregation, const QString &column)
{
    QString check = aggregation.isEmpty() ? validation : aggregation;
    if (!column.isEmpty())
        check += QLatin1Char('(') + column + QLatin1Char(')');
    return check;
}

/** Reads a JSON scalar as text (strings as is, numbers as written, null as empty). */
bool readScalarText(ImportContext &ctx, JsonCursor &c, QString &out)
{
    std::string_view s;
    switch (c.peek()) {
    case JsonCursor::Type::String:
        if (!c.readString(s))
            return false;
        out = ctx.text(s);
        return true;
    case JsonCursor::Type::Number: {
        const char *b = c.position();
        double v;
        if (!c.readNumber(v))
            return false;
        out = ctx.text(std::string_view(b, size_t(c.position() - b)));
        return true;
    }
    case JsonCursor::Type::Null:
        out.clear();
        return c.readNull();
    case JsonCursor::Type::Bool: {
        bool b;
        if (!c.readBool(b))
            return false;
        out = b ? QStringLiteral("true") : QStringLiteral("false");
        return true;
    }
    default:
        out.clear();
        return c.skip();
    }
}

/** Reads the object at the cursor whose values are all scalars into `fields` (key -> text). */
bool readFlatObject(ImportContext &ctx, JsonCursor &c, QHash<QString, QString> &fields)
{
    if (!c.enterObject())
        return false;
    std::string_view key;
    while (c.nextKey(key)) {
        const QString k = ctx.text(key);
        QString value;
        if (!readScalarText(ctx, c, value))
            return false;
        fields.insert(k, value);
    }
    return !c.failed();
}

/** An ISO time, epoch seconds (float) or epoch milliseconds, as a UTC QDateTime. */
QDateTime timeFromText(ImportContext &ctx, const QString &text, bool millisIfNumber)
{
    if (text.isEmpty())
        return {};
    const QByteArray bytes = text.toUtf8();
    ParsedTime t;
    if (parseTime(std::string_view(bytes.constData(), size_t(bytes.size())), TimeLayout::Iso8601, t))
        return QDateTime::fromMSecsSinceEpoch(ctx.toUtc(t), QTimeZone::utc());
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (ok && std::isfinite(v))
        return QDateTime::fromMSecsSinceEpoch(qint64(std::llround(millisIfNumber ? v : v * 1000.0)), QTimeZone::utc());
    return {};
}

std::optional<double> number(const QString &text)
{
    bool ok = false;
    const double v = text.toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

} // namespace

Status importDvtCsv(ImportContext &ctx)
{
    const char delimiter = ctx.options.csv.delimiter ? ctx.options.csv.delimiter : CsvReader::detectDelimiter(ctx.source.sniff());
    CsvReader r(ctx.source.begin(), ctx.source.end(), delimiter);
    QHash<QString, int> columns; // of the current block; the header repeats once per table
    auto cell = [&](const char *name) -> QString {
        const int i = columns.value(QLatin1String(name), -1);
        return i >= 0 && i < r.size() ? ctx.text(r.field(i)).trimmed() : QString();
    };
    while (r.next()) {
        if (r.isBlank())
            continue;
        if (r.field(0) == "validation_name") {
            columns.clear();
            for (qsizetype i = 0; i < r.size(); ++i)
                columns.insert(ctx.text(r.field(i)).trimmed(), int(i));
            if (!columns.contains(QStringLiteral("validation_status")) && !columns.contains(QStringLiteral("status")))
                return ctx.errorAt(r.recordStart(), ImportContext::tr("expected a validation_status (or status) column"));
            continue;
        }
        if (columns.isEmpty())
            return ctx.errorAt(r.recordStart(), ImportContext::tr("expected the DVT header row (validation_name, ...)"));
        if (r.size() != columns.size())
            return ctx.errorAt(r.recordStart(), ImportContext::tr("expected %1 columns, found %2").arg(columns.size()).arg(r.size()));
        ValidationResult v;
        v.object = cell("target_table_name");
        if (v.object.isEmpty())
            v.object = cell("source_table_name");
        v.check = dvtCheck(cell("validation_name"), cell("aggregation_type"), cell("source_column_name"));
        v.sourceValue = cell("source_agg_value");
        v.targetValue = cell("target_agg_value");
        v.difference = number(cell("difference"));
        const QString status = columns.contains(QStringLiteral("validation_status")) ? cell("validation_status") : cell("status");
        v.status = dvtStatus(status);
        if (v.status == ValidationStatus::Unknown && !status.isEmpty()) {
            const int i = columns.value(columns.contains(QStringLiteral("validation_status")) ? QStringLiteral("validation_status") : QStringLiteral("status"));
            return ctx.errorAt(r.fieldPos(i), ImportContext::tr("unknown status \"%1\" (expected success or fail)").arg(clip(status)));
        }
        v.runAt = timeFromText(ctx, cell("start_time"), true);
        ctx.addValidation(std::move(v));
        if (!ctx.source.progress(r.position()))
            return ctx.source.cancelledError();
    }
    if (r.failed())
        return ctx.errorAt(r.errorPos(), r.error());
    if (ctx.result.validation.isEmpty())
        return ctx.source.error(ImportContext::tr("the file has a header row but no data rows"));
    return Ok{};
}

Status importDvtJson(ImportContext &ctx)
{
    JsonCursor c(ctx.source.begin(), ctx.source.end());
    std::string_view key;
    // One object per line: either the record itself or {"0": record} (pandas orient="index").
    std::function<bool(QHash<QString, QString> &)> readRecord = [&](QHash<QString, QString> &fields) {
        if (!c.enterObject())
            return false;
        while (c.nextKey(key)) {
            const QString k = ctx.text(key);
            if (c.peek() == JsonCursor::Type::Object) {
                if (!fields.isEmpty()) {
                    if (!c.skip())
                        return false;
                    continue;
                }
                if (!readRecord(fields))
                    return false;
                continue;
            }
            QString value;
            if (!readScalarText(ctx, c, value))
                return false;
            fields.insert(k, value);
        }
        return !c.failed();
    };
    while (c.peek() == JsonCursor::Type::Object) {
        const char *at = c.position();
        QHash<QString, QString> f;
        if (!readRecord(f))
            break;
        if (!f.contains(QStringLiteral("validation_status")) && !f.contains(QStringLiteral("status"))) {
            c.failAt(at, ImportContext::tr("a DVT result with a validation_status"));
            break;
        }
        ValidationResult v;
        v.object = f.value(QStringLiteral("target_table_name"));
        if (v.object.isEmpty())
            v.object = f.value(QStringLiteral("source_table_name"));
        v.check = dvtCheck(f.value(QStringLiteral("validation_name")), f.value(QStringLiteral("aggregation_type")),
                           f.value(QStringLiteral("source_column_name")));
        v.sourceValue = f.value(QStringLiteral("source_agg_value"));
        v.targetValue = f.value(QStringLiteral("target_agg_value"));
        v.difference = number(f.value(QStringLiteral("difference")));
        v.status = dvtStatus(f.value(QStringLiteral("validation_status"), f.value(QStringLiteral("status"))));
        v.runAt = timeFromText(ctx, f.value(QStringLiteral("start_time")), true);
        ctx.addValidation(std::move(v));
        if (!ctx.source.progress(c.position()))
            return ctx.source.cancelledError();
    }
    if (!c.expectEnd())
        return cursorError(ctx, c);
    return Ok{};
}

Status importPtTableChecksum(ImportContext &ctx)
{
    const char *p = ctx.source.begin();
    const char *end = ctx.source.end();
    bool header = false;
    qsizetype skipped = 0;
    int year = ctx.now().date().year();
    bool yearChecked = false;
    while (p < end) {
        const char *lineEnd = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        if (!lineEnd)
            lineEnd = end;
        std::string_view line(p, size_t(lineEnd - p));
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        const char *lineStart = p;
        p = lineEnd < end ? lineEnd + 1 : end;
        // Split into white-space separated tokens, remembering where each starts.
        std::vector<std::string_view> tokens;
        std::vector<const char *> starts;
        for (size_t i = 0; i < line.size();) {
            while (i < line.size() && (line[i] == ' ' || line[i] == '\t'))
                ++i;
            const size_t s = i;
            while (i < line.size() && line[i] != ' ' && line[i] != '\t')
                ++i;
            if (i > s) {
                tokens.push_back(line.substr(s, i - s));
                starts.push_back(lineStart + s);
            }
        }
        if (tokens.size() >= 9 && tokens[0] == "TS" && tokens[1] == "ERRORS") {
            header = true;
            continue;
        }
        ParsedTime t;
        if (!header || tokens.size() != 9 || !parseTime(tokens[0], TimeLayout::MonthDayNoYear, t, year)) {
            skipped += !line.empty();
            continue; // progress, warnings and other stderr lines
        }
        qint64 counts[6];
        bool numeric = true;
        for (int i = 0; i < 6; ++i) {
            double v;
            numeric = numeric && parseDouble(tokens[size_t(i + 1)], v) && v >= 0 && v == std::floor(v);
            counts[i] = numeric ? qint64(v) : 0;
        }
        if (!numeric) {
            skipped += 1;
            continue;
        }
        if (!yearChecked) {
            // The year is not in the output: take the import year, or the one before if that
            // would put the run in the future.
            yearChecked = true;
            if (t.ms > ctx.now().toMSecsSinceEpoch() + 86400000LL) {
                --year;
                parseTime(tokens[0], TimeLayout::MonthDayNoYear, t, year);
            }
            ctx.note(ImportContext::tr("pt-table-checksum times have no year: %1 assumed").arg(year));
        }
        const qint64 errors = counts[0], diffs = counts[1], rows = counts[2], diffRows = counts[3], skippedChunks = counts[5];
        ValidationResult v;
        v.object = ctx.text(tokens[8]);
        v.check = QStringLiteral("checksum");
        v.sourceValue = QString::number(rows);
        v.difference = double(diffRows);
        v.status = diffs > 0 ? ValidationStatus::Failed
                   : (errors > 0 || skippedChunks > 0) ? ValidationStatus::Unknown
                                                       : ValidationStatus::Passed;
        v.targetValue = diffs > 0 ? ImportContext::tr("%n chunk(s) differ", nullptr, int(diffs)) : QString();
        v.runAt = QDateTime::fromMSecsSinceEpoch(ctx.localToUtc(t.ms), QTimeZone::utc());
        ctx.addValidation(std::move(v));
        if (!ctx.source.progress(p))
            return ctx.source.cancelledError();
    }
    if (!header)
        return ctx.source.error(ImportContext::tr("no pt-table-checksum header (TS ERRORS DIFFS ROWS ...)"));
    if (ctx.result.validation.isEmpty())
        return ctx.source.error(ImportContext::tr("no result rows after the pt-table-checksum header"));
    if (skipped > 0)
        ctx.note(ImportContext::tr("%n progress or warning line(s) skipped", nullptr, int(skipped)));
    return Ok{};
}

Status importAwsDms(ImportContext &ctx)
{
    JsonCursor c(ctx.source.begin(), ctx.source.end());
    std::string_view key;
    bool found = false;
    if (!c.enterObject())
        return cursorError(ctx, c);
    while (c.nextKey(key)) {
        if (key != "TableStatistics") {
            if (!c.skip())
                break;
            continue;
        }
        found = true;
        if (!c.enterArray())
            break;
        while (c.nextElement()) {
            QHash<QString, QString> f;
            if (!readFlatObject(ctx, c, f))
                break;
            ValidationResult v;
            const QString schema = f.value(QStringLiteral("SchemaName"));
            v.object = schema.isEmpty() ? f.value(QStringLiteral("TableName")) : schema + QLatin1Char('.') + f.value(QStringLiteral("TableName"));
            v.check = QStringLiteral("dms-validation");
            v.sourceValue = f.value(QStringLiteral("FullLoadRows"));
            const QString state = f.value(QStringLiteral("ValidationState"));
            v.targetValue = state;
            const std::optional<double> failed = number(f.value(QStringLiteral("ValidationFailedRecords")));
            v.difference = failed;
            if (state == u"Validated" && failed.value_or(0) == 0)
                v.status = ValidationStatus::Passed;
            else if (failed.value_or(0) > 0 || state.contains(u"Mismatched", Qt::CaseInsensitive)
                     || state.contains(u"Failed", Qt::CaseInsensitive) || state == u"Table error")
                v.status = ValidationStatus::Failed;
            else
                v.status = ValidationStatus::Unknown;
            v.runAt = timeFromText(ctx, f.value(QStringLiteral("LastUpdateTime")), false);
            ctx.addValidation(std::move(v));
        }
    }
    if (!c.failed() && !found)
        return ctx.source.error(ImportContext::tr("no TableStatistics array"));
    if (!c.expectEnd())
        return cursorError(ctx, c);
    return Ok{};
}

Status importAzureDms(ImportContext &ctx)
{
    JsonCursor c(ctx.source.begin(), ctx.source.end());
    std::string_view key;
    bool found = false;
    if (!c.enterObject())
        return cursorError(ctx, c);
    while (c.nextKey(key)) {
        if (key != "properties") {
            if (!c.skip())
                break;
            continue;
        }
        if (!c.enterObject())
            break;
        while (c.nextKey(key)) {
            if (key != "output") {
                if (!c.skip())
                    break;
                continue;
            }
            found = true;
            if (!c.enterArray())
                break;
            while (c.nextElement()) {
                QHash<QString, QString> f;
                if (!readFlatObject(ctx, c, f))
                    break;
                const QString type = f.value(QStringLiteral("resultType"));
                if (type == u"DatabaseLevelOutput") {
                    ctx.note(ImportContext::tr("database %1: migration state %2, latency %3 s, %4 incoming changes")
                                 .arg(f.value(QStringLiteral("databaseName")), f.value(QStringLiteral("migrationState")),
                                      f.value(QStringLiteral("latency")), f.value(QStringLiteral("incomingChanges"))));
                    continue;
                }
                if (type != u"TableLevelOutput")
                    continue;
                ValidationResult v;
                v.object = f.value(QStringLiteral("tableName"));
                v.check = QStringLiteral("migration");
                v.sourceValue = f.value(QStringLiteral("fullLoadTotalRows"));
                const QString state = f.value(QStringLiteral("state"));
                v.targetValue = state;
                v.difference = number(f.value(QStringLiteral("dataErrorsCount")));
                if (v.difference.value_or(0) > 0 || state.contains(u"FAIL", Qt::CaseInsensitive) || state.contains(u"ERROR", Qt::CaseInsensitive))
                    v.status = ValidationStatus::Failed;
                else if (state == u"COMPLETED")
                    v.status = ValidationStatus::Passed;
                else
                    v.status = ValidationStatus::Unknown;
                v.runAt = timeFromText(ctx, f.value(QStringLiteral("lastModifiedTime")), false);
                ctx.addValidation(std::move(v));
            }
        }
    }
    if (!c.failed() && !found)
        return ctx.source.error(ImportContext::tr("no properties.output array (expected Azure DMS task output)"));
    if (!c.expectEnd())
        return cursorError(ctx, c);
    if (ctx.result.validation.isEmpty())
        return ctx.source.error(ImportContext::tr("no TableLevelOutput entries in properties.output"));
    return Ok{};
}

} // namespace cutover
