// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF end to end, read back with poppler's pdfinfo and pdftotext: page count, page size,
// metadata, key figures, names in any script, user text printed literally, and the CLI.
#include "common/clirunner.h"
#include "reportfixtures.h"

#include "common/plangenerator.h"
#include "interchange/planjson.h"
#include "interchange/plantemplates.h"
#include "report/reportbuilder.h"
#include "storage/planfile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTranslator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cutover;
using namespace cutover::report;

namespace {

QString runTool(const QString &tool, const QStringList &args)
{
    QProcess p;
    p.start(tool, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

/** pdfinfo's "Key: value" lines. */
QMap<QString, QString> pdfInfo(const QString &pdf)
{
    QMap<QString, QString> info;
    const QStringList lines = runTool("pdfinfo", { pdf }).split('\n');
    for (const QString &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            info.insert(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
    }
    return info;
}

/** The text of every page (pdftotext separates pages with form feeds), whitespace collapsed. */
QStringList pageTexts(const QString &pdf)
{
    const QString text = runTool("pdftotext", { "-enc", "UTF-8", pdf, "-" });
    QStringList pages = text.split('\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    static const QRegularExpression space("\\s+");
    for (QString &p : pages)
        p = p.replace(space, " ");
    return pages;
}

/**
 * How full each page's body is, read from the pixels of the PDF rendered by pdftoppm: the
 * lowest row with ink between the running header and the footer, as a share of the body's
 * height. Independent of the layout engine: it sees only what was printed.
 */
QList<double> pixelFill(const QString &pdf, const QString &prefix)
{
    constexpr int dpi = 36;
    QProcess p;
    p.start("pdftoppm", { "-gray", "-r", QString::number(dpi), pdf, prefix });
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        return {};
    QDir dir = QFileInfo(prefix).dir();
    QStringList files = dir.entryList({ QFileInfo(prefix).fileName() + "-*.pgm" }, QDir::Files, QDir::Name);
    QList<double> fill;
    for (const QString &name : files) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        const QByteArray bytes = f.readAll();
        // "P5\n<w> <h>\n255\n" then one byte per pixel.
        const QList<QByteArray> head = bytes.left(64).split('\n');
        if (head.size() < 3 || head[0] != "P5")
            return {};
        const QList<QByteArray> wh = head[1].split(' ');
        const int w = wh.value(0).toInt(), h = wh.value(1).toInt();
        const qsizetype offset = head[0].size() + head[1].size() + head[2].size() + 3;
        const double pt = dpi / 72.0;
        // A4 landscape, margins 12 mm top and 10 mm bottom; header 22 pt, footer 20 pt (reportbuilder.h).
        const double mm = 72.0 / 25.4;
        const int top = int(std::ceil((12 * mm + ReportBuilder::kHeaderHeight) * pt)) + 1;
        const int bottom = int(std::floor((h / pt - 10 * mm - ReportBuilder::kFooterHeight) * pt)) - 1;
        int last = top;
        for (int y = top; y <= bottom && y < h; ++y) {
            const uchar *row = reinterpret_cast<const uchar *>(bytes.constData() + offset + qsizetype(y) * w);
            for (int x = 0; x < w; ++x) {
                if (row[x] < 235) {
                    last = y;
                    break;
                }
            }
        }
        fill << double(last - top) / double(bottom - top);
        f.close();
        f.remove();
    }
    return fill;
}

/** The page body of the reports written by writePdf (A4 landscape). */
QSizeF a4Body()
{
    constexpr double mm = 72.0 / 25.4;
    return QSizeF((297 - 28) * mm, (210 - 22) * mm - ReportBuilder::kHeaderHeight - ReportBuilder::kFooterHeight);
}

ReportOptions pinnedOptions()
{
    ReportOptions o;
    o.generatedAt = QDateTime(QDate(2026, 3, 1), QTime(9, 30), QTimeZone::utc());
    o.iterations = 2000;
    return o;
}

} // namespace

class TestReportPdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void handPlanReport();
    void pageSize_data();
    void pageSize();
    void sectionsSelectPages();
    void lagChartFollowsSeriesSelection();
    void largePlanRepeatsHeaders();
    void timelineBlocksKeepEveryRow();
    void renderFailsCleanly();
    void templatePagesAreFilled_data();
    void templatePagesAreFilled();
    void namesExtractExactly();
    void longUnbrokenNames();
    void cliExitCodes_data();
    void cliExitCodes();
    void cliWritesReport();
    void cliFailureKeepsOldFile();

private:
    QTemporaryDir m_dir;
    bool m_poppler = false;
};

void TestReportPdf::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_poppler = !QStandardPaths::findExecutable("pdftotext").isEmpty() && !QStandardPaths::findExecutable("pdfinfo").isEmpty();
}

void TestReportPdf::handPlanReport()
{
    if (!m_poppler)
        QSKIP("pdftotext/pdfinfo (Debian package poppler-utils) are not installed: cannot read the PDF back");
    const QString path = m_dir.filePath("hand.pdf");
    const auto pages = ReportBuilder::writePdf(path, testing::handPlan(), pinnedOptions());
    QVERIFY2(pages.ok(), qPrintable(pages.errorString()));

    const QMap<QString, QString> info = pdfInfo(path);
    QCOMPARE(info.value("Pages").toInt(), pages.value());
    // Cover, summary; timeline, runbook and rollback follow on; no monitoring data, so no
    // monitoring section (a line in the summary says so); simulation (2 charts), readiness.
    QVERIFY2(pages.value() >= 6 && pages.value() <= 8, qPrintable(QString::number(pages.value())));
    QCOMPARE(info.value("Title"), QString("Cutover report: Orders to Azure SQL"));
    QCOMPARE(info.value("Author"), QString("Jürgen Äbersold"));
    QCOMPARE(info.value("Subject"), QString("Cutover plan, maintenance window 2026-03-07 22:00 to 2026-03-08 02:00 (UTC)"));
    QCOMPARE(info.value("Creator"), QString("Cutover Planner"));

    const QStringList texts = pageTexts(path);
    QCOMPARE(texts.size(), pages.value());
    const QString all = texts.join(' ');
    // Fixed durations: every run equals the schedule, so the figures are exact (see reportfixtures.h).
    QVERIFY2(all.contains("Fits the window with 100 % confidence; rollback must start by 01:20 (P80)."), qPrintable(all.left(3000)));
    QVERIFY(all.contains("1 readiness item is still open."));
    QVERIFY(all.contains("likely 1 h; simulated P50 1 h, P80 1 h, P95 1 h"));
    // The one rule (docs/analysis.md): no point of no return, so measured from the traffic switch.
    QVERIFY2(all.contains("2 h 15 min (likely); 2 h 15 min (P80) from the traffic switch"), qPrintable(all.mid(all.indexOf("Rollback margin"), 300)));
    QVERIFY(all.contains("likely 40 min; P80 40 min"));
    // Names in any script, and markup printed as text.
    // Exactly as written: 行 (U+884C), not the Kangxi radical ⾏ (U+2F8F) that shares its glyph
    // in Noto Sans CJK (PdfToUnicode corrects Qt's ToUnicode map).
    QVERIFY(all.contains("データ移行を確認"));
    QVERIFY(all.contains("Monitoring data none imported: the rollback criteria cannot be checked yet"));
    QVERIFY(!all.contains("No monitoring data has been imported"));
    QVERIFY(all.contains("Größenprüfung der Ölstände"));
    QVERIFY(all.contains("Åsa Øberg"));
    QVERIFY(all.contains("<b>x</b>"));
    // Running footer on every page, with the pinned generation time.
    for (qsizetype i = 0; i < texts.size(); ++i) {
        QVERIFY2(texts[i].contains(QString("Page %1 of %2").arg(i + 1).arg(texts.size())), qPrintable(texts[i].left(400)));
        QVERIFY(texts[i].contains("Generated Sun 1 Mar 2026 09:30 (UTC)"));
    }
    // Fonts are embedded (pdffonts lists "yes" in the emb column for every font).
    const QString fonts = runTool("pdffonts", { path });
    if (!fonts.isEmpty()) {
        const QStringList lines = fonts.split('\n', Qt::SkipEmptyParts).mid(2);
        QVERIFY(!lines.isEmpty());
        for (const QString &line : lines)
            QVERIFY2(line.contains(QRegularExpression("\\s+yes\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$")), qPrintable(line));
    }
}

void TestReportPdf::pageSize_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("orientation");
    QTest::addColumn<double>("width");
    QTest::addColumn<double>("height");
    // A4 is 210 × 297 mm = 595.28 × 841.89 pt; Letter is 8.5 × 11 in = 612 × 792 pt.
    QTest::newRow("A4 landscape") << int(QPageSize::A4) << int(QPageLayout::Landscape) << 841.89 << 595.28;
    QTest::newRow("Letter landscape") << int(QPageSize::Letter) << int(QPageLayout::Landscape) << 792.0 << 612.0;
    QTest::newRow("A4 portrait") << int(QPageSize::A4) << int(QPageLayout::Portrait) << 595.28 << 841.89;
}

