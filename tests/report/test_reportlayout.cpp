// SPDX-License-Identifier: GPL-3.0-or-later
// The report's building blocks without a PDF: section names, the verdict sentence, page
// composition rules (header rows repeated, no lonely group row, paragraphs split) and the
// PDF information dictionary update.
#include "report/pagecomposer.h"
#include "charts/criteriaboard.h"
#include "report/pdfinfo.h"
#include "report/pdftounicode.h"
#include "report/reportoptions.h"
#include "report/reportsections.h"
#include "report/reportstyle.h"
#include "report/reportverdict.h"

#include <QFontMetricsF>
#include <QRegularExpression>
#include <QTextLayout>

#include <limits>
#include <QTimeZone>
#include <QTest>

using namespace cutover;
using namespace cutover::report;

class TestReportLayout : public QObject
{
    Q_OBJECT

private slots:
    void parseSections_data();
    void parseSections();
    void verdict_data();
    void verdict();
    void percent_data();
    void percent();
    void tableRepeatsHeaderPerPage();
    void groupRowNeverEndsAPage();
    void lastRowNeverAlone();
    void shortTableKeptTogether();
    void paragraphSplitsAcrossPages();
    void headingKeptWithFollowingContent();
    void headingMovesWithItsTable();
    void headingsKeptTogetherWithParagraph();
    void anchorIsThePageOfTheHeading();
    void longTableNeedsRoomForItsFirstRows();
    void pageRecordsHowFullItIs();
    void wrapMatchesTextLayoutOnProse();
    void wrapBreaksLongUnbrokenText();
    void wrapStopsAfterMaxLines();
    void elidedMeasuresOnlyWhatFits();
    void measuredText_data();
    void measuredText();
    void toUnicodeRadicalsBecomeIdeographs();
    void toUnicodeKeepsRadicalsThatWereWritten();
    void pdfInfoIncrementalUpdate();
    void pdfInfoRejectsNonPdf();
};

void TestReportLayout::parseSections_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<unsigned>("bits");
    QTest::newRow("all") << "all" << true << 0x1FFu;
    QTest::newRow("two") << "summary,timeline" << true << 0x06u;
    QTest::newRow("spaces and case") << " Cover , READINESS " << true << 0x81u;
    QTest::newRow("repeated") << "runbook,runbook" << true << 0x08u;
    QTest::newRow("unknown") << "summary,gantt" << false << 0u;
    QTest::newRow("empty") << "" << false << 0u;
    QTest::newRow("only commas") << ",," << false << 0u;
}

void TestReportLayout::parseSections()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(unsigned, bits);
    const auto parsed = SectionNames::parse(text);
    QCOMPARE(parsed.ok(), ok);
    if (ok)
        QCOMPARE(unsigned(parsed.value().toInt()), bits);
    else
        QVERIFY(parsed.error().message.contains("expected a comma-separated list"));
}

