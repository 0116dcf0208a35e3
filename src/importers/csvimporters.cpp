// SPDX-License-Identifier: GPL-3.0-or-later
// Time-series importers for CSV exports: Grafana (7+ and 6), Log Analytics portal, generic CSV.
#include "csvimporters.h"

#include "csvreader.h"
#include "importcontext.h"
#include "jsoncursor.h"
#include "units.h"
#include "model/regularfile.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace cutover {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool isGapCell(std::string_view s)
{
    while (!s.empty() && s.front() == ' ')
        s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ')
        s.remove_suffix(1);
    return s.empty() || s == "null" || s == "NULL" || s == "None" || s == "NaN" || s == "nan" || s == "undefined"
        || s == "-" || s == "N/A" || s == "n/a";
}

Status csvError(ImportContext &ctx, const CsvReader &r)
{
    return ctx.errorAt(r.errorPos(), r.error());
}

/** Reads the next record that is not blank; false at the end or on error. */
bool nextRecord(CsvReader &r)
{
    while (r.next()) {
        if (!r.isBlank())
            return true;
    }
    return false;
}

bool looksDecimalComma(std::string_view s)
{
    // "12,5" or "-0,25" (digits, one comma, digits), optionally with a unit after a space.
    size_t i = 0;
    if (i < s.size() && s[i] == '-')
        ++i;
    const size_t a = i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9')
        ++i;
    if (i == a || i >= s.size() || s[i] != ',')
        return false;
    const size_t b = ++i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9')
        ++i;
    return i > b && (i == s.size() || s[i] == ' ');
}

} // namespace

void CsvCellParser::adopt(SeriesBuilder *b)
{
    seriesUnit = b->series.unit;
    plainFactor = b->factor;
    b->factor = 1.0;
}

CsvCellParser::Outcome CsvCellParser::parse(std::string_view cell, double &out)
{
    if (parseDouble(cell, out, decimalComma)) {
        if (std::isnan(out))
            return Gap;
        out *= plainFactor;
        return Value;
    }
    if (isGapCell(cell)) {
        out = kNaN;
        return Gap;
    }
    std::string_view unitText;
    if (!splitValueAndUnit(cell, out, unitText, decimalComma))
        return Bad;
    if (unitText.empty()) { // "1,204": thousands separators, no unit
        out *= plainFactor;
        return Value;
    }
    if (unitText != m_lastUnitText) {
        const NormalisedUnit n = normaliseUnit(QString::fromUtf8(unitText.data(), qsizetype(unitText.size())));
        if (!n.known)
            return Bad;
        if ((!unit.isEmpty() && n.unit != unit) || (!seriesUnit.isEmpty() && n.unit != seriesUnit))
            return UnitConflict;
        m_lastUnitText.assign(unitText);
        unit = n.unit;
        m_factor = n.factor;
    }
    out *= m_factor;
    return Value;
}

Result<CsvStart> csvStart(const SourceText &source, char forcedDelimiter)
{
    CsvStart s;
    s.begin = source.begin();
    const char *b = s.begin;
    const char sep = CsvReader::sepLine(b, source.end());
    s.sepLine = sep != 0;
    s.begin = b;
    s.delimiter = forcedDelimiter ? forcedDelimiter
                  : sep           ? sep
                                  : CsvReader::detectDelimiter(std::string_view(b, size_t(std::min<qsizetype>(source.end() - b, 8192))));
    return s;
}