void TestReportPdf::pageSize()
{
    if (!m_poppler)
        QSKIP("pdfinfo (Debian package poppler-utils) is not installed");
    QFETCH(int, size);
    QFETCH(int, orientation);
    QFETCH(double, width);
    QFETCH(double, height);
    ReportOptions o = pinnedOptions();
    o.pageSize = QPageSize::PageSizeId(size);
    o.orientation = QPageLayout::Orientation(orientation);
    o.sections = Section::Cover | Section::Summary;
    const QString path = m_dir.filePath(QString("size-%1-%2.pdf").arg(size).arg(orientation));
    const auto pages = ReportBuilder::writePdf(path, testing::handPlan(), o);
    QVERIFY2(pages.ok(), qPrintable(pages.errorString()));
    const QRegularExpression re("([\\d.]+) x ([\\d.]+) pts");
    const QRegularExpressionMatch m = re.match(pdfInfo(path).value("Page size"));
    QVERIFY(m.hasMatch());
    QVERIFY(qAbs(m.captured(1).toDouble() - width) < 1.0);
    QVERIFY(qAbs(m.captured(2).toDouble() - height) < 1.0);
}

void TestReportPdf::sectionsSelectPages()
{
    if (!m_poppler)
        QSKIP("pdftotext (Debian package poppler-utils) is not installed");
    ReportOptions o = pinnedOptions();
    o.sections = Section::Runbook;
    const QString path = m_dir.filePath("runbook.pdf");
    const auto pages = ReportBuilder::writePdf(path, testing::handPlan(), o);
    QVERIFY2(pages.ok(), qPrintable(pages.errorString()));
    QCOMPARE(pages.value(), 1);
    const QString text = pageTexts(path).join(' ');
    QVERIFY(text.contains("Runbook"));
    QVERIFY(text.contains("Predecessors"));
    QVERIFY(!text.contains("Executive summary"));
    QVERIFY(!text.contains("rollback must start by"));
}

