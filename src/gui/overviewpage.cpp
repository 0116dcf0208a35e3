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
              tr("The window's end minus the rollback duration (likely, and P80 from the simulation): "
                 "the latest moment a rollback can start"));
    addFigure(rollbackForm, QStringLiteral("margin"), tr("Margin:"),
              tr("From the planned finish of the task marked point-of-no-return (without one, traffic-switched) "
                 "to the rollback deadline; likely and P80"));

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
    connect(m_document->analysis(), &PlanAnalysis::changed, this, [this] {
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
    // Every figure is the analysis's (PlanSummary): this page only words and colours them.
    const PlanSummary &s = m_document->analysis()->summary();
    using StatusColors::Kind;
    auto set = [this](const QString &key, const QString &text, std::optional<Kind> status = std::nullopt) {
        QLabel *label = m_figures.value(key);
        label->setText(text);
        label->setStyleSheet(status ? StatusColors::labelStyle(*status, palette(), true) : QString());
    };
    const QString none = tr("—");
    const auto time = [&plan](const QDateTime &t) { return TaskFieldText::formatTime(plan, t); };
    set(QStringLiteral("start"), time(plan.start));
    set(QStringLiteral("window"), plan.window.isValid()
            ? tr("%1 to %2 (%3)").arg(time(plan.window.start), time(plan.window.end),
                                      DurationText::format(plan.window.start.secsTo(plan.window.end) / 60.0))
            : tr("not set"));
    if (!s.scheduled) {
        for (const char *key : {"finish", "downtime", "fits", "critical", "rollback", "deadline", "margin"})
            set(QString::fromLatin1(key), none);
        set(QStringLiteral("finish"), s.withheldReason, Kind::Problem);
        set(QStringLiteral("fits"), s.withheldReason, Kind::Problem);
    } else {
        set(QStringLiteral("finish"), tr("%1 (%2 after the start)").arg(time(s.finish), DurationText::format(s.finishMinutes)));
        set(QStringLiteral("critical"), s.criticalPath.isEmpty() ? none : s.criticalPath.join(QStringLiteral(" → ")));
        set(QStringLiteral("rollback"),
            !s.hasRollback ? tr("no rollback steps planned")
                           : (s.rollbackP80 ? tr("%1 (likely), %2 (P80)").arg(DurationText::format(s.rollbackLikely),
                                                                             DurationText::format(*s.rollbackP80))
                                            : tr("%1 (likely)").arg(DurationText::format(s.rollbackLikely))),
            s.hasRollback ? std::optional<Kind>() : Kind::Problem);
        if (s.verdictWithheld()) {
            for (const char *key : {"downtime", "fits", "deadline", "margin"})
                set(QString::fromLatin1(key), s.withheldReason, Kind::Problem);
        } else {
            set(QStringLiteral("downtime"), s.downtime ? DurationText::format(*s.downtime)
                                                       : tr("needs tasks marked freeze-start and traffic-switched"));
            set(QStringLiteral("fits"), s.fitText(),
                s.fitsWindow ? std::optional<Kind>(*s.fitsWindow ? Kind::Good : Kind::Problem) : std::nullopt);
            if (s.deadlineLikely.isValid()) {
                QString deadline = tr("%1 (likely)").arg(time(s.deadlineLikely));
                deadline += s.deadlineP80.isValid() ? tr("; %1 (P80)").arg(time(s.deadlineP80))
                                                    : tr("; P80: run the simulation");
                set(QStringLiteral("deadline"), deadline);
            } else {
                set(QStringLiteral("deadline"), s.hasRollback ? tr("needs a maintenance window") : none);
            }
            const QString missing = s.marginMissingText();
            if (missing.isEmpty()) {
                QString margin = tr("%1 (likely)").arg(PlanSummary::marginValueText(s.marginLikely));
                if (s.marginP80)
                    margin += tr("; %1 (P80)").arg(PlanSummary::marginValueText(s.marginP80));
                margin += tr(", from %1").arg(s.marginAnchorText());
                const bool late = *s.marginLikely < 0 || (s.marginP80 && *s.marginP80 < 0);
                set(QStringLiteral("margin"), margin, late ? std::optional<Kind>(Kind::Problem) : std::nullopt);
            } else {
                set(QStringLiteral("margin"), missing);
            }
        }
    }

    set(QStringLiteral("tasks"), tr("%1 (%2 done), %3 rollback steps").arg(s.tasks).arg(s.tasksDone).arg(s.rollbackSteps));
    set(QStringLiteral("owners"), QString::number(s.owners));
    set(QStringLiteral("checklist"), tr("%1 of %2").arg(s.readinessOpen).arg(s.readinessTotal),
        s.readinessOpen > 0 ? Kind::Caution : std::optional<Kind>());
    QString criteria = tr("%1: %2 rollback, %3 hold, %4 warn").arg(s.criteriaTotal).arg(s.criteriaRollback).arg(s.criteriaHold).arg(s.criteriaWarn);
    if (s.manualBreached > 0)
        criteria += tr("; %n manual checks breached", nullptr, s.manualBreached);
    if (s.manualUnanswered > 0)
        criteria += tr("; %n manual checks unanswered", nullptr, s.manualUnanswered);
    set(QStringLiteral("criteria"), criteria, s.manualBreached > 0 ? Kind::Problem : std::optional<Kind>());
    set(QStringLiteral("gates"), tr("%1 gates, %2 decisions recorded (%3 go, %4 pending)")
                                     .arg(s.gates).arg(s.decisions).arg(s.decisionsGo).arg(s.decisionsPending));
}

} // namespace cutover::gui
