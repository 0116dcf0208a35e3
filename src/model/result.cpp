// SPDX-License-Identifier: GPL-3.0-or-later
#include "result.h"

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
    return out + message;
}

} // namespace cutover