Result<CsvLayout> detectCsvLayout(const SourceText &source, const CsvMapping &mapping)
{
    auto start = csvStart(source, mapping.delimiter);
    CsvLayout layout;
    layout.delimiter = start->delimiter;
    layout.sepLine = start->sepLine;
    CsvReader r(start->begin, source.end(), layout.delimiter);
    if (!nextRecord(r)) {
        if (r.failed())
            return source.errorAt(r.errorPos(), r.error());
        return source.error(ImportContext::tr("no header row"));
    }
    for (qsizetype i = 0; i < r.size(); ++i)
        layout.headers << source.decode(r.field(i)).trimmed();
    const int columns = int(layout.headers.size());
    if (columns < 2)
        return source.errorAt(r.recordStart(), ImportContext::tr("only one column: expected a time column and at least one value column "
                                                  "separated by ',', ';' or tabs (or use --delimiter)"));

    // Sample the first data rows.
    std::vector<std::vector<std::string>> rows;
    std::vector<const char *> firstRowPos; // where each cell of the first data row starts, for errors
    while (rows.size() < 200 && nextRecord(r)) {
        std::vector<std::string> row;
        for (qsizetype i = 0; i < r.size(); ++i) {
            row.emplace_back(r.field(i));
            if (rows.empty())
                firstRowPos.push_back(r.fieldPos(i));
        }
        rows.push_back(std::move(row));
    }
    if (r.failed())
        return source.errorAt(r.errorPos(), r.error());
    if (rows.empty())
        return source.errorAt(r.recordStart(), ImportContext::tr("the file has a header row but no data rows"));

    auto resolveColumn = [&](const QString &spec) -> int {
        bool isNumber = false;
        const int n = spec.toInt(&isNumber);
        if (isNumber)
            return n >= 1 && n <= columns ? n - 1 : -1;
        for (int i = 0; i < columns; ++i) {
            if (layout.headers[i].compare(spec, Qt::CaseInsensitive) == 0)
                return i;
        }
        return -1;
    };

    // Time column.
    if (!mapping.timeColumn.isEmpty()) {
        layout.timeColumn = resolveColumn(mapping.timeColumn);
        if (layout.timeColumn < 0)
            return source.error(ImportContext::tr("no column \"%1\" (columns: %2)").arg(clip(mapping.timeColumn), clip(layout.headers.join(u", "))));
    } else {
        static const QRegularExpression timeName(QStringLiteral("^(time|timestamp|date|datetime|ts|time ?generated|period)\\b"),
                                                 QRegularExpression::CaseInsensitiveOption);
        int byName = -1, byValue = -1;
        for (int col = 0; col < columns; ++col) {
            const std::string &cell = rows.front().size() > size_t(col) ? rows.front()[size_t(col)] : std::string();
            const TimeLayout l = detectTimeLayout(cell);
            if (l == TimeLayout::Auto)
                continue;
            if (byName < 0 && timeName.match(layout.headers[col]).hasMatch())
                byName = col;
            if (byValue < 0 && l != TimeLayout::EpochSeconds && l != TimeLayout::EpochMillis)
                byValue = col;
        }
        layout.timeColumn = byName >= 0 ? byName : byValue;
        if (layout.timeColumn < 0) {
            // A cell written like a time that is not one (2026-02-30) is the likely cause.
            for (size_t col = 0; col < rows.front().size() && col < firstRowPos.size(); ++col) {
                const QString problem = timeProblem(rows.front()[col]);
                if (!problem.isEmpty())
                    return source.errorAt(firstRowPos[col], ImportContext::tr("cannot read \"%1\" as a time (%2)")
                                                                .arg(excerpt(rows.front()[col], source), problem));
            }
            return source.error(ImportContext::tr("no column holds times (use --time-column to name it)"));
        }
    }
    const size_t tc = size_t(layout.timeColumn);

    // Time layout: given, or detected from the first cell and checked against the sample.
    layout.timeLayout = mapping.timeLayout;
    if (layout.timeLayout == TimeLayout::Auto) {
        for (const auto &row : rows) {
            if (row.size() > tc && !row[tc].empty()) {
                layout.timeLayout = detectTimeLayout(row[tc]);
                break;
            }
        }
        if (layout.timeLayout == TimeLayout::UsDate12h) {
            // Month/day order: a first number above 12 means day first, unless AM/PM is used.
            bool dayFirst = false, ampm = false;
            for (const auto &row : rows) {
                if (row.size() <= tc)
                    continue;
                const std::string &cell = row[tc];
                ampm = ampm || cell.find("AM") != std::string::npos || cell.find("PM") != std::string::npos;
                dayFirst = dayFirst || std::atoi(cell.c_str()) > 12;
            }
            if (dayFirst && !ampm)
                layout.timeLayout = TimeLayout::DmySlash;
        }
    }
    if (layout.timeLayout == TimeLayout::Auto) {
        const std::string &cell = rows.front().size() > tc ? rows.front()[tc] : std::string();
        return source.error(ImportContext::tr("cannot read \"%1\" in column %2 as a time (use --time-format)")
                                .arg(clip(source.decode(cell)), clip(layout.headers[layout.timeColumn])));
    }

    // Decimal comma: only possible when ',' is not the delimiter.
    if (mapping.decimalComma.has_value()) {
        layout.decimalComma = *mapping.decimalComma;
    } else if (layout.delimiter != ',') {
        for (const auto &row : rows) {
            for (size_t col = 0; col < row.size(); ++col) {
                if (col != tc && looksDecimalComma(row[col]))
                    layout.decimalComma = true;
            }
        }
    }

    // Value columns.
    if (!mapping.valueColumns.isEmpty()) {
        for (const QString &spec : mapping.valueColumns) {
            const int col = resolveColumn(spec);
            if (col < 0)
                return source.error(ImportContext::tr("no column \"%1\" (columns: %2)").arg(clip(spec), clip(layout.headers.join(u", "))));
            if (col == layout.timeColumn)
                return source.error(ImportContext::tr("column \"%1\" is the time column").arg(clip(spec)));
            layout.valueColumns << col;
        }
    } else {
        for (int col = 0; col < columns; ++col) {
            if (col == layout.timeColumn)
                continue;
            // A value column is one whose first non-empty cell is a number; a bad cell further
            // down is then reported where it is instead of silently dropping the column.
            CsvCellParser parser;
            parser.decimalComma = layout.decimalComma;
            for (const auto &row : rows) {
                if (row.size() <= size_t(col))
                    continue;
                double v;
                const auto outcome = parser.parse(row[size_t(col)], v);
                if (outcome == CsvCellParser::Gap)
                    continue;
                if (outcome == CsvCellParser::Value)
                    layout.valueColumns << col;
                break;
            }
        }
        if (layout.valueColumns.isEmpty())
            return source.error(ImportContext::tr("no numeric column besides the time column (use --columns to name them)"));
    }
    return layout;
}

