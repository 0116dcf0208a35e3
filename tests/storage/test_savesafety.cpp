// SPDX-License-Identifier: GPL-3.0-or-later
// The save protocol against what other programs and the file system leave in its way: SQLite
// side files (-wal, -journal, -shm), symbolic link chains, a plan's mode and owner, read-only
// plans and folders. Every refusal is one line naming the path as given and changes nothing.
#include "storage/planfile.h"
#include "storage/planwritelock.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace cutover;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Plan planNamed(const QString &name, int tasks = 3)
{
    Plan plan;
    plan.name = name;
    for (int i = 0; i < tasks; ++i) {
        Task t;
        t.id = QStringLiteral("t%1").arg(i);
        t.name = QStringLiteral("Task %1 of %2").arg(i).arg(name);
        t.duration.likely = 10.0 + i;
        plan.tasks.append(t);
    }
    return plan;
}

MetricSeries oneSeries(const QString &metric)
{
    MetricSeries s;
    s.id = metric;
    s.name = metric;
    s.metric = metric;
    s.sourceChecksum = metric + QStringLiteral("-checksum");
    s.times = {1000, 2000};
    s.values = {1.0, 2.0};
    return s;
}

/** Runs `statements` on `path` through a second SQLite connection (another program), then,
    while that connection is still open, copies the database and its side files to `copyTo`. */
bool copyWhileOpen(const QString &path, const QStringList &statements, const QString &copyTo)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-program"));
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &sql : statements)
            ok = ok && q.exec(sql);
        for (const char *suffix : {"", "-wal", "-journal"}) {
            const QString from = path + QLatin1String(suffix);
            if (QFile::exists(from))
                ok = ok && QFile::copy(from, copyTo + QLatin1String(suffix));
        }
        q.finish();
        if (q.isActive() || db.isOpen())
            (void)QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other-program"));
    return ok;
}

} // namespace

class TestSaveSafety : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void walOfThisPlanIsCheckpointedFirst();
    void walNeverReplayedOntoNewFile();
    void staleWalOfAnotherFileIsRemoved();
    void leftoverJournalIsRolledBack();
    void symlinkChainReachesRealFile();
    void modeAndOwnerKept();
    void readOnlyPlanRefused();
    void readOnlyFolderRefused();
    void strayTemporaryOfLiveWriterUntouched();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSaveSafety::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSaveSafety::walOfThisPlanIsCheckpointedFirst()
{
    // Another SQLite tool switched the plan to WAL mode and renamed it; its change is only in
    // the -wal when it is killed (here: copied while its connection is open).
    const QString original = path("original.cutover");
    const QString plan = path("plan.cutover");
    QVERIFY(PlanFile::write(planNamed("before"), original).ok());
    QVERIFY(copyWhileOpen(original, {"PRAGMA journal_mode=WAL", "UPDATE plan SET name = 'renamed by another tool'"}, plan));
    QVERIFY(QFile::exists(plan + "-wal"));

    const Status imported = PlanFile::addImported(plan, {oneSeries("lag")}, {});
    QVERIFY2(imported.ok(), qPrintable(imported.errorString()));
    QVERIFY(!QFile::exists(plan + "-wal"));
    QVERIFY(!QFile::exists(plan + "-shm"));
    const Result<Plan> read = PlanFile::read(plan);
    QVERIFY2(read.ok(), qPrintable(read.errorString()));
    QCOMPARE(read->name, QStringLiteral("renamed by another tool")); // the tool's change was merged, not lost
    QCOMPARE(read->series.size(), 1);
    QCOMPARE(read->tasks.size(), 3);
}

void TestSaveSafety::walNeverReplayedOntoNewFile()
{
    // The case: a save renames a new file over a plan with a -wal beside it. Before, the
    // next open replayed that log onto the new file ("invalid page numbers").
    const QString original = path("original.cutover");
    const QString plan = path("plan.cutover");
    QVERIFY(PlanFile::write(planNamed("before", 200), original).ok());
    QVERIFY(copyWhileOpen(original, {"PRAGMA journal_mode=WAL", "DELETE FROM tasks WHERE ordinal >= 10", "VACUUM"}, plan));
    QVERIFY(QFile::exists(plan + "-wal"));

    const Plan replacement = planNamed("after", 40);
    QVERIFY(PlanFile::write(replacement, plan).ok());
    QVERIFY(!QFile::exists(plan + "-wal"));
    const Result<Plan> read = PlanFile::read(plan);
    QVERIFY2(read.ok(), qPrintable(read.errorString()));
    QVERIFY(read.value() == replacement);
}