void TestReportLayout::verdict_data()
{
    QTest::addColumn<bool>("window");
    QTest::addColumn<bool>("marks");
    QTest::addColumn<double>("probability"); // < 0: not simulated
    QTest::addColumn<int>("fits");           // -1 unknown, 0 no, 1 yes
    QTest::addColumn<QString>("deadline");
    QTest::addColumn<int>("breached");
    QTest::addColumn<int>("open");
    QTest::addColumn<QString>("gate");   // "!name": latest decision no-go, "~name": hold
    QTest::addColumn<QString>("expected");

    QTest::newRow("issue example") << true << true << 0.94 << 1 << "03:10" << 0 << 0 << ""
                                   << "Fits the window with 94 % confidence; rollback must start by 03:10.";
    QTest::newRow("exactly 80 % fits") << true << true << 0.80 << 1 << "03:10" << 0 << 0 << ""
                                       << "Fits the window with 80 % confidence; rollback must start by 03:10.";
    QTest::newRow("at risk") << true << true << 0.655 << 1 << "01:45" << 0 << 0 << ""
                             << "At risk: fits the window with only 66 % confidence; rollback must start by 01:45.";
    QTest::newRow("unlikely") << true << true << 0.2 << 0 << "01:45" << 0 << 0 << ""
                              << "Unlikely to fit the window (20 % confidence); rollback must start by 01:45.";
    QTest::newRow("no deadline") << true << true << 0.9 << 1 << "" << 0 << 0 << "" << "Fits the window with 90 % confidence.";
    QTest::newRow("breach and open items") << true << true << 0.99 << 1 << "03:10" << 2 << 1 << ""
                                           << "Fits the window with 99 % confidence; rollback must start by 03:10. "
                                              "2 rollback criteria are breached in the imported data. 1 readiness item is still open.";
    QTest::newRow("one breach, items") << true << true << 0.99 << 1 << "03:10" << 1 << 3 << ""
                                       << "Fits the window with 99 % confidence; rollback must start by 03:10. "
                                          "1 rollback criterion is breached in the imported data. 3 readiness items are still open.";
    QTest::newRow("no-go at a gate") << true << true << 0.97 << 1 << "03:10" << 0 << 0 << "!Go/no-go: switch traffic"
                                     << "Fits the window with 97 % confidence; rollback must start by 03:10. "
                                        "The latest decision at \u201cGo/no-go: switch traffic\u201d is NO-GO.";
    QTest::newRow("hold at a gate") << true << true << 0.97 << 1 << "03:10" << 0 << 0 << "~Freeze gate"
                                    << "Fits the window with 97 % confidence; rollback must start by 03:10. "
                                       "The latest decision at \u201cFreeze gate\u201d is to hold.";
    QTest::newRow("not simulated, fits") << true << true << -1.0 << 1 << "03:10" << 0 << 0 << ""
                                         << "Fits the window at likely durations (not simulated); rollback must start by 03:10.";
    QTest::newRow("not simulated, late") << true << true << -1.0 << 0 << "" << 0 << 0 << ""
                                         << "Does not fit the window even at likely durations.";
    QTest::newRow("no window") << false << true << -1.0 << -1 << "" << 0 << 0 << ""
                               << "No maintenance window is set, so the fit cannot be judged.";
    QTest::newRow("no marks") << true << false << -1.0 << -1 << "" << 0 << 0 << ""
                              << "The downtime cannot be judged: no task is marked as the start of the write freeze and the traffic switch.";
}

void TestReportLayout::verdict()
{
    QFETCH(bool, window);
    QFETCH(bool, marks);
    QFETCH(double, probability);
    QFETCH(int, fits);
    QFETCH(QString, deadline);
    QFETCH(int, breached);
    QFETCH(int, open);
    QFETCH(QString, gate);
    QFETCH(QString, expected);
    VerdictFacts f;
    f.hasWindow = window;
    f.hasDowntimeMarks = marks;
    if (probability >= 0)
        f.probability = probability;
    if (fits >= 0)
        f.fitsDeterministic = fits == 1;
    f.rollbackDeadline = deadline;
    f.breachedRollbackCriteria = breached;
    f.openReadinessItems = open;
    if (!gate.isEmpty()) {
        f.holdingGate = gate.mid(1);
        f.holdingIsNoGo = gate.startsWith('!');
    }
    QCOMPARE(ReportVerdict::sentence(f), expected);
}

void TestReportLayout::percent_data()
{
    QTest::addColumn<double>("share");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << 0.0 << "0 %";
    QTest::newRow("one") << 1.0 << "100 %";
    QTest::newRow("tiny") << 0.0001 << "< 1 %";
    QTest::newRow("almost") << 0.9996 << "> 99 %";
    QTest::newRow("half rounds up") << 0.945 << "95 %";
    QTest::newRow("plain") << 0.2349 << "23 %";
}

void TestReportLayout::percent()
{
    QFETCH(double, share);
    QFETCH(QString, text);
    QCOMPARE(ReportVerdict::percent(share), text);
}

namespace {

double rowHeight()
{
    // One line of table text plus the cell padding (2.5 pt above and below).
    return ReportStyle::lineHeight(ReportStyle::font(ReportStyle::kSmall)) + 5.0;
}

QList<TableColumn> twoColumns()
{
    return { { "A", 1 }, { "B", 1 } };
}

} // namespace

void TestReportLayout::tableRepeatsHeaderPerPage()
{
    // Room for the header and exactly 9 rows per page; 20 rows need 3 pages (9 + 9 + 2),
    // each starting with its own header: ops = 10, 10, 3 (and the table's trailing skip adds none).
    const double rh = rowHeight();
    PageComposer c(QSizeF(400, rh * 10 + 0.5));
    QList<TableRow> rows;
    for (int i = 0; i < 20; ++i)
        rows << TableRow{ { QString::number(i), "x" } };
    c.table(twoColumns(), rows);
    const QList<ComposedPage> pages = c.takePages();
    QCOMPARE(pages.size(), 3);
    QCOMPARE(pages[0].ops.size(), 10);
    QCOMPARE(pages[1].ops.size(), 10);
    QCOMPARE(pages[2].ops.size(), 3);
}

