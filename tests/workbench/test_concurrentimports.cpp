// SPDX-License-Identifier: GPL-3.0-or-later
// Real concurrent writers of one plan: many import processes at once, and the desktop's save
// (DocumentIo in this process, holding the plan's desktop lock) against the real command line.
#include "document/documentio.h"
#include "storage/planfile.h"
#include "storage/planlock.h"
#include "storage/planwritelock.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace cutover;

namespace {

/** A one-series Prometheus instant-vector export whose metric is lag_N (N distinct per file). */
QByteArray exportFor(int n)
{
    return QStringLiteral(R"({"status":"success","data":{"resultType":"vector","result":[)"
                          R"({"metric":{"__name__":"lag_%1"},"value":[1792247047.482,"%1"]}]}})")
        .arg(n)
        .toUtf8();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QSet<QString> metricsOf(const Plan &plan)
{
    QSet<QString> out;
    for (const MetricSeries &s : plan.series)
        out.insert(s.metric);
    return out;
}

Plan namedPlan(const QString &name)
{
    Plan plan;
    plan.name = name;
    return plan;
}

} // namespace

class TestConcurrentImports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void twoImportsAtOnce();
    void eightImportsAtOnce();
    void cliRefusesWhileDesktopHasPlanOpen();
    void cliWaitsForAnotherWriter();
    void desktopNoticesChangeOnDisk();
    void desktopAndCommandLineTogether();

private:
    /** Runs `trials` rounds of `writers` simultaneous imports into a fresh plan; returns the
        number of imports missing afterwards (the test fails on the first one). */
    void runTrials(int trials, int writers);
    QString exportPath(int n) const { return m_dir.filePath(QStringLiteral("export-%1.json").arg(n)); }
    QString freshPlan(const QString &name);
    std::unique_ptr<QProcess> startHelper(const QString &plan, int n);

    // In memory where the system has it: the trials test who writes when, not how fast a disk
    // syncs (each save's two fsyncs take ~50 ms on a busy disk and would make this take minutes).
    QTemporaryDir m_dir{QFileInfo(QStringLiteral("/dev/shm")).isWritable() ? QStringLiteral("/dev/shm/test_concurrentimports-XXXXXX")
                                                                            : QDir::temp().filePath(QStringLiteral("test_concurrentimports-XXXXXX"))};
    int m_planCounter = 0;
};

void TestConcurrentImports::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (int n = 0; n < 8; ++n) {
        QFile f(exportPath(n));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.write(exportFor(n)) > 0);
    }
}

QString TestConcurrentImports::freshPlan(const QString &name)
{
    const QString path = m_dir.filePath(QStringLiteral("plan-%1.cutover").arg(++m_planCounter));
    const Status written = PlanFile::write(namedPlan(name), path);
    return written ? path : QString();
}

std::unique_ptr<QProcess> TestConcurrentImports::startHelper(const QString &plan, int n)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessChannelMode(QProcess::SeparateChannels);
    process->start(QStringLiteral(CUTOVER_IMPORT_HELPER), {plan, exportPath(n)});
    return process;
}

void TestConcurrentImports::runTrials(int trials, int writers)
{
    QElapsedTimer clock;
    clock.start();
    int lost = 0;
    for (int trial = 0; trial < trials; ++trial) {
        const QString plan = freshPlan(QStringLiteral("trial"));
        QVERIFY(!plan.isEmpty());
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int n = 0; n < writers; ++n)
            processes.push_back(startHelper(plan, n));
        for (int n = 0; n < writers; ++n) {
            QProcess &p = *processes[size_t(n)];
            QVERIFY2(p.waitForFinished(60000), qPrintable(p.errorString()));
            QCOMPARE(p.exitStatus(), QProcess::NormalExit);
            QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        }
        const Result<Plan> read = PlanFile::read(plan);
        QVERIFY2(read.ok(), qPrintable(read.errorString()));
        QSet<QString> expected;
        for (int n = 0; n < writers; ++n)
            expected.insert(QStringLiteral("lag_%1").arg(n));
        lost += int(expected.size() - (metricsOf(read.value()) & expected).size());
        QCOMPARE(read->series.size(), writers);
        QCOMPARE(metricsOf(read.value()), expected);
        QCOMPARE(read->name, QStringLiteral("trial"));
        QVERIFY(QFile::remove(plan));
    }
    QCOMPARE(lost, 0);
    qInfo("%d trials of %d simultaneous imports: 0 lost, %lld ms", trials, writers, clock.elapsed());
    // Nothing left beside the plans: no temporaries, no lock files, no journals.
    QStringList left = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);
    left.removeIf([](const QString &name) { return name.startsWith(QLatin1String("export-")); });
    QCOMPARE(left, QStringList());
}

