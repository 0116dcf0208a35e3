// SPDX-License-Identifier: GPL-3.0-or-later
// JsonCursor (the importers' pull parser) against simdjson 3.0 (libsimdjson-dev, Debian 12; not a
// product dependency: this benchmark is built only when CMake finds it), on a generated 100 MB
// Prometheus range-query export: both walk the whole document the way importPrometheus() does
// (every [time, "value"] pair, the value text converted with std::from_chars) over text already
// in memory. For context: the full import (Importer::importFile), and JsonTape vs simdjson's
// DOM on the 20,000-task plan. Prints figures; no assertions.
#include "common/plangenerator.h"
#include "importers/importer.h"
#include "importers/jsoncursor.h"
#include "interchange/planjson.h"
#include "json/jsontape.h"

#include <simdjson.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace cutover;

namespace {

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

/** Minimum and median thread CPU milliseconds of `runs` runs (the machine is shared: CPU, not wall). */
std::pair<double, double> cpuMs(int runs, const std::function<void()> &f)
{
    QList<double> t;
    for (int i = 0; i < runs; ++i) {
        const double c0 = threadCpuMs();
        f();
        t.append(threadCpuMs() - c0);
    }
    std::sort(t.begin(), t.end());
    return {t.first(), t.at(t.size() / 2)};
}

/** The format of tests/data/exports/prometheus-query-range.json, ten series, about `bytes` long. */
QByteArray prometheusExport(qint64 bytes)
{
    const int seriesCount = 10;
    const qint64 perSeries = bytes / seriesCount / 24;
    QByteArray out;
    out.reserve(bytes + 4096);
    out += "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[";
    char point[64];
    for (int s = 0; s < seriesCount; ++s) {
        out += (s ? "," : "") + QByteArray("{\"metric\":{\"__name__\":\"pg_replication_lag_seconds\",\"instance\":\"replica-")
               + QByteArray::number(s) + ":9187\",\"job\":\"postgres\"},\"values\":[";
        for (qint64 i = 0; i < perSeries; ++i) {
            const int n = std::snprintf(point, sizeof point, "%s[%lld,\"%d.%03d\"]", i ? "," : "", 1792227600LL + i * 15,
                                        int(i % 700), int(i * 13 % 1000));
            out.append(point, n);
        }
        out += "]}";
    }
    out += "]}}";
    return out;
}

struct Walk
{
    qint64 points = 0;
    double sum = 0;
    bool ok = true;
};

Walk walkWithCursor(const QByteArray &text)
{
    Walk w;
    JsonCursor c(text.constData(), text.constData() + text.size());
    std::string_view key;
    if (!c.enterObject())
        return {0, 0, false};
    while (c.nextKey(key)) {
        if (key != "data") {
            c.skip();
            continue;
        }
        c.enterObject();
        while (c.nextKey(key)) {
            if (key != "result") {
                c.skip();
                continue;
            }
            c.enterArray();
            while (c.nextElement()) {
                c.enterObject();
                while (c.nextKey(key)) {
                    if (key != "values") {
                        c.skip(); // the labels: the importer reads them, a few per series
                        continue;
                    }
                    c.enterArray();
                    while (c.nextElement()) {
                        double ts = 0, v = 0;
                        bool gap = false;
                        if (!c.enterArray() || !c.nextElement() || !c.readNumber(ts) || !c.nextElement()
                            || !c.readLooseNumber(v, gap) || c.nextElement())
                            break;
                        ++w.points;
                        w.sum += v + ts * 0;
                    }
                }
            }
        }
    }
    w.ok = !c.failed() && c.expectEnd();
    return w;
}

Walk walkWithSimdjson(simdjson::ondemand::parser &parser, const simdjson::padded_string &text)
{
    Walk w;
    auto doc = parser.iterate(text);
    simdjson::ondemand::array result;
    if (doc["data"]["result"].get_array().get(result))
        return {0, 0, false};
    for (auto series : result) {
        simdjson::ondemand::object o;
        if (series.get_object().get(o))
            return {0, 0, false};
        for (auto field : o) {
            std::string_view key;
            if (field.unescaped_key().get(key))
                return {0, 0, false};
            if (key != "values")
                continue; // skipped by the iterator
            simdjson::ondemand::array values;
            if (field.value().get_array().get(values))
                return {0, 0, false};
            for (auto pair : values) {
                simdjson::ondemand::array p;
                if (pair.get_array().get(p))
                    return {0, 0, false};
                auto it = p.begin();
                double ts = 0;
                if ((*it).get_double().get(ts))
                    return {0, 0, false};
                ++it;
                std::string_view s;
                if ((*it).get_string().get(s))
                    return {0, 0, false};
                double v = 0;
                std::from_chars(s.data(), s.data() + s.size(), v);
                ++w.points;
                w.sum += v + ts * 0;
            }
        }
    }
    return w;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QByteArray text = prometheusExport(105'000'000);
    std::printf("Prometheus export: %.1f MB (simdjson %s, implementation %s)\n", double(text.size()) / 1e6,
                SIMDJSON_STRINGIFY(SIMDJSON_VERSION), simdjson::get_active_implementation()->name().c_str());

    Walk cursor;
    const auto [cursorMin, cursorMedian] = cpuMs(5, [&] { cursor = walkWithCursor(text); });
    std::printf("  JsonCursor walk:         cpu min %.0f / median %.0f ms = %.0f MB/s; %lld points%s\n", cursorMin, cursorMedian,
                double(text.size()) / 1e3 / cursorMin, (long long)cursor.points, cursor.ok ? "" : " (FAILED)");

    const simdjson::padded_string padded(text.constData(), size_t(text.size()));
    simdjson::ondemand::parser parser;
    Walk simd;
    const auto [simdMin, simdMedian] = cpuMs(5, [&] { simd = walkWithSimdjson(parser, padded); });
    std::printf("  simdjson on-demand walk: cpu min %.0f / median %.0f ms = %.0f MB/s; %lld points%s\n", simdMin, simdMedian,
                double(text.size()) / 1e3 / simdMin, (long long)simd.points, simd.ok ? "" : " (FAILED)");
    std::printf("  same points and sum: %s\n", cursor.points == simd.points && cursor.sum == simd.sum ? "yes" : "NO");

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("prom.json"));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly)) {
        f.write(text);
        f.close();
        bool imported = true;
        const auto [importMin, importMedian] = cpuMs(3, [&] { imported = Importer::importFile(path).ok() && imported; });
        std::printf("  full import (JsonCursor + series building): cpu min %.0f / median %.0f ms%s\n", importMin, importMedian,
                    imported ? "" : " (FAILED)");
    }

    // The plan reader's parser on the 20,000-task plan, against simdjson's DOM (parse only).
    PlanGeneratorOptions options;
    options.tasks = 20000;
    const QByteArray plan = PlanJson::serialize(generatePlan(options));
    JsonTape tape;
    bool tapeOk = true;
    const auto [tapeMin, tapeMedian] = cpuMs(9, [&] { tapeOk = tape.parse(plan) && tapeOk; });
    const simdjson::padded_string paddedPlan(plan.constData(), size_t(plan.size()));
    simdjson::dom::parser dom;
    bool domOk = true;
    const auto [domMin, domMedian] = cpuMs(9, [&] { domOk = dom.parse(paddedPlan).error() == simdjson::SUCCESS && domOk; });
    std::printf("20,000-task plan: %.1f MB\n  JsonTape::parse: cpu min %.1f / median %.1f ms%s\n  simdjson DOM parse: cpu min %.1f / median %.1f ms%s\n",
                double(plan.size()) / 1e6, tapeMin, tapeMedian, tapeOk ? "" : " (FAILED)", domMin, domMedian, domOk ? "" : " (FAILED)");
    return cursor.ok && simd.ok ? 0 : 1;
}
