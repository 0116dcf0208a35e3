// SPDX-License-Identifier: GPL-3.0-or-later
#include "finishhistograms.h"

#include "montecarlo.h"

#include <cmath>

namespace cutover {

void FinishHistograms::bounds(const CompiledGraph &g, const std::vector<DurationSampler> &samplers,
                              std::vector<double> &efLo, std::vector<double> &efHi)
{
    const size_t n = size_t(g.size);
    std::vector<double> esLo(n), esHi(n), dLo(n), dHi(n);
    efLo.assign(n, 0.0);
    efHi.assign(n, 0.0);
    for (size_t pos = 0; pos < n; ++pos) {
        const DurationSampler &s = samplers[pos];
        // The forward pass uses the compiled likely duration for fixed tasks.
        dLo[pos] = s.isFixed() ? g.likely[pos] : s.low();
        dHi[pos] = s.isFixed() ? g.likely[pos] : s.high();
        double lo = g.earliest[pos], hi = g.earliest[pos];
        // Same operation order as the forward pass, so rounding cannot step outside.
        for (int e = g.predBegin[pos]; e < g.predBegin[pos + 1]; ++e) {
            const size_t q = size_t(g.predPos[size_t(e)]);
            const double lag = g.predLag[size_t(e)];
            switch (g.predType[size_t(e)]) {
            case CompiledGraph::FS:
                lo = std::max(lo, esLo[q] + dLo[q] + lag);
                hi = std::max(hi, esHi[q] + dHi[q] + lag);
                break;
            case CompiledGraph::SS:
                lo = std::max(lo, esLo[q] + lag);
                hi = std::max(hi, esHi[q] + lag);
                break;
            case CompiledGraph::FF:
                lo = std::max(lo, esLo[q] + dLo[q] + lag - dHi[pos]);
                hi = std::max(hi, esHi[q] + dHi[q] + lag - dLo[pos]);
                break;
            default: // SF
                lo = std::max(lo, esLo[q] + lag - dHi[pos]);
                hi = std::max(hi, esHi[q] + lag - dLo[pos]);
                break;
            }
        }
        esLo[pos] = lo;
        esHi[pos] = hi;
        efLo[pos] = lo + dLo[pos];
        efHi[pos] = hi + dHi[pos];
    }
}

FinishHistograms::FinishHistograms(const CompiledGraph &graph, const std::vector<DurationSampler> &samplers, int bins,
                                   const std::vector<double> &pilotMin, const std::vector<double> &pilotMax)
    : m_bins(std::max(1, bins))
{
    std::vector<double> lo, hi;
    bounds(graph, samplers, lo, hi);
    const bool pilot = pilotMin.size() == lo.size() && pilotMax.size() == lo.size();
    m_tail = pilot ? m_bins / 16 : 0;
    m_fine = m_bins - 2 * m_tail;
    m_tailLast = std::max(0, m_tail - 1);
    const auto scale = [](int count, double span) { return span > 0 ? count / span : 0.0; };
    m_tasks.resize(lo.size());
    for (size_t pos = 0; pos < lo.size(); ++pos) {
        Layout &t = m_tasks[pos];
        t.lo = lo[pos];
        t.hi = hi[pos];
        t.fineLo = t.lo;
        t.fineHi = t.hi;
        if (m_tail > 0 && pilotMin[pos] <= pilotMax[pos]) {
            const double margin = (pilotMax[pos] - pilotMin[pos]) / 8;
            t.fineLo = std::clamp(pilotMin[pos] - margin, t.lo, t.hi);
            t.fineHi = std::clamp(pilotMax[pos] + margin, t.fineLo, t.hi);
        }
        t.lowScale = scale(m_tail, t.fineLo - t.lo);
        t.fineScale = scale(m_fine, t.fineHi - t.fineLo);
        t.highScale = scale(m_tail, t.hi - t.fineHi);
    }
}

std::pair<double, double> FinishHistograms::bin(int pos, int k) const
{
    const Layout &t = m_tasks[size_t(pos)];
    if (k < m_tail) {
        const double width = (t.fineLo - t.lo) / m_tail;
        return {t.lo + k * width, width};
    }
    k -= m_tail;
    if (k < m_fine) {
        const double width = (t.fineHi - t.fineLo) / m_fine;
        return {t.fineLo + k * width, width};
    }
    k -= m_fine;
    const double width = (t.hi - t.fineHi) / m_tail;
    return {t.fineHi + k * width, width};
}

FinishHistograms::Quantile FinishHistograms::quantile(const quint32 *counts, int pos, double p, quint64 total) const
{
    if (total == 0)
        return {m_tasks[size_t(pos)].lo, 0};
    const auto rank = quint64(MonteCarlo::nearestRank(p, qint64(total)));
    const quint32 *c = counts + size_t(pos) * size_t(m_bins);
    quint64 before = 0;
    int k = 0;
    while (k < m_bins - 1 && before + c[k] < rank)
        before += c[k++];
    const auto [edge, width] = bin(pos, k);
    // The rank's place among the bin's samples, as if they were spread evenly across it.
    const double inside = c[k] > 0 ? (double(rank - before) - 0.5) / double(c[k]) : 0.5;
    return {edge + width * std::clamp(inside, 0.0, 1.0), width};
}

} // namespace cutover