void TestSaveSafety::staleWalOfAnotherFileIsRemoved()
{
    // A -wal beside a plan in rollback-journal mode was made for a file since replaced.
    const QString other = path("other.cutover");
    const QString otherCopy = path("other-copy.cutover");
    const QString plan = path("plan.cutover");
    QVERIFY(PlanFile::write(planNamed("other", 50), other).ok());
    QVERIFY(copyWhileOpen(other, {"PRAGMA journal_mode=WAL", "UPDATE tasks SET name = 'x'"}, otherCopy));
    QVERIFY(PlanFile::write(planNamed("mine"), plan).ok());
    QVERIFY(QFile::copy(otherCopy + "-wal", plan + "-wal"));

    const Status imported = PlanFile::addImported(plan, {oneSeries("lag")}, {});
    QVERIFY2(imported.ok(), qPrintable(imported.errorString()));
    QVERIFY(!QFile::exists(plan + "-wal"));
    const Result<Plan> read = PlanFile::read(plan);
    QVERIFY2(read.ok(), qPrintable(read.errorString()));
    QCOMPARE(read->name, QStringLiteral("mine"));
    QCOMPARE(read->tasks, planNamed("mine").tasks);
    QCOMPARE(read->series.size(), 1);
}

void TestSaveSafety::leftoverJournalIsRolledBack()
{
    // Another program died in the middle of a write transaction: a hot journal is beside the plan.
    const QString original = path("original.cutover");
    const QString plan = path("plan.cutover");
    const Plan committed = planNamed("committed", 400);
    QVERIFY(PlanFile::write(committed, original).ok());
    // A two-page cache makes SQLite spill changed pages into the file mid-transaction, after
    // syncing the journal: that journal is hot and the file half changed.
    QVERIFY(copyWhileOpen(original, {"PRAGMA journal_mode=DELETE", "PRAGMA cache_size=2", "BEGIN",
                                     "UPDATE plan SET name = 'uncommitted'", "UPDATE tasks SET name = name || ' changed'"},
                          plan));
    QVERIFY(QFile::exists(plan + "-journal"));

    // Read-only access cannot roll it back: one clear line, not "attempt to write a readonly database".
    const Result<Plan> blocked = PlanFile::read(plan);
    QVERIFY(!blocked.ok());
    QVERIFY2(blocked.errorString().startsWith(plan + ": cannot read the plan while plan.cutover-journal"),
             qPrintable(blocked.errorString()));
    QVERIFY(!blocked.errorString().contains("readonly database"));

    const Status imported = PlanFile::addImported(plan, {oneSeries("lag")}, {});
    QVERIFY2(imported.ok(), qPrintable(imported.errorString()));
    QVERIFY(!QFile::exists(plan + "-journal"));
    const Result<Plan> read = PlanFile::read(plan);
    QVERIFY2(read.ok(), qPrintable(read.errorString()));
    QCOMPARE(read->name, QStringLiteral("committed"));
    QCOMPARE(read->tasks, committed.tasks); // rolled back to the last commit
    QCOMPARE(read->series.size(), 1);
}

void TestSaveSafety::symlinkChainReachesRealFile()
{
    const QString real = path("real.cutover");
    const QString l1 = path("l1.cutover");
    const QString l2 = path("l2.cutover");
    QVERIFY(PlanFile::write(planNamed("first"), real).ok());
    QVERIFY(QFile::link(real, l1));
    QVERIFY(QFile::link(l1, l2));

    QVERIFY(PlanFile::write(planNamed("through two links"), l2).ok());
    QVERIFY(PlanFile::addImported(l2, {oneSeries("lag")}, {}).ok());
    QVERIFY(QFileInfo(l2).isSymLink());
    QVERIFY(QFileInfo(l1).isSymLink()); // before, l1 was replaced by a file and real.cutover never written
    QCOMPARE(QFile::symLinkTarget(l1), real);
    const Result<Plan> read = PlanFile::read(real);
    QVERIFY(read.ok());
    QCOMPARE(read->name, QStringLiteral("through two links"));
    QCOMPARE(read->series.size(), 1);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden | QDir::System),
             QStringList({"l1.cutover", "l2.cutover", "real.cutover"}));
}

