// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace cutover::random {

/**
 * The Monte Carlo engine's random numbers are counter-based: the uniform variate of task t in
 * iteration k is a pure function of (seed, stream, t, k). No generator state is carried
 * between iterations, so the numbers are the same whatever the thread count, block size or
 * order of evaluation, and any single draw can be recomputed (the sensitivity pass does).
 *
 * The mixing function is the 64-bit finaliser of SplitMix64 (Steele, Lea and Flood, 2014):
 * evaluated on `key + k * golden`, it is exactly SplitMix64 started at `key`, a generator
 * that passes BigCrush. Keys are themselves mixed from the seed, stream and task index.
 */
constexpr quint64 kGolden = 0x9e3779b97f4a7c15ULL;

constexpr quint64 mix64(quint64 z)
{
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

/** The SplitMix64 starting point of one task's stream (stream 0 = runbook, 1 = rollback). */
constexpr quint64 streamKey(quint64 seed, int stream, int task)
{
    return mix64(mix64(seed + kGolden) ^ mix64((quint64(quint32(task)) << 1 | quint64(stream & 1)) + 0x632be59bd9b4e019ULL));
}

/**
 * The uniform variate of iteration `k` in the stream that starts at `key`: one 64-bit output
 * serves two consecutive iterations (the high half for even k, the low half for odd k), so a
 * variate is 32 random bits, centred in its cell: (bits + 0.5) / 2^32, in (0, 1).
 */
constexpr double uniform(quint64 key, quint64 k)
{
    const quint64 bits = mix64(key + (k >> 1) * kGolden);
    return (double((k & 1) ? (bits & 0xffffffffULL) : (bits >> 32)) + 0.5) * 0x1.0p-32;
}

/** uniform(key, k) for the even k = first and k + 1 at once (first must be even). */
inline void uniformPair(quint64 key, quint64 first, double &even, double &odd)
{
    const quint64 bits = mix64(key + (first >> 1) * kGolden);
    even = (double(bits >> 32) + 0.5) * 0x1.0p-32;
    odd = (double(bits & 0xffffffffULL) + 0.5) * 0x1.0p-32;
}

} // namespace cutover::random
