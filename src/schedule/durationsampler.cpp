// SPDX-License-Identifier: GPL-3.0-or-later
#include "durationsampler.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <memory>
#include <mutex>
#include <vector>

namespace cutover {

namespace {

constexpr int kShapes = 256;    // intervals of r in [0, 1]
constexpr int kQuantiles = 512; // intervals of u in [0, 1]
constexpr int kTail = 16;       // outer cells of u handled by the tail tables
constexpr int kTailPoints = 32; // intervals of each tail table

/**
 * Quantiles of one Beta(alpha, beta) shape. The body is tabulated at u = k / kQuantiles.
 * Near u = 0 the quantile behaves like u^(1/alpha) (and 1 - (1-u)^(1/beta) near 1), which
 * no polynomial in u follows, so the outer kTail cells use their own tables, uniform in
 * w = u^(1/alpha) (resp. (1-u)^(1/beta)), where the curve is smooth. Floats keep every table
 * small enough to stay in cache during a simulation.
 */
struct PertTable
{
    std::array<float, kQuantiles + 1> q{};
    std::array<float, kTailPoints + 1> low{};  // Q at w = j * lowSpan / kTailPoints
    std::array<float, kTailPoints + 1> high{}; // 1 - Q at w' = j * highSpan / kTailPoints
    double alpha = 1, beta = 1, lowSpan = 0, highSpan = 0;
};

/** Incomplete beta integral over [0, x] for x <= 1/2: sum of c_n x^(a+n) / (a+n). */
double lowerIntegral(double a, double b, double x)
{
    double c = 1, sum = 0, power = std::pow(x, a);
    for (int n = 0; n < 200; ++n) {
        const double term = c * power / (a + n);
        sum += term;
        if (std::abs(term) < 1e-17 * sum)
            break;
        c *= (n + 1 - b) / (n + 1);
        power *= x;
    }
    return sum;
}

/** The regularised incomplete beta function I_x(a, b), to about 1e-14. */
double betaCdf(double a, double b, double norm, double x)
{
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    return x <= 0.5 ? lowerIntegral(a, b, x) / norm : 1.0 - lowerIntegral(b, a, 1.0 - x) / norm;
}

/** Inverse of betaCdf by safeguarded Newton steps, starting from `guess`. */
double betaQuantile(double a, double b, double norm, double u, double guess)
{
    double lo = 0, hi = 1, x = std::clamp(guess, 0.0, 1.0);
    for (int k = 0; k < 100; ++k) {
        const double f = betaCdf(a, b, norm, x) - u;
        if (f == 0)
            return x;
        (f < 0 ? lo : hi) = x;
        const double density = std::pow(x, a - 1) * std::pow(1 - x, b - 1) / norm;
        double next = density > 0 ? x - f / density : 0.5 * (lo + hi);
        if (!(next > lo && next < hi))
            next = 0.5 * (lo + hi);
        if (std::abs(next - x) < 1e-15 || hi - lo < 1e-15)
            return next;
        x = next;
    }
    return x;
}

/** Tables of Beta(1 + 4r, 5 - 4r), r = i / kShapes, each built on first use. */
class PertTables
{
public:
    static PertTables &instance()
    {
        static PertTables tables;
        return tables;
    }

    const PertTable *table(int i)
    {
        std::call_once(m_once[size_t(i)], [this, i] { build(i); });
        return &m_tables[size_t(i)];
    }

private:
    void build(int i)
    {
        const double r = double(i) / kShapes;
        const double a = 1.0 + 4.0 * r, b = 5.0 - 4.0 * r;
        const double norm = std::beta(a, b);
        PertTable &t = m_tables[size_t(i)];
        t.alpha = a;
        t.beta = b;
        double x = 0;
        for (int k = 0; k <= kQuantiles; ++k) {
            x = betaQuantile(a, b, norm, double(k) / kQuantiles, x);
            t.q[size_t(k)] = float(x);
        }
        t.q[0] = 0;
        t.q[kQuantiles] = 1;
        const double tail = double(kTail) / kQuantiles;
        t.lowSpan = std::pow(tail, 1.0 / a);
        t.highSpan = std::pow(tail, 1.0 / b);
        x = 0;
        double y = 0;
        for (int j = 0; j <= kTailPoints; ++j) {
            x = betaQuantile(a, b, norm, std::pow(j * t.lowSpan / kTailPoints, a), x);
            t.low[size_t(j)] = float(x);
            // 1 - Q(1 - v) is the quantile of the mirrored shape Beta(b, a) at v.
            y = betaQuantile(b, a, norm, std::pow(j * t.highSpan / kTailPoints, b), y);
            t.high[size_t(j)] = float(y);
        }
    }

