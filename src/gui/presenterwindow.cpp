// SPDX-License-Identifier: GPL-3.0-or-later
#include "presenterwindow.h"

#include "changesview.h"
#include "reviewactions.h"

#include "analysis/plananalysis.h"
#include "charts/chartstyle.h"
#include "document/changevaluecommand.h"
#include "document/document.h"
#include "model/displaynames.h"
#include "model/durationtext.h"
#include "views/simulationview.h"
#include "views/timelineview.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <cmath>

namespace cutover::gui {

namespace {

constexpr int kBodyPoints = 26;
constexpr int kTitlePoints = 40;
constexpr double kChartScale = 1.5;

QString minutes(const std::optional<double> &m)
{
    return m ? DurationText::format(*m) : PresenterWindow::tr("unknown");
}

QLabel *bigLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setMargin(24);
    return label;
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='padding-right:48px; color:#FFD84D'>%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

} // namespace

PresenterWindow::PresenterWindow(Document *document, Clock clock, QWidget *parent)
    : QWidget(parent, Qt::Window), m_document(document), m_clock(std::move(clock)), m_title(new QLabel(this)),
      m_hint(new QLabel(this)), m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("presenter"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Presenting %1").arg(document->plan().name));
    // High contrast: white and yellow on black, thick focus frames, large type.
    setStyleSheet(QStringLiteral(
        // (Sizes in the style sheet: a style sheet stops fonts propagating from the parent.)
        "QWidget#presenter, QWidget#presenter QWidget { background: #000000; color: #FFFFFF; font-size: 26pt; }"
        "QWidget#presenter QLabel#presenterTitle { color: #FFD84D; font-size: 40pt; font-weight: bold; border-bottom: 6px solid #FFD84D; }"
        "QWidget#presenter QLabel#presenterHint { color: #C8C8C8; font-size: 17pt; }"
        "QWidget#presenter QTreeWidget, QWidget#presenter QHeaderView::section, QWidget#presenter QComboBox,"
        " QWidget#presenter QListWidget { font-size: 22pt; }"
        "QTreeWidget { alternate-background-color: #1C1C1C; }"
        "QHeaderView::section { background: #303030; color: #FFFFFF; border: 1px solid #FFFFFF; padding: 4px; }"
        "QListWidget, QTreeWidget { border: 4px solid #FFFFFF; }"
        "QListWidget::item { padding: 8px; }"
        "QListWidget::item:selected, QTreeWidget::item:selected { background: #FFD84D; color: #000000; }"
        "QPushButton { border: 5px solid #FFFFFF; padding: 12px 36px; font-weight: bold; }"
        "QPushButton:focus { border-color: #FFD84D; }"
        "QPushButton:disabled { color: #707070; border-color: #707070; }"
        "QLineEdit { border: 4px solid #FFD84D; padding: 8px; }"));
    QFont body = font();
    body.setPointSize(kBodyPoints);
    setFont(body);
    m_previousScale = charts::ChartStyle::textScale();
    charts::ChartStyle::setTextScale(kChartScale);

    m_title->setObjectName(QStringLiteral("presenterTitle"));
    QFont title = body;
    title.setPointSize(kTitlePoints);
    m_title->setFont(title);
    m_hint->setObjectName(QStringLiteral("presenterHint"));
    QFont small = body;
    small.setPointSize(kBodyPoints * 2 / 3);
    m_hint->setFont(small);

    m_summary = bigLabel(this);
    auto *timeline = new views::TimelineView(this);
    m_timeline = timeline;
    auto *simulation = new views::SimulationView(this);
    simulation->setAnalysis(document->analysis());
    // Only the chart: the run controls are for the planner's desk, not the room.
    const auto children = simulation->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly);
    for (QWidget *child : children) {
        if (child != simulation->chart())
            child->hide();
    }
    m_simulation = simulation;
    m_rollback = bigLabel(this);
    m_readiness = bigLabel(this);
    m_changes = new ChangesView(document, this);
    m_changes->setPointSize(kBodyPoints * 3 / 4);
    for (QWidget *page : {static_cast<QWidget *>(m_summary), m_timeline, m_simulation, static_cast<QWidget *>(m_rollback),
                          static_cast<QWidget *>(m_readiness), buildBoard(), static_cast<QWidget *>(m_changes)})
        m_pages->addWidget(page);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 32, 48, 24);
    layout->setSpacing(16);
    layout->addWidget(m_title);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_hint);

    // Page Down / Page Up step whatever has the focus; the arrow keys do when nothing takes them.
    auto *next = new QShortcut(QKeySequence(Qt::Key_PageDown), this);
    connect(next, &QShortcut::activated, this, [this] { step(1); });
    auto *previous = new QShortcut(QKeySequence(Qt::Key_PageUp), this);
    connect(previous, &QShortcut::activated, this, [this] { step(-1); });
    // G / N / H on the board (a shortcut: the gate list would take letters for its search;
    // the rationale field takes them as text).
    const std::pair<Qt::Key, GateOutcome> decisionKeys[] = {
        {Qt::Key_G, GateOutcome::Go}, {Qt::Key_N, GateOutcome::NoGo}, {Qt::Key_H, GateOutcome::Hold}};
    for (const auto &[key, outcome] : decisionKeys) {
        auto *shortcut = new QShortcut(QKeySequence(key), this);
        connect(shortcut, &QShortcut::activated, this, [this, outcome = outcome] {
            if (current() == Gates)
                ask(outcome);
        });
    }
    auto *unlock = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_U), this);
    connect(unlock, &QShortcut::activated, this, [this] { setUnlocked(!m_unlocked); });

    connect(document, &Document::changed, this, &PresenterWindow::refresh);
    connect(document->analysis(), &PlanAnalysis::changed, this, &PresenterWindow::refresh);
    refresh();
    step(0);
}

