// SPDX-License-Identifier: GPL-3.0-or-later
#include "planfile.h"

#include "planreader.h"
#include "planlock.h"
#include "planschema.h"
#include "planwritelock.h"
#include "planwriter.h"
#include "sqliteconnection.h"
#include "sqliteheader.h"
#include "model/regularfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

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
    if (auto notRegular = notRegularFileError(path))
        return *notRegular;
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

/** fsyncs the temporary through the descriptor this save created it with. */
bool syncFile(int fd)
{
    return ::fsync(fd) == 0;
}

void syncDirectory(const QString &dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        (void)::fsync(fd);
        ::close(fd);
    }
}

/** Atomically replaces `target` with `source` (same directory). */
bool replaceFile(const QString &source, const QString &target, QString *error)
{
    if (std::rename(QFile::encodeName(source).constData(), QFile::encodeName(target).constData()) == 0)
        return true;
    *error = QString::fromLocal8Bit(std::strerror(errno));
    return false;
}

/** Whether `path` still names the file open as `fd` (nobody replaced our temporary). */
bool isSameFile(int fd, const QString &path)
{
    struct stat open {};
    struct stat named {};
    return ::fstat(fd, &open) == 0 && ::lstat(QFile::encodeName(path).constData(), &named) == 0
        && open.st_dev == named.st_dev && open.st_ino == named.st_ino;
}

/** This save's own temporary: created exclusively (O_EXCL), so it is never another one's. */
class Temporary
{
public:
    Temporary() = default;
    ~Temporary()
    {
        if (m_fd >= 0) {
            if (!m_kept && isSameFile(m_fd, m_path)) {
                QFile::remove(m_path);
                QFile::remove(m_path + "-journal"_L1);
            }
            ::close(m_fd);
        }
    }
    Temporary(const Temporary &) = delete;
    Temporary &operator=(const Temporary &) = delete;

    bool create(const QDir &dir, const QString &fileName)
    {
        for (int attempt = 0; attempt < 16; ++attempt) {
            const QString name = QLatin1Char('.') + fileName + QLatin1Char('.')
                + QString::number(QRandomGenerator::global()->generate64(), 16) + PlanFile::temporarySuffix();
            m_path = dir.filePath(name);
            m_fd = ::open(QFile::encodeName(m_path).constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
            if (m_fd >= 0)
                return true;
            if (errno != EEXIST)
                return false;
        }
        return false;
    }
    QString path() const { return m_path; }
    int fd() const { return m_fd; }
    void keep() { m_kept = true; }

private:
    QString m_path;
    int m_fd = -1;
    bool m_kept = false;
};

/** Removes what interrupted saves of `fileName` left in `dir`. Only called with the plan's
    write lock held: every live writer of this plan removes its temporary before it releases
    the lock, so what is there now was left by a writer that died. */
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
        Result<Plan> plan = [&]() -> Result<Plan> {
            if (Status s = connection.open(path, SqliteConnection::Mode::ReadOnly); !s)
                return fileError(path, tr("cannot open the plan: %1").arg(s.error().message));
            return readFrom(connection, version.value(), path);
        }();
        if (!plan && SaveTarget::hasSideFiles(path)) {
            // SQLite cannot roll back a journal (or recover a log) through a read-only open.
            return fileError(path, tr("cannot read the plan while %1, left by another program's interrupted write, "
                                      "lies beside it; opening the plan for writing (import, the desktop) recovers it")
                                       .arg(SaveTarget::sideFileName(path)));
        }
        return plan;
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

namespace {

/** One save of one plan: the real file, the write lock, and the checks made under it. */
class LockedSave
{
public:
    LockedSave(const QString &shownPath, const SaveOptions &options, SaveFailure *failure)
        : m_shown(shownPath), m_options(options), m_failure(failure)
    {
        if (m_failure)
            *m_failure = SaveFailure::None;
    }

    /** Resolves the target, makes the checks that need no lock, takes the lock, then the rest. */
    Status begin()
    {
        Result<QString> real = SaveTarget::resolveLinks(m_shown);
        if (!real)
            return fail(real.error());
        m_real = real.value();
        if (Status s = SaveTarget::checkWritable(m_real, m_shown); !s)
            return fail(s.error());
        if (Status s = m_lock.acquire(m_real, m_shown, m_options.lockTimeout, m_options.onWait); !s)
            return fail(s.error());
        if (m_options.refuseWhenOpenElsewhere) {
            const QString holder = PlanLock::holderElsewhere(m_real);
            if (!holder.isEmpty()) {
                return fail(Error(PlanFile::tr("is open in %1; close it there (or make the change in the desktop) and try again; "
                                               "the plan was not changed")
                                      .arg(holder),
                                  m_shown),
                            SaveFailure::OpenElsewhere);
            }
        }
        if (m_options.expected && FileStamp::of(m_real) != *m_options.expected) {
            return fail(Error(PlanFile::tr("was changed on disk by another program since it was opened; it was left unchanged"),
                              m_shown),
                        SaveFailure::ChangedOnDisk);
        }
        const QFileInfo info(m_real);
        if (m_options.createOnly && (info.exists() || info.isSymLink()))
            return fail(Error(PlanFile::tr("already exists; use --force to replace it"), m_shown));
        if (info.exists() && info.size() > 0 && !PlanFile::isPlanFile(m_real))
            return fail(Error(PlanFile::tr("exists and is not a Cutover plan; it was left unchanged"), m_shown));
        if (Status s = SaveTarget::settleSideFiles(m_real, m_shown); !s)
            return fail(s.error());
        return Ok{};
    }

