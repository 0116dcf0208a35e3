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

constexpr int kShapes = 256;     // intervals of r in [0, 1]
constexpr int kQuantiles = 512;  // body cells of u; the body is u in [1/32, 31/32]
constexpr int kFirstOctave = 5;  // tails: v = u (or 1 - u) below 2^-5 = 1/32
constexpr int kOctaves = 8;      // tabulated octaves v in [2^-13, 2^-5); below: power law
constexpr int kSteps = 16;       // points per octave, linear in the mantissa
constexpr double kBodyLow = 1.0 / 32, kBodyHigh = 31.0 / 32;

/**
 * Quantiles of one Beta(alpha, beta) shape. The body is tabulated at u = k / kQuantiles.
 * Near u = 0 the quantile behaves like u^(1/alpha) (and 1 - (1-u)^(1/beta) near 1), which
 * no polynomial in u follows; the tails are therefore tabulated per octave of u (the
 * exponent of the double), linearly in the mantissa, where the curve is smooth, and below
 * 2^-13 follow the power law from the last point.
 */
struct Shape
{
    double alpha = 1, beta = 1;
    std::array<float, kQuantiles + 1> body{};
    std::array<std::array<float, kSteps + 1>, kOctaves> low{};  // Q(v), v = 2^-(o+1) (1 + j/S)
    std::array<std::array<float, kSteps + 1>, kOctaves> high{}; // 1 - Q(1 - v)
};

/** Two neighbouring shapes interleaved, so one cache line serves the interpolation in r. */
struct Pair
{
    float a, b;
};
struct Bin
{
    double alpha0 = 1, beta0 = 1, alpha1 = 1, beta1 = 1;
    std::array<Pair, kQuantiles + 1> body{};
    std::array<std::array<Pair, kSteps + 1>, kOctaves> low{};
    std::array<std::array<Pair, kSteps + 1>, kOctaves> high{};
};