void TestReportPdf::lagChartFollowsSeriesSelection()
{
    if (!m_poppler)
        QSKIP("pdftotext (Debian package poppler-utils) is not installed");
    // Eight series no criterion watches (the plan's criterion is on metric "lag").
    Plan plan = testing::handPlan();
    const QStringList names { "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel" };
    const qint64 t0 = plan.start.toMSecsSinceEpoch();
    for (const QString &name : names) {
        MetricSeries s;
        s.id = "id-" + name;
        s.name = name + "-replica";
        s.metric = "apply_rate";
        s.unit = "rows/s";
        for (int i = 0; i < 5; ++i) {
            s.times << t0 + i * 60'000;
            s.values << 10.0 * i;
        }
        plan.series << s;
    }
    ReportOptions o = pinnedOptions();
    o.sections = Section::Monitoring;

    // Default rule: the first six, and the page says why.
    QString path = m_dir.filePath("lag-default.pdf");
    auto pages = ReportBuilder::writePdf(path, plan, o);
    QVERIFY2(pages.ok(), qPrintable(pages.errorString()));
    QString text = pageTexts(path).join(' ');
    QVERIFY2(text.contains("8 series"), qPrintable(text.left(400)));
    QVERIFY2(text.contains("The chart shows 6 of them (the first 6, as no rollback criterion watches one)"), qPrintable(text.left(600)));
    QVERIFY(text.contains("foxtrot-replica"));
    QVERIFY(!text.contains("golf-replica"));
    QVERIFY(!text.contains("hotel-replica"));

    // The desktop's choice (bravo and hotel), as the Document hands it to the report.
    SeriesSelection chosen;
    QStringList ids;
    for (const QString &name : names)
        ids << "id-" + name;
    chosen.choose(ids, { 1, 7 });
    o.seriesSelection = chosen;
    path = m_dir.filePath("lag-chosen.pdf");
    pages = ReportBuilder::writePdf(path, plan, o);
    QVERIFY2(pages.ok(), qPrintable(pages.errorString()));
    text = pageTexts(path).join(' ');
    QVERIFY2(text.contains("The chart shows 2 of them (as chosen in the monitoring view)"), qPrintable(text.left(600)));
    QVERIFY(text.contains("bravo-replica"));
    QVERIFY(text.contains("hotel-replica"));
    QVERIFY(!text.contains("alpha-replica"));
    QVERIFY(!text.contains("charlie-replica"));
}

