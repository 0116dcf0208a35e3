// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqliteheader.h"

#include "model/regularfile.h"

#include <QFile>
#include <QFileInfo>

namespace cutover {

namespace {
constexpr char kMagic[] = "SQLite format 3"; // followed by a NUL byte in the file
constexpr int kMagicSize = 16;                 // including that NUL
} // namespace

SqliteHeader SqliteHeader::read(const QString &path, QString *readError)
{
    SqliteHeader header;
    QFile file(path);
    const QFileInfo info(path);
    header.m_exists = info.exists();
    if (!header.m_exists)
        return header;
    // Never open a FIFO (it blocks without a writer) or a device: stat() first.
    if (auto notRegular = notRegularFileError(path)) {
        if (readError)
            *readError = notRegular->message;
        return header;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        if (readError)
            *readError = file.errorString();
        return header;
    }
    header.m_fileSize = file.size();
    header.m_bytes = file.read(size);
    return header;
}

bool SqliteHeader::isSqlite() const
{
    return m_bytes.size() == size && m_bytes.startsWith(QByteArray(kMagic, kMagicSize));
}

bool SqliteHeader::isTruncatedHeader() const
{
    if (m_bytes.size() >= size || m_bytes.isEmpty())
        return false;
    const QByteArray magic(kMagic, kMagicSize);
    return magic.startsWith(m_bytes) || m_bytes.startsWith(magic);
}

quint32 SqliteHeader::pageSize() const
{
    if (!isSqlite())
        return 0;
    const quint32 raw = (quint32(quint8(m_bytes.at(16))) << 8) | quint8(m_bytes.at(17));
    return raw == 1 ? 65536u : raw;
}

quint32 SqliteHeader::pageCount() const
{
    if (!isSqlite())
        return 0;
    // The in-header database size is valid only when "version-valid-for" (offset 92) equals
    // the file change counter (offset 24).
    if (be32(92) != be32(24))
        return 0;
    return be32(28);
}

bool SqliteHeader::isWalMode() const
{
    return isSqlite() && (m_bytes.at(18) == 2 || m_bytes.at(19) == 2);
}

quint32 SqliteHeader::be32(int offset) const
{
    if (m_bytes.size() < offset + 4)
        return 0;
    return (quint32(quint8(m_bytes.at(offset))) << 24) | (quint32(quint8(m_bytes.at(offset + 1))) << 16)
        | (quint32(quint8(m_bytes.at(offset + 2))) << 8) | quint32(quint8(m_bytes.at(offset + 3)));
}

} // namespace cutover
