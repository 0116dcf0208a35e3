// SPDX-License-Identifier: GPL-3.0-or-later
// The report's sign-off and "Changes since BASELINE" section (docs/review.md), read back with
// pdftotext. The hand plan has fixed durations, so its figures are exact (reportfixtures.h).
#include "reportfixtures.h"

#include "report/reportbuilder.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cutover;
using namespace cutover::report;

namespace {

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start("pdftotext", {"-enc", "UTF-8", pdf, "-"});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    static const QRegularExpression space("\\s+");
    return QString::fromUtf8(p.readAllStandardOutput()).replace(space, " ");
}

/** The hand plan with baseline R1, taken when "bold" was planned at 15 min, approved as of it. */
Plan reviewedPlan()
{
    Plan plan = testing::handPlan();
    Baseline r1;
    r1.name = "R1";
    r1.takenAt = QDateTime(QDate(2026, 3, 1), QTime(9, 0), QTimeZone::utc());
    r1.takenBy = "Ana";
    r1.tasks = plan.tasks;
    r1.tasks[2].duration.likely = 15;
    r1.rollbackTasks = plan.rollbackTasks;
    r1.criteria = plan.criteria;
    // Then: freeze at 20:00 + 125 min, switch done 30 + 15 + 10 later: 55 min of downtime.
    r1.figures.downtimeMinutes = 55;
    r1.figures.downtimeP80 = 55;
    plan.baselines = {r1};
    plan.approval = Approval{"Chris", QDateTime(QDate(2026, 3, 1), QTime(10, 0), QTimeZone::utc()), "R1"};
    plan.status = PlanStatus::InReview;
    return plan;
}

ReportOptions options()
{
    ReportOptions o;
    o.generatedAt = QDateTime(QDate(2026, 3, 2), QTime(9, 30), QTimeZone::utc());
    o.iterations = 500;
    o.sections = Sections(Section::Summary) | Section::Review;
    return o;
}

} // namespace

class TestReportReview : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (QStandardPaths::findExecutable("pdftotext").isEmpty())
            QSKIP("pdftotext (Debian package poppler-utils) is not installed: cannot read the PDF back");
    }

    void approvalAndChanges()
    {
        const QString path = m_dir.filePath("review.pdf");
        const auto pages = ReportBuilder::writePdf(path, reviewedPlan(), options());
        QVERIFY2(pages.ok(), qPrintable(pages.errorString()));
        const QString text = pdfText(path);
        QVERIFY2(text.contains("Approved by Chris on Sun 1 Mar 2026 10:00 (UTC) as of baseline \u201cR1\u201d. "
                               "The plan has changed since it was approved (status: In review)."),
                 qPrintable(text.mid(text.indexOf("Sign-off"), 400)));
        QVERIFY(text.contains("Changes since R1"));
        QVERIFY(text.contains("Baseline \u201cR1\u201d was taken on Sun 1 Mar 2026 09:00 (UTC) by Ana."));
        // Now: 125 + 30 + 20 + 10 - 125 = 60 min.
        // (pdftotext may drop the space in a right-aligned "1 h" and reads right-aligned cells
        // out of row order, so the effect is looked for on its own.)
        static const QRegularExpression likely("Downtime \\(likely\\) 55 min 1 ?h"), p80("Downtime \\(P80\\) 55 min 1 ?h");
        QVERIFY2(text.contains(likely), qPrintable(text.mid(text.indexOf("Figure"), 400)));
        QVERIFY(text.contains(p80));
        QVERIFY2(text.contains("bold <b>x</b> duration: 15 min \u2192 20 min"), qPrintable(text.mid(text.indexOf("What changed"), 400)));
        QVERIFY(text.contains("+5 min"));
    }

    void unchangedApproval()
    {
        Plan plan = reviewedPlan();
        plan.baselines[0].tasks = plan.tasks;
        plan.status = PlanStatus::Approved;
        const QString path = m_dir.filePath("unchanged.pdf");
        QVERIFY(ReportBuilder::writePdf(path, plan, options()).ok());
        const QString text = pdfText(path);
        QVERIFY(text.contains("as of baseline \u201cR1\u201d. The plan has not changed since."));
        QVERIFY(text.contains("The runbook, rollback plan and criteria are as in the baseline."));
    }

    void noBaselineNoSection()
    {
        const QString path = m_dir.filePath("plain.pdf");
        QVERIFY(ReportBuilder::writePdf(path, testing::handPlan(), options()).ok());
        QVERIFY(!pdfText(path).contains("Sign-off"));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestReportReview)
#include "test_reportreview.moc"
