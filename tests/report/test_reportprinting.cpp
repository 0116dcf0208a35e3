// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI's entry point: the report through a QPrinter (what File > Print and the print
// preview use), here printing to a PDF file so it can be read back.
#include "reportfixtures.h"

#include "report/printing/reportprinting.h"
#include "report/reportbuilder.h"

#include <QFile>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cutover;
using namespace cutover::report;

class TestReportPrinting : public QObject
{
    Q_OBJECT

private slots:
    void printsToPrinter();
    void preparePrinterDefaults();
};

void TestReportPrinting::printsToPrinter()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ReportOptions options;
    options.iterations = 300;
    options.pageSize = QPageSize::Letter;
    options.generatedAt = QDateTime(QDate(2026, 3, 1), QTime(9, 30), QTimeZone::utc());
    const Plan plan = testing::handPlan();
    const auto data = ReportData::build(plan, options);
    QVERIFY2(data.ok(), qPrintable(data.errorString()));

    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath("printed.pdf"));
    ReportPrinting::preparePrinter(&printer, plan, options);
    QCOMPARE(printer.pageLayout().orientation(), QPageLayout::Landscape);
    QCOMPARE(printer.pageLayout().pageSize().id(), QPageSize::Letter);
    const Status status = ReportPrinting::print(&printer, data.value(), options);
    QVERIFY2(status.ok(), qPrintable(status.errorString()));
    QFile f(dir.filePath("printed.pdf"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(5) == "%PDF-");
    f.close();

    if (QStandardPaths::findExecutable("pdfinfo").isEmpty())
        QSKIP("pdfinfo (Debian package poppler-utils) is not installed: cannot count the pages");
    // The printer gets as many pages as the layout for its printable area.
    const QRectF paint = printer.pageLayout().paintRect(QPageLayout::Point);
    const QSizeF body(paint.width(), paint.height() - ReportBuilder::kHeaderHeight - ReportBuilder::kFooterHeight);
    const qsizetype expected = ReportBuilder::compose(data.value(), options, body).size();
    QProcess p;
    p.start("pdfinfo", { dir.filePath("printed.pdf") });
    QVERIFY(p.waitForFinished(60000));
    const QString info = QString::fromUtf8(p.readAllStandardOutput());
    const QRegularExpressionMatch pages = QRegularExpression("Pages:\\s+(\\d+)").match(info);
    QVERIFY(pages.hasMatch());
    QCOMPARE(pages.captured(1).toLongLong(), expected);
    QVERIFY(info.contains("Title:           Cutover report: Orders to Azure SQL"));
    // Letter landscape: 792 × 612 pt.
    QVERIFY2(info.contains(QRegularExpression("Page size:\\s+792 x 612 pts")), qPrintable(info));
}

void TestReportPrinting::preparePrinterDefaults()
{
    ReportOptions options;
    options.orientation = QPageLayout::Portrait;
    Plan plan = testing::handPlan();
    plan.name = "Orders: EU/US <cutover>";
    QPrinter printer;
    printer.setOutputFormat(QPrinter::PdfFormat);
    ReportPrinting::preparePrinter(&printer, plan, options);
    QCOMPARE(printer.pageLayout().orientation(), QPageLayout::Portrait);
    QCOMPARE(printer.pageLayout().pageSize().id(), QPageSize::A4);
    QCOMPARE(printer.docName(), QString("Cutover report: Orders: EU/US <cutover>"));
    // Characters that cannot be in a file name are replaced in the suggested file name.
    QCOMPARE(QFileInfo(printer.outputFileName()).fileName(), QString("Orders- EU-US -cutover-.pdf"));
}

QTEST_MAIN(TestReportPrinting)
#include "test_reportprinting.moc"
