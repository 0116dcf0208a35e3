// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcetext.h"

#include "sha256.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QIODevice>
#include <QStringDecoder>

#include <atomic>
#include <thread>

#ifdef Q_OS_UNIX
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace cutover {

struct SourceText::Private
{
    QByteArray owned;          ///< read or converted bytes, when not mapped
    QFile *mappedFile = nullptr;
    uchar *mapped = nullptr;
    QByteArray raw;            ///< raw bytes when read (not mapped)
    const char *rawBegin = nullptr;
    qint64 rawSize = 0;
    std::thread hasher;
    std::atomic<qint64> hashed{0};   ///< raw bytes hashed so far
    bool releasePages = false;       ///< big mapped file parsed in place: drop pages behind the reader
    const char *released = nullptr;
    QByteArray digest;
    bool digestDone = false;
};

namespace {

constexpr qsizetype kSniffBytes = 8192;
constexpr qint64 kThreadedHashBytes = 4 << 20;
constexpr qint64 kReleasePagesBytes = 64 << 20;
constexpr qint64 kHashChunk = 4 << 20;

bool looksUtf16(std::string_view s, bool &bigEndian)
{
    // Text in UTF-16 without a BOM: ASCII characters leave every other byte zero.
    const size_t n = std::min<size_t>(s.size(), 512) & ~size_t(1);
    if (n < 4)
        return false;
    size_t zeroEven = 0, zeroOdd = 0;
    for (size_t i = 0; i < n; i += 2) {
        zeroEven += s[i] == 0;
        zeroOdd += s[i + 1] == 0;
    }
    const size_t pairs = n / 2;
    if (zeroOdd * 10 >= pairs * 9 && zeroEven * 10 < pairs) {
        bigEndian = false;
        return true;
    }
    if (zeroEven * 10 >= pairs * 9 && zeroOdd * 10 < pairs) {
        bigEndian = true;
        return true;
    }
    return false;
}

bool validUtf8(std::string_view s, bool allowTruncatedTail)
{
    const auto *p = reinterpret_cast<const unsigned char *>(s.data());
    const auto *e = p + s.size();
    while (p < e) {
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int n = 0;
        if ((c & 0xE0) == 0xC0 && c >= 0xC2)
            n = 1;
        else if ((c & 0xF0) == 0xE0)
            n = 2;
        else if ((c & 0xF8) == 0xF0 && c <= 0xF4)
            n = 3;
        else
            return false;
        if (e - p <= n)
            return allowTruncatedTail;
        for (int i = 1; i <= n; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
        }
        p += n + 1;
    }
    return true;
}

/** The first control byte that no text file contains (NUL, and C0 codes other than tab/CR/LF/FF). */
const char *findBinary(std::string_view s)
{
    for (const char &ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
            return &ch;
    }
    return nullptr;
}

} // namespace

QString fromWindows1252(std::string_view bytes)
{
    static const char16_t high[32] = {
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
    QString out(qsizetype(bytes.size()), Qt::Uninitialized);
    QChar *o = out.data();
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        *o++ = (c >= 0x80 && c < 0xA0) ? QChar(high[c - 0x80]) : QChar(char16_t(c));
    }
    return out;
}

SourceText::~SourceText()
{
    if (d && d->hasher.joinable())
        d->hasher.join();
    if (d && d->mappedFile && d->mapped)
        d->mappedFile->unmap(d->mapped);
}

Result<std::unique_ptr<SourceText>> SourceText::open(QIODevice *device, const QString &fileName,
                                                     const ImportOptions &options)
{
    std::unique_ptr<SourceText> s(new SourceText);
    s->d = std::make_unique<Private>();
    s->m_fileName = fileName;
    s->m_progress = options.progress;
    s->m_cancel = options.cancel;
    Private &d = *s->d;

    if (!device || !device->isOpen() || !device->isReadable())
        return Error(tr("cannot read the file"), fileName);

    auto *file = qobject_cast<QFile *>(device);
    if (file && !file->isSequential() && file->size() > 0) {
        d.mapped = file->map(0, file->size());
        if (d.mapped) {
            d.mappedFile = file;
            d.rawBegin = reinterpret_cast<const char *>(d.mapped);
            d.rawSize = file->size();
        }
    }
    if (!d.rawBegin) {
        // Not a mappable file: read it once, in chunks so progress and cancel still work.
        const qint64 total = device->isSequential() ? 0 : device->size();
        if (total > 0)
            d.raw.reserve(total);
        QByteArray chunk;
        while (!device->atEnd()) {
            chunk = device->read(1 << 20);
            if (chunk.isEmpty())
                break;
            d.raw.append(chunk);
            if (s->m_progress)
                s->m_progress(d.raw.size(), qMax<qint64>(total, d.raw.size()));
            if (s->cancelled())
                return s->cancelledError();
        }
        d.rawBegin = d.raw.constData();
        d.rawSize = d.raw.size();
    }
    s->m_rawSize = d.rawSize;

    // Hash the raw bytes; for big files on another core while the parser runs.
    const char *hb = d.rawBegin;
    const qint64 hn = d.rawSize;
    auto hash = [&d, hb, hn] {
        Sha256 h;
        for (qint64 at = 0; at < hn; at += kHashChunk) {
            h.addData(hb + at, std::min(kHashChunk, hn - at));
            d.hashed.store(std::min(at + kHashChunk, hn), std::memory_order_release);
        }
        d.digest = h.hexResult();
    };
    if (hn >= kThreadedHashBytes)
        d.hasher = std::thread(hash);
    else
        hash();

    std::string_view raw(d.rawBegin, size_t(d.rawSize));
    if (raw.empty())
        return Error(tr("the file is empty"), fileName);

    bool bigEndian = false;
    const bool bom16le = raw.size() >= 2 && uchar(raw[0]) == 0xFF && uchar(raw[1]) == 0xFE;
    const bool bom16be = raw.size() >= 2 && uchar(raw[0]) == 0xFE && uchar(raw[1]) == 0xFF;
    if (bom16le || bom16be || looksUtf16(raw, bigEndian)) {
        if (bom16le || bom16be)
            bigEndian = bom16be;
        if (raw.size() % 2 != 0)
            return Error(tr("UTF-16 text with an odd number of bytes (the file is truncated)"), fileName);
        QStringDecoder decoder(bigEndian ? QStringDecoder::Utf16BE : QStringDecoder::Utf16LE,
                               QStringDecoder::Flag::Stateless);
        const QString text = decoder(QByteArrayView(raw.data(), qsizetype(raw.size())));
        d.owned = text.toUtf8();
        if (d.owned.startsWith("\xEF\xBB\xBF"))
            d.owned.remove(0, 3);
        s->m_encoding = bigEndian ? Encoding::Utf16BE : Encoding::Utf16LE;
        s->m_begin = d.owned.constData();
        s->m_end = s->m_begin + d.owned.size();
    } else {
        s->m_begin = raw.data();
        s->m_end = raw.data() + raw.size();
        if (raw.size() >= 3 && raw.substr(0, 3) == "\xEF\xBB\xBF") {
            s->m_begin += 3;
            s->m_encoding = Encoding::Utf8Bom;
        }
    }
    s->m_lastProgress = s->m_begin;
    // A big mapped file is read once, front to back: pages that both the parser and the hasher
    // have passed are dropped so that resident memory stays small (they are re-read from the
    // file if an error message needs a line number).
    d.releasePages = d.mappedFile && s->m_begin >= d.rawBegin && s->m_begin <= d.rawBegin + 3 && d.rawSize >= kReleasePagesBytes;
    d.released = d.rawBegin;

    const std::string_view head = s->sniff();
    if (const char *bad = findBinary(head)) {
        const auto [line, col] = s->lineColumn(bad);
        return s->errorAt(line, col, tr("binary data (byte 0x%1), not a text export")
                                         .arg(uint(uchar(*bad)), 2, 16, QLatin1Char('0')));
    }
    if (s->m_encoding == Encoding::Utf8 && !validUtf8(head, head.size() < size_t(s->size())))
        s->m_encoding = Encoding::Windows1252;
    if (s->view().find_first_not_of(" \t\r\n") == std::string_view::npos)
        return Error(tr("the file contains only white space"), fileName);
    return s;
}

std::string_view SourceText::sniff() const
{
    return {m_begin, size_t(std::min<qsizetype>(size(), kSniffBytes))};
}

QString SourceText::decode(std::string_view bytes) const
{
    if (m_encoding == Encoding::Windows1252)
        return fromWindows1252(bytes);
    return QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
}

QString SourceText::checksum()
{
    if (d->hasher.joinable())
        d->hasher.join();
    return QString::fromLatin1(d->digest);
}

std::pair<qsizetype, qsizetype> SourceText::lineColumn(const char *pos) const
{
    pos = std::clamp(pos, m_begin, m_end);
    qsizetype line = 1;
    const char *lineStart = m_begin;
    for (const char *p = m_begin; p < pos; ++p) {
        if (*p == '\n') {
            ++line;
            lineStart = p + 1;
        }
    }
    // Count characters, not bytes: skip UTF-8 continuation bytes.
    qsizetype column = 1;
    for (const char *p = lineStart; p < pos; ++p) {
        if (m_encoding == Encoding::Windows1252 || (uchar(*p) & 0xC0) != 0x80)
            ++column;
    }
    return {line, column};
}

Error SourceText::errorAt(const char *pos, const QString &message) const
{
    const auto [line, column] = lineColumn(pos);
    return errorAt(line, column, message);
}

Error SourceText::errorAt(qsizetype line, qsizetype column, const QString &message) const
{
    return Error(message, m_fileName, int(qMin<qsizetype>(line, INT_MAX)), int(qMin<qsizetype>(column, INT_MAX)));
}

Error SourceText::error(const QString &message) const
{
    return Error(message, m_fileName);
}

bool SourceText::reportProgress(const char *pos)
{
    m_lastProgress = pos;
#ifdef Q_OS_UNIX
    if (d->releasePages) {
        static const qint64 page = sysconf(_SC_PAGESIZE);
        const char *safe = std::min(pos, d->rawBegin + d->hashed.load(std::memory_order_acquire));
        const char *until = d->rawBegin + ((safe - d->rawBegin) / page) * page;
        if (until - d->released >= (16 << 20)) {
            madvise(const_cast<char *>(d->released), size_t(until - d->released), MADV_DONTNEED);
            d->released = until;
        }
    }
#endif
    if (m_progress) {
        // Report in raw-file bytes so callers can compare with the file size.
        const double share = size() > 0 ? double(pos - m_begin) / double(size()) : 1.0;
        m_progress(qint64(share * double(m_rawSize)), m_rawSize);
    }
    return !cancelled();
}

bool SourceText::cancelled() const
{
    return m_cancel && m_cancel->load(std::memory_order_relaxed);
}

Error SourceText::cancelledError() const
{
    return Error(tr("import cancelled"), m_fileName);
}

} // namespace cutover
