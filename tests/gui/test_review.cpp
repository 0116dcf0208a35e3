// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop's review (docs/review.md): a baseline taken from the Plan menu's handler with the
// injected clock and the remembered user, approval, an edit returning the plan to In review
// with the banner, undo taking both back, and the changes view listing the change.
#include "../document/testplan.h"
#include "analysis/plandiff.h"
#include "document/changevaluecommand.h"
#include "document/document.h"
#include "gui/changesview.h"
#include "gui/mainwindow.h"
#include "gui/messagebanner.h"
#include "gui/reviewactions.h"

#include <QApplication>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace cutover;
using namespace cutover::gui;

class TestReview : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void baselineApprovalAndBanner()
    {
        MainWindow window(m_dir.filePath("recovery"));
        Document *doc = window.document();
        doc->resetPlan(testing::smallPlan());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.menuBar()->findChild<QMenu *>(QStringLiteral("planMenu")));

        ReviewActions *review = window.reviewActions();
        const QDateTime at(QDate(2026, 12, 2), QTime(18, 30), QTimeZone::utc());
        review->setClock([at] { return at; });
        ReviewActions::rememberUser(QStringLiteral("Chris"));
        QVERIFY(review->takeBaseline(QStringLiteral("R1"), QStringLiteral("first review")));
        QCOMPARE(doc->plan().baselines.size(), 1);
        const Baseline &b = doc->plan().baselines.at(0);
        QCOMPARE(b.takenAt, at);
        QCOMPARE(b.takenBy, QStringLiteral("Chris"));
        QCOMPARE(b.tasks, testing::smallPlan().tasks);
        QVERIFY(b.figures.iterations > 0); // the figures include a simulation
        QVERIFY(!review->takeBaseline(QStringLiteral("R1"), {})); // the name is taken

        QVERIFY(review->approve(QStringLiteral("R1"), QStringLiteral("Chris")));
        QCOMPARE(doc->plan().status, PlanStatus::Approved);
        QCOMPARE(doc->plan().approval, (Approval{"Chris", at, "R1"}));
        QVERIFY(window.reviewBanner()->isHidden());

        // final-sync likely 30 -> 45: the plan goes back to review and the banner says so.
        QVERIFY(doc->push(new ChangeTaskFieldCommand(doc, TaskFieldKey{2, Document::TaskField::Likely}, 45.0)));
        QCOMPARE(doc->plan().status, PlanStatus::InReview);
        QVERIFY(window.reviewBanner()->isVisible());
        QVERIFY(window.reviewBanner()->text().contains(QStringLiteral("R1")));

        ChangesView changes(doc);
        QCOMPARE(changes.baseline(), QStringLiteral("R1"));
        QCOMPARE(changes.diff().tasks.changed.size(), 1);
        QCOMPARE(changes.diff().tasks.changed.at(0).id, QStringLiteral("final-sync"));
        // freeze (10) then final-sync (FS+5) then dns: 15 more minutes of downtime.
        QCOMPARE(changes.diff().effects.at(0).downtimeMinutes, std::optional<double>(15));
        const QTreeWidgetItem *runbook = changes.tree()->topLevelItem(1);
        QCOMPARE(runbook->childCount(), 1);
        QVERIFY(runbook->child(0)->text(0).contains(QStringLiteral("final-sync")));
        QCOMPARE(runbook->child(0)->text(3), QStringLiteral("+15 min"));
        QCOMPARE(runbook->child(0)->child(0)->text(0), QStringLiteral("duration"));

        // One undo: the edit and the status together; the banner goes.
        doc->undoStack()->undo();
        QCOMPARE(doc->plan().status, PlanStatus::Approved);
        QVERIFY(window.reviewBanner()->isHidden());
        QVERIFY(!changes.diff().hasDifferences() || changes.diff().tasks.isEmpty());
        doc->markSaved();
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestReview)
#include "test_review.moc"
