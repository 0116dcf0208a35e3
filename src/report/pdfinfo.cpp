// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfinfo.h"

#include <QRegularExpression>

#include <cstdlib>

namespace cutover::report {

namespace {

QByteArray pdfDate(const QDateTime &t)
{
    const QDateTime local = t.isValid() ? t : QDateTime::currentDateTime();
    const int offset = local.offsetFromUtc();
    const int abs = std::abs(offset);
    QByteArray date = "D:" + local.toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1();
    if (offset == 0)
        return date + "Z";
    return date + (offset < 0 ? "-" : "+") + QByteArray::number(abs / 3600).rightJustified(2, '0') + "'"
        + QByteArray::number((abs % 3600) / 60).rightJustified(2, '0') + "'";
}

QByteArray xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

} // namespace

QByteArray PdfInfo::textString(const QString &text)
{
    QByteArray utf16;
    utf16.reserve(2 + text.size() * 2);
    utf16.append(char(0xFE)).append(char(0xFF));
    for (QChar ch : text)
        utf16.append(char(ch.unicode() >> 8)).append(char(ch.unicode() & 0xFF));
    return '<' + utf16.toHex().toUpper() + '>';
}

std::optional<QByteArray> PdfInfo::withInfo(const QByteArray &pdf, const PdfInfoFields &fields, const QDateTime &created,
                                            const QList<std::pair<qint64, QByteArray>> &replaced)
{
    // The last startxref tells where the (classic) xref table of the last revision is.
    const qsizetype sx = pdf.lastIndexOf("startxref");
    if (sx < 0)
        return std::nullopt;
    static const QRegularExpression number(QStringLiteral("^startxref\\s+(\\d+)"));
    const QRegularExpressionMatch m = number.match(QString::fromLatin1(pdf.mid(sx, 40)));
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 prevXref = m.captured(1).toLongLong();
    if (prevXref <= 0 || prevXref >= pdf.size() || !pdf.mid(prevXref, 4).startsWith("xref"))
        return std::nullopt;
    const qsizetype tr = pdf.lastIndexOf("trailer", sx);
    if (tr < 0)
        return std::nullopt;
    const QString trailer = QString::fromLatin1(pdf.mid(tr, sx - tr));
    static const QRegularExpression sizeRe(QStringLiteral("/Size\\s+(\\d+)"));
    static const QRegularExpression rootRe(QStringLiteral("/Root\\s+(\\d+\\s+\\d+)\\s+R"));
    static const QRegularExpression idRe(QStringLiteral("/ID\\s*(\\[[^\\]]*\\])"));
    const QRegularExpressionMatch size = sizeRe.match(trailer);
    const QRegularExpressionMatch root = rootRe.match(trailer);
    if (!size.hasMatch() || !root.hasMatch())
        return std::nullopt;
    const qint64 object = size.captured(1).toLongLong();
    const QRegularExpressionMatch id = idRe.match(trailer);

    QByteArray out = pdf;
    if (!out.endsWith('\n'))
        out.append('\n');
    QList<std::pair<qint64, qint64>> replacedOffsets;
    for (const auto &[number, body] : replaced) {
        if (number <= 0 || number >= object)
            return std::nullopt;
        replacedOffsets.append({ number, out.size() });
        out += QByteArray::number(number) + " 0 obj\n" + body + "\nendobj\n";
    }
    const qint64 objectOffset = out.size();
    out += QByteArray::number(object) + " 0 obj\n<<\n";
    auto field = [&out](const char *key, const QString &value) {
        if (!value.isEmpty())
            out += '/' + QByteArray(key) + ' ' + textString(value) + '\n';
    };
    field("Title", fields.title);
    field("Author", fields.author);
    field("Subject", fields.subject);
    field("Keywords", fields.keywords);
    field("Creator", fields.creator);
    field("Producer", fields.creator);
    out += "/CreationDate (" + pdfDate(created) + ")\n>>\nendobj\n";
    const qint64 xrefOffset = out.size();
    out += "xref\n";
    for (const auto &[number, offset] : replacedOffsets)
        out += QByteArray::number(number) + " 1\n" + QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    out += QByteArray::number(object) + " 1\n" + QByteArray::number(objectOffset).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<<\n/Size " + QByteArray::number(object + 1) + "\n/Root " + root.captured(1).toLatin1() + " R\n/Info "
        + QByteArray::number(object) + " 0 R\n/Prev " + QByteArray::number(prevXref) + '\n';
    if (id.hasMatch())
        out += "/ID " + id.captured(1).toLatin1() + '\n';
    out += ">>\nstartxref\n" + QByteArray::number(xrefOffset) + "\n%%EOF\n";
    return out;
}

QByteArray PdfInfo::xmp(const PdfInfoFields &fields, const QDateTime &created)
{
    const QByteArray date = (created.isValid() ? created : QDateTime::currentDateTime()).toString(Qt::ISODate).toUtf8();
    QByteArray x;
    x += "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n";
    x += "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n";
    x += "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" "
         "xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n";
    x += "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xmlEscaped(fields.title) + "</rdf:li></rdf:Alt></dc:title>\n";
    if (!fields.author.isEmpty())
        x += "<dc:creator><rdf:Seq><rdf:li>" + xmlEscaped(fields.author) + "</rdf:li></rdf:Seq></dc:creator>\n";
    if (!fields.subject.isEmpty())
        x += "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xmlEscaped(fields.subject) + "</rdf:li></rdf:Alt></dc:description>\n";
    if (!fields.keywords.isEmpty())
        x += "<pdf:Keywords>" + xmlEscaped(fields.keywords) + "</pdf:Keywords>\n";
    x += "<pdf:Producer>" + xmlEscaped(fields.creator) + "</pdf:Producer>\n";
    x += "<xmp:CreatorTool>" + xmlEscaped(fields.creator) + "</xmp:CreatorTool>\n";
    x += "<xmp:CreateDate>" + date + "</xmp:CreateDate>\n";
    x += "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
    return x;
}

} // namespace cutover::report