void TestSaveSafety::modeAndOwnerKept()
{
    const QString plan = path("plan.cutover");
    QVERIFY(PlanFile::write(planNamed("first"), plan).ok());
    QVERIFY(::chmod(QFile::encodeName(plan).constData(), 0640) == 0);
    const bool root = ::geteuid() == 0;
    if (root)
        QVERIFY(::chown(QFile::encodeName(plan).constData(), 4321, 4322) == 0);
    struct stat before {};
    QVERIFY(::stat(QFile::encodeName(plan).constData(), &before) == 0);

    QVERIFY(PlanFile::addImported(plan, {oneSeries("lag")}, {}).ok());
    struct stat after {};
    QVERIFY(::stat(QFile::encodeName(plan).constData(), &after) == 0);
    QVERIFY(after.st_ino != before.st_ino); // a new file was renamed in
    QCOMPARE(after.st_mode & 07777, mode_t(0640));
    QCOMPARE(after.st_uid, before.st_uid);
    QCOMPARE(after.st_gid, before.st_gid);
    if (root)
        QCOMPARE(after.st_uid, uid_t(4321));
}

void TestSaveSafety::readOnlyPlanRefused()
{
    const QString plan = path("plan.cutover");
    QVERIFY(PlanFile::write(planNamed("first"), plan).ok());
    QVERIFY(::chmod(QFile::encodeName(plan).constData(), 0444) == 0);
    const QByteArray bytes = readAll(plan);

    // Even for root, which the OS lets write anything: 0444 means read-only.
    const Status written = PlanFile::write(planNamed("second"), plan);
    QVERIFY(!written.ok());
    QCOMPARE(written.errorString(), plan + ": the plan is read-only (mode 0444); it was not changed");
    const Status imported = PlanFile::addImported(plan, {oneSeries("lag")}, {});
    QVERIFY(!imported.ok());
    QCOMPARE(imported.errorString(), written.errorString());
    QCOMPARE(readAll(plan), bytes);
    struct stat st {};
    QVERIFY(::stat(QFile::encodeName(plan).constData(), &st) == 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0444));
}

void TestSaveSafety::readOnlyFolderRefused()
{
    const QString folder = path("locked");
    QVERIFY(QDir().mkdir(folder));
    const QString plan = folder + "/plan.cutover";
    QVERIFY(PlanFile::write(planNamed("first"), plan).ok());
    const QByteArray bytes = readAll(plan);
    QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0555) == 0);

    const Status written = PlanFile::write(planNamed("second"), plan);
    const Status imported = PlanFile::addImported(plan, {oneSeries("lag")}, {});
    const Status created = PlanFile::write(planNamed("new"), folder + "/new.cutover");
    QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);
    QVERIFY(!written.ok());
    QCOMPARE(written.errorString(), plan + ": cannot save: the folder " + folder + " is read-only; the plan was not changed");
    QVERIFY(!imported.ok());
    QCOMPARE(imported.errorString(), written.errorString());
    QVERIFY(!created.ok());
    QVERIFY2(created.errorString().contains("is read-only"), qPrintable(created.errorString()));
    QVERIFY(!created.errorString().contains("unable to open database file"));
    QCOMPARE(readAll(plan), bytes);
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList({"plan.cutover"}));
}

void TestSaveSafety::strayTemporaryOfLiveWriterUntouched()
{
    // While another writer holds the plan's write lock its temporary is off limits: a second
    // save waits instead of removing it (before, every save first deleted every
    // ".NAME.*.saving" and then re-created the other's temporary empty).
    const QString plan = path("plan.cutover");
    QVERIFY(PlanFile::write(planNamed("first"), plan).ok());
    const QString theirs = path(".plan.cutover.0123abcd.saving");
    {
        QFile f(theirs);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("their half-built plan");
    }
    PlanWriteLock other;
    QVERIFY(other.acquire(plan, plan).ok());
    SaveOptions options;
    options.lockTimeout = std::chrono::milliseconds(50);
    bool waited = false;
    options.onWait = [&waited] { waited = true; };
    const Result<FileStamp> saved = PlanFile::save(planNamed("second"), plan, options);
    QVERIFY(!saved.ok());
    QVERIFY(waited);
    QVERIFY2(saved.errorString().contains("another program has been saving this plan"), qPrintable(saved.errorString()));
    QCOMPARE(readAll(theirs), QByteArray("their half-built plan"));
    QCOMPARE(PlanFile::read(plan)->name, QStringLiteral("first"));
    other.release();
}

QTEST_GUILESS_MAIN(TestSaveSafety)
#include "test_savesafety.moc"
