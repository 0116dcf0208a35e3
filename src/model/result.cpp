// SPDX-License-Identifier: GPL-3.0-or-later
#include "result.h"

#include <algorithm>

namespace cutover {

QString Error::toString() const
{
    QString out;
    if (!file.isEmpty()) {
        out = file;
        if (line > 0) {
            out += QLatin1Char(':') + QString::number(line);
            if (column > 0)
                out += QLatin1Char(':') + QString::number(column);
        }
        out += QLatin1String(": ");
    }
    if (!path.isEmpty())
        out += path + QLatin1String(": ");
    out += message;
    // An error is one line, whatever it quotes (an id or a stored text with a line break):
    // control characters are shown escaped.
    const auto isControl = [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; };
    if (std::none_of(out.cbegin(), out.cend(), isControl))
        return out;
    QString oneLine;
    oneLine.reserve(out.size() + 16);
    for (const QChar c : std::as_const(out)) {
        if (isControl(c))
            oneLine += QStringLiteral("\\x%1").arg(int(c.unicode()), 2, 16, QLatin1Char('0'));
        else
            oneLine += c;
    }
    return oneLine;
}

} // namespace cutover
