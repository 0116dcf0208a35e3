// SPDX-License-Identifier: GPL-3.0-or-later
#include "overviewpage.h"

#include "document/changevaluecommand.h"
#include "document/taskfieldtext.h"
#include "messagebanner.h"
#include "model/durationtext.h"
#include "model/displaynames.h"
#include "model/enumnames.h"
#include "statuscolors.h"
#include "ui_overviewpage.h"

#include <QTimeZone>

#include <optional>

namespace cutover::gui {

using P = Document::PlanProperty;

OverviewPage::OverviewPage(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_ui(std::make_unique<Ui::OverviewPage>())
{
    m_ui->setupUi(this);
    const auto zones = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &zone : zones)
        m_ui->timezone->addItem(QString::fromUtf8(zone));
    m_ui->status->addItems(DisplayNames::all<PlanStatus>());
    m_ui->description->setMaximumHeight(m_ui->description->fontMetrics().height() * 6);
    m_figures = {
        {QStringLiteral("start"), m_ui->startFigure},       {QStringLiteral("finish"), m_ui->finishFigure},
        {QStringLiteral("window"), m_ui->windowFigure},     {QStringLiteral("downtime"), m_ui->downtimeFigure},
        {QStringLiteral("fits"), m_ui->fitsFigure},         {QStringLiteral("critical"), m_ui->criticalFigure},
        {QStringLiteral("rollback"), m_ui->rollbackFigure}, {QStringLiteral("deadline"), m_ui->deadlineFigure},
        {QStringLiteral("margin"), m_ui->marginFigure},     {QStringLiteral("tasks"), m_ui->tasksFigure},
        {QStringLiteral("owners"), m_ui->ownersFigure},     {QStringLiteral("checklist"), m_ui->checklistFigure},
        {QStringLiteral("criteria"), m_ui->criteriaFigure}, {QStringLiteral("gates"), m_ui->gatesFigure},
    };
    setFocusProxy(m_ui->planName);

    connect(m_ui->planName, &QLineEdit::editingFinished, this, [this] { commitText(P::Name, m_ui->planName); });
    connect(m_ui->author, &QLineEdit::editingFinished, this, [this] { commitText(P::Author, m_ui->author); });
    connect(m_ui->start, &QLineEdit::editingFinished, this, [this] { commitTime(P::Start, m_ui->start); });
    connect(m_ui->windowStart, &QLineEdit::editingFinished, this, [this] { commitTime(P::WindowStart, m_ui->windowStart); });
    connect(m_ui->windowEnd, &QLineEdit::editingFinished, this, [this] { commitTime(P::WindowEnd, m_ui->windowEnd); });
    connect(m_ui->timezone, &QComboBox::activated, this, [this] {
        const QString zone = m_ui->timezone->currentText().trimmed();
        if (m_loading || zone == m_document->plan().timezone)
            return;
        if (!QTimeZone(zone.toUtf8()).isValid()) {
            m_ui->banner->showError(tr("Time zone: \"%1\" is not a known IANA time zone (e.g. Europe/Berlin)").arg(zone));
            return;
        }
        m_document->push(new ChangePlanPropertyCommand(m_document, {P::Timezone}, zone));
    });
    connect(m_ui->status, &QComboBox::activated, this, [this] {
        const auto status = DisplayNames::parse<PlanStatus>(m_ui->status->currentText());
        if (m_loading || !status || *status == m_document->plan().status)
            return;
        m_document->push(new ChangePlanPropertyCommand(m_document, {P::Status}, QVariant::fromValue(*status)));
    });
    connect(m_ui->description, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        const QString text = m_ui->description->toPlainText();
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

OverviewPage::~OverviewPage() = default;

QLineEdit *OverviewPage::nameEdit() const
{
    return m_ui->planName;
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
    if (m_ui->planName->text() != plan.name)
        m_ui->planName->setText(plan.name);
    m_ui->timezone->setCurrentText(plan.timezone);
    m_ui->start->setText(TaskFieldText::formatTime(plan, plan.start));
    m_ui->windowStart->setText(TaskFieldText::formatTime(plan, plan.window.start));
    m_ui->windowEnd->setText(TaskFieldText::formatTime(plan, plan.window.end));
    m_ui->status->setCurrentText(DisplayNames::of(plan.status));
    if (m_ui->author->text() != plan.author)
        m_ui->author->setText(plan.author);
    if (m_ui->description->toPlainText() != plan.description)
        m_ui->description->setPlainText(plan.description);
    for (QLineEdit *edit : {m_ui->planName, m_ui->start, m_ui->windowStart, m_ui->windowEnd, m_ui->author})
        edit->setReadOnly(ro);
    m_ui->description->setReadOnly(ro);
    m_ui->timezone->setEnabled(!ro);
    m_ui->status->setEnabled(!ro);
    m_loading = false;
}

void OverviewPage::commitText(Document::PlanProperty property, QLineEdit *edit)
{
    if (m_loading)
        return;
    const QString text = edit->text().trimmed();
    if (property == P::Name && text.isEmpty()) {
        m_ui->banner->showError(tr("Name: a plan needs a name"));
        edit->setText(m_document->plan().name);
        return;
    }
    if (text == m_document->planProperty(property).toString())
        return;
    m_ui->banner->clearMessage();
    m_document->push(new ChangePlanPropertyCommand(m_document, {property}, text));
}

void OverviewPage::commitTime(Document::PlanProperty property, QLineEdit *edit)
{
    if (m_loading)
        return;
    const Plan &plan = m_document->plan();
    auto time = TaskFieldText::parseTime(plan, edit->text());
    if (!time) {
        m_ui->banner->showError(PlanPropertyKey::title(property) + QStringLiteral(": ") + time.error().message);
        emit statusMessage(time.errorString());
        return;
    }
    if (property == P::Start && !time.value().isValid()) {
        m_ui->banner->showError(tr("start: a plan needs a start time"));
        return;
    }
    const QDateTime old = m_document->planProperty(property).toDateTime();
    if (time.value() == old && time.value().isValid() == old.isValid())
        return;
    m_ui->banner->clearMessage();
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