void TestReportLayout::groupRowNeverEndsAPage()
{
    // 9 rows fit under the header. Row 8 (the 9th) is a group row followed by tasks: it must
    // move to the next page, so page 1 holds the header and 8 rows.
    const double rh = rowHeight();
    PageComposer c(QSizeF(400, rh * 10 + 0.5));
    QList<TableRow> rows;
    for (int i = 0; i < 8; ++i)
        rows << TableRow{ { QString::number(i), "x" } };
    rows << TableRow{ { "Phase 2" }, true };
    rows << TableRow{ { "9", "x" } } << TableRow{ { "10", "x" } };
    c.table(twoColumns(), rows);
    const QList<ComposedPage> pages = c.takePages();
    QCOMPARE(pages.size(), 2);
    QCOMPARE(pages[0].ops.size(), 1 + 8);
    QCOMPARE(pages[1].ops.size(), 1 + 3);
}

void TestReportLayout::lastRowNeverAlone()
{
    // 10 rows, 9 fit under the header: instead of 9 + 1 the page breaks one row early, 8 + 2.
    const double rh = rowHeight();
    PageComposer c(QSizeF(400, rh * 10 + 0.5));
    QList<TableRow> rows;
    for (int i = 0; i < 10; ++i)
        rows << TableRow{ { QString::number(i), "x" } };
    c.table(twoColumns(), rows);
    const QList<ComposedPage> pages = c.takePages();
    QCOMPARE(pages.size(), 2);
    QCOMPARE(pages[0].ops.size(), 1 + 8);
    QCOMPARE(pages[1].ops.size(), 1 + 2);
}

void TestReportLayout::shortTableKeptTogether()
{
    // 5 rows + header need 6 row heights; with 4 left on the page the whole table moves on.
    const double rh = rowHeight();
    PageComposer c(QSizeF(400, rh * 10 + 0.5));
    c.place(rh * 6, [](QPainter *, const QRectF &) {});
    QList<TableRow> rows;
    for (int i = 0; i < 5; ++i)
        rows << TableRow{ { QString::number(i), "x" } };
    c.table(twoColumns(), rows);
    const QList<ComposedPage> pages = c.takePages();
    QCOMPARE(pages.size(), 2);
    QCOMPARE(pages[0].ops.size(), 1);
    QCOMPARE(pages[1].ops.size(), 1 + 5);
}

void TestReportLayout::paragraphSplitsAcrossPages()
{
    // 25 explicit lines on pages of 10 lines: 10 + 10 + 5, one op per page part.
    const QFont font = ReportStyle::font(ReportStyle::kBody);
    const double lh = ReportStyle::lineHeight(font);
    PageComposer c(QSizeF(500, lh * 10 + 0.1));
    QStringList lines;
    for (int i = 0; i < 25; ++i)
        lines << QStringLiteral("line %1").arg(i);
    c.paragraph(lines.join('\n'), font);
    const QList<ComposedPage> pages = c.takePages();
    QCOMPARE(pages.size(), 3);
    for (const ComposedPage &p : pages)
        QCOMPARE(p.ops.size(), 1);
}

void TestReportLayout::headingKeptWithFollowingContent()
{
    PageComposer c(QSizeF(500, 300));
    c.place(250, [](QPainter *, const QRectF &) {});
    // 50 pt left: a heading that must keep 60 pt of content with it goes to the next page.
    c.heading("Runbook", 60);
    const QList<ComposedPage> pages = c.takePages();
    QCOMPARE(pages.size(), 2);
    QCOMPARE(pages[0].ops.size(), 1);
    QCOMPARE(pages[1].ops.size(), 1);
}

void TestReportLayout::headingMovesWithItsTable()
{
    // 4 row heights left: room for a heading, not for the heading and the 5-row table that
    // follows (kept together). The heading goes to the next page with it, never alone at the foot.
    const double rh = rowHeight();
    PageComposer c(QSizeF(400, rh * 10 + 0.5));
    c.place(rh * 6, [](QPainter *, const QRectF &) {});
    c.subheading("Phasen");
    QList<TableRow> rows;
    for (int i = 0; i < 5; ++i)
        rows << TableRow{ { QString::number(i), "x" } };
    c.table(twoColumns(), rows);
    const QList<ComposedPage> pages = c.takePages();
    QCOMPARE(pages.size(), 2);
    QCOMPARE(pages[0].ops.size(), 1);         // the filler only
    QCOMPARE(pages[1].ops.size(), 1 + 1 + 5); // heading, header row, 5 rows
}

