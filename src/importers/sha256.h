// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCryptographicHash>

#include <cstdint>

namespace cutover {

/**
 * SHA-256 of a file's bytes. Uses the CPU's SHA extensions when present (several times faster
 * than QCryptographicHash, which would otherwise bound the import speed of big files) and
 * QCryptographicHash everywhere else; both give the same digest.
 */
class Sha256
{
public:
    Sha256();
    void addData(const char *data, qint64 size);
    /** The digest as lower-case hex; call once. */
    QByteArray hexResult();
    /** Whether the hardware path is used on this machine. */
    static bool hardwareAccelerated();

private:
    void blocks(const unsigned char *data, qint64 count);

    QCryptographicHash m_fallback{QCryptographicHash::Sha256};
    bool m_hardware;
    uint32_t m_state[8];
    unsigned char m_buffer[64];
    int m_buffered = 0;
    quint64 m_length = 0;
};

} // namespace cutover
