// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace cutover {

/**
 * One QSqlDatabase connection with a process-wide unique name, closed and removed when this
 * object dies. Use it from the thread that created it only; several threads may each own one.
 * Every QSqlQuery made on db() must be destroyed before this object.
 */
class SqliteConnection
{
    Q_DECLARE_TR_FUNCTIONS(SqliteConnection)
public:
    enum class Mode { ReadOnly, ReadWrite };

    SqliteConnection();
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    /** Opens `path`; ReadOnly never creates, locks for writing or modifies the file.
        `options` are further QSQLITE connect options ("QSQLITE_BUSY_TIMEOUT=1000"). */
    Status open(const QString &path, Mode mode, const QString &options = {});
    QSqlDatabase db() const;

    /** Runs one statement that returns nothing; the error names the statement's purpose. */
    Status exec(const QString &sql);
    /** Returns the first column of the first row of `sql` as an integer. */
    Result<qint64> queryInt(const QString &sql);
    /** Returns the first column of the first row of `sql` as text. */
    Result<QString> queryText(const QString &sql);

private:
    QString m_name;
};

} // namespace cutover
