// SPDX-License-Identifier: GPL-3.0-or-later
#include "planfile.h"

#include "planreader.h"
#include "planschema.h"
#include "planwriter.h"
#include "sqliteconnection.h"
#include "sqliteheader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>

#include <cerrno>
#include <cstdio>
#include <cstring>

#if defined(Q_OS_WIN)
#include <io.h>
#include <windows.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

static_assert(cutover::PlanFile::schemaVersion == cutover::PlanSchema::currentVersion);

namespace cutover {

using namespace Qt::StringLiterals;

namespace {

Error fileError(const QString &path, const QString &message)
{
    return Error(message, path);
}

/** Classifies `path` from its header alone; returns its schema version when it is a plan. */
Result<int> inspect(const QString &path)
{
    if (QFileInfo(path).isDir())
        return fileError(path, PlanFile::tr("is a folder, not a Cutover plan"));
    QString readError;
    const SqliteHeader header = SqliteHeader::read(path, &readError);
    if (!header.exists())
        return fileError(path, PlanFile::tr("no such file"));
    if (!readError.isEmpty())
        return fileError(path, PlanFile::tr("cannot open the file: %1").arg(readError));
    if (header.fileSize() == 0)
        return fileError(path, PlanFile::tr("the file is empty, not a Cutover plan"));
    if (header.isTruncatedHeader())
        return fileError(path, PlanFile::tr("the file is truncated (only %1 bytes)").arg(header.fileSize()));
    if (!header.isSqlite())
        return fileError(path, PlanFile::tr("not a Cutover plan (not an SQLite database)"));
    if (header.applicationId() != PlanSchema::applicationId)
        return fileError(path, PlanFile::tr("an SQLite database, but not a Cutover plan (application id %1)")
                                   .arg(header.applicationId()));
    const quint32 version = header.userVersion();
    if (version > quint32(PlanSchema::currentVersion))
        return fileError(path, PlanFile::tr("this plan was written by a newer Cutover Planner (schema %1; "
                                            "this version reads up to %2)")
                                   .arg(version)
                                   .arg(PlanSchema::currentVersion));
    if (version == 0)
        return fileError(path, PlanFile::tr("the plan file is incomplete (it has no schema)"));
    const qint64 expected = qint64(header.pageSize()) * header.pageCount();
    if (header.pageCount() > 0 && header.fileSize() < expected)
        return fileError(path, PlanFile::tr("the file is truncated (%1 of %2 bytes)")
                                   .arg(header.fileSize())
                                   .arg(expected));
    return int(version);
}

/** Reads from an open connection inside one read transaction (a consistent snapshot). */
Result<Plan> readFrom(SqliteConnection &connection, int version, const QString &path)
{
    if (Status s = connection.exec(u"BEGIN"_s); !s)
        return fileError(path, PlanFile::tr("cannot read the plan: %1").arg(s.error().message));
    if (version < PlanSchema::currentVersion) {
        if (Status s = PlanSchema::migrate(connection, version); !s)
            return fileError(path, s.error().message);
    }
    Result<Plan> plan = PlanReader::readPlan(connection.db());
    // Nothing was changed in the read-only case; a migrated temporary copy is thrown away.
    (void)connection.exec(u"ROLLBACK"_s);
    if (!plan) {
        Error e = plan.error();
        e.file = path;
        return e;
    }
    return plan;
}

bool syncFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
#if defined(Q_OS_WIN)
    return _commit(file.handle()) == 0;
#else
    return ::fsync(file.handle()) == 0;
#endif
}

void syncDirectory(const QString &dir)
{
#if !defined(Q_OS_WIN)
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        (void)::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(dir);
#endif
}

/** Atomically replaces `target` with `source` (same directory). */
bool replaceFile(const QString &source, const QString &target, QString *error)
{
#if defined(Q_OS_WIN)
    if (MoveFileExW(reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(source).utf16()),
                    reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(target).utf16()),
                    MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        return true;
    *error = PlanFile::tr("cannot replace the file (Windows error %1)").arg(GetLastError());
    return false;
#else
    if (std::rename(QFile::encodeName(source).constData(), QFile::encodeName(target).constData()) == 0)
        return true;
    *error = QString::fromLocal8Bit(std::strerror(errno));
    return false;
#endif
}

void removeTemporary(const QString &temp)
{
    QFile::remove(temp);
    QFile::remove(temp + "-journal"_L1);
}

/** Removes what an interrupted save of `fileName` left in `dir`. */
void removeStrayTemporaries(const QDir &dir, const QString &fileName)
{
    const QString prefix = QLatin1Char('.') + fileName + QLatin1Char('.');
    const QStringList entries = dir.entryList({u"*"_s + PlanFile::temporarySuffix() + u"*"_s},
                                              QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &entry : entries) {
        if (entry.startsWith(prefix))
            QFile::remove(dir.filePath(entry));
    }
}

/** Builds the complete new file at `temp`. */
Status buildFile(const Plan &plan, const QString &temp)
{
    SqliteConnection connection;
    if (Status s = connection.open(temp, SqliteConnection::Mode::ReadWrite); !s)
        return s;
    // A private, throw-away file: no journal and no syncs while building; the finished file is
    // synced once before it is renamed into place.
    for (const QString &pragma : {u"PRAGMA journal_mode = OFF"_s, u"PRAGMA synchronous = OFF"_s,
                                  u"PRAGMA locking_mode = EXCLUSIVE"_s, u"PRAGMA foreign_keys = ON"_s,
                                  u"PRAGMA cache_size = -32768"_s}) {
        if (Status s = connection.exec(pragma); !s)
            return s;
    }
    if (Status s = connection.exec(u"BEGIN"_s); !s)
        return s;
    if (Status s = connection.exec(u"PRAGMA application_id = %1"_s.arg(PlanSchema::applicationId)); !s)
        return s;
    if (Status s = PlanSchema::migrate(connection, 0); !s)
        return s;
    if (Status s = PlanWriter::insertPlan(connection.db(), plan); !s)
        return s;
    return connection.exec(u"COMMIT"_s);
}

} // namespace

