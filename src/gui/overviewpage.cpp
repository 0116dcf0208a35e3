// SPDX-License-Identifier: GPL-3.0-or-later
#include "overviewpage.h"

#include "document/changevaluecommand.h"
#include "document/taskfieldtext.h"
#include "messagebanner.h"
#include "model/durationtext.h"
#include "model/displaynames.h"
#include "model/enumnames.h"
#include "statuscolors.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSet>
#include <QTimeZone>
#include <QVBoxLayout>

#include <optional>

namespace cutover::gui {

using P = Document::PlanProperty;

OverviewPage::OverviewPage(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_name(new QLineEdit(this))
    , m_timezone(new QComboBox(this))
    , m_start(new QLineEdit(this))
    , m_windowStart(new QLineEdit(this))
    , m_windowEnd(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_author(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_banner(new MessageBanner(this))
{
    m_name->setObjectName(QStringLiteral("planName"));
    m_timezone->setEditable(true);
    m_timezone->setInsertPolicy(QComboBox::NoInsert);
    const auto zones = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &zone : zones)
        m_timezone->addItem(QString::fromUtf8(zone));
    m_status->addItems(DisplayNames::all<PlanStatus>());
    const QString timeHint = tr("e.g. 2026-12-05 22:00, in the plan's time zone");
    for (QLineEdit *edit : {m_start, m_windowStart, m_windowEnd})
        edit->setPlaceholderText(timeHint);
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(m_description->fontMetrics().height() * 6);

    auto *planBox = new QGroupBox(tr("Plan"), this);
    auto *planForm = new QFormLayout(planBox);
    planForm->addRow(tr("&Name:"), m_name);
    planForm->addRow(tr("&Time zone:"), m_timezone);
    planForm->addRow(tr("&Start:"), m_start);
    planForm->addRow(tr("Window &opens:"), m_windowStart);
    planForm->addRow(tr("Window &closes:"), m_windowEnd);
    planForm->addRow(tr("Stat&us:"), m_status);
    planForm->addRow(tr("&Author:"), m_author);
    planForm->addRow(tr("&Description:"), m_description);

    auto *scheduleBox = new QGroupBox(tr("Schedule (likely durations)"), this);
    auto *scheduleForm = new QFormLayout(scheduleBox);
    addFigure(scheduleForm, QStringLiteral("start"), tr("Planned start:"));
    addFigure(scheduleForm, QStringLiteral("finish"), tr("Planned finish:"));
    addFigure(scheduleForm, QStringLiteral("window"), tr("Maintenance window:"));
    addFigure(scheduleForm, QStringLiteral("downtime"), tr("Downtime:"),
              tr("From the start of the task marked freeze-start to the finish of the task marked traffic-switched"));
    addFigure(scheduleForm, QStringLiteral("fits"), tr("Fits the window:"));
    addFigure(scheduleForm, QStringLiteral("critical"), tr("Critical path:"));

    auto *rollbackBox = new QGroupBox(tr("Rollback"), this);
    auto *rollbackForm = new QFormLayout(rollbackBox);
    addFigure(rollbackForm, QStringLiteral("rollback"), tr("Rollback takes:"));
    addFigure(rollbackForm, QStringLiteral("deadline"), tr("Rollback deadline:"),
              tr("The window's end minus the rollback duration: the latest moment a rollback can start"));
    addFigure(rollbackForm, QStringLiteral("margin"), tr("Margin:"),
              tr("Time between the point of no return (or, without one, traffic switched) and the rollback deadline"));

    auto *countsBox = new QGroupBox(tr("Contents"), this);
    auto *countsForm = new QFormLayout(countsBox);
    addFigure(countsForm, QStringLiteral("tasks"), tr("Tasks:"));
    addFigure(countsForm, QStringLiteral("owners"), tr("Owners:"));
    addFigure(countsForm, QStringLiteral("checklist"), tr("Open checklist items:"));
    addFigure(countsForm, QStringLiteral("criteria"), tr("Rollback criteria:"));
    addFigure(countsForm, QStringLiteral("gates"), tr("Gate decisions:"));

    auto *left = new QVBoxLayout;
    left->addWidget(planBox);
    left->addWidget(m_banner);
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(scheduleBox);
    right->addWidget(rollbackBox);
    right->addWidget(countsBox);
    right->addStretch();
    auto *content = new QWidget(this);
    auto *columns = new QHBoxLayout(content);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    setFocusProxy(m_name);

    connect(m_name, &QLineEdit::editingFinished, this, [this] { commitText(P::Name, m_name); });
    connect(m_author, &QLineEdit::editingFinished, this, [this] { commitText(P::Author, m_author); });
    connect(m_start, &QLineEdit::editingFinished, this, [this] { commitTime(P::Start, m_start); });
    connect(m_windowStart, &QLineEdit::editingFinished, this, [this] { commitTime(P::WindowStart, m_windowStart); });
    connect(m_windowEnd, &QLineEdit::editingFinished, this, [this] { commitTime(P::WindowEnd, m_windowEnd); });
    connect(m_timezone, &QComboBox::activated, this, [this] {
        const QString zone = m_timezone->currentText().trimmed();
        if (m_loading || zone == m_document->plan().timezone)
            return;
        if (!QTimeZone(zone.toUtf8()).isValid()) {
            m_banner->showError(tr("Time zone: \"%1\" is not a known IANA time zone (e.g. Europe/Berlin)").arg(zone));
            return;
        }
        m_document->push(new ChangePlanPropertyCommand(m_document, {P::Timezone}, zone));
    });
    connect(m_status, &QComboBox::activated, this, [this] {
        const auto status = DisplayNames::parse<PlanStatus>(m_status->currentText());
        if (m_loading || !status || *status == m_document->plan().status)
            return;
        m_document->push(new ChangePlanPropertyCommand(m_document, {P::Status}, QVariant::fromValue(*status)));
    });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        const QString text = m_description->toPlainText();
        if (text != m_document->plan().description)
            m_document->push(new ChangePlanPropertyCommand(m_document, {P::Description}, text));
    });
    connect(m_document, &Document::planPropertyChanged, this, &OverviewPage::loadProperties);
    connect(m_document, &Document::planReset, this, &OverviewPage::loadProperties);
    connect(m_document, &Document::readOnlyChanged, this, &OverviewPage::loadProperties);
    // scheduleChanged follows every change once per event-loop turn; a hidden page only
    // notes that its figures are stale and refreshes when shown.
    connect(m_document, &Document::scheduleChanged, this, [this] {
        m_stale = true;
        if (isVisible())
            updateFigures();
    });
    loadProperties();
    updateFigures();
}

QLabel *OverviewPage::addFigure(QFormLayout *form, const QString &key, const QString &title, const QString &tip)
{
    auto *label = new QLabel(this);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    auto *titleLabel = new QLabel(title, this);
    if (!tip.isEmpty()) {
        titleLabel->setToolTip(tip);
        label->setToolTip(tip);
    }
    form->addRow(titleLabel, label);
    m_figures.insert(key, label);
    return label;
}

QLabel *OverviewPage::figure(const QString &key) const
{
    return m_figures.value(key);
}

void OverviewPage::loadProperties()
{
    m_loading = true;
    const Plan &plan = m_document->plan();
    const bool ro = m_document->isReadOnly();
    if (m_name->text() != plan.name)
        m_name->setText(plan.name);
    m_timezone->setCurrentText(plan.timezone);
    m_start->setText(TaskFieldText::formatTime(plan, plan.start));
    m_windowStart->setText(TaskFieldText::formatTime(plan, plan.window.start));
    m_windowEnd->setText(TaskFieldText::formatTime(plan, plan.window.end));
    m_status->setCurrentText(DisplayNames::of(plan.status));
    if (m_author->text() != plan.author)
        m_author->setText(plan.author);
    if (m_description->toPlainText() != plan.description)
        m_description->setPlainText(plan.description);
    for (QLineEdit *edit : {m_name, m_start, m_windowStart, m_windowEnd, m_author})
        edit->setReadOnly(ro);
    m_description->setReadOnly(ro);
    m_timezone->setEnabled(!ro);
    m_status->setEnabled(!ro);
    m_loading = false;
}

void OverviewPage::commitText(Document::PlanProperty property, QLineEdit *edit)
{
    if (m_loading)
        return;
    const QString text = edit->text().trimmed();
    if (property == P::Name && text.isEmpty()) {
        m_banner->showError(tr("Name: a plan needs a name"));
        edit->setText(m_document->plan().name);
        return;
    }
    if (text == m_document->planProperty(property).toString())
        return;
    m_banner->clearMessage();
    m_document->push(new ChangePlanPropertyCommand(m_document, {property}, text));
}

void OverviewPage::commitTime(Document::PlanProperty property, QLineEdit *edit)
{
    if (m_loading)
        return;
    const Plan &plan = m_document->plan();
    auto time = TaskFieldText::parseTime(plan, edit->text());
    if (!time) {
        m_banner->showError(PlanPropertyKey::title(property) + QStringLiteral(": ") + time.error().message);
        emit statusMessage(time.errorString());
        return;
    }
    if (property == P::Start && !time.value().isValid()) {
        m_banner->showError(tr("start: a plan needs a start time"));
        return;
    }
    const QDateTime old = m_document->planProperty(property).toDateTime();
    if (time.value() == old && time.value().isValid() == old.isValid())
        return;
    m_banner->clearMessage();
    m_document->push(new ChangePlanPropertyCommand(m_document, {property}, time.value()));
}

void OverviewPage::showEvent(QShowEvent *event)
{
    if (m_stale)
        updateFigures();
    QWidget::showEvent(event);
}

void OverviewPage::updateFigures()
{
    m_stale = false;
    const Plan &plan = m_document->plan();
    const auto &result = m_document->schedule();
    using StatusColors::Kind;
    auto set = [this](const QString &key, const QString &text, std::optional<Kind> status = std::nullopt) {
        QLabel *label = m_figures.value(key);
        label->setText(text);
        label->setStyleSheet(status ? StatusColors::labelStyle(*status, palette(), true) : QString());
    };
    const QString none = tr("—");
    set(QStringLiteral("start"), TaskFieldText::formatTime(plan, plan.start));
    set(QStringLiteral("window"), plan.window.isValid()
            ? tr("%1 to %2 (%3)").arg(TaskFieldText::formatTime(plan, plan.window.start),
                                      TaskFieldText::formatTime(plan, plan.window.end),
                                      DurationText::format(plan.window.start.secsTo(plan.window.end) / 60.0))
            : tr("not set"));
    if (!result) {
        const QString why = tr("cannot schedule: %1").arg(result.errorString());
        for (const char *key : {"finish", "downtime", "fits", "critical", "rollback", "deadline", "margin"})
            set(QString::fromLatin1(key), none);
        set(QStringLiteral("finish"), why, Kind::Problem);
    } else {
        const Schedule &s = result.value();
        set(QStringLiteral("finish"), tr("%1 (%2 after the start)")
                                          .arg(TaskFieldText::formatTime(plan, TaskFieldText::scheduleTime(plan, s.finish)),
                                               DurationText::format(s.finish)));
        set(QStringLiteral("downtime"), s.downtime ? DurationText::format(*s.downtime)
                                                   : tr("needs tasks marked freeze-start and traffic-switched"));
        if (s.fitsWindow)
            set(QStringLiteral("fits"), *s.fitsWindow ? tr("yes") : tr("no"), *s.fitsWindow ? Kind::Good : Kind::Problem);
        else
            set(QStringLiteral("fits"), tr("unknown (needs a window and both downtime marks)"));
        set(QStringLiteral("critical"), s.criticalPath.isEmpty() ? none : s.criticalPath.join(QStringLiteral(" → ")));
        set(QStringLiteral("rollback"), plan.rollbackTasks.isEmpty() ? tr("no rollback steps planned")
                                                                     : DurationText::format(s.rollbackDuration),
            plan.rollbackTasks.isEmpty() ? Kind::Problem : std::optional<Kind>());
        if (s.rollbackDeadline.isValid()) {
            set(QStringLiteral("deadline"), TaskFieldText::formatTime(plan, s.rollbackDeadline));
            std::optional<double> decisive;
            if (const Task *ponr = plan.taskWithMark(Mark::PointOfNoReturn))
                decisive = s.tasks.at(plan.taskIndex(ponr->id)).es;
            else if (s.trafficSwitched)
                decisive = s.trafficSwitched;
            if (decisive) {
                const double deadline = plan.start.secsTo(s.rollbackDeadline) / 60.0;
                const double margin = deadline - *decisive;
                set(QStringLiteral("margin"),
                    margin >= 0 ? DurationText::format(margin) : tr("%1 too late").arg(DurationText::format(-margin)),
                    margin >= 0 ? std::optional<Kind>() : Kind::Problem);
            } else {
                set(QStringLiteral("margin"), tr("needs a task marked point-of-no-return or traffic-switched"));
            }
        } else {
            set(QStringLiteral("deadline"), tr("needs a maintenance window"));
            set(QStringLiteral("margin"), none);
        }
    }

    QSet<QString> owners;
    int done = 0;
    for (const Task &t : plan.tasks) {
        if (!t.owner.trimmed().isEmpty())
            owners.insert(t.owner.trimmed());
        done += t.status == TaskStatus::Done ? 1 : 0;
    }
    set(QStringLiteral("tasks"), tr("%1 (%2 done), %3 rollback steps").arg(plan.tasks.size()).arg(done).arg(plan.rollbackTasks.size()));
    set(QStringLiteral("owners"), QString::number(owners.size()));
    qsizetype open = 0;
    for (const ReadinessItem &r : plan.readiness)
        open += (r.status == ReadinessStatus::Open || r.status == ReadinessStatus::InProgress) ? 1 : 0;
    set(QStringLiteral("checklist"), tr("%1 of %2").arg(open).arg(plan.readiness.size()),
        open > 0 ? Kind::Caution : std::optional<Kind>());
    int rollback = 0, hold = 0, warn = 0, breached = 0, unanswered = 0;
    for (const Criterion &c : plan.criteria) {
        rollback += c.action == CriterionAction::Rollback ? 1 : 0;
        hold += c.action == CriterionAction::Hold ? 1 : 0;
        warn += c.action == CriterionAction::Warn ? 1 : 0;
        if (c.kind == CriterionKind::Manual) {
            breached += c.answer == ManualAnswer::Yes ? 1 : 0;
            unanswered += c.answer == ManualAnswer::Unknown ? 1 : 0;
        }
    }
    QString criteria = tr("%1: %2 rollback, %3 hold, %4 warn").arg(plan.criteria.size()).arg(rollback).arg(hold).arg(warn);
    if (breached > 0)
        criteria += tr("; %n manual checks breached", nullptr, breached);
    if (unanswered > 0)
        criteria += tr("; %n manual checks unanswered", nullptr, unanswered);
    set(QStringLiteral("criteria"), criteria, breached > 0 ? Kind::Problem : std::optional<Kind>());
    int go = 0, pending = 0, gates = 0;
    for (const Task &t : plan.tasks)
        gates += t.kind == TaskKind::Gate ? 1 : 0;
    for (const GateDecision &d : plan.decisions) {
        go += d.outcome == GateOutcome::Go ? 1 : 0;
        pending += d.outcome == GateOutcome::Pending ? 1 : 0;
    }
    set(QStringLiteral("gates"), tr("%1 gates, %2 decisions recorded (%3 go, %4 pending)")
                                     .arg(gates).arg(plan.decisions.size()).arg(go).arg(pending));
}

} // namespace cutover::gui