void TestReportPdf::largePlanRepeatsHeaders()
{
    if (!m_poppler)
        QSKIP("pdftotext (Debian package poppler-utils) is not installed");
    PlanGeneratorOptions g;
    g.tasks = 300;
    const Plan plan = generatePlan(g);
    ReportOptions o = pinnedOptions();
    o.sections = Section::Runbook | Section::Timeline;
    o.iterations = 200;
    const QString path = m_dir.filePath("large.pdf");
    const auto pages = ReportBuilder::writePdf(path, plan, o);
    QVERIFY2(pages.ok(), qPrintable(pages.errorString()));
    const QStringList texts = pageTexts(path);
    int runbookPages = 0;
    int timelinePages = 0;
    for (const QString &t : texts) {
        // The running header names the section; the table header row repeats on each runbook page.
        if (t.contains("Runbook") && t.contains("Float")) {
            ++runbookPages;
            QVERIFY(t.contains("Predecessors"));
        }
        if (t.contains(QRegularExpression("Rows \\d+–\\d+ of \\d+")))
            ++timelinePages;
    }
    // 300 tasks and 6 phase rows: many rows per page but well over one page either way.
    QVERIFY2(runbookPages >= 5, qPrintable(QString::number(runbookPages)));
    QVERIFY2(timelinePages >= 8, qPrintable(QString::number(timelinePages)));
    // Every task name is printed somewhere (the runbook table wraps, never drops rows).
    const QString all = texts.join(' ');
    for (const Task &t : plan.tasks)
        QVERIFY2(all.contains(t.id), qPrintable(t.id));
}

void TestReportPdf::timelineBlocksKeepEveryRow()
{
    // The template plan with ghost bars: its blocks' marker labels need different numbers of
    // lanes (the window, freeze, switch, point of no return and both deadlines crowd into the
    // cutover's blocks). Each block must still have room for every row it announces.
    if (!m_poppler)
        QSKIP("pdftotext (Debian package poppler-utils) is not installed");
    const QTimeZone zone("Europe/Berlin");
    const auto plan = PlanTemplates::create("online-migration", "Timeline rows", QDateTime(QDate(2026, 12, 5), QTime(21, 0), zone),
                                            "Europe/Berlin");
    QVERIFY2(plan.ok(), qPrintable(plan.errorString()));
    ReportOptions o = pinnedOptions();
    o.sections = Section::Timeline;
    const QString path = m_dir.filePath("timeline.pdf");
    const auto pages = ReportBuilder::writePdf(path, plan.value(), o);
    QVERIFY2(pages.ok(), qPrintable(pages.errorString()));
    // NFKC: the PDF's text has typographic ligatures (ﬁ) where the names have two letters.
    const QString all = pageTexts(path).join(' ').normalized(QString::NormalizationForm_KC);
    // The captions cover rows 1..N without gaps or overlaps.
    static const QRegularExpression caption("Rows (\\d+)–(\\d+) of (\\d+)");
    int next = 1, total = 0, previousFirst = 0;
    for (auto it = caption.globalMatch(all); it.hasNext();) {
        const auto m = it.next();
        const int first = m.captured(1).toInt();
        total = m.captured(3).toInt();
        if (first == previousFirst)
            continue; // a later part (across) of the same block
        QCOMPARE(first, next);
        previousFirst = first;
        next = m.captured(2).toInt() + 1;
    }
    QVERIFY(total > 0);
    QCOMPARE(next, total + 1);
    // Every task's label is drawn (the first words: long names are elided at the end).
    for (const Task &t : plan.value().tasks) {
        const QString start = t.name.left(14);
        QVERIFY2(all.contains(start), qPrintable(QString("row \"%1\" is missing from the timeline").arg(t.name)));
    }
}

