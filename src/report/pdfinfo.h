// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace cutover::report {

/** The PDF document information fields the report sets. */
struct PdfInfoFields
{
    QString title;
    QString author;
    QString subject;
    QString creator;
    QString keywords;
};

/**
 * Qt 6.4's QPdfWriter sets only Title and Creator in the document information dictionary (and
 * an XMP packet). Author and Subject, which pdfinfo, file managers and document systems show,
 * are added here by a standard incremental update: a new information dictionary object, an
 * xref section for it and a trailer whose /Prev points at the original xref. The original
 * bytes are left untouched, so the file stays valid for every reader.
 */
class PdfInfo
{
    Q_DECLARE_TR_FUNCTIONS(PdfInfo)
public:
    /**
     * The PDF with `fields` as its information dictionary, or nullopt if `pdf` is not a
     * classic-xref PDF. `replaced` objects (number, body without "N 0 obj"/"endobj") go into
     * the same update, replacing the objects of those numbers (PdfToUnicode's corrections).
     */
    static std::optional<QByteArray> withInfo(const QByteArray &pdf, const PdfInfoFields &fields, const QDateTime &created,
                                              const QList<std::pair<qint64, QByteArray>> &replaced = {});
    /** An XMP packet with the same fields (dc:title, dc:creator, dc:description, pdf:Producer). */
    static QByteArray xmp(const PdfInfoFields &fields, const QDateTime &created);
    /** A PDF text string: UTF-16BE with byte order mark, hex encoded ("<FEFF...>"). */
    static QByteArray textString(const QString &text);
};

} // namespace cutover::report