namespace {

/** The unit written in a header such as "lag (ms)" or "latency [s]". */
QString headerUnit(const QString &header)
{
    static const QRegularExpression re(QStringLiteral("[\\(\\[]\\s*([^\\)\\]]+?)\\s*[\\)\\]]\\s*$"));
    const auto m = re.match(header);
    return m.hasMatch() ? m.captured(1) : QString();
}

/**
 * Reads the rows of a "time column + value columns" table into one series per value column:
 * the generic CSV, Grafana 7+ joined series and Grafana 6 series-as-columns.
 */
Status readColumns(ImportContext &ctx, const CsvLayout &layout, const char *dataBegin)
{
    struct Target
    {
        int column;
        SeriesBuilder *builder;
        CsvCellParser parser;
    };
    std::vector<Target> targets;
    for (const int col : layout.valueColumns) {
        const QString header = layout.headers.value(col);
        const QString unit = headerUnit(header);
        const QString metric = !ctx.options.metric.isEmpty() ? ctx.options.metric : header;
        SeriesBuilder *b = ctx.series(QString::number(col), header, metric, {}, unit);
        targets.push_back({col, b, {}});
        targets.back().parser.decimalComma = layout.decimalComma;
        targets.back().parser.adopt(b);
    }
    // Reserve from the length of the first rows so that big files do not reallocate (which
    // would briefly need twice the memory of every series).
    {
        CsvReader sample(dataBegin, ctx.source.end(), layout.delimiter);
        qsizetype rows = 0;
        while (rows < 1000 && sample.next())
            ++rows;
        const qsizetype sampled = sample.position() - dataBegin;
        if (rows > 0 && sampled > 0) {
            const double perRow = double(sampled) / double(rows);
            const qsizetype expected = qsizetype(double(ctx.source.end() - dataBegin) / perRow * 1.02) + 16;
            for (Target &target : targets)
                target.builder->reserve(std::min<qsizetype>(expected, qsizetype(ctx.source.end() - dataBegin) / 2 + 16));
        }
    }
    CsvReader r(dataBegin, ctx.source.end(), layout.delimiter);
    const int year = ctx.now().date().year();
    const qsizetype tc = layout.timeColumn;
    qint64 previous = std::numeric_limits<qint64>::min();
    qsizetype rows = 0;
    while (r.next()) {
        if (r.isBlank())
            continue;
        if (r.size() <= tc)
            return ctx.errorAt(r.recordStart(), ImportContext::tr("expected %1 columns, found %2").arg(layout.headers.size()).arg(r.size()));
        const std::string_view timeCell = r.field(tc);
        ParsedTime t;
        if (!parseTime(timeCell, layout.timeLayout, t, year))
            return ctx.timeError(r.fieldPos(tc), timeCell, layout.timeLayout);
        const qint64 utc = ctx.toUtc(t, previous);
        previous = utc;
        for (Target &target : targets) {
            double v = kNaN;
            if (target.column < r.size()) {
                const std::string_view cell = r.field(target.column);
                switch (target.parser.parse(cell, v)) {
                case CsvCellParser::Value:
                case CsvCellParser::Gap:
                    break;
                case CsvCellParser::Bad:
                    return ctx.numberError(r.fieldPos(target.column), cell);
                case CsvCellParser::UnitConflict:
                    return ctx.errorAt(r.fieldPos(target.column),
                                       ImportContext::tr("\"%1\" is not in the column's unit (%2)").arg(excerpt(cell, ctx.source), clip(target.parser.expectedUnit())));
                }
            }
            target.builder->add(utc, v);
        }
        ++rows;
        if (!ctx.source.progress(r.position()))
            return ctx.source.cancelledError();
    }
    if (r.failed())
        return csvError(ctx, r);
    if (rows == 0)
        return ctx.source.error(ImportContext::tr("the file has a header row but no data rows"));
    for (Target &target : targets) {
        if (!target.parser.unit.isEmpty())
            ImportContext::setUnit(target.builder, target.parser.unit), target.builder->factor = 1.0;
    }
    return Ok{};
}

} // namespace

