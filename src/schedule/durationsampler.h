// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/plan.h"
#include "model/result.h"

#include <QCoreApplication>

namespace cutover {

/**
 * Draws one task's duration by inversion: quantile(u) for a uniform u in [0, 1). Inversion
 * makes the duration a non-decreasing function of u, which the sensitivity analysis relies on
 * (the rank of a duration among its samples is the rank of its u).
 *
 * - fixed: always `likely` (milestones: 0);
 * - triangular(a, m, b): the closed-form inverse CDF;
 * - beta-PERT(a, m, b) with lambda 4: a + (b - a) * X with X ~ Beta(1 + 4r, 5 - 4r),
 *   r = (m - a) / (b - a). The Beta quantile comes from tables of the one-parameter family
 *   (257 values of r, each built on first use by Newton steps on the incomplete beta
 *   series), interpolated linearly in r and in u: 257 points for u in [1/16, 15/16], and in
 *   each outer 1/16 per octave of u (16 points each down to 2^-13, the power law below),
 *   where the quantile's u^(1/alpha) shape is smooth. The error is below 1e-4 of (b - a)
 *   (checked against an independent numerical integration in the tests).
 */
class DurationSampler
{
    Q_DECLARE_TR_FUNCTIONS(DurationSampler)
public:
    DurationSampler() = default;

    /** The sampler of `task`; `path` ("tasks[3]") locates errors (estimates out of order, negative). */
    static Result<DurationSampler> forTask(const Task &task, const QString &path);

    bool isFixed() const { return m_kind == Kind::Fixed; }
    /** The smallest and largest duration quantile() returns (up to rounding; both likely when fixed). */
    double low() const { return m_low; }
    double high() const { return m_high; }
    double quantile(double u) const;
    /** quantile() of `count` variates at once (the Monte Carlo inner loop). */
    void quantiles(const double *u, double *out, int count) const;

    /** Quantile of Beta(1 + 4r, 5 - 4r) on [0, 1] (the PERT shape), as used by the sampler. */
    static double pertUnitQuantile(double r, double u);

private:
    enum class Kind { Fixed, Triangular, Pert };
    Kind m_kind = Kind::Fixed;
    double m_low = 0, m_likely = 0, m_high = 0;
    double m_split = 0, m_left = 0, m_right = 0; // triangular: F(m), (b-a)(m-a), (b-a)(b-m)
    const void *m_table = nullptr;               // PERT: the two quantile tables around r (opaque)
    double m_weight = 0;                         // PERT: weight of the upper table
};

} // namespace cutover
