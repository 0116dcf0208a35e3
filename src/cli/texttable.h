// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>
#include <QTextStream>

namespace cutover::cli {

/** A plain-text table for terminal output: columns padded to their widest cell. */
class TextTable
{
public:
    enum class Align { Left, Right };

    explicit TextTable(QStringList header, QList<Align> align = {});
    void addRow(QStringList cells);
    /** Cells longer than `width` characters in column `column` are cut with an ellipsis. */
    void setMaxWidth(int column, int width);
    /** Whether print() writes the header row (default true). */
    void setShowHeader(bool show) { m_showHeader = show; }
    void print(QTextStream &out, const QString &indent = {}) const;

private:
    QStringList m_header;
    QList<Align> m_align;
    QList<int> m_maxWidth;
    QList<QStringList> m_rows;
    bool m_showHeader = true;
};

} // namespace cutover::cli