void TestReportPdf::renderFailsCleanly()
{
    // A plan with a cycle cannot be scheduled: an error naming the tasks, and no file.
    Plan plan = testing::handPlan();
    plan.tasks[0].after = { Dependency{ "switch", DependencyType::FS, 0 } };
    const QString path = m_dir.filePath("cycle.pdf");
    const auto pages = ReportBuilder::writePdf(path, plan, pinnedOptions());
    QVERIFY(!pages.ok());
    QVERIFY2(pages.errorString().contains("cycle"), qPrintable(pages.errorString()));
    QVERIFY(!QFile::exists(path));
}

void TestReportPdf::templatePagesAreFilled_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("imported");
    QTest::newRow("en") << "en" << false;
    QTest::newRow("en, sample exports") << "en" << true;
    QTest::newRow("de") << "de" << false;
    QTest::newRow("de, sample exports") << "de" << true;
}

void TestReportPdf::templatePagesAreFilled()
{
    // The template plan, as `new --template online-migration` makes it, with and without the
    // sample exports imported: no page is less than a third full except the last. Measured twice,
    // from the layout engine's page model and from the pixels of the printed PDF.
    QFETCH(QString, language);
    QFETCH(bool, imported);
    if (QStandardPaths::findExecutable("pdftoppm").isEmpty())
        QSKIP("pdftoppm (Debian package poppler-utils) is not installed");
    const QString plan = m_dir.filePath(QString("fill-%1-%2.cutover").arg(language).arg(imported));
    QFile::remove(plan);
    CliOutcome o = runCli({ "new", plan, "--template", "online-migration", "--start", "2026-03-07T21:00:00Z", "--timezone", "Europe/Berlin" });
    QVERIFY2(o.code == 0, qPrintable(o.err));
    if (imported) {
        QStringList files;
        const QDir samples(CUTOVER_SAMPLES_DIR);
        for (const QString &name : samples.entryList(QDir::Files, QDir::Name)) {
            if (name != "README.md")
                files << samples.filePath(name);
        }
        o = runCli(QStringList{ "import", plan } + files);
        QVERIFY2(o.code == 0, qPrintable(o.err));
    }
    const auto read = PlanFile::read(plan);
    QVERIFY2(read.ok(), qPrintable(read.errorString()));

    QTranslator translator;
    const QLocale before;
    if (language == "de") {
        QVERIFY(translator.load(QStringLiteral("cutover_de"), CUTOVER_BINARY_DIR "/translations"));
        QCoreApplication::installTranslator(&translator);
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    }
    ReportOptions options = pinnedOptions();
    const auto data = ReportData::build(read.value(), options);
    QVERIFY(data.ok());
    const QList<ComposedPage> pages = ReportBuilder::compose(data.value(), options, a4Body());
    const QString pdf = m_dir.filePath(QString("fill-%1-%2.pdf").arg(language).arg(imported));
    const auto written = ReportBuilder::writePdf(pdf, data.value(), options);
    QCoreApplication::removeTranslator(&translator);
    QLocale::setDefault(before);
    QVERIFY2(written.ok(), qPrintable(written.errorString()));
    QCOMPARE(written.value(), int(pages.size()));

    const QList<double> pixels = pixelFill(pdf, m_dir.filePath(QString("fill-%1-%2").arg(language).arg(imported)));
    QCOMPARE(pixels.size(), pages.size());
    QStringList report;
    for (qsizetype i = 0; i < pages.size(); ++i)
        report << QString("%1: %2 / %3").arg(i + 1).arg(pages[i].used / a4Body().height(), 0, 'f', 2).arg(pixels[i], 0, 'f', 2);
    qInfo("%s page fill (model / pixels): %s", QTest::currentDataTag(), qPrintable(report.join(", ")));
    // Every page but the last is at least a third full (the cover included).
    for (qsizetype i = 0; i + 1 < pages.size(); ++i) {
        QVERIFY2(pages[i].used >= a4Body().height() / 3, qPrintable(report[i]));
        QVERIFY2(pixels[i] >= 1.0 / 3, qPrintable(report[i]));
    }
    // The two measures agree to within a line or two (the model counts a chart's whole rect,
    // the pixels only its ink).
    for (qsizetype i = 0; i < pages.size(); ++i)
        QVERIFY2(std::abs(pages[i].used / a4Body().height() - pixels[i]) < 0.12, qPrintable(report[i]));
}

