// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/plan.h"

#include <QDateTime>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace cutover {
class Document;
}

namespace cutover::gui {

class ChangesView;

/**
 * Presenter mode (docs/review.md, "In the room"): full screen, large type, high contrast, an
 * agenda stepped with the arrow keys or Page Down / Page Up (summary → timeline → simulation →
 * rollback & criteria → readiness → gates → changes since the last baseline); Esc leaves. The
 * charts lay themselves out for the larger type (charts::ChartStyle::setTextScale) instead of
 * being scaled pictures. Read-only until unlocked (Ctrl+U): then the go/no-go board records a
 * Go / No-go / Hold (G / N / H, a rationale, Enter) as one undoable step with who (the
 * remembered user), when (the injected clock) and the figures of that moment.
 */
class PresenterWindow : public QWidget
{
    Q_OBJECT
public:
    enum Agenda { Summary, Timeline, Simulation, Rollback, Readiness, Gates, Changes, AgendaCount };
    Q_ENUM(Agenda)

    using Clock = std::function<QDateTime()>;
    PresenterWindow(Document *document, Clock clock, QWidget *parent = nullptr);
    ~PresenterWindow() override;

    int current() const;
    void step(int delta);
    bool isUnlocked() const { return m_unlocked; }
    void setUnlocked(bool on);
    /** Records a decision at the gate picked on the board; false when locked or refused. */
    bool decide(GateOutcome outcome, const QString &rationale);
    QListWidget *gateList() const { return m_gates; }
    QLineEdit *rationaleEdit() const { return m_rationale; }
    static QString agendaTitle(int item);

signals:
    void left();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *buildBoard();
    void refresh();
    void refreshBoard();
    void ask(GateOutcome outcome);

    Document *m_document;
    Clock m_clock;
    QLabel *m_title;
    QLabel *m_hint;
    QStackedWidget *m_pages;
    QLabel *m_summary;
    QWidget *m_timeline;
    QWidget *m_simulation;
    QLabel *m_rollback;
    QLabel *m_readiness;
    QListWidget *m_gates = nullptr;
    QLabel *m_gateDetails = nullptr;
    QLabel *m_askLabel = nullptr;
    QLineEdit *m_rationale = nullptr;
    QPushButton *m_buttons[3] = {};
    ChangesView *m_changes;
    bool m_unlocked = false;
    int m_pending = -1; ///< the outcome asked for (index into m_buttons), -1: none
    double m_previousScale = 1.0;
};

} // namespace cutover::gui
