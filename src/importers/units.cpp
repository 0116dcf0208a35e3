// SPDX-License-Identifier: GPL-3.0-or-later
#include "units.h"

#include "jsoncursor.h"

namespace cutover {

namespace {

struct UnitRow
{
    const char16_t *name;
    const char16_t *unit;
    double factor;
};

// Spellings of Azure Monitor, CloudWatch, Grafana and plain abbreviations (compared without case).
constexpr UnitRow kUnits[] = {
    {u"s", u"s", 1.0},           {u"sec", u"s", 1.0},          {u"secs", u"s", 1.0},
    {u"second", u"s", 1.0},      {u"seconds", u"s", 1.0},      {u"ms", u"s", 1e-3},
    {u"msec", u"s", 1e-3},       {u"millisecond", u"s", 1e-3}, {u"milliseconds", u"s", 1e-3},
    {u"us", u"s", 1e-6},         {u"\u00b5s", u"s", 1e-6},     {u"microseconds", u"s", 1e-6},
    {u"ns", u"s", 1e-9},         {u"nanoseconds", u"s", 1e-9}, {u"min", u"s", 60.0},
    {u"mins", u"s", 60.0},       {u"minute", u"s", 60.0},      {u"minutes", u"s", 60.0},
    {u"m", u"s", 60.0},          {u"h", u"s", 3600.0},         {u"hour", u"s", 3600.0},
    {u"hours", u"s", 3600.0},    {u"d", u"s", 86400.0},        {u"day", u"s", 86400.0},
    {u"days", u"s", 86400.0},    {u"%", u"%", 1.0},            {u"percent", u"%", 1.0},
    {u"count", u"count", 1.0},   {u"b", u"bytes", 1.0},        {u"bytes", u"bytes", 1.0},
    {u"kb", u"bytes", 1e3},      {u"kilobytes", u"bytes", 1e3}, {u"mb", u"bytes", 1e6},
    {u"megabytes", u"bytes", 1e6}, {u"gb", u"bytes", 1e9},     {u"gigabytes", u"bytes", 1e9},
    {u"tb", u"bytes", 1e12},     {u"kib", u"bytes", 1024.0},   {u"mib", u"bytes", 1048576.0},
    {u"gib", u"bytes", 1073741824.0},
};

} // namespace

NormalisedUnit normaliseUnit(QStringView unit)
{
    const QStringView u = unit.trimmed();
    for (const UnitRow &row : kUnits) {
        if (u.compare(QStringView(row.name), Qt::CaseInsensitive) == 0)
            return {QString::fromUtf16(row.unit), row.factor, true};
    }
    return {u.toString(), 1.0, false};
}

QString knownUnitsHint()
{
    return QStringLiteral("s, ms, us, ns, min, h, d, %, count, B, kB, MB, GB, TB, KiB, MiB, GiB");
}

QString unitForMetric(QStringView metric)
{
    if (metric.isEmpty())
        return {};
    if (metric.contains(u"millisecond", Qt::CaseInsensitive) || metric.endsWith(u"_ms", Qt::CaseInsensitive))
        return QStringLiteral("ms");
    if (metric.contains(u"_seconds", Qt::CaseInsensitive) || metric.endsWith(u"_in_seconds")
        || metric.compare(u"replication_lag", Qt::CaseInsensitive) == 0
        || metric.startsWith(u"CDCLatency", Qt::CaseInsensitive)
        || metric.compare(u"ReplicaLag", Qt::CaseInsensitive) == 0
        || metric.contains(u"seconds_behind", Qt::CaseInsensitive))
        return QStringLiteral("s");
    if (metric.endsWith(u"_percent", Qt::CaseInsensitive) || metric.endsWith(u"Utilization"))
        return QStringLiteral("%");
    if (metric.endsWith(u"_bytes", Qt::CaseInsensitive))
        return QStringLiteral("bytes");
    return {};
}

bool splitValueAndUnit(std::string_view cell, double &value, std::string_view &unit, bool decimalComma)
{
    while (!cell.empty() && cell.front() == ' ')
        cell.remove_prefix(1);
    while (!cell.empty() && cell.back() == ' ')
        cell.remove_suffix(1);
    size_t i = 0;
    if (i < cell.size() && (cell[i] == '-' || cell[i] == '+'))
        ++i;
    const size_t digitsStart = i;
    while (i < cell.size() && ((cell[i] >= '0' && cell[i] <= '9') || cell[i] == '.' || cell[i] == ','
                               || ((cell[i] == 'e' || cell[i] == 'E') && i > digitsStart && i + 1 < cell.size()
                                   && (cell[i + 1] == '-' || cell[i + 1] == '+' || (cell[i + 1] >= '0' && cell[i + 1] <= '9')))))
    {
        if ((cell[i] == 'e' || cell[i] == 'E'))
            ++i; // sign or digit after the exponent marker
        ++i;
    }
    if (i == digitsStart)
        return false;
    std::string_view number = cell.substr(0, i);
    // Without a decimal comma a ',' is a thousands separator ("1,204 ms").
    char buffer[64];
    if (!decimalComma && number.find(',') != std::string_view::npos) {
        if (number.size() >= sizeof buffer)
            return false;
        size_t n = 0;
        for (const char c : number) {
            if (c != ',')
                buffer[n++] = c;
        }
        number = std::string_view(buffer, n);
    }
    if (!parseDouble(number, value, decimalComma))
        return false;
    unit = cell.substr(i);
    while (!unit.empty() && unit.front() == ' ')
        unit.remove_prefix(1);
    return true;
}

} // namespace cutover
