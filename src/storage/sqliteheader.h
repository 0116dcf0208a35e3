// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace cutover {

/**
 * The fixed 100-byte header at the start of every SQLite database file, read with plain file
 * I/O so a file can be classified (not SQLite, not ours, too new, truncated) before SQLite
 * touches it. Field offsets follow the published SQLite file format.
 */
class SqliteHeader
{
public:
    static constexpr int size = 100;

    /** Reads the header of `path`; `readError` is set when the file cannot be read at all. */
    static SqliteHeader read(const QString &path, QString *readError = nullptr);

    bool exists() const { return m_exists; }
    qint64 fileSize() const { return m_fileSize; }
    /** At least 100 bytes that start with "SQLite format 3\0". */
    bool isSqlite() const;
    /** Starts like SQLite but is shorter than the header. */
    bool isTruncatedHeader() const;
    quint32 applicationId() const { return be32(68); }
    quint32 userVersion() const { return be32(60); }
    quint32 pageSize() const;
    /** Pages the database claims to have; 0 when the header's count is not trustworthy. */
    quint32 pageCount() const;
    /** The file format versions (offsets 18, 19) say WAL mode: a "-wal" beside it belongs to it. */
    bool isWalMode() const;

private:
    quint32 be32(int offset) const;

    QByteArray m_bytes;
    qint64 m_fileSize = 0;
    bool m_exists = false;
};

} // namespace cutover
