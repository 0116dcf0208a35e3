// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzinput.h"

#include "importers/importer.h"

#include <QBuffer>
#include <QTimeZone>

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace cutover {

namespace {

[[noreturn]] void broken(const char *what, const QString &detail)
{
    std::fprintf(stderr, "importer contract broken: %s: %s\n", what, detail.toUtf8().constData());
    std::abort();
}

} // namespace

void fuzzOneInput(const uint8_t *data, size_t size, const QString &format)
{
    QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    ImportOptions options;
    options.format = format;
    options.timeZone = QStringLiteral("Europe/London");
    options.now = QDateTime::fromMSecsSinceEpoch(1792800000000LL, QTimeZone::utc());
    const auto result = Importer::importDevice(&buffer, QStringLiteral("fuzz.csv"), options);
    if (!result) {
        const QString message = result.errorString();
        if (!message.startsWith(QStringLiteral("fuzz.csv")))
            broken("error does not name the file", message);
        if (message.contains(u'\n') || message.contains(u'\r'))
            broken("error is not one line", message);
        if (message.size() > 600)
            broken("error is too long", message.left(200));
        return;
    }
    for (const MetricSeries &s : result->series) {
        if (s.times.size() != s.values.size())
            broken("times and values differ in length", s.name);
        for (qsizetype i = 1; i < s.times.size(); ++i) {
            if (s.times[i] < s.times[i - 1])
                broken("series not sorted", s.name);
        }
    }
    if (result->checksum.size() != 64)
        broken("no checksum", result->format);
}

} // namespace cutover
