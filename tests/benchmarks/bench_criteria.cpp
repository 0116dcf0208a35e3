// SPDX-License-Identifier: GPL-3.0-or-later
// Criteria evaluation over 10M points (target <= 100 ms). Prints figures; asserts nothing.
#include "criteria/criteriaevaluator.h"

#include <QCoreApplication>

#include <chrono>
#include <cmath>
#include <cstdio>

using namespace cutover;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    MetricSeries s;
    s.name = s.metric = QStringLiteral("lag");
    const qsizetype n = 10'000'000;
    s.times.resize(n);
    s.values.resize(n);
    for (qsizetype i = 0; i < n; ++i) {
        s.times[i] = 1792227600000 + i * 1000 + (i % 97 == 0 ? 5000 : 0) * (i / 97 % 2);
        s.values[i] = (i % 1000 == 999) ? std::numeric_limits<double>::quiet_NaN() : 30.0 + 25.0 * std::sin(double(i) / 5000.0);
    }
    Criterion c;
    c.id = QStringLiteral("lag");
    c.metric = QStringLiteral("lag");
    c.op = CompareOp::Greater;
    c.threshold = 54.0;
    c.forSeconds = 600;
    double best = 1e9;
    CriterionResult r;
    for (int run = 0; run < 5; ++run) {
        const auto start = std::chrono::steady_clock::now();
        r = CriteriaEvaluator::evaluate(c, {s}, {});
        best = std::min(best, std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::printf("criteria   10M points: %.1f ms (best of 5), status %s, worst %.3f\n", best, qPrintable(toString(r.state)),
                r.worst.value_or(NAN));
    return 0;
}
