// SPDX-License-Identifier: GPL-3.0-or-later
#include "durationtext.h"

#include "enumnames.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace cutover {

namespace {

std::optional<double> toNumber(QStringView text)
{
    QString s = text.toString();
    s.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double v = s.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

double unitFactor(QStringView unit)
{
    const QString u = unit.toString().toLower();
    if (u.isEmpty() || u == u"m" || u == u"min" || u == u"mins" || u == u"minute" || u == u"minutes")
        return 1.0;
    if (u == u"h" || u == u"hr" || u == u"hrs" || u == u"hour" || u == u"hours")
        return 60.0;
    if (u == u"d" || u == u"day" || u == u"days")
        return 1440.0;
    if (u == u"s" || u == u"sec" || u == u"secs" || u == u"second" || u == u"seconds")
        return 1.0 / 60.0;
    return -1.0;
}

QString trimNumber(double v)
{
    // Up to 3 decimals, no trailing zeros: 1.5 -> "1.5", 2 -> "2".
    QString s = QString::number(v, 'f', 3);
    while (s.contains(QLatin1Char('.')) && (s.endsWith(QLatin1Char('0')) || s.endsWith(QLatin1Char('.'))))
        s.chop(1);
    return s == u"-0" ? QStringLiteral("0") : s;
}

} // namespace

std::optional<double> DurationText::parseMinutes(QStringView input)
{
    QStringView text = input.trimmed();
    if (text.isEmpty())
        return std::nullopt;

    double sign = 1.0;
    if (text.startsWith(u'-') || text.startsWith(u'+')) {
        sign = text.startsWith(u'-') ? -1.0 : 1.0;
        text = text.mid(1).trimmed();
    }

    // h:mm or h:mm:ss
    static const QRegularExpression clock(QStringLiteral("^(\\d+):([0-5]?\\d)(?::([0-5]?\\d))?$"));
    if (const auto m = clock.match(text); m.hasMatch()) {
        const double minutes = m.captured(1).toDouble() * 60.0 + m.captured(2).toDouble()
            + (m.hasCaptured(3) ? m.captured(3).toDouble() / 60.0 : 0.0);
        return sign * minutes;
    }

    // A sequence of number+unit parts: "1h30", "1 h 30 min", "1.5h", "2d 4h", "90".
    static const QRegularExpression part(QStringLiteral("\\G\\s*(\\d+(?:[.,]\\d+)?|[.,]\\d+)\\s*([a-zA-Z]*)"));
    double total = 0.0;
    qsizetype pos = 0;
    int parts = 0;
    double previousFactor = 0.0;
    while (pos < text.size()) {
        const auto m = part.match(text, pos);
        if (!m.hasMatch() || m.capturedLength() == 0)
            return std::nullopt;
        const auto number = toNumber(m.capturedView(1));
        if (!number)
            return std::nullopt;
        double factor = unitFactor(m.capturedView(2));
        if (factor < 0)
            return std::nullopt;
        // "1h30": a bare number after hours means minutes; after days, hours.
        if (m.capturedView(2).isEmpty() && parts > 0)
            factor = previousFactor == 1440.0 ? 60.0 : (previousFactor == 60.0 ? 1.0 : -1.0);
        if (factor < 0)
            return std::nullopt;
        total += *number * factor;
        previousFactor = factor;
        pos = m.capturedEnd();
        ++parts;
    }
    if (parts == 0)
        return std::nullopt;
    return sign * total;
}

QString DurationText::format(double minutes)
{
    if (!std::isfinite(minutes))
        return QStringLiteral("–");
    const bool negative = minutes < 0;
    double rest = std::abs(minutes);
    QStringList parts;
    if (rest < 1.0 && rest > 0.0) {
        parts.append(tr("%1 s").arg(std::lround(rest * 60.0)));
    } else {
        // Round to whole minutes for display.
        long long total = std::llround(rest);
        const long long days = total / 1440;
        total %= 1440;
        const long long hours = total / 60;
        const long long mins = total % 60;
        if (days > 0)
            parts.append(tr("%1 d").arg(days));
        if (hours > 0)
            parts.append(tr("%1 h").arg(hours));
        if (mins > 0 || parts.isEmpty())
            parts.append(tr("%1 min").arg(mins));
    }
    return (negative ? QStringLiteral("−") : QString()) + parts.join(QLatin1Char(' '));
}

QString DurationText::formatCompact(double minutes)
{
    if (!std::isfinite(minutes))
        return {};
    const double whole = std::round(minutes);
    if (std::abs(minutes - whole) < 1e-9 && std::abs(whole) >= 60.0) {
        const long long total = std::llabs(std::llround(whole));
        const QString sign = whole < 0 ? QStringLiteral("-") : QString();
        const long long h = total / 60;
        const long long m = total % 60;
        QString out = sign + QString::number(h) + QLatin1Char('h');
        if (m != 0)
            out += QString::number(m);
        return out;
    }
    return trimNumber(minutes);
}

Result<QList<Dependency>> DurationText::parseDependencies(QStringView text)
{
    QList<Dependency> out;
    static const QRegularExpression item(
        QStringLiteral("^\\s*([^\\s;,]+)(?:\\s+|(?=[+-]))?(?:(FS|SS|FF|SF|fs|ss|ff|sf)\\b)?\\s*(?:([+-])\\s*(.+?))?\\s*$"));
    const auto pieces = text.split(QRegularExpression(QStringLiteral("[;,]")), Qt::SkipEmptyParts);
    for (QStringView piece : pieces) {
        if (piece.trimmed().isEmpty())
            continue;
        const auto m = item.match(piece);
        if (!m.hasMatch()) {
            return Error{tr("cannot read \"%1\" as a predecessor (expected e.g. \"freeze FS+5m\")").arg(piece.trimmed().toString())};
        }
        Dependency dep;
        dep.task = m.captured(1);
        if (m.hasCaptured(2))
            dep.type = *parseEnum<DependencyType>(m.capturedView(2));
        if (m.hasCaptured(3)) {
            const auto lag = parseMinutes(m.capturedView(4));
            if (!lag) {
                return Error{tr("cannot read \"%1\" as a lag (expected e.g. 5, 5m, 1h30)").arg(m.captured(4))};
            }
            dep.lag = m.capturedView(3) == u"-" ? -*lag : *lag;
        }
        out.append(dep);
    }
    return out;
}

QString DurationText::formatDependencies(const QList<Dependency> &deps)
{
    QStringList parts;
    parts.reserve(deps.size());
    for (const Dependency &d : deps) {
        QString s = d.task;
        if (d.type != DependencyType::FS || d.lag != 0.0)
            s += QLatin1Char(' ') + toString(d.type);
        if (d.lag != 0.0)
            s += (d.lag > 0 ? QStringLiteral("+") : QStringLiteral("-")) + formatCompact(std::abs(d.lag));
        parts.append(s);
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace cutover
