// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

namespace cutover {

/**
 * The binary form of metric series points in the .cutover file: a series is cut into chunks of
 * at most `chunkPoints` points; each chunk stores its times as little-endian int64 and its
 * values as little-endian IEEE 754 float64 (NaN gaps kept bit for bit), plus a 64-bit hash of
 * both so that a damaged chunk is reported instead of silently read.
 */
class SeriesCodec
{
public:
    static constexpr qsizetype chunkPoints = 65536;

    static QByteArray encodeTimes(const qint64 *times, qsizetype count);
    static QByteArray encodeValues(const double *values, qsizetype count);
    /** Appends the decoded points; false when a blob's size is not `count` eight-byte words. */
    static bool decodeTimes(const QByteArray &blob, qsizetype count, QList<qint64> *out);
    static bool decodeValues(const QByteArray &blob, qsizetype count, QList<double> *out);
    /** Hash of a chunk's two blobs, stored beside them (not cryptographic: detects damage). */
    static qint64 hash(const QByteArray &times, const QByteArray &values);
};

} // namespace cutover