void TestReportPdf::namesExtractExactly()
{
    // Plan, phase and task names in CJK, with accents and in right-to-left scripts: pdftotext
    // gives each back exactly (no Kangxi radicals for 文 and 行, no presentation forms).
    if (!m_poppler)
        QSKIP("pdftotext (Debian package poppler-utils) is not installed");
    Plan plan = testing::handPlan();
    plan.name = QString::fromUtf8("注文DB移行");
    plan.phases[0].name = QString::fromUtf8("Überführung Çà");
    plan.phases[1].name = QString::fromUtf8("העברת נתונים");
    plan.tasks[0].name = QString::fromUtf8("文書の移行を確認");
    plan.tasks[1].name = QString::fromUtf8("ترحيل البيانات");
    plan.tasks[2].name = QString::fromUtf8("Prüfung der Übertragung");
    plan.tasks[3].name = QString::fromUtf8("בדיקת שלמות");
    const QString path = m_dir.filePath("names.pdf");
    const auto pages = ReportBuilder::writePdf(path, plan, pinnedOptions());
    QVERIFY2(pages.ok(), qPrintable(pages.errorString()));
    const QString all = pageTexts(path).join(' ');
    const QStringList names{ plan.name, plan.phases[0].name, plan.phases[1].name, plan.tasks[0].name, plan.tasks[1].name,
                             plan.tasks[2].name, plan.tasks[3].name };
    for (const QString &name : names)
        QVERIFY2(all.contains(name), qPrintable(name));
    // No Kangxi radical (U+2F00–U+2FDF) anywhere in the text.
    for (QChar c : all)
        QVERIFY2(c.unicode() < 0x2E80 || c.unicode() > 0x2FDF, qPrintable(QString::number(c.unicode(), 16)));
}

void TestReportPdf::longUnbrokenNames()
{
    // Two names of 200,000 characters without a space (the plan's and a task's): the report is
    // written (line breaking is linear: this took minutes when it was quadratic), the cells
    // hold a bounded part of the name with "…", and the page count stays that of a normal plan.
    Plan plan = testing::handPlan();
    plan.name = QString("Migration").repeated(22223);
    plan.tasks[1].name = QString("データ移行").repeated(40000);
    QVERIFY(plan.name.size() > 200000 && plan.tasks[1].name.size() == 200000);
    const QString path = m_dir.filePath("long.pdf");
    QElapsedTimer timer;
    timer.start();
    const auto pages = ReportBuilder::writePdf(path, plan, pinnedOptions());
    QVERIFY2(pages.ok(), qPrintable(pages.errorString()));
    qInfo("two 200,000-character names: %d pages in %lld ms", pages.value(), timer.elapsed());
    const auto normal = ReportBuilder::writePdf(m_dir.filePath("normal.pdf"), testing::handPlan(), pinnedOptions());
    QVERIFY(normal.ok());
    QVERIFY2(pages.value() <= normal.value() + 2, qPrintable(QString("%1 vs %2").arg(pages.value()).arg(normal.value())));
    if (m_poppler) {
        const QString all = pageTexts(path).join(' ');
        QVERIFY(all.contains("MigrationMigrationMigration"));
        QVERIFY(all.contains(QString::fromUtf8("データ移行データ移行")));
    }
}