void TestConcurrentImports::twoImportsAtOnce()
{
    // 100 trials: the issue's 50 trials of two, and the "100 trials, 0 lost imports" bar.
    runTrials(100, 2);
}

void TestConcurrentImports::eightImportsAtOnce()
{
    runTrials(50, 8);
}

void TestConcurrentImports::cliRefusesWhileDesktopHasPlanOpen()
{
    const QString plan = freshPlan(QStringLiteral("before"));
    QVERIFY(!plan.isEmpty());
    PlanLock desktop; // what FileActions holds while the plan is open in the desktop
    QVERIFY(desktop.acquire(plan));
    Result<LoadedPlan> loaded = DocumentIo::load(plan);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorString()));
    const QByteArray bytes = readAll(plan);

    QProcess cli;
    cli.start(QStringLiteral(CUTOVER_PLANNER), {QStringLiteral("import"), plan, exportPath(0)});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 2);
    const QString err = QString::fromUtf8(cli.readAllStandardError()).trimmed();
    QVERIFY2(err.startsWith(plan + QStringLiteral(": is open in ")), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("the plan was not changed")), qPrintable(err));
    QVERIFY2(!err.contains(QLatin1Char('\n')), qPrintable(err));
    QCOMPARE(readAll(plan), bytes);

    // The desktop's save goes through, over the version it opened.
    loaded->plan.name = QStringLiteral("edited in the desktop");
    const Result<FileStamp> saved = DocumentIo::save(loaded->plan, plan, loaded->stamp);
    QVERIFY2(saved.ok(), qPrintable(saved.errorString()));
    desktop.release();

    // Closed in the desktop: the import lands on top of the desktop's edit.
    QProcess again;
    again.start(QStringLiteral(CUTOVER_PLANNER), {QStringLiteral("import"), plan, exportPath(1)});
    QVERIFY(again.waitForFinished(60000));
    QVERIFY2(again.exitCode() == 0, again.readAllStandardError().constData());
    const Result<Plan> read = PlanFile::read(plan);
    QVERIFY2(read.ok(), qPrintable(read.errorString()));
    QCOMPARE(read->name, QStringLiteral("edited in the desktop"));
    QCOMPARE(metricsOf(read.value()), QSet<QString>({QStringLiteral("lag_1")}));
}

void TestConcurrentImports::cliWaitsForAnotherWriter()
{
    const QString plan = freshPlan(QStringLiteral("waiting"));
    QVERIFY(!plan.isEmpty());
    PlanWriteLock writer; // another writer in the middle of a save
    QVERIFY(writer.acquire(plan, plan).ok());

    QProcess cli;
    cli.setProcessChannelMode(QProcess::SeparateChannels);
    cli.setReadChannel(QProcess::StandardError); // waitForReadyRead() waits for this channel
    cli.start(QStringLiteral(CUTOVER_PLANNER), {QStringLiteral("import"), plan, exportPath(2)});
    QByteArray err;
    while (!err.contains("waiting for another program to finish saving it")) {
        QVERIFY2(cli.waitForReadyRead(60000), err.constData());
        err += cli.readAllStandardError();
    }
    QCOMPARE(cli.state(), QProcess::Running); // it waits instead of writing or failing
    QCOMPARE(PlanFile::read(plan)->series.size(), 0);

    writer.release();
    QVERIFY(cli.waitForFinished(60000));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
    QCOMPARE(metricsOf(PlanFile::read(plan).value()), QSet<QString>({QStringLiteral("lag_2")}));
}

