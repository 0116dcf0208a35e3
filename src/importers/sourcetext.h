// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importtypes.h"
#include "model/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>
#include <string_view>

class QIODevice;

namespace cutover {

/**
 * The bytes of one export as UTF-8 (or Windows-1252) text in one contiguous block: a file is
 * memory-mapped (read once, never copied), other devices are read once; UTF-16 is converted.
 * It also computes the file's SHA-256 (in a helper thread for big files), reports progress,
 * checks the cancel flag, and turns a position into "file:line:col" errors.
 */
class SourceText
{
    Q_DECLARE_TR_FUNCTIONS(cutover::SourceText)

public:
    enum class Encoding { Utf8, Utf8Bom, Utf16LE, Utf16BE, Windows1252 };

    SourceText(const SourceText &) = delete;
    SourceText &operator=(const SourceText &) = delete;
    ~SourceText();

    /** Reads `device` (opened for reading). `fileName` names it in errors. */
    static Result<std::unique_ptr<SourceText>> open(QIODevice *device, const QString &fileName,
                                                     const ImportOptions &options);

    const char *begin() const { return m_begin; }
    const char *end() const { return m_end; }
    qsizetype size() const { return m_end - m_begin; }
    std::string_view view() const { return {m_begin, size_t(size())}; }
    /** The first few KB, for format detection. */
    std::string_view sniff() const;

    const QString &fileName() const { return m_fileName; }
    Encoding encoding() const { return m_encoding; }
    qint64 rawSize() const { return m_rawSize; }
    /** Text of a field or key in the file's encoding. */
    QString decode(std::string_view bytes) const;

    /** The SHA-256 of the raw file, hex (waits for the helper thread). */
    QString checksum();

    /** An error at `pos` (a pointer into the text), with 1-based line and column. */
    Error errorAt(const char *pos, const QString &message) const;
    Error errorAt(qsizetype line, qsizetype column, const QString &message) const;
    /** An error about the file as a whole. */
    Error error(const QString &message) const;
    /** 1-based line and character column of `pos`. */
    std::pair<qsizetype, qsizetype> lineColumn(const char *pos) const;

    /**
     * Reports progress up to `pos` (throttled) and checks the cancel flag. Returns false
     * when the import was cancelled.
     */
    bool progress(const char *pos)
    {
        if (pos - m_lastProgress < (qsizetype(1) << 20))
            return true;
        return reportProgress(pos);
    }
    bool reportProgress(const char *pos);
    Error cancelledError() const;
    bool cancelled() const;

private:
    SourceText() = default;
    struct Private;
    std::unique_ptr<Private> d;
    const char *m_begin = nullptr;
    const char *m_end = nullptr;
    const char *m_lastProgress = nullptr;
    QString m_fileName;
    Encoding m_encoding = Encoding::Utf8;
    qint64 m_rawSize = 0;
    ProgressFunction m_progress;
    const std::atomic<bool> *m_cancel = nullptr;
};

/** Windows-1252 bytes to text. */
QString fromWindows1252(std::string_view bytes);

} // namespace cutover