PresenterWindow::~PresenterWindow()
{
    charts::ChartStyle::setTextScale(m_previousScale);
}

QString PresenterWindow::agendaTitle(int item)
{
    switch (Agenda(item)) {
    case Summary: return tr("Summary");
    case Timeline: return tr("Timeline");
    case Simulation: return tr("Simulation");
    case Rollback: return tr("Rollback & criteria");
    case Readiness: return tr("Readiness");
    case Gates: return tr("Go / no-go");
    case Changes: return tr("Changes since the last baseline");
    case AgendaCount: break;
    }
    return {};
}

int PresenterWindow::current() const
{
    return m_pages->currentIndex();
}

void PresenterWindow::step(int delta)
{
    const int to = std::clamp(current() + delta, 0, AgendaCount - 1);
    m_pages->setCurrentIndex(to);
    m_title->setText(tr("%1   %2 / %3").arg(agendaTitle(to)).arg(to + 1).arg(int(AgendaCount)));
    m_hint->setText(tr("\u2190 \u2192 or Page Up / Page Down: agenda \u00b7 Esc: leave \u00b7 Ctrl+U: %1")
                        .arg(m_unlocked ? tr("lock (decisions are recorded now)") : tr("unlock to record decisions")));
    if (to == Gates && m_gates)
        m_gates->setFocus();
    else
        setFocus();
}

void PresenterWindow::setUnlocked(bool on)
{
    m_unlocked = on && !m_document->isReadOnly();
    for (QPushButton *b : m_buttons)
        b->setEnabled(m_unlocked);
    step(0);
}

QWidget *PresenterWindow::buildBoard()
{
    auto *board = new QWidget(this);
    auto *layout = new QHBoxLayout(board);
    m_gates = new QListWidget(board);
    m_gates->setObjectName(QStringLiteral("presenterGates"));
    m_gates->setAccessibleName(tr("Gates"));
    m_gates->setMaximumWidth(560);
    m_gates->setWordWrap(true);
    m_gates->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_gates, 2);
    auto *right = new QVBoxLayout;
    m_gateDetails = bigLabel(board);
    right->addWidget(m_gateDetails, 1);
    auto *buttons = new QHBoxLayout;
    const std::pair<GateOutcome, QString> outcomes[] = {
        {GateOutcome::Go, tr("&Go")}, {GateOutcome::NoGo, tr("&No-go")}, {GateOutcome::Hold, tr("&Hold")}};
    for (int i = 0; i < 3; ++i) {
        auto *b = new QPushButton(outcomes[i].second, board);
        b->setEnabled(false);
        const GateOutcome outcome = outcomes[i].first;
        connect(b, &QPushButton::clicked, this, [this, outcome] { ask(outcome); });
        buttons->addWidget(b);
        m_buttons[i] = b;
    }
    m_buttons[0]->setObjectName(QStringLiteral("presenterGo"));
    m_buttons[1]->setObjectName(QStringLiteral("presenterNoGo"));
    m_buttons[2]->setObjectName(QStringLiteral("presenterHold"));
    buttons->addStretch(1);
    right->addLayout(buttons);
    m_askLabel = new QLabel(board);
    m_askLabel->hide();
    right->addWidget(m_askLabel);
    m_rationale = new QLineEdit(board);
    m_rationale->setObjectName(QStringLiteral("presenterRationale"));
    m_rationale->setPlaceholderText(tr("Why? (Enter records, Esc cancels)"));
    m_rationale->hide();
    right->addWidget(m_rationale);
    connect(m_rationale, &QLineEdit::returnPressed, this, [this] {
        static const GateOutcome kOutcomes[] = {GateOutcome::Go, GateOutcome::NoGo, GateOutcome::Hold};
        if (m_pending >= 0 && decide(kOutcomes[m_pending], m_rationale->text().trimmed())) {
            m_pending = -1;
            m_rationale->clear();
            m_rationale->hide();
            m_askLabel->hide();
            m_gates->setFocus();
        }
    });
    layout->addLayout(right, 5);
    connect(m_gates, &QListWidget::currentRowChanged, this, &PresenterWindow::refreshBoard);
    return board;
}

