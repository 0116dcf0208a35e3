// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqliteconnection.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace cutover {

namespace {
QAtomicInteger<quint64> s_connectionCounter;

/** SQLite's own message ("disk I/O error") when there is one, else Qt's whole text; one line
    (a damaged schema is quoted with its line breaks). */
QString describe(const QSqlError &error)
{
    return (error.databaseText().isEmpty() ? error.text() : error.databaseText()).simplified();
}
} // namespace

SqliteConnection::SqliteConnection()
    : m_name(QStringLiteral("cutover-storage-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1)))
{
}

SqliteConnection::~SqliteConnection()
{
    if (!QSqlDatabase::contains(m_name))
        return;
    {
        QSqlDatabase database = QSqlDatabase::database(m_name, false);
        database.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

Status SqliteConnection::open(const QString &path, Mode mode, const QString &options)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return Error(tr("the SQLite driver of Qt (QSQLITE, package libqt6sql6-sqlite) is not installed"));
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    database.setDatabaseName(path);
    QStringList connectOptions;
    if (mode == Mode::ReadOnly)
        connectOptions << QStringLiteral("QSQLITE_OPEN_READONLY");
    if (!options.isEmpty())
        connectOptions << options;
    database.setConnectOptions(connectOptions.join(QLatin1Char(';')));
    if (!database.open())
        return Error(describe(database.lastError()));
    return Ok{};
}

QSqlDatabase SqliteConnection::db() const
{
    return QSqlDatabase::database(m_name, false);
}

Status SqliteConnection::exec(const QString &sql)
{
    QSqlQuery query(db());
    if (!query.exec(sql))
        return Error(describe(query.lastError()));
    return Ok{};
}

Result<qint64> SqliteConnection::queryInt(const QString &sql)
{
    QSqlQuery query(db());
    if (!query.exec(sql))
        return Error(describe(query.lastError()));
    if (!query.next())
        return Error(tr("no result for \"%1\"").arg(sql));
    return query.value(0).toLongLong();
}

Result<QString> SqliteConnection::queryText(const QString &sql)
{
    QSqlQuery query(db());
    if (!query.exec(sql))
        return Error(describe(query.lastError()));
    if (!query.next())
        return Error(tr("no result for \"%1\"").arg(sql));
    return query.value(0).toString();
}

} // namespace cutover