    QString realPath() const { return m_real; }

    /** Builds, syncs and renames the new file; the lock is held. */
    Result<FileStamp> writePlan(const Plan &plan)
    {
        for (const MetricSeries &s : plan.series) {
            if (s.times.size() != s.values.size())
                return fail(Error(PlanFile::tr("cannot save: series %1 has %2 times but %3 values")
                                      .arg(s.id).arg(s.times.size()).arg(s.values.size()),
                                  m_shown));
        }
        const QFileInfo info(m_real);
        const QDir dir = info.absoluteDir();
        removeStrayTemporaries(dir, info.fileName());
        Temporary temp;
        if (!temp.create(dir, info.fileName()))
            return fail(Error(PlanFile::tr("cannot save: cannot create a file in %1: %2")
                                  .arg(QDir::toNativeSeparators(dir.path()), QString::fromLocal8Bit(std::strerror(errno))),
                              m_shown));
        if (Status s = buildFile(plan, temp.path()); !s)
            return fail(Error(PlanFile::tr("cannot save: %1").arg(s.error().message), m_shown));
        if (!isSameFile(temp.fd(), temp.path()))
            return fail(Error(PlanFile::tr("cannot save: the new file was replaced by another program"), m_shown));
        if (info.exists()) {
            if (Status s = SaveTarget::copyOwnerAndMode(temp.fd(), m_real, m_shown); !s)
                return fail(s.error());
        }
        if (!syncFile(temp.fd()))
            return fail(Error(PlanFile::tr("cannot save: the new file could not be flushed to disk"), m_shown));
        QString renameError;
        if (!replaceFile(temp.path(), m_real, &renameError))
            return fail(Error(PlanFile::tr("cannot save: %1").arg(renameError), m_shown));
        temp.keep();
        syncDirectory(dir.absolutePath());
        return FileStamp::of(m_real);
    }

private:
    Error fail(Error error, SaveFailure why = SaveFailure::Other)
    {
        if (m_failure)
            *m_failure = why;
        return error;
    }

    QString m_shown;
    QString m_real;
    const SaveOptions &m_options;
    SaveFailure *m_failure;
    PlanWriteLock m_lock;
};

} // namespace

Result<FileStamp> PlanFile::save(const Plan &plan, const QString &path, const SaveOptions &options, SaveFailure *failure)
{
    LockedSave save(path, options, failure);
    if (Status s = save.begin(); !s)
        return s.error();
    return save.writePlan(plan);
}

Status PlanFile::write(const Plan &plan, const QString &path)
{
    const Result<FileStamp> saved = save(plan, path);
    if (!saved)
        return saved.error();
    return Ok{};
}

Status PlanFile::recoverSideFiles(const QString &path)
{
    LockedSave save(path, SaveOptions{}, nullptr);
    return save.begin();
}

// PlanFile::mergeImported: importmerge.cpp

Status PlanFile::addImported(const QString &path, const QList<MetricSeries> &series,
                             const QList<ValidationResult> &validation, const SaveOptions &options,
                             QSet<QString> *previousChecksums, SaveFailure *failure)
{
    if (!isPlanFile(path)) {
        // The same refusals as read(), before anything is locked or created beside the file.
        Result<Plan> plan = read(path);
        if (!plan)
            return plan.error();
    }
    LockedSave save(path, options, failure);
    if (Status s = save.begin(); !s)
        return s.error();
    // Read again under the lock: what another writer saved since the caller looked is kept.
    Result<Plan> plan = read(save.realPath());
    if (!plan) {
        Error e = plan.error();
        e.file = path;
        return e;
    }
    if (previousChecksums) {
        previousChecksums->clear();
        for (const MetricSeries &s : std::as_const(plan->series))
            previousChecksums->insert(s.sourceChecksum);
        for (const ValidationResult &v : std::as_const(plan->validation))
            previousChecksums->insert(v.sourceChecksum);
    }
    if (Status s = mergeImported(&plan.value(), series, validation); !s)
        return fileError(path, tr("cannot import: %1").arg(s.error().message));
    const Result<FileStamp> written = save.writePlan(plan.value());
    if (!written)
        return written.error();
    return Ok{};
}

Status PlanFile::update(const QString &path, const std::function<Status(Plan *)> &change, const SaveOptions &options,
                        SaveFailure *failure)
{
    if (!isPlanFile(path)) {
        Result<Plan> plan = read(path);
        if (!plan)
            return plan.error();
    }
    LockedSave save(path, options, failure);
    if (Status s = save.begin(); !s)
        return s.error();
    // Read again under the lock: what another writer saved since the caller looked is kept.
    Result<Plan> plan = read(save.realPath());
    if (!plan) {
        Error e = plan.error();
        e.file = path;
        return e;
    }
    if (Status s = change(&plan.value()); !s)
        return s;
    const Result<FileStamp> written = save.writePlan(plan.value());
    if (!written)
        return written.error();
    return Ok{};
}

bool PlanFile::isPlanFile(const QString &path)
{
    const SqliteHeader header = SqliteHeader::read(path);
    return header.isSqlite() && header.applicationId() == PlanSchema::applicationId;
}

} // namespace cutover