void TestReportLayout::headingsKeptTogetherWithParagraph()
{
    // A heading and a subheading in a row wait together for the paragraph: with room for both
    // headings but not one line more, all three go to the next page.
    const QFont font = ReportStyle::font(ReportStyle::kBody);
    const double lh = ReportStyle::lineHeight(font);
    const double h1 = ReportStyle::lineHeight(ReportStyle::font(ReportStyle::kH1, true)) + 8.0;
    const double h2 = ReportStyle::lineHeight(ReportStyle::font(ReportStyle::kH2, true)) + 3.0;
    PageComposer c(QSizeF(500, 400));
    c.place(400 - (10 + h1 + 8 + h2 + lh * 0.5), [](QPainter *, const QRectF &) {});
    c.heading("Rollback", 0);
    c.subheading("Rollback plan", 0);
    c.paragraph("one line", font);
    const QList<ComposedPage> pages = c.takePages();
    QCOMPARE(pages.size(), 2);
    QCOMPARE(pages[0].ops.size(), 1);
    QCOMPARE(pages[1].ops.size(), 3);
}

void TestReportLayout::anchorIsThePageOfTheHeading()
{
    // The anchor set before a heading names the page the heading lands on, not the page the
    // cursor was on when the section began.
    PageComposer c(QSizeF(500, 300));
    c.place(280, [](QPainter *, const QRectF &) {});
    c.anchor(7);
    c.heading("Runbook", 0);
    c.place(100, [](QPainter *, const QRectF &) {});
    QCOMPARE(c.anchorPage(7), 1);
    QCOMPARE(c.anchorPage(8), -1);
}

void TestReportLayout::longTableNeedsRoomForItsFirstRows()
{
    // 20 rows (not kept together). With room for the header and 2 rows only, the table starts
    // on the next page: header + 3 rows is the least it starts a page with.
    const double rh = rowHeight();
    PageComposer c(QSizeF(400, rh * 10 + 0.5));
    c.place(rh * 7, [](QPainter *, const QRectF &) {});
    QList<TableRow> rows;
    for (int i = 0; i < 20; ++i)
        rows << TableRow{ { QString::number(i), "x" } };
    c.table(twoColumns(), rows);
    const QList<ComposedPage> pages = c.takePages();
    QCOMPARE(pages[0].ops.size(), 1);
    QCOMPARE(pages[1].ops.size(), 10); // header + 9 rows
    // With room for the header and 3 rows it starts at once.
    PageComposer d(QSizeF(400, rh * 10 + 0.5));
    d.place(rh * 6, [](QPainter *, const QRectF &) {});
    d.table(twoColumns(), rows);
    QCOMPARE(d.takePages()[0].ops.size(), 1 + 1 + 3);
}

void TestReportLayout::pageRecordsHowFullItIs()
{
    PageComposer c(QSizeF(400, 300));
    c.place(120, [](QPainter *, const QRectF &) {});
    c.skip(50); // space after content is not content
    c.newPage();
    c.place(300, [](QPainter *, const QRectF &) {});
    const QList<ComposedPage> pages = c.takePages();
    QCOMPARE(pages[0].used, 120.0);
    QCOMPARE(pages[1].used, 300.0);
}

namespace {

/** The lines QTextLayout gives for the whole paragraph at once (the reference method). */
QStringList layoutLines(const QString &text, const QFont &font, double width)
{
    QStringList lines;
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}

} // namespace

void TestReportLayout::wrapMatchesTextLayoutOnProse()
{
    // The windowed wrap gives the same lines as one QTextLayout over the paragraph, for prose
    // many windows long, with long words and a word longer than a line.
    QString text;
    for (int i = 0; i < 300; ++i)
        text += QStringLiteral("Größenprüfung %1 of the replication lag before the write freeze; ").arg(i);
    text += QString(400, 'W') + " end";
    const QFont font = ReportStyle::font(ReportStyle::kBody);
    for (double width : { 90.0, 250.0, 700.0 }) {
        const QStringList expected = layoutLines(text, font, width);
        QVERIFY(expected.size() > 20);
        QCOMPARE(ReportStyle::wrap(text, font, width), expected);
    }
}