Status importGenericCsv(ImportContext &ctx)
{
    auto layout = detectCsvLayout(ctx.source, ctx.options.csv);
    if (!layout)
        return layout.error();
    auto start = csvStart(ctx.source, layout->delimiter);
    CsvReader header(start->begin, ctx.source.end(), layout->delimiter);
    nextRecord(header);
    ctx.note(ImportContext::tr("generic CSV: time column \"%1\" (%2), delimiter %3%4")
                 .arg(layout->headers.value(layout->timeColumn), timeLayoutPattern(layout->timeLayout),
                      layout->delimiter == '\t' ? QStringLiteral("tab") : QStringLiteral("'%1'").arg(QLatin1Char(layout->delimiter)),
                      layout->decimalComma ? ImportContext::tr(", decimal comma") : QString()));
    return readColumns(ctx, layout.value(), header.position());
}

Status importGrafanaCsv(ImportContext &ctx)
{
    CsvMapping mapping;
    mapping.delimiter = ctx.options.csv.delimiter;
    mapping.decimalComma = ctx.options.csv.decimalComma;
    mapping.timeColumn = QStringLiteral("1");
    mapping.timeLayout = ctx.options.csv.timeLayout;
    auto layout = detectCsvLayout(ctx.source, mapping);
    if (!layout)
        return layout.error();
    // Every other column is a series, numeric or not yet (a column of nulls is all gaps).
    layout->valueColumns.clear();
    for (int col = 1; col < layout->headers.size(); ++col)
        layout->valueColumns << col;
    auto start = csvStart(ctx.source, layout->delimiter);
    CsvReader header(start->begin, ctx.source.end(), layout->delimiter);
    nextRecord(header);
    return readColumns(ctx, layout.value(), header.position());
}