void PresenterWindow::ask(GateOutcome outcome)
{
    if (!m_unlocked || !m_gates->currentItem())
        return;
    m_pending = outcome == GateOutcome::Go ? 0 : outcome == GateOutcome::NoGo ? 1 : 2;
    m_askLabel->setText(tr("%1 at \u201c%2\u201d \u2014 the rationale:")
                            .arg(DisplayNames::of(outcome), m_gates->currentItem()->text()));
    m_askLabel->show();
    m_rationale->show();
    m_rationale->setFocus();
}

bool PresenterWindow::decide(GateOutcome outcome, const QString &rationale)
{
    const QListWidgetItem *item = m_gates->currentItem();
    if (!m_unlocked || !item)
        return false;
    const PlanSummary &s = m_document->analysis()->summary();
    GateDecision d;
    d.gate = item->data(Qt::UserRole).toString();
    d.outcome = outcome;
    d.decidedBy = ReviewActions::userName();
    d.decidedAt = m_clock();
    d.rationale = rationale;
    // The figures as they stand now, so the decision log shows what the room saw.
    if (s.downtimeSimulated)
        d.downtimeP80 = s.downtimeSimulated->p80;
    d.probabilityWithinWindow = s.probabilityWithinWindow;
    d.deadlineP80 = s.deadlineP80;
    d.marginP80 = s.marginP80;
    QList<GateDecision> decisions = m_document->plan().decisions;
    decisions.append(d);
    return m_document->push(new ChangeSectionCommand(m_document, SectionKey{Document::Section::Decisions},
                                                     QVariant::fromValue(decisions),
                                                     tr("Record %1 at gate \u201c%2\u201d").arg(DisplayNames::of(outcome), item->text()),
                                                     Merge::Never));
}

void PresenterWindow::refresh()
{
    const Plan &plan = m_document->plan();
    const PlanAnalysis *analysis = m_document->analysis();
    const PlanSummary &s = analysis->summary();
    const QTimeZone zone = plan.displayZone();
    const auto time = [&](const QDateTime &t) {
        return t.isValid() ? t.toTimeZone(zone).toString(QStringLiteral("ddd HH:mm")) : tr("unknown");
    };
    QString html = QStringLiteral("<p style='font-size:%1pt; font-weight:bold'>%2</p><table>")
                       .arg(kBodyPoints + 6).arg(plan.name.toHtmlEscaped());
    if (s.verdictWithheld()) {
        html += row(tr("Figures"), s.withheldReason);
    } else {
        html += row(tr("Planned finish"), time(s.finish));
        html += row(tr("Downtime"), tr("%1 likely, %2 at P80")
                                        .arg(minutes(s.downtime),
                                             minutes(s.downtimeSimulated ? std::optional<double>(s.downtimeSimulated->p80)
                                                                         : std::nullopt)));
        html += row(tr("Fits the window"), s.fitText());
        html += row(tr("Rollback deadline (P80)"), time(s.deadlineP80));
        html += row(tr("Margin to it (P80)"), PlanSummary::marginValueText(s.marginP80));
    }
    html += row(tr("Status"), DisplayNames::of(plan.status));
    html += QStringLiteral("</table>");
    m_summary->setText(html);

    auto *timeline = static_cast<views::TimelineView *>(m_timeline);
    if (analysis->schedule())
        timeline->setPlan(plan, analysis->schedule().value(), analysis->currentSimulation());
    timeline->setRollbackDeadlines(s.deadlineLikely, s.deadlineP80);

    QString rb = QStringLiteral("<table>");
    rb += row(tr("Rollback takes"), tr("%1 likely, %2 at P80").arg(DurationText::format(s.rollbackLikely), minutes(s.rollbackP80)));
    rb += row(tr("Start it by"), time(s.deadlineP80));
    const QList<CriterionResult> &results = analysis->criteria();
    for (qsizetype i = 0; i < plan.criteria.size(); ++i) {
        const Criterion &c = plan.criteria.at(i);
        const CriterionState state = i < results.size() ? results.at(i).state : CriterionState::NoData;
        const QString stateText = state == CriterionState::Breached ? tr("BREACHED")
            : state == CriterionState::Ok                           ? tr("ok")
                                                                    : tr("no data");
        rb += row(c.name.isEmpty() ? c.id : c.name, tr("%1 \u2192 %2").arg(stateText, DisplayNames::of(c.action)));
    }
    m_rollback->setText(rb + QStringLiteral("</table>"));

    QString ready = QStringLiteral("<table>");
    for (const ReadinessItem &r : plan.readiness)
        ready += row(DisplayNames::of(r.status), r.text + (r.owner.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(r.owner)));
    if (plan.readiness.isEmpty())
        ready += row(tr("Readiness"), tr("no checklist"));
    m_readiness->setText(ready + QStringLiteral("</table>"));

    const QString picked = m_gates->currentItem() ? m_gates->currentItem()->data(Qt::UserRole).toString() : QString();
    const QSignalBlocker block(m_gates);
    m_gates->clear();
    for (const Task &t : plan.tasks) {
        if (t.kind != TaskKind::Gate)
            continue;
        auto *item = new QListWidgetItem(t.name.isEmpty() ? t.id : t.name, m_gates);
        item->setData(Qt::UserRole, t.id);
        if (t.id == picked)
            m_gates->setCurrentItem(item);
    }
    if (!m_gates->currentItem() && m_gates->count() > 0)
        m_gates->setCurrentRow(0);
    refreshBoard();
}

