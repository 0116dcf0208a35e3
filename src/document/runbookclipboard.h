// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"
#include "model/result.h"

#include <QCoreApplication>

namespace cutover {

/**
 * Runbook rows as tab-separated text, the form Excel and LibreOffice Calc put on the
 * clipboard (cells with tabs, line breaks or quotes are quoted, "" inside quotes).
 *
 * Copy writes a header line of column titles, then one line per task. Paste reads either
 * - text whose first line names columns (ID, Name, Owner, Likely, Predecessors, ... in the UI
 *   language or English, or the JSON keys): each further line becomes a NEW task inserted
 *   below the current row; IDs already in use get a suffix and links inside the pasted block
 *   follow them; marks stay with the tasks that have them (each is on one task); or
 * - plain cells: they overwrite the cells from the current one rightwards and downwards.
 * Every cell is checked before anything changes: one bad cell refuses the whole paste with
 * "line 3, Likely: cannot read ...". A successful paste is one undo step.
 */
class RunbookClipboard
{
    Q_DECLARE_TR_FUNCTIONS(RunbookClipboard)
public:
    static QString toTsv(const Plan &plan, const QList<int> &rows, const QList<Document::TaskField> &fields);
    static QList<QStringList> parseTsv(const QString &text);

    /**
     * Pastes `text` at (`row`, `column`), where `column` indexes `fields` (the table's
     * columns). Returns the rows that were inserted or changed.
     */
    static Result<QList<int>> paste(Document &document, int row, int column,
                                    const QList<Document::TaskField> &fields, const QString &text);

private:
    static std::optional<Document::TaskField> fieldForHeader(const QString &header);
    static Result<QList<int>> pasteNewTasks(Document &document, int row, const QList<Document::TaskField> &columns,
                                            const QList<QStringList> &lines);
    static Result<QList<int>> pasteCells(Document &document, int row, int column,
                                         const QList<Document::TaskField> &fields, const QList<QStringList> &lines);
};

} // namespace cutover