Status importGrafanaRows(ImportContext &ctx)
{
    auto start = csvStart(ctx.source, ctx.options.csv.delimiter);
    CsvReader r(start->begin, ctx.source.end(), start->delimiter);
    if (!nextRecord(r))
        return r.failed() ? csvError(ctx, r) : ctx.source.error(ImportContext::tr("no header row"));
    if (r.size() < 3)
        return ctx.errorAt(r.recordStart(), ImportContext::tr("expected the columns Series, Time and Value"));
    const int year = ctx.now().date().year();
    TimeLayout layout = ctx.options.csv.timeLayout;
    std::optional<bool> decimalComma = ctx.options.csv.decimalComma;
    QHash<QByteArray, SeriesBuilder *> bySeries;
    QHash<SeriesBuilder *, CsvCellParser> parsers;
    QHash<SeriesBuilder *, qint64> previous;
    qsizetype rows = 0;
    while (r.next()) {
        if (r.isBlank())
            continue;
        if (r.size() < 3)
            return ctx.errorAt(r.recordStart(), ImportContext::tr("expected 3 columns (Series, Time, Value), found %1").arg(r.size()));
        const std::string_view name = r.field(0);
        const QByteArray key(name.data(), qsizetype(name.size()));
        SeriesBuilder *b = bySeries.value(key);
        if (!b) {
            const QString n = ctx.text(name);
            b = ctx.series(n, n, ctx.options.metric.isEmpty() ? n : ctx.options.metric, {}, {}, r.recordStart());
            bySeries.insert(key, b);
            previous.insert(b, std::numeric_limits<qint64>::min());
            parsers[b].adopt(b);
        }
        const std::string_view timeCell = r.field(1);
        if (layout == TimeLayout::Auto)
            layout = detectTimeLayout(timeCell);
        ParsedTime t;
        if (!parseTime(timeCell, layout, t, year))
            return ctx.timeError(r.fieldPos(1), timeCell, layout == TimeLayout::Auto ? TimeLayout::Iso8601 : layout);
        const std::string_view cell = r.field(2);
        if (!decimalComma.has_value() && !isGapCell(cell))
            decimalComma = start->delimiter != ',' && looksDecimalComma(cell);
        CsvCellParser &parser = parsers[b];
        parser.decimalComma = decimalComma.value_or(false);
        double v;
        switch (parser.parse(cell, v)) {
        case CsvCellParser::Bad: return ctx.numberError(r.fieldPos(2), cell);
        case CsvCellParser::UnitConflict:
            return ctx.errorAt(r.fieldPos(2), ImportContext::tr("\"%1\" is not in the series' unit (%2)").arg(excerpt(cell, ctx.source), clip(parser.expectedUnit())));
        default: break;
        }
        qint64 &prev = previous[b];
        prev = ctx.toUtc(t, prev);
        b->add(prev, v);
        ++rows;
        if (!ctx.source.progress(r.position()))
            return ctx.source.cancelledError();
    }
    if (r.failed())
        return csvError(ctx, r);
    if (rows == 0)
        return ctx.source.error(ImportContext::tr("the file has a header row but no data rows"));
    for (auto it = parsers.cbegin(); it != parsers.cend(); ++it) {
        if (!it.value().unit.isEmpty()) {
            ImportContext::setUnit(it.key(), it.value().unit);
            it.key()->factor = 1.0;
        }
    }
    return Ok{};
}

