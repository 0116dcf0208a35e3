// SPDX-License-Identifier: GPL-3.0-or-later
// Presenter mode (docs/review.md) by keyboard: F5 enters, the agenda steps with Page Down and
// the arrow keys, the board is read-only until Ctrl+U, and G + a rationale + Enter records a Go
// at the gate with the remembered user and the injected clock, as one undo step; Esc leaves.
#include "../document/testplan.h"
#include "charts/chartstyle.h"
#include "document/document.h"
#include "gui/mainwindow.h"
#include "gui/presenterwindow.h"
#include "gui/reviewactions.h"

#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cutover;
using namespace cutover::gui;

class TestPresenter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void meetingByKeyboard()
    {
        MainWindow window(m_dir.filePath("recovery"));
        Document *doc = window.document();
        doc->resetPlan(testing::smallPlan());
        const int decisionsBefore = int(doc->plan().decisions.size());
        const QDateTime at(QDate(2026, 12, 5), QTime(21, 40), QTimeZone(3600));
        window.reviewActions()->setClock([at] { return at; });
        ReviewActions::rememberUser(QStringLiteral("Migration lead"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window);

        QTest::keyClick(&window, Qt::Key_F5);
        PresenterWindow *presenter = window.presenter();
        QVERIFY(presenter);
        QVERIFY(presenter->isFullScreen());
        QVERIFY(QTest::qWaitForWindowExposed(presenter));
        QApplication::setActiveWindow(presenter);
        QCOMPARE(presenter->current(), int(PresenterWindow::Summary));
        // The charts lay themselves out for the larger type while presenting.
        QVERIFY(charts::ChartStyle::textScale() > 1.0);

        QTest::keyClick(presenter, Qt::Key_PageDown);
        QCOMPARE(presenter->current(), int(PresenterWindow::Timeline));
        QTest::keyClick(presenter, Qt::Key_Right);
        QCOMPARE(presenter->current(), int(PresenterWindow::Simulation));
        QTest::keyClick(presenter, Qt::Key_Left);
        QCOMPARE(presenter->current(), int(PresenterWindow::Timeline));
        for (int i = 0; i < 4; ++i)
            QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : presenter, Qt::Key_PageDown);
        QCOMPARE(presenter->current(), int(PresenterWindow::Gates));
        QCOMPARE(presenter->gateList()->count(), 1); // smallPlan has one gate, sync-ok
        QCOMPARE(presenter->gateList()->currentItem()->data(Qt::UserRole).toString(), QStringLiteral("sync-ok"));

        // Locked: G does nothing.
        QTest::keyClick(presenter->gateList(), Qt::Key_G);
        QVERIFY(presenter->rationaleEdit()->isHidden());
        QTest::keyClick(presenter->gateList(), Qt::Key_U, Qt::ControlModifier);
        QVERIFY(presenter->isUnlocked());
        QTest::keyClick(presenter->gateList(), Qt::Key_G);
        QVERIFY(presenter->rationaleEdit()->isVisible());
        QCOMPARE(QApplication::focusWidget(), presenter->rationaleEdit());
        QTest::keyClicks(presenter->rationaleEdit(), QStringLiteral("sync lag under 5 s"));
        QTest::keyClick(presenter->rationaleEdit(), Qt::Key_Return);

        QCOMPARE(doc->plan().decisions.size(), decisionsBefore + 1);
        const GateDecision &d = doc->plan().decisions.constLast();
        QCOMPARE(d.gate, QStringLiteral("sync-ok"));
        QCOMPARE(d.outcome, GateOutcome::Go);
        QCOMPARE(d.decidedBy, QStringLiteral("Migration lead"));
        QCOMPARE(d.decidedAt, at);
        QCOMPARE(d.rationale, QStringLiteral("sync lag under 5 s"));
        QCOMPARE(d.deadlineP80, doc->analysis()->summary().deadlineP80);
        // One step: undo removes the decision.
        doc->undoStack()->undo();
        QCOMPARE(doc->plan().decisions.size(), decisionsBefore);
        doc->undoStack()->redo();

        QTest::keyClick(presenter->gateList(), Qt::Key_Escape);
        QTRY_VERIFY(!window.presenter());
        QCOMPARE(charts::ChartStyle::textScale(), 1.0);
        doc->markSaved();
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestPresenter)
#include "test_presenter.moc"
