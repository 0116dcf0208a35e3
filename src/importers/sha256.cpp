// SPDX-License-Identifier: GPL-3.0-or-later
#include "sha256.h"

#include <cstring>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define CUTOVER_SHA_NI 1
#include <cpuid.h>
#include <immintrin.h>
#endif

namespace cutover {

namespace {

constexpr uint32_t kInitial[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

#ifdef CUTOVER_SHA_NI
alignas(16) constexpr uint32_t kRound[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

bool cpuHasShaNi()
{
    unsigned a = 0, b = 0, c = 0, d = 0;
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d))
        return false;
    const bool sha = (b >> 29) & 1;
    if (!__get_cpuid(1, &a, &b, &c, &d))
        return false;
    const bool ssse3 = (c >> 9) & 1, sse41 = (c >> 19) & 1;
    return sha && ssse3 && sse41;
}

/**
 * The compression function on whole 64-byte blocks with the SHA-NI instructions. The state is
 * kept as the two registers the instructions expect: (A,B,E,F) and (C,D,G,H); each
 * sha256rnds2 does two rounds, and sha256msg1/msg2 extend the message schedule four words at a time.
 */
__attribute__((target("sha,sse4.1,ssse3"))) void compressShaNi(uint32_t state[8], const unsigned char *data, qint64 count)
{
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bLL, 0x0405060700010203LL);
    __m128i abcd = _mm_loadu_si128(reinterpret_cast<const __m128i *>(state));     // lanes A B C D
    __m128i efgh = _mm_loadu_si128(reinterpret_cast<const __m128i *>(state + 4)); // lanes E F G H
    // Rearrange to (F,E,B,A) and (H,G,D,C) in lane order 0..3, as sha256rnds2 wants.
    __m128i cdab = _mm_shuffle_epi32(abcd, 0xB1); // B A D C
    efgh = _mm_shuffle_epi32(efgh, 0x1B);         // H G F E
    __m128i s0 = _mm_alignr_epi8(cdab, efgh, 8);  // F E B A
    __m128i s1 = _mm_blend_epi16(efgh, cdab, 0xF0); // H G D C
    for (qint64 n = 0; n < count; ++n, data += 64) {
        const __m128i save0 = s0, save1 = s1;
        __m128i w[4];
        for (int i = 0; i < 4; ++i)
            w[i] = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(data + 16 * i)), byteSwap);
        for (int i = 0; i < 16; ++i) {
            if (i >= 4) {
                // W[t] = s1(W[t-2]) + W[t-7] + s0(W[t-15]) + W[t-16], four words at a time.
                __m128i t = _mm_sha256msg1_epu32(w[i & 3], w[(i + 1) & 3]);          // W[t-16] + s0(W[t-15])
                t = _mm_add_epi32(t, _mm_alignr_epi8(w[(i + 3) & 3], w[(i + 2) & 3], 4)); // + W[t-7]
                w[i & 3] = _mm_sha256msg2_epu32(t, w[(i + 3) & 3]);                   // + s1(W[t-2])
            }
            __m128i k = _mm_add_epi32(w[i & 3], _mm_load_si128(reinterpret_cast<const __m128i *>(kRound + 4 * i)));
            s1 = _mm_sha256rnds2_epu32(s1, s0, k);
            k = _mm_shuffle_epi32(k, 0x0E);
            s0 = _mm_sha256rnds2_epu32(s0, s1, k);
        }
        s0 = _mm_add_epi32(s0, save0);
        s1 = _mm_add_epi32(s1, save1);
    }
    // Back to A B C D / E F G H.
    const __m128i feba = s0, hgdc = s1;
    const __m128i abef = _mm_shuffle_epi32(feba, 0x1B); // A B E F
    const __m128i cdgh = _mm_shuffle_epi32(hgdc, 0x1B); // C D G H
    abcd = _mm_unpacklo_epi64(abef, cdgh);
    efgh = _mm_unpackhi_epi64(abef, cdgh);
    _mm_storeu_si128(reinterpret_cast<__m128i *>(state), abcd);
    _mm_storeu_si128(reinterpret_cast<__m128i *>(state + 4), efgh);
}
#endif

} // namespace

bool Sha256::hardwareAccelerated()
{
#ifdef CUTOVER_SHA_NI
    static const bool has = cpuHasShaNi();
    return has;
#else
    return false;
#endif
}

Sha256::Sha256()
    : m_hardware(hardwareAccelerated())
{
    std::memcpy(m_state, kInitial, sizeof m_state);
}

void Sha256::blocks(const unsigned char *data, qint64 count)
{
#ifdef CUTOVER_SHA_NI
    compressShaNi(m_state, data, count);
#else
    Q_UNUSED(data);
    Q_UNUSED(count);
#endif
}

void Sha256::addData(const char *data, qint64 size)
{
    if (!m_hardware) {
        m_fallback.addData(QByteArrayView(data, size));
        return;
    }
    const auto *p = reinterpret_cast<const unsigned char *>(data);
    m_length += quint64(size);
    if (m_buffered > 0) {
        const qint64 take = std::min<qint64>(64 - m_buffered, size);
        std::memcpy(m_buffer + m_buffered, p, size_t(take));
        m_buffered += int(take);
        p += take;
        size -= take;
        if (m_buffered < 64)
            return;
        blocks(m_buffer, 1);
        m_buffered = 0;
    }
    if (size >= 64) {
        blocks(p, size / 64);
        p += (size / 64) * 64;
        size %= 64;
    }
    std::memcpy(m_buffer, p, size_t(size));
    m_buffered = int(size);
}

QByteArray Sha256::hexResult()
{
    if (!m_hardware)
        return m_fallback.result().toHex();
    // Padding: 0x80, zeros, then the length in bits, big-endian, to a multiple of 64 bytes.
    const quint64 bits = m_length * 8;
    unsigned char tail[128] = {};
    std::memcpy(tail, m_buffer, size_t(m_buffered));
    tail[m_buffered] = 0x80;
    const int total = m_buffered + 1 + 8 <= 64 ? 64 : 128;
    for (int i = 0; i < 8; ++i)
        tail[total - 1 - i] = static_cast<unsigned char>(bits >> (8 * i));
    blocks(tail, total / 64);
    QByteArray digest(32, Qt::Uninitialized);
    for (int i = 0; i < 8; ++i) {
        digest[4 * i] = char(m_state[i] >> 24);
        digest[4 * i + 1] = char(m_state[i] >> 16);
        digest[4 * i + 2] = char(m_state[i] >> 8);
        digest[4 * i + 3] = char(m_state[i]);
    }
    return digest.toHex();
}

} // namespace cutover
