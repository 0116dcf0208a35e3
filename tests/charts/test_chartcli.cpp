// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartfixtures.h"

#include "cli/cli.h"
#include "cli/console.h"
#include "cli/planinput.h"
#include "interchange/plantemplates.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace cutover;

class TestChartCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_plan;

    int run(const QStringList &args, QString *out = nullptr, QString *err = nullptr)
    {
        QBuffer o, e;
        o.open(QIODevice::WriteOnly);
        e.open(QIODevice::WriteOnly);
        int code = 0;
        {
            cli::Console console(&o, &e);
            code = cli::run(QStringList { "cutover-planner", "chart" } + args, console);
        }
        if (out)
            *out = QString::fromUtf8(o.data());
        if (err)
            *err = QString::fromUtf8(e.data());
        return code;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Result<Plan> plan = PlanTemplates::create("online-migration", "CLI chart test", QDateTime(QDate(2026, 3, 14), QTime(20, 0), QTimeZone(3600)),
                                                  "Europe/Berlin");
        QVERIFY2(plan.ok(), qPrintable(plan.errorString()));
        MetricSeries lag = testing::fixtureLagSeries();
        lag.metric = "physical_replication_delay_in_seconds"; // the template's lag criterion
        plan->series.append(lag);
        plan->validation = testing::fixtureValidation();
        m_plan = m_dir.filePath("plan.json");
        QVERIFY(cli::writePlan(plan.value(), m_plan).ok());
    }

    void writesImagesOfTheRightSize_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("ext");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        for (const char *kind : { "timeline", "simulation", "lag", "validation", "criteria" }) {
            QTest::addRow("%s png 1600x1000", kind) << kind << "png" << 1600 << 1000;
            QTest::addRow("%s png 1280x720", kind) << kind << "png" << 1280 << 720;
            QTest::addRow("%s svg", kind) << kind << "svg" << 1000 << 600;
        }
    }
    void writesImagesOfTheRightSize()
    {
        QFETCH(QString, kind);
        QFETCH(QString, ext);
        QFETCH(int, width);
        QFETCH(int, height);
        const QString out = m_dir.filePath(QStringLiteral("%1-%2x%3.%4").arg(kind).arg(width).arg(height).arg(ext));
        QString stdoutText, stderrText;
        const int code = run({ m_plan, "--kind", kind, "-o", out, "--width", QString::number(width), "--height", QString::number(height),
                               "--iterations", "500" },
                             &stdoutText, &stderrText);
        QVERIFY2(code == 0, qPrintable(stderrText));
        QVERIFY(stdoutText.contains(kind));
        QVERIFY(QFileInfo(out).size() > 1000);
        if (ext == "png") {
            const QImage image(out);
            QCOMPARE(image.size(), QSize(width, height));
            // Not blank: more than a handful of distinct colours.
            QSet<QRgb> colours;
            for (int y = 0; y < image.height(); y += 7)
                for (int x = 0; x < image.width(); x += 7)
                    colours.insert(image.pixel(x, y));
            QVERIFY(colours.size() > 5);
        } else {
            QFile f(out);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray svg = f.readAll();
            QVERIFY(svg.contains(QStringLiteral("viewBox=\"0 0 %1 %2\"").arg(width).arg(height).toUtf8()));
        }
    }

    void timelineWithGhostBars()
    {
        const QString plain = m_dir.filePath("timeline-plain.png"), ghosts = m_dir.filePath("timeline-ghosts.png");
        QString err;
        QCOMPARE(run({ m_plan, "--kind", "timeline", "-o", plain, "--width", "1280", "--height", "720" }, nullptr, &err), 0);
        QCOMPARE(run({ m_plan, "--kind", "timeline", "-o", ghosts, "--width", "1280", "--height", "720", "--ghosts", "--iterations", "2000",
                       "--seed", "3" },
                     nullptr, &err),
                 0);
        const QImage withGhosts(ghosts), without(plain);
        QCOMPARE(withGhosts.size(), QSize(1280, 720));
        QCOMPARE(without.size(), QSize(1280, 720));
        // The ghost bars (and the P80 deadline) change the drawing.
        QVERIFY(withGhosts != without);
        // Same seed, same picture.
        const QString again = m_dir.filePath("timeline-ghosts-again.png");
        QCOMPARE(run({ m_plan, "--kind", "timeline", "-o", again, "--width", "1280", "--height", "720", "--ghosts", "--iterations", "2000",
                       "--seed", "3" }),
                 0);
        QCOMPARE(QImage(again), withGhosts);
    }

    void seriesPatterns()
    {
        // A plan with the watched lag series and an unwatched one: the default draws the
        // watched one only; patterns pick by name or metric; the image shows what was picked.
        Result<Plan> plan = PlanTemplates::create("online-migration", "Series", QDateTime(QDate(2026, 3, 14), QTime(20, 0), QTimeZone(3600)),
                                                  "Europe/Berlin");
        QVERIFY(plan.ok());
        MetricSeries lag = testing::fixtureLagSeries();
        lag.metric = "physical_replication_delay_in_seconds";
        MetricSeries iops = lag;
        iops.id = "iops";
        iops.name = "disk-1";
        iops.metric = "disk_iops";
        iops.unit = "IOPS";
        for (double &v : iops.values)
            v = 1000 + v * 10;
        plan->series = { lag, iops };
        const QString path = m_dir.filePath("two-series.json");
        QVERIFY(cli::writePlan(plan.value(), path).ok());
        const auto draw = [&](const QStringList &patterns) {
            const QString out = m_dir.filePath("series.png");
            QStringList args { path, "--kind", "lag", "-o", out };
            for (const QString &p : patterns)
                args << "--series" << p;
            QString err;
            const int code = run(args, nullptr, &err);
            const QImage image(out);
            QFile::remove(out);
            return code == 0 ? image : QImage();
        };
        const QImage byDefault = draw({});
        QCOMPARE(byDefault.size(), QSize(1600, 1000));
        QCOMPARE(draw({ "replica-1" }), byDefault);                       // by name: the same series
        QCOMPARE(draw({ "PHYSICAL_*" }), byDefault);                      // by metric, any case
        const QImage disk = draw({ "disk*" });
        QCOMPARE(disk.size(), QSize(1600, 1000));
        QVERIFY(disk != byDefault);                                       // another series drawn
        QCOMPARE(draw({ "*_iops" }), disk);                               // the same one by metric
        const QImage both = draw({ "replica-?", "disk-1" });
        QVERIFY(both != byDefault && both != disk);
        QCOMPARE(draw({ "*" }), both);
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no kind") << QStringList { "PLAN", "-o", "a.png" } << "--kind is required";
        QTest::newRow("bad kind") << QStringList { "PLAN", "--kind", "pie", "-o", "a.png" } << "unknown kind \"pie\"";
        QTest::newRow("no output") << QStringList { "PLAN", "--kind", "lag" } << "-o OUT.png";
        QTest::newRow("bad type") << QStringList { "PLAN", "--kind", "lag", "-o", "a.jpg" } << "unknown image type";
        QTest::newRow("bad width") << QStringList { "PLAN", "--kind", "lag", "-o", "a.png", "--width", "wide" } << "--width \"wide\"";
        QTest::newRow("huge height") << QStringList { "PLAN", "--kind", "lag", "-o", "a.png", "--height", "99999" } << "from 200 to 10000";
        QTest::newRow("series with another kind") << QStringList { "PLAN", "--kind", "timeline", "-o", "a.png", "--series", "x" }
                                                  << "--series applies to --kind lag only";
        QTest::newRow("series matching nothing") << QStringList { "PLAN", "--kind", "lag", "-o", "a.png", "--series", "replica-1", "--series", "nope*" }
                                                 << "--series \"nope*\" matches no series name or metric (the plan has: replica-1)";
        QTest::newRow("two patterns matching nothing")
            << QStringList { "PLAN", "--kind", "lag", "-o", "a.png", "--series", "a*", "--series", "replica-1", "--series", "b?" }
            << "--series \"a*\", \"b?\" match no series name or metric";
        QTest::newRow("empty series pattern") << QStringList { "PLAN", "--kind", "lag", "-o", "a.png", "--series", "" } << "not an empty string";
        QTest::newRow("missing plan") << QStringList { "missing.json", "--kind", "lag", "-o", "a.png" } << "missing.json";
        QTest::newRow("ghosts, iterations not a number")
            << QStringList { "PLAN", "--kind", "timeline", "-o", "a.png", "--ghosts", "--iterations", "many" } << "--iterations \"many\"";
        QTest::newRow("ghosts, zero iterations")
            << QStringList { "PLAN", "--kind", "timeline", "-o", "a.png", "--ghosts", "--iterations", "0" } << "from 1 to 1000000";
        QTest::newRow("ghosts, too many iterations")
            << QStringList { "PLAN", "--kind", "timeline", "-o", "a.png", "--ghosts", "--iterations", "1000001" } << "from 1 to 1000000";
        QTest::newRow("ghosts on another kind") << QStringList { "PLAN", "--kind", "lag", "-o", "a.png", "--ghosts" } << "--kind timeline only";
    }
    void badUsage()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        for (QString &a : args) {
            if (a == "PLAN")
                a = m_plan;
            else if (a.endsWith(".png") || a.endsWith(".jpg") || a == "missing.json")
                a = m_dir.filePath(a);
        }
        QString err;
        QCOMPARE(run(args, nullptr, &err), 2);
        QVERIFY2(err.contains(message), qPrintable(err));
        QCOMPARE(err.count('\n'), 1);
        QVERIFY(!QFile::exists(m_dir.filePath("a.png")));
    }

    void cyclicPlanIsAnErrorAndWritesNothing()
    {
        Plan plan = testing::fixturePlan();
        plan.tasks[0].after.append({ "integrity", DependencyType::FS, 0 });
        const QString path = m_dir.filePath("cyclic.json");
        // Written without the schedule lints: the cycle is a scheduling problem, not a format one.
        QVERIFY(cli::writePlan(plan, path).ok());
        const QString out = m_dir.filePath("cyclic.png");
        QString err;
        QCOMPARE(run({ path, "--kind", "timeline", "-o", out }, nullptr, &err), 2);
        QVERIFY2(err.contains("cycl"), qPrintable(err));
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_MAIN(TestChartCli)
#include "test_chartcli.moc"
