// SPDX-License-Identifier: GPL-3.0-or-later
#include "texttable.h"

#include <algorithm>

namespace cutover::cli {

TextTable::TextTable(QStringList header, QList<Align> align)
    : m_header(std::move(header))
    , m_align(std::move(align))
{
    m_align.resize(m_header.size(), Align::Left);
    m_maxWidth.fill(-1, m_header.size());
}

void TextTable::addRow(QStringList cells)
{
    cells.resize(m_header.size());
    m_rows.append(std::move(cells));
}

void TextTable::setMaxWidth(int column, int width)
{
    m_maxWidth[column] = width;
}

void TextTable::print(QTextStream &out, const QString &indent) const
{
    const qsizetype columns = m_header.size();
    const auto cell = [&](const QStringList &row, qsizetype c) {
        const QString &text = row.at(c);
        const int max = m_maxWidth.at(c);
        return max > 1 && text.size() > max ? text.left(max - 1) + QStringLiteral("…") : text;
    };
    QList<qsizetype> width(columns, 0);
    for (qsizetype c = 0; c < columns; ++c) {
        width[c] = m_showHeader ? cell(m_header, c).size() : 0;
        for (const QStringList &row : m_rows)
            width[c] = std::max(width[c], cell(row, c).size());
    }
    const auto line = [&](const QStringList &row) {
        QString text = indent;
        for (qsizetype c = 0; c < columns; ++c) {
            const QString value = cell(row, c);
            const QString padding(width[c] - value.size(), QLatin1Char(' '));
            text += m_align.at(c) == Align::Right ? padding + value : value + padding;
            if (c + 1 < columns)
                text += QStringLiteral("  ");
        }
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        out << text << '\n';
    };
    if (m_showHeader)
        line(m_header);
    for (const QStringList &row : m_rows)
        line(row);
}

} // namespace cutover::cli