void TestReportLayout::wrapBreaksLongUnbrokenText()
{
    // 300,000 characters without a break opportunity: every line fits the width, is full (one
    // character more would not fit), and the lines put together give the text back.
    const QString text = QString("0123456789ABCDEFGHIJ").repeated(15000);
    const QFont font = ReportStyle::font(ReportStyle::kSmall);
    const double width = 180;
    const QStringList lines = ReportStyle::wrap(text, font, width);
    QCOMPARE(lines.join(QString()), text);
    const QFontMetricsF fm(font);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QVERIFY2(fm.horizontalAdvance(lines[i]) <= width + 0.01, qPrintable(QString::number(i)));
        if (i + 1 < lines.size())
            QVERIFY(fm.horizontalAdvance(lines[i] + lines[i + 1].left(1)) > width);
    }
}

void TestReportLayout::wrapStopsAfterMaxLines()
{
    const QString text = QString("x").repeated(100000);
    const QFont font = ReportStyle::font(ReportStyle::kSmall);
    QCOMPARE(ReportStyle::wrap(text, font, 100, 5).size(), 6); // 5 and one more saying "there is more"
    const QStringList clipped = ReportStyle::wrapClipped(text, font, 100, 5);
    QCOMPARE(clipped.size(), 5);
    QVERIFY(clipped.last().endsWith(QChar(0x2026)));
    QVERIFY(QFontMetricsF(font).horizontalAdvance(clipped.last()) <= 100.01);
    // Text that fits is not touched.
    QCOMPARE(ReportStyle::wrapClipped("short", font, 100, 5), QStringList{ "short" });
}

void TestReportLayout::elidedMeasuresOnlyWhatFits()
{
    const QFont font = ReportStyle::font(ReportStyle::kBody);
    const QString huge = QString("abcdefghij").repeated(100000);
    const QString shown = ReportStyle::elided(huge, font, 200);
    QVERIFY(shown.endsWith(QChar(0x2026)));
    QVERIFY(huge.startsWith(shown.chopped(1)));
    QVERIFY(QFontMetricsF(font).horizontalAdvance(shown) <= 200.01);
    // Same result as Qt's elision of the whole text.
    QCOMPARE(shown, QFontMetricsF(font).elidedText(huge.left(2000), Qt::ElideRight, 200));
    QCOMPARE(ReportStyle::elided("fits", font, 200), QString("fits"));
}

namespace {

/** A ToUnicode CMap laid out as Qt writes it (bfrange lines, arrays and linear ranges). */
QByteArray qtStyleCMap()
{
    return "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
           "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
           "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
           "3 beginbfrange\n<0000> <0000> <0000>\n<0001> <0003> [<6CE8> <2F42> <0044> ]\n<0004> <0005> <2F8F>\nendbfrange\n"
           "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
}

} // namespace

void TestReportLayout::measuredText_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<double>("threshold");
    QTest::addColumn<QString>("text");
    const double none = std::numeric_limits<double>::quiet_NaN();
    // The issue's case: the table said "894.563 s", the tile "895 s"; both now say "895 s".
    QTest::newRow("worst lag") << 894.563 << "s" << 30.0 << "895 s";
    QTest::newRow("no unit") << 16.0 << "" << 0.0 << "16";
    QTest::newRow("near the threshold") << 90.24 << "%" << 90.0 << "90.2 %";
    QTest::newRow("nearer still") << 30.04 << "s" << 30.0 << "30.04 s";
    QTest::newRow("small") << 2.26 << "s" << none << "2.3 s";
    QTest::newRow("thousands") << 12000.0 << "ms" << none << "12k ms";
}

void TestReportLayout::measuredText()
{
    QFETCH(double, value);
    QFETCH(QString, unit);
    QFETCH(double, threshold);
    QFETCH(QString, text);
    // The report's table and the criteria tiles call the same function.
    QCOMPARE(ReportSections::measuredText(value, unit, threshold), text);
    QCOMPARE(charts::CriteriaBoardRenderer::measuredText(value, unit, threshold), text);
}