    std::array<PertTable, kShapes + 1> m_tables{};
    std::array<std::once_flag, kShapes + 1> m_once;
};

/** Quantile from one table (see PertTable). */
inline double tableQuantile(const PertTable &table, double u)
{
    const double t = u * kQuantiles;
    const int k = int(t);
    if (k < kTail) {
        const double s = std::pow(u, 1.0 / table.alpha) / table.lowSpan * kTailPoints;
        const int j = std::min(int(s), kTailPoints - 1);
        return table.low[size_t(j)] + (s - j) * (table.low[size_t(j) + 1] - table.low[size_t(j)]);
    }
    if (k >= kQuantiles - kTail) {
        const double s = std::pow(std::max(0.0, 1.0 - u), 1.0 / table.beta) / table.highSpan * kTailPoints;
        const int j = std::min(int(s), kTailPoints - 1);
        return 1.0 - (table.high[size_t(j)] + (s - j) * (table.high[size_t(j) + 1] - table.high[size_t(j)]));
    }
    const float *q = table.q.data();
    return q[k] + (t - k) * (q[k + 1] - q[k]);
}

} // namespace

Result<DurationSampler> DurationSampler::forTask(const Task &task, const QString &path)
{
    DurationSampler s;
    const Distribution dist = task.effectiveDistribution();
    s.m_likely = task.kind == TaskKind::Milestone ? 0.0 : task.duration.likely;
    s.m_low = s.m_high = s.m_likely;
    if (!std::isfinite(s.m_likely) || s.m_likely < 0)
        return Error(tr("expected a duration of zero or more minutes, got %1").arg(s.m_likely), {}, 0, 0,
                     path + QLatin1String(".duration.likely"));
    if (dist == Distribution::Fixed)
        return s;
    const double a = task.duration.low(), m = task.duration.likely, b = task.duration.high();
    if (!std::isfinite(a) || !std::isfinite(b) || a < 0 || !(a <= m && m <= b))
        return Error(tr("expected 0 ≤ optimistic ≤ likely ≤ pessimistic, got %1, %2, %3").arg(a).arg(m).arg(b), {}, 0,
                     0, path + QLatin1String(".duration"));
    s.m_low = a;
    s.m_high = b;
    if (b == a)
        return s; // a degenerate three-point estimate is fixed
    if (dist == Distribution::Triangular) {
        s.m_kind = Kind::Triangular;
        s.m_split = (m - a) / (b - a);
        s.m_left = (b - a) * (m - a);
        s.m_right = (b - a) * (b - m);
        return s;
    }
    s.m_kind = Kind::Pert;
    const double r = (m - a) / (b - a) * kShapes;
    const int i = std::min(int(r), kShapes - 1);
    s.m_weight = r - i;
    s.m_table0 = PertTables::instance().table(i);
    s.m_table1 = s.m_weight > 0 ? PertTables::instance().table(i + 1) : s.m_table0;
    return s;
}

double DurationSampler::quantile(double u) const
{
    double out;
    quantiles(&u, &out, 1);
    return out;
}

void DurationSampler::quantiles(const double *u, double *out, int count) const
{
    switch (m_kind) {
    case Kind::Fixed:
        for (int k = 0; k < count; ++k)
            out[k] = m_likely;
        return;
    case Kind::Triangular:
        for (int k = 0; k < count; ++k) {
            const bool left = u[k] < m_split;
            const double s = std::sqrt(left ? u[k] * m_left : (1.0 - u[k]) * m_right);
            out[k] = left ? m_low + s : m_high - s;
        }
        return;
    case Kind::Pert: {
        const double span = m_high - m_low;
        for (int k = 0; k < count; ++k) {
            double x = tableQuantile(*static_cast<const PertTable *>(m_table0), u[k]);
            if (m_weight > 0)
                x += m_weight * (tableQuantile(*static_cast<const PertTable *>(m_table1), u[k]) - x);
            out[k] = m_low + span * x;
        }
        return;
    }
    }
}

double DurationSampler::pertUnitQuantile(double r, double u)
{
    Task t;
    t.duration = Estimate{0.0, r, 1.0};
    t.distribution = Distribution::Pert;
    const Result<DurationSampler> s = forTask(t, QString());
    return s.ok() ? s->quantile(u) : qQNaN();
}

} // namespace cutover