/** Incomplete beta integral over [0, x] for x <= 1/2: sum of c_n x^(a+n) / (a+n). */
double lowerIntegral(double a, double b, double x)
{
    double c = 1, sum = 0, power = std::pow(x, a);
    for (int n = 0; n < 200; ++n) {
        const double term = c * power / (a + n);
        sum += term;
        if (std::abs(term) <= 1e-17 * sum)
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

/** Inverse of betaCdf by safeguarded Newton steps, starting from `guess` (or the power law). */
double betaQuantile(double a, double b, double norm, double u, double guess)
{
    if (u <= 0)
        return 0;
    if (guess <= 0)
        guess = std::pow(u * a * norm, 1.0 / a); // F(x) ~ x^a / (a B) near 0
    double lo = 0, hi = 1, x = std::clamp(guess, 1e-300, 1.0 - 1e-16);
    for (int k = 0; k < 100; ++k) {
        const double f = betaCdf(a, b, norm, x) - u;
        if (f == 0)
            return x;
        (f < 0 ? lo : hi) = x;
        const double density = std::pow(x, a - 1) * std::pow(1 - x, b - 1) / norm;
        double next = density > 0 ? x - f / density : 0.5 * (lo + hi);
        if (!(next > lo && next < hi))
            next = 0.5 * (lo + hi);
        if (std::abs(next - x) <= 1e-15 * std::max(x, 1e-300) || hi - lo < 1e-300)
            return next;
        x = next;
    }
    return x;
}

/** v of tail point j of octave index o: 2^-(kFirstOctave + o + 1) * (1 + j / kSteps). */
double tailPoint(int o, int j)
{
    return std::ldexp(1.0 + double(j) / kSteps, -(kFirstOctave + o + 1));
}

/** Shapes Beta(1 + 4r, 5 - 4r), r = i / kShapes, and their pairs, each built on first use. */
class PertTables
{
public:
    static PertTables &instance()
    {
        static PertTables tables;
        return tables;
    }

    const Bin *bin(int i)
    {
        std::call_once(m_binOnce[size_t(i)], [this, i] {
            const Shape &s0 = shape(i), &s1 = shape(i + 1);
            Bin &b = m_bins[size_t(i)];
            b.alpha0 = s0.alpha;
            b.beta0 = s0.beta;
            b.alpha1 = s1.alpha;
            b.beta1 = s1.beta;
            for (size_t k = 0; k <= kQuantiles; ++k)
                b.body[k] = Pair{s0.body[k], s1.body[k]};
            for (size_t o = 0; o < kOctaves; ++o) {
                for (size_t j = 0; j <= kSteps; ++j) {
                    b.low[o][j] = Pair{s0.low[o][j], s1.low[o][j]};
                    b.high[o][j] = Pair{s0.high[o][j], s1.high[o][j]};
                }
            }
        });
        return &m_bins[size_t(i)];
    }

private:
    const Shape &shape(int i)
    {
        std::call_once(m_shapeOnce[size_t(i)], [this, i] { build(i); });
        return m_shapes[size_t(i)];
    }

    void build(int i)
    {
        const double r = double(i) / kShapes;
        const double a = 1.0 + 4.0 * r, b = 5.0 - 4.0 * r;
        const double norm = std::beta(a, b);
        Shape &s = m_shapes[size_t(i)];
        s.alpha = a;
        s.beta = b;
        double x = 0;
        for (int k = 0; k <= kQuantiles; ++k) {
            x = betaQuantile(a, b, norm, double(k) / kQuantiles, x);
            s.body[size_t(k)] = float(x);
        }
        s.body[0] = 0;
        s.body[kQuantiles] = 1;
        for (int o = 0; o < kOctaves; ++o) {
            for (int j = 0; j <= kSteps; ++j) {
                const double v = tailPoint(o, j);
                s.low[size_t(o)][size_t(j)] = float(betaQuantile(a, b, norm, v, 0));
                // 1 - Q(1 - v) is the quantile of the mirrored shape Beta(b, a) at v.
                s.high[size_t(o)][size_t(j)] = float(betaQuantile(b, a, norm, v, 0));
            }
        }
    }

    std::array<Shape, kShapes + 1> m_shapes{};
    std::array<std::once_flag, kShapes + 1> m_shapeOnce;
    std::array<Bin, kShapes> m_bins{};
    std::array<std::once_flag, kShapes> m_binOnce;
};

/** Tail quantile at v < 2^-kFirstOctave of both shapes of a bin, blended with weight w. */
double tailQuantile(const std::array<std::array<Pair, kSteps + 1>, kOctaves> &table, double alpha0, double alpha1,
                    double v, double w)
{
    int e = 0;
    const double m = std::frexp(v, &e); // v = m 2^e, m in [0.5, 1): octave o = -e - kFirstOctave
    const int o = -e - kFirstOctave;
    if (o >= kOctaves) {
        // Deeper than the tables (probability below 2^-13): the power law from the last point.
        const Pair p = table[kOctaves - 1][0];
        const double ratio = v / tailPoint(kOctaves - 1, 0);
        const double x0 = p.a * std::pow(ratio, 1.0 / alpha0);
        return x0 + w * (p.b * std::pow(ratio, 1.0 / alpha1) - x0);
    }
    const double s = (2.0 * m - 1.0) * kSteps;
    const int j = std::min(int(s), kSteps - 1);
    const double f = s - j;
    const Pair p = table[size_t(std::max(o, 0))][size_t(j)], q = table[size_t(std::max(o, 0))][size_t(j) + 1];
    const double x0 = p.a + f * (q.a - p.a);
    const double x1 = p.b + f * (q.b - p.b);
    return x0 + w * (x1 - x0);
}

inline double binQuantile(const Bin &bin, double w, double u)
{
    if (u >= kBodyLow && u <= kBodyHigh) {
        const double t = u * kQuantiles;
        const int k = std::min(int(t), kQuantiles - 1);
        const double f = t - k;
        const Pair p = bin.body[size_t(k)], q = bin.body[size_t(k) + 1];
        const double x0 = p.a + f * (q.a - p.a);
        const double x1 = p.b + f * (q.b - p.b);
        return x0 + w * (x1 - x0);
    }
    if (u < 0.5)
        return tailQuantile(bin.low, bin.alpha0, bin.alpha1, std::max(u, 0x1p-1000), w);
    return 1.0 - tailQuantile(bin.high, bin.beta0, bin.beta1, std::max(1.0 - u, 0x1p-1000), w);
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
    s.m_table = PertTables::instance().bin(i);
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
        // Branch-free so that the loop vectorises: one square root per sample.
        for (int k = 0; k < count; ++k) {
            const double left = u[k] < m_split ? 1.0 : 0.0;
            const double area = left * (u[k] * m_left) + (1.0 - left) * ((1.0 - u[k]) * m_right);
            const double s = std::sqrt(area);
            out[k] = left * (m_low + s) + (1.0 - left) * (m_high - s);
        }
        return;
    case Kind::Pert: {
        const double span = m_high - m_low;
        for (int k = 0; k < count; ++k) {
            const double x = binQuantile(*static_cast<const Bin *>(m_table), m_weight, u[k]);
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