void TestConcurrentImports::desktopNoticesChangeOnDisk()
{
    const QString plan = freshPlan(QStringLiteral("original"));
    QVERIFY(!plan.isEmpty());
    Result<LoadedPlan> loaded = DocumentIo::load(plan);
    QVERIFY(loaded.ok());

    // An import that got in before the desktop took its lock.
    QProcess cli;
    cli.start(QStringLiteral(CUTOVER_PLANNER), {QStringLiteral("import"), plan, exportPath(3)});
    QVERIFY(cli.waitForFinished(60000));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());

    loaded->plan.name = QStringLiteral("stale edit");
    SaveFailure failure = SaveFailure::None;
    const Result<FileStamp> refused = DocumentIo::save(loaded->plan, plan, loaded->stamp, &failure);
    QVERIFY(!refused.ok());
    QCOMPARE(failure, SaveFailure::ChangedOnDisk);
    QVERIFY2(refused.errorString().startsWith(plan + QStringLiteral(": was changed on disk")), qPrintable(refused.errorString()));
    Result<Plan> read = PlanFile::read(plan);
    QCOMPARE(read->name, QStringLiteral("original"));
    QCOMPARE(metricsOf(read.value()), QSet<QString>({QStringLiteral("lag_3")}));

    // Reloaded, edited and saved: both the import and the edit are kept.
    Result<LoadedPlan> reloaded = DocumentIo::load(plan);
    reloaded->plan.name = QStringLiteral("fresh edit");
    QVERIFY(DocumentIo::save(reloaded->plan, plan, reloaded->stamp).ok());
    read = PlanFile::read(plan);
    QCOMPARE(read->name, QStringLiteral("fresh edit"));
    QCOMPARE(metricsOf(read.value()), QSet<QString>({QStringLiteral("lag_3")}));
}

void TestConcurrentImports::desktopAndCommandLineTogether()
{
    constexpr int trials = 20;
    constexpr int imports = 4;
    int landed = 0;
    int refused = 0;
    for (int trial = 0; trial < trials; ++trial) {
        const QString plan = freshPlan(QStringLiteral("night"));
        QVERIFY(!plan.isEmpty());
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int n = 0; n < imports; ++n)
            processes.push_back(startHelper(plan, n));
        // Meanwhile the desktop opens the plan, edits and saves it, reloading when an import
        // that got in first changed it on disk.
        PlanLock desktop;
        QVERIFY(desktop.acquire(plan));
        const QString edit = QStringLiteral("desktop edit %1").arg(trial);
        bool saved = false;
        for (int attempt = 0; attempt <= imports && !saved; ++attempt) {
            Result<LoadedPlan> loaded = DocumentIo::load(plan);
            QVERIFY2(loaded.ok(), qPrintable(loaded.errorString()));
            loaded->plan.name = edit;
            SaveFailure failure = SaveFailure::None;
            const Result<FileStamp> s = DocumentIo::save(loaded->plan, plan, loaded->stamp, &failure);
            QVERIFY2(s.ok() || failure == SaveFailure::ChangedOnDisk, qPrintable(s.errorString()));
            saved = s.ok();
        }
        QVERIFY(saved);
        QSet<QString> expected;
        for (int n = 0; n < imports; ++n) {
            QProcess &p = *processes[size_t(n)];
            QVERIFY(p.waitForFinished(60000));
            const QByteArray err = p.readAllStandardError();
            if (p.exitCode() == 0) {
                expected.insert(QStringLiteral("lag_%1").arg(n));
                ++landed;
            } else {
                QVERIFY2(err.contains(": is open in "), err.constData());
                ++refused;
            }
        }
        desktop.release();
        const Result<Plan> read = PlanFile::read(plan);
        QVERIFY2(read.ok(), qPrintable(read.errorString()));
        QCOMPARE(read->name, edit);                  // the desktop's edit is not overwritten
        QCOMPARE(metricsOf(read.value()), expected); // nor is any import that reported success
    }
    qInfo("%d imports landed before the desktop took the plan, %d were refused", landed, refused);
}

QTEST_GUILESS_MAIN(TestConcurrentImports)
#include "test_concurrentimports.moc"