QString PlanFile::temporarySuffix()
{
    return u".saving"_s;
}

Result<Plan> PlanFile::read(const QString &path)
{
    const Result<int> version = inspect(path);
    if (!version)
        return version.error();

    if (version.value() == PlanSchema::currentVersion) {
        SqliteConnection connection;
        if (Status s = connection.open(path, SqliteConnection::Mode::ReadOnly); !s)
            return fileError(path, tr("cannot open the plan: %1").arg(s.error().message));
        return readFrom(connection, version.value(), path);
    }

    // An older schema: upgrade a private copy, so the user's file stays as it is.
    QTemporaryDir scratch;
    const QString copy = scratch.filePath(u"upgrade.cutover"_s);
    if (!scratch.isValid() || !QFile::copy(path, copy))
        return fileError(path, tr("cannot make a copy to upgrade schema %1").arg(version.value()));
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    SqliteConnection connection;
    if (Status s = connection.open(copy, SqliteConnection::Mode::ReadWrite); !s)
        return fileError(path, tr("cannot open the plan: %1").arg(s.error().message));
    return readFrom(connection, version.value(), path);
}

Status PlanFile::write(const Plan &plan, const QString &path)
{
    QString target = path;
    const QFileInfo given(path);
    if (given.isSymLink())
        target = given.symLinkTarget();
    const QFileInfo info(target);
    if (info.isDir())
        return fileError(path, tr("is a folder; cannot save the plan there"));
    if (info.exists() && info.size() > 0 && !isPlanFile(target))
        return fileError(path, tr("exists and is not a Cutover plan; it was left unchanged"));
    const QDir dir = info.absoluteDir();
    if (!dir.exists())
        return fileError(path, tr("cannot save: the folder %1 does not exist")
                                   .arg(QDir::toNativeSeparators(dir.path())));
    for (const MetricSeries &s : plan.series) {
        if (s.times.size() != s.values.size())
            return fileError(path, tr("cannot save: series %1 has %2 times but %3 values")
                                       .arg(s.id).arg(s.times.size()).arg(s.values.size()));
    }

    removeStrayTemporaries(dir, info.fileName());
    const QString temp = dir.filePath(QLatin1Char('.') + info.fileName() + QLatin1Char('.')
                                      + QString::number(QRandomGenerator::global()->generate(), 16)
                                      + temporarySuffix());
    removeTemporary(temp);

    if (Status s = buildFile(plan, temp); !s) {
        removeTemporary(temp);
        return fileError(path, tr("cannot save: %1").arg(s.error().message));
    }
    if (!syncFile(temp)) {
        removeTemporary(temp);
        return fileError(path, tr("cannot save: the new file could not be flushed to disk"));
    }
    if (info.exists())
        QFile::setPermissions(temp, QFile::permissions(target));
    QString renameError;
    if (!replaceFile(temp, target, &renameError)) {
        removeTemporary(temp);
        return fileError(path, tr("cannot save: %1").arg(renameError));
    }
    syncDirectory(dir.absolutePath());
    return Ok{};
}

// PlanFile::mergeImported: importmerge.cpp

Status PlanFile::addImported(const QString &path, const QList<MetricSeries> &series,
                             const QList<ValidationResult> &validation)
{
    Result<Plan> plan = read(path);
    if (!plan)
        return plan.error();
    if (Status s = mergeImported(&plan.value(), series, validation); !s)
        return fileError(path, tr("cannot import: %1").arg(s.error().message));
    return write(plan.value(), path);
}

bool PlanFile::isPlanFile(const QString &path)
{
    const SqliteHeader header = SqliteHeader::read(path);
    return header.isSqlite() && header.applicationId() == PlanSchema::applicationId;
}

} // namespace cutover
