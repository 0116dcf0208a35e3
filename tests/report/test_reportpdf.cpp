// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF end to end, read back with poppler's pdfinfo and pdftotext: page count, page size,
// metadata, key figures, names in any script, user text printed literally, and the CLI.
#include "common/clirunner.h"
#include "reportfixtures.h"

#include "common/plangenerator.h"
#include "interchange/planjson.h"
#include "interchange/plantemplates.h"
#include "report/reportbuilder.h"

#include <QDir>
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
    void largePlanRepeatsHeaders();
    void timelineBlocksKeepEveryRow();
    void renderFailsCleanly();
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
    // Cover, summary, timeline, runbook, rollback, monitoring (1-2), simulation (2), readiness.
    QVERIFY2(pages.value() >= 9 && pages.value() <= 12, qPrintable(QString::number(pages.value())));
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
    // Qt 6.4 writes the ToUnicode map of a subset font by reverse lookup of the font's cmap; Noto
    // CJK maps 行 (U+884C) and the Kangxi radical ⾏ (U+2F8F) to one glyph and the radical wins,
    // so the extracted text needs compatibility normalisation (NFKC) to read 移行.
    QVERIFY(all.normalized(QString::NormalizationForm_KC).contains("データ移行を確認"));
    QVERIFY(all.contains("データ移"));
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