void TestReportLayout::toUnicodeRadicalsBecomeIdeographs()
{
    // Glyph 2 is ⽂ U+2F42 (the font's glyph of 文 U+6587), glyph 4 is ⾏ U+2F8F (行 U+884C);
    // glyph 5 continues the linear range at U+2F90 ⾐, the radical of 衣 U+8863.
    const QByteArray fixed = PdfToUnicode::correctedCMap(qtStyleCMap(), {});
    QVERIFY(!fixed.isEmpty());
    QVERIFY(fixed.startsWith("/CIDInit /ProcSet findresource begin"));
    QVERIFY(fixed.contains("<0001> <6CE8>\n"));
    QVERIFY(fixed.contains("<0002> <6587>\n"));
    QVERIFY(fixed.contains("<0003> <0044>\n"));
    QVERIFY(fixed.contains("<0004> <884C>\n"));
    QVERIFY(fixed.contains("<0005> <8863>\n"));
    QVERIFY(!fixed.contains("2F42"));
    QVERIFY(fixed.endsWith("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"));
    // Nothing to change: empty.
    QVERIFY(PdfToUnicode::correctedCMap(fixed, {}).isEmpty());

    // In a PDF: the stream object is found and replaced by number.
    const QByteArray cmap = qtStyleCMap();
    const QByteArray pdf = "%PDF-1.4\n7 0 obj\n<< /Length " + QByteArray::number(cmap.size()) + " >>\nstream\n" + cmap + "\nendstream\nendobj\n";
    const auto corrections = PdfToUnicode::corrections(pdf, {});
    QCOMPARE(corrections.size(), 1);
    QCOMPARE(corrections.first().first, 7);
    QVERIFY(corrections.first().second.startsWith("<< /Length "));
    QVERIFY(corrections.first().second.contains("<0002> <6587>"));
    QVERIFY(corrections.first().second.endsWith("endstream"));
}

void TestReportLayout::toUnicodeKeepsRadicalsThatWereWritten()
{
    // A plan that really contains ⽂ keeps it; ⾏ (not written) still becomes 行.
    const QByteArray fixed = PdfToUnicode::correctedCMap(qtStyleCMap(), { 0x2F42 });
    QVERIFY(fixed.contains("<0002> <2F42>\n"));
    QVERIFY(fixed.contains("<0004> <884C>\n"));
    QVERIFY(PdfToUnicode::correctedCMap(qtStyleCMap(), { 0x2F42, 0x2F8F, 0x2F90 }).isEmpty());
}

namespace {

/** A minimal one-page PDF with a classic xref table; offsets computed while it is built. */
QByteArray minimalPdf()
{
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    const QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
        "<< /Title (Old) /Creator (Qt) >>",
    };
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 5\n0000000000 65535 f \n";
    for (qsizetype o : offsets)
        pdf += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size 5 /Root 1 0 R /Info 4 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace

void TestReportLayout::pdfInfoIncrementalUpdate()
{
    const QByteArray original = minimalPdf();
    PdfInfoFields fields;
    fields.title = "Cutover report: Ölmigration";
    fields.author = "Jürgen";
    fields.subject = "Window";
    fields.creator = "Cutover Planner";
    const auto updated = PdfInfo::withInfo(original, fields, QDateTime(QDate(2026, 3, 7), QTime(12, 0), QTimeZone::utc()));
    QVERIFY(updated.has_value());
    // The original revision is untouched; the update follows it.
    QVERIFY(updated->startsWith(original));
    const QByteArray tail = updated->mid(original.size());
    // New object 5 at the offset its xref entry names; the new xref at the offset startxref names.
    const qsizetype objectAt = updated->indexOf("5 0 obj", original.size());
    QVERIFY(objectAt > 0);
    QVERIFY(tail.contains(QByteArray("xref\n5 1\n" + QByteArray::number(objectAt).rightJustified(10, '0') + " 00000 n \n")));
    const QRegularExpression startxref("startxref\\n(\\d+)\\n%%EOF\\n$");
    const QRegularExpressionMatch m = startxref.match(QString::fromLatin1(*updated));
    QVERIFY(m.hasMatch());
    QVERIFY(updated->mid(m.captured(1).toLongLong(), 4) == "xref");
    QVERIFY(tail.contains("/Size 6"));
    QVERIFY(tail.contains("/Root 1 0 R"));
    QVERIFY(tail.contains("/Info 5 0 R"));
    QVERIFY(tail.contains(QByteArray("/Prev " + QByteArray::number(original.indexOf("xref\n0 5")))));
    // "Jürgen" as UTF-16BE with BOM: FEFF 004A 00FC 0072 0067 0065 006E.
    QVERIFY(tail.contains("/Author <FEFF004A00FC007200670065006E>"));
    QVERIFY(tail.contains("/CreationDate (D:20260307120000Z)"));
}

void TestReportLayout::pdfInfoRejectsNonPdf()
{
    QVERIFY(!PdfInfo::withInfo("hello", {}, {}).has_value());
    QVERIFY(!PdfInfo::withInfo("%PDF-1.4\nstartxref\n999999\n%%EOF\n", {}, {}).has_value());
}

QTEST_MAIN(TestReportLayout)
#include "test_reportlayout.moc"