Status importLogAnalyticsCsv(ImportContext &ctx)
{
    auto start = csvStart(ctx.source, ctx.options.csv.delimiter);
    CsvReader r(start->begin, ctx.source.end(), start->delimiter);
    if (!nextRecord(r))
        return r.failed() ? csvError(ctx, r) : ctx.source.error(ImportContext::tr("no header row"));
    QStringList headers;
    for (qsizetype i = 0; i < r.size(); ++i)
        headers << ctx.text(r.field(i)).trimmed();
    int timeColumn = -1;
    bool utc = true;
    for (int i = 0; i < headers.size(); ++i) {
        if (headers[i].endsWith(u"[UTC]") || headers[i].endsWith(u"[Local Time]")) {
            timeColumn = i;
            utc = headers[i].endsWith(u"[UTC]");
            break;
        }
    }
    if (timeColumn < 0)
        return ctx.errorAt(r.recordStart(), ImportContext::tr("no time column (expected a header like \"TimeGenerated [UTC]\")"));
    const int metricColumn = int(headers.indexOf(QStringLiteral("MetricName")));
    const int unitColumn = int(headers.indexOf(QStringLiteral("UnitName")));
    static const QStringList kIgnored = {QStringLiteral("TableName"), QStringLiteral("TimeGrain"), QStringLiteral("UnitName"),
                                         QStringLiteral("Type"), QStringLiteral("TenantId"), QStringLiteral("SourceSystem"),
                                         QStringLiteral("Count"), QStringLiteral("MetricName"), QStringLiteral("_ResourceId")};
    // Classify the columns on the first rows: numeric values or labels.
    const char *dataBegin = r.position();
    std::vector<int> valueColumns, labelColumns;
    {
        std::vector<int> numeric(size_t(headers.size()), 0), text(size_t(headers.size()), 0);
        CsvReader sample(dataBegin, ctx.source.end(), start->delimiter);
        for (int n = 0; n < 200 && nextRecord(sample); ++n) {
            for (qsizetype i = 0; i < sample.size() && i < headers.size(); ++i) {
                double v;
                const std::string_view cell = sample.field(i);
                if (parseDouble(cell, v))
                    ++numeric[size_t(i)];
                else if (!isGapCell(cell))
                    ++text[size_t(i)];
            }
        }
        for (int i = 0; i < headers.size(); ++i) {
            if (i == timeColumn || kIgnored.contains(headers[i]))
                continue;
            if (numeric[size_t(i)] > 0 && text[size_t(i)] == 0)
                valueColumns.push_back(i);
            else if (text[size_t(i)] > 0)
                labelColumns.push_back(i);
        }
    }
    if (valueColumns.empty())
        return ctx.errorAt(r.recordStart(), ImportContext::tr("no numeric column"));

    TimeLayout layout = ctx.options.csv.timeLayout;
    const int year = ctx.now().date().year();
    QHash<QString, SeriesBuilder *> cache;
    qsizetype rows = 0;
    CsvReader rr(dataBegin, ctx.source.end(), start->delimiter);
    while (rr.next()) {
        if (rr.isBlank())
            continue;
        if (rr.size() < headers.size())
            return ctx.errorAt(rr.recordStart(), ImportContext::tr("expected %1 columns, found %2").arg(headers.size()).arg(rr.size()));
        const std::string_view timeCell = rr.field(timeColumn);
        if (layout == TimeLayout::Auto)
            layout = detectTimeLayout(timeCell);
        ParsedTime t;
        if (!parseTime(timeCell, layout, t, year))
            return ctx.timeError(rr.fieldPos(timeColumn), timeCell, layout == TimeLayout::Auto ? TimeLayout::UsDate12h : layout);
        const qint64 when = t.hasOffset || utc ? t.ms : ctx.localToUtc(t.ms);
        QMap<QString, QString> labels;
        QStringList labelValues;
        for (const int col : labelColumns) {
            const QString v = ctx.text(rr.field(col));
            labels.insert(headers[col].toLower(), v);
            labelValues << v;
        }
        const QString metric = metricColumn >= 0 ? ctx.text(rr.field(metricColumn)) : QString();
        const QString unit = unitColumn >= 0 ? ctx.text(rr.field(unitColumn)) : QString();
        for (const int col : valueColumns) {
            const QString key = metric + QChar(0x1F) + headers[col] + QChar(0x1F) + labelValues.join(QChar(0x1F));
            SeriesBuilder *b = cache.value(key);
            if (!b) {
                QMap<QString, QString> l = labels;
                if (metricColumn >= 0)
                    l.remove(QStringLiteral("metricname"));
                const QString agg = headers[col].toLower();
                if (metricColumn >= 0)
                    l.insert(QStringLiteral("aggregation"), agg);
                const QString display = (labelValues.isEmpty() ? QString() : labelValues.join(u' ') + QLatin1Char(' ')) + agg;
                b = ctx.series(key, display, metricColumn >= 0 ? metric : headers[col], l, unit);
                cache.insert(key, b);
            }
            double v;
            const std::string_view cell = rr.field(col);
            if (!parseDouble(cell, v)) {
                if (!isGapCell(cell))
                    return ctx.numberError(rr.fieldPos(col), cell);
                v = kNaN;
            }
            b->add(when, v);
        }
        ++rows;
        if (!ctx.source.progress(rr.position()))
            return ctx.source.cancelledError();
    }
    if (rr.failed())
        return csvError(ctx, rr);
    if (rows == 0)
        return ctx.source.error(ImportContext::tr("the file has a header row but no data rows"));
    if (!utc)
        ctx.note(ImportContext::tr("the export is in portal local time"));
    return Ok{};
}

} // namespace cutover

