// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/plancompare.h"
#include "common/plangenerator.h"
#include "storage/planfile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace cutover;

/**
 * Kills a process (SIGKILL) at varied moments while it saves a large plan, many times, and
 * checks after each kill that the file opens and holds exactly the old or the new plan.
 */
class TestCrashSafety : public QObject
{
    Q_OBJECT
private slots:
    void killDuringSave();
};

void TestCrashSafety::killDuringSave()
{
    constexpr int tasks = 5000;
    constexpr qint64 points = 1000000;
    constexpr quint32 seedA = 1;
    constexpr quint32 seedB = 2;
    constexpr int iterations = 32;

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath("night.cutover");
    PlanGeneratorOptions options;
    options.tasks = tasks;
    options.seriesPoints = points;
    options.seed = seedA;
    const Plan a = generatePlan(options);
    options.seed = seedB;
    const Plan b = generatePlan(options);
    QVERIFY(!planDifference(a, b).isEmpty());
    // The helper loads A and B from these files (faster than generating them again).
    const QString fileA = dir.filePath("a.source");
    const QString fileB = dir.filePath("b.source");
    QVERIFY(PlanFile::write(a, fileA).ok());
    QVERIFY(PlanFile::write(b, fileB).ok());
    QVERIFY(PlanFile::write(a, file).ok());

    // How long one save takes here, so the kill delays spread over whole saves.
    QElapsedTimer clock;
    clock.start();
    QVERIFY(PlanFile::write(b, dir.filePath("timing.cutover")).ok());
    const qint64 saveMs = std::max<qint64>(clock.elapsed(), 1);
    QVERIFY(QFile::remove(dir.filePath("timing.cutover")));

    QRandomGenerator rng(20261205);
    int sawA = 0;
    int sawB = 0;
    int killedMidSave = 0;
    const QStringList helperArgs{file, fileA, fileB};
    for (int i = 0; i < iterations; ++i) {
        QProcess helper;
        helper.setProcessChannelMode(QProcess::SeparateChannels);
        helper.start(CUTOVER_SAVE_HELPER, helperArgs);
        QVERIFY2(helper.waitForStarted(10000), qPrintable(helper.errorString()));
        while (!helper.canReadLine())
            QVERIFY2(helper.waitForReadyRead(60000), helper.readAllStandardError().constData());
        QCOMPARE(helper.readLine(), QByteArray("ready\n"));

        // Between 0 and 2.5 saves: lands before, inside and between saves.
        const int delay = int(rng.bounded(quint32(saveMs * 5 / 2 + 1)));
        QVERIFY(!helper.waitForFinished(delay)); // the helper is still saving: this is the delay
        helper.kill();
        QVERIFY(helper.waitForFinished(10000));
        QCOMPARE(helper.exitStatus(), QProcess::CrashExit);

        const QStringList strays = QDir(dir.path()).entryList({"*.saving*"}, QDir::Files | QDir::Hidden);
        if (!strays.isEmpty())
            ++killedMidSave;
        QVERIFY2(strays.size() <= 1, qPrintable(strays.join(", ")));

        const Result<Plan> read = PlanFile::read(file);
        QVERIFY2(read.ok(), qPrintable(QStringLiteral("iteration %1, kill after %2 ms: %3")
                                           .arg(i).arg(delay).arg(read.errorString())));
        const bool isA = planDifference(read.value(), a).isEmpty();
        const bool isB = planDifference(read.value(), b).isEmpty();
        QVERIFY2(isA || isB, qPrintable(QStringLiteral("iteration %1: neither plan; differs from A at %2")
                                            .arg(i).arg(planDifference(read.value(), a))));
        sawA += isA ? 1 : 0;
        sawB += isB ? 1 : 0;
    }
    qInfo("save takes %lld ms; %d kills, %d in the middle of a save; file held A %d times, B %d times",
          saveMs, iterations, killedMidSave, sawA, sawB);
    // The delays spread over 2.5 saves, so some kills must have hit a save in progress.
    QVERIFY(killedMidSave > 0);

    // The next save cleans up what the killed one left.
    QVERIFY(PlanFile::write(a, file).ok());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList({"a.source", "b.source", "night.cutover"}));
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "test_crashsafety.moc"
