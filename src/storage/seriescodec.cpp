// SPDX-License-Identifier: GPL-3.0-or-later
#include "seriescodec.h"

#include <QtEndian>

#include <cstring>

namespace cutover {

namespace {

template<typename T>
QByteArray encode(const T *data, qsizetype count)
{
    static_assert(sizeof(T) == 8);
    QByteArray blob(count * qsizetype(sizeof(T)), Qt::Uninitialized);
    if constexpr (QSysInfo::ByteOrder == QSysInfo::LittleEndian) {
        if (count > 0)
            std::memcpy(blob.data(), data, size_t(blob.size()));
    } else {
        for (qsizetype i = 0; i < count; ++i) {
            quint64 word;
            std::memcpy(&word, data + i, sizeof word);
            qToLittleEndian(word, blob.data() + i * 8);
        }
    }
    return blob;
}

template<typename T>
bool decode(const QByteArray &blob, qsizetype count, QList<T> *out)
{
    if (blob.size() != count * qsizetype(sizeof(T)))
        return false;
    const qsizetype first = out->size();
    out->resize(first + count);
    T *target = out->data() + first;
    if constexpr (QSysInfo::ByteOrder == QSysInfo::LittleEndian) {
        if (count > 0)
            std::memcpy(target, blob.constData(), size_t(blob.size()));
    } else {
        for (qsizetype i = 0; i < count; ++i) {
            const quint64 word = qFromLittleEndian<quint64>(blob.constData() + i * 8);
            std::memcpy(target + i, &word, sizeof word);
        }
    }
    return true;
}

// Word-wise multiply-xor hash with a final avalanche (splitmix64 finaliser).
quint64 mix(quint64 h, const QByteArray &bytes)
{
    const char *p = bytes.constData();
    const qsizetype words = bytes.size() / 8;
    for (qsizetype i = 0; i < words; ++i) {
        const quint64 w = qFromLittleEndian<quint64>(p + i * 8);
        h = (h ^ w) * 0x9E3779B97F4A7C15ull;
        h ^= h >> 29;
    }
    for (qsizetype i = words * 8; i < bytes.size(); ++i)
        h = (h ^ quint8(p[i])) * 0x100000001B3ull;
    return h ^ quint64(bytes.size());
}

} // namespace

QByteArray SeriesCodec::encodeTimes(const qint64 *times, qsizetype count)
{
    return encode(times, count);
}

QByteArray SeriesCodec::encodeValues(const double *values, qsizetype count)
{
    return encode(values, count);
}

bool SeriesCodec::decodeTimes(const QByteArray &blob, qsizetype count, QList<qint64> *out)
{
    return decode(blob, count, out);
}

bool SeriesCodec::decodeValues(const QByteArray &blob, qsizetype count, QList<double> *out)
{
    return decode(blob, count, out);
}

qint64 SeriesCodec::hash(const QByteArray &times, const QByteArray &values)
{
    quint64 h = mix(0xCB5F3A1D2E4C6B70ull, times);
    h = mix(h, values);
    h ^= h >> 30;
    h *= 0xBF58476D1CE4E5B9ull;
    h ^= h >> 27;
    h *= 0x94D049BB133111EBull;
    h ^= h >> 31;
    return qint64(h);
}

} // namespace cutover