namespace cutover {

Result<CsvPreview> Importer::previewCsv(const QString &path, const ImportOptions &options, int rows)
{
    if (auto notRegular = notRegularFileError(path))
        return *notRegular;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ImportContext::tr("cannot open: %1").arg(file.errorString()), path);
    auto opened = SourceText::open(&file, path, options);
    if (!opened)
        return opened.error();
    SourceText &source = *opened.value();
    auto layout = detectCsvLayout(source, options.csv);
    if (!layout)
        return layout.error();
    ImportContext ctx(source, options);
    CsvPreview preview;
    preview.layout = layout.value();
    auto start = csvStart(source, layout->delimiter);
    CsvReader r(start->begin, source.end(), layout->delimiter);
    nextRecord(r); // the header
    std::vector<CsvCellParser> parsers(size_t(layout->valueColumns.size()));
    for (CsvCellParser &p : parsers)
        p.decimalComma = layout->decimalComma;
    const int year = ctx.now().date().year();
    while (preview.cells.size() < rows && nextRecord(r)) {
        QStringList cells;
        for (qsizetype i = 0; i < r.size(); ++i)
            cells << source.decode(r.field(i));
        preview.cells << cells;
        ParsedTime t;
        if (layout->timeColumn < r.size() && parseTime(r.field(layout->timeColumn), layout->timeLayout, t, year))
            preview.times << QDateTime::fromMSecsSinceEpoch(ctx.toUtc(t), QTimeZone::utc());
        else
            preview.times << QDateTime();
        QList<double> values;
        for (qsizetype i = 0; i < layout->valueColumns.size(); ++i) {
            const int col = layout->valueColumns[i];
            double v = kNaN;
            if (col < r.size() && parsers[size_t(i)].parse(r.field(col), v) != CsvCellParser::Value)
                v = kNaN;
            values << v;
        }
        preview.values << values;
    }
    if (r.failed())
        return source.errorAt(r.errorPos(), r.error());
    preview.notes << ImportContext::tr("delimiter %1%2; time column \"%3\" read as %4")
                         .arg(layout->delimiter == '\t' ? ImportContext::tr("tab") : QStringLiteral("'%1'").arg(QLatin1Char(layout->delimiter)),
                              layout->decimalComma ? ImportContext::tr(", decimal comma") : QString(),
                              clip(layout->headers.value(layout->timeColumn)), timeLayoutPattern(layout->timeLayout));
    ctx.finish();
    preview.notes += ctx.result.notes;
    return preview;
}

} // namespace cutover