void TestReportPdf::cliExitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("no output") << QStringList{ "report", "PLAN" } << 2 << "missing -o";
    QTest::newRow("not pdf") << QStringList{ "report", "PLAN", "-o", "OUT/x.cutover" } << 2 << "must end in .pdf";
    QTest::newRow("page size") << QStringList{ "report", "PLAN", "-o", "OUT/x.pdf", "--page-size", "A3" } << 2 << "expected A4 or Letter";
    QTest::newRow("sections") << QStringList{ "report", "PLAN", "-o", "OUT/x.pdf", "--sections", "summary,charts" } << 2
                              << "unknown section \"charts\"";
    QTest::newRow("iterations") << QStringList{ "report", "PLAN", "-o", "OUT/x.pdf", "--iterations", "0" } << 2 << "--iterations";
    QTest::newRow("seed") << QStringList{ "report", "PLAN", "-o", "OUT/x.pdf", "--seed", "-3" } << 2 << "--seed";
    QTest::newRow("missing plan") << QStringList{ "report", "OUT/none.json", "-o", "OUT/x.pdf" } << 2 << "none.json";
    QTest::newRow("no such directory") << QStringList{ "report", "PLAN", "-o", "OUT/nodir/x.pdf", "--sections", "cover" } << 2 << "x.pdf";
    QTest::newRow("help") << QStringList{ "report", "--help" } << 0 << "";
}

void TestReportPdf::cliExitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    const QString plan = m_dir.filePath("cli-plan.json");
    QVERIFY(PlanJson::writeFile(testing::handPlan(), plan).ok());
    for (QString &a : args) {
        a.replace("PLAN", plan);
        a.replace("OUT", m_dir.path());
    }
    const CliOutcome o = runCli(args);
    QCOMPARE(o.code, code);
    if (code != 0) {
        QVERIFY2(o.err.contains(message), qPrintable(o.err));
        QCOMPARE(o.err.trimmed().count('\n'), 0); // one line
        QVERIFY(!QFile::exists(m_dir.filePath("x.pdf")));
    } else {
        QVERIFY(o.out.contains("--page-size"));
    }
}

void TestReportPdf::cliWritesReport()
{
    const QString plan = m_dir.filePath("cli-ok.json");
    QVERIFY(PlanJson::writeFile(testing::handPlan(), plan).ok());
    QDir sub(m_dir.filePath("out"));
    QVERIFY(sub.mkpath("."));
    const QString out = sub.filePath("report.pdf");
    const CliOutcome o = runCli({ "report", plan, "-o", out, "--page-size", "Letter", "--iterations", "500", "--seed", "7" });
    QCOMPARE(o.code, 0);
    QVERIFY2(o.out.contains("Letter"), qPrintable(o.out));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(5) == "%PDF-");
    // Nothing but the report is left in the directory (no temporary file).
    QCOMPARE(sub.entryList(QDir::Files | QDir::Hidden), QStringList{ "report.pdf" });
}

void TestReportPdf::cliFailureKeepsOldFile()
{
    Plan bad = testing::handPlan();
    bad.tasks[0].after = { Dependency{ "switch", DependencyType::FS, 0 } };
    const QString plan = m_dir.filePath("cycle.json");
    // The cycle is in the plan's structure; write it as JSON without the checks of the reader.
    QFile pf(plan);
    QVERIFY(pf.open(QIODevice::WriteOnly));
    pf.write(PlanJson::serialize(bad));
    pf.close();
    QDir sub(m_dir.filePath("keep"));
    QVERIFY(sub.mkpath("."));
    const QString out = sub.filePath("report.pdf");
    QFile old(out);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("previous report");
    old.close();
    const CliOutcome o = runCli({ "report", plan, "-o", out });
    QCOMPARE(o.code, 1); // the guardrail: the cycle is printed first as a plan error (docs/analysis.md)
    QVERIFY2(o.err.contains("cycle.json"), qPrintable(o.err));
    QFile check(out);
    QVERIFY(check.open(QIODevice::ReadOnly));
    QCOMPARE(check.readAll(), QByteArray("previous report"));
    QCOMPARE(sub.entryList(QDir::Files | QDir::Hidden), QStringList{ "report.pdf" });
}

QTEST_MAIN(TestReportPdf)
#include "test_reportpdf.moc"