void PresenterWindow::refreshBoard()
{
    const Plan &plan = m_document->plan();
    const PlanSummary &s = m_document->analysis()->summary();
    const QListWidgetItem *item = m_gates->currentItem();
    if (!item) {
        m_gateDetails->setText(tr("The plan has no gates."));
        return;
    }
    const QString gate = item->data(Qt::UserRole).toString();
    QString html = QStringLiteral("<table>");
    html += row(tr("Readiness"), tr("%1 of %2 items open").arg(s.readinessOpen).arg(s.readinessTotal));
    html += row(tr("Criteria"), tr("%1 breached, %2 ok, %3 without data").arg(s.criteriaBreached).arg(s.criteriaOk).arg(s.criteriaNoData));
    html += row(tr("Rollback deadline (P80)"), s.deadlineP80.isValid()
                                                    ? s.deadlineP80.toTimeZone(plan.displayZone()).toString(QStringLiteral("ddd HH:mm"))
                                                    : tr("unknown"));
    html += row(tr("Margin (P80)"), PlanSummary::marginValueText(s.marginP80));
    html += QStringLiteral("</table><p style='color:#FFD84D'>%1</p><table>").arg(tr("Decisions").toHtmlEscaped());
    for (const GateDecision &d : plan.decisions) {
        if (d.gate != gate)
            continue;
        const QString when = d.decidedAt.toTimeZone(plan.displayZone()).toString(QStringLiteral("ddd HH:mm"));
        QString figures = tr("then: downtime P80 %1, fit %2, deadline P80 %3")
                              .arg(minutes(d.downtimeP80),
                                   d.probabilityWithinWindow ? QStringLiteral("%1 %").arg(std::round(*d.probabilityWithinWindow * 100))
                                                             : tr("unknown"),
                                   d.deadlineP80.isValid() ? d.deadlineP80.toTimeZone(plan.displayZone()).toString(QStringLiteral("HH:mm"))
                                                           : tr("unknown"));
        html += row(tr("%1 \u00b7 %2 \u00b7 %3").arg(DisplayNames::of(d.outcome), when, d.decidedBy),
                    d.rationale + QStringLiteral(" \u2014 ") + figures);
    }
    m_gateDetails->setText(html + QStringLiteral("</table>"));
}

void PresenterWindow::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        if (m_rationale->isVisible()) {
            m_pending = -1;
            m_rationale->clear();
            m_rationale->hide();
            m_askLabel->hide();
            m_gates->setFocus();
        } else {
            close();
        }
        return;
    case Qt::Key_Right:
    case Qt::Key_Space:
        step(1);
        return;
    case Qt::Key_Left:
        step(-1);
        return;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void PresenterWindow::closeEvent(QCloseEvent *event)
{
    charts::ChartStyle::setTextScale(m_previousScale);
    emit left();
    event->accept();
}

} // namespace cutover::gui
