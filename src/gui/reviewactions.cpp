// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewactions.h"

#include "changesview.h"

#include "analysis/baselines.h"
#include "document/document.h"
#include "document/reviewcommand.h"
#include "model/displaynames.h"
#include "model/signoff.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QVBoxLayout>

namespace cutover::gui {

ReviewActions::ReviewActions(QWidget *window, Document *document, QObject *parent)
    : QObject(parent), m_window(window), m_document(document), m_clock([] {
          const QDateTime now = QDateTime::currentDateTime();
          return now.toOffsetFromUtc(now.offsetFromUtc());
      })
{
    m_takeBaseline = new QAction(tr("Take &Baseline…"), this);
    m_takeBaseline->setObjectName(QStringLiteral("takeBaselineAction"));
    m_takeBaseline->setStatusTip(tr("Keep a named, read-only snapshot of the runbook, rollback plan, criteria and figures"));
    connect(m_takeBaseline, &QAction::triggered, this, &ReviewActions::askBaseline);
    m_approve = new QAction(tr("&Approve…"), this);
    m_approve->setObjectName(QStringLiteral("approveAction"));
    m_approve->setStatusTip(tr("Approve the plan as of one of its baselines"));
    connect(m_approve, &QAction::triggered, this, &ReviewActions::askApproval);
    m_changes = new QAction(tr("&Changes Since Baseline…"), this);
    m_changes->setObjectName(QStringLiteral("changesAction"));
    m_changes->setStatusTip(tr("What changed since a baseline, biggest downtime effects first"));
    connect(m_changes, &QAction::triggered, this, &ReviewActions::showChanges);
}

void ReviewActions::populateMenu(QMenu *menu)
{
    menu->addAction(m_takeBaseline);
    menu->addAction(m_changes);
    menu->addSeparator();
    m_statusMenu = menu->addMenu(tr("&Status"));
    m_statusMenu->setObjectName(QStringLiteral("statusMenu"));
    connect(m_statusMenu, &QMenu::aboutToShow, this, &ReviewActions::fillStatusMenu);
    menu->addAction(m_approve);
}

QString ReviewActions::userName()
{
    const QString stored = QSettings().value(QStringLiteral("review/user")).toString();
    return stored.isEmpty() ? qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")) : stored;
}

void ReviewActions::rememberUser(const QString &name)
{
    QSettings().setValue(QStringLiteral("review/user"), name.trimmed());
}

bool ReviewActions::takeBaseline(const QString &name, const QString &note)
{
    PlanAnalysis *analysis = m_document->analysis();
    if (!analysis->isSimulationCurrent() && !analysis->summary().verdictWithheld() && !m_document->plan().tasks.isEmpty())
        (void)analysis->simulateNow();
    const Baseline b = Baselines::snapshot(m_document->plan(), name, note, userName(), now(), Baselines::figuresOf(*analysis));
    auto command = ReviewCommand::addBaseline(m_document, b);
    if (!command) {
        emit statusMessage(tr("No baseline taken: %1").arg(command.errorString()));
        return false;
    }
    if (!m_document->push(command.value().release()))
        return false;
    emit statusMessage(tr("Baseline \u201c%1\u201d taken").arg(b.name));
    return true;
}

bool ReviewActions::approve(const QString &baseline, const QString &by)
{
    auto command = ReviewCommand::approve(m_document, baseline, by, now());
    if (!command) {
        emit statusMessage(tr("Not approved: %1").arg(command.errorString()));
        return false;
    }
    rememberUser(by);
    if (!m_document->push(command.value().release()))
        return false;
    emit statusMessage(tr("Approved by %1 as of \u201c%2\u201d").arg(by, baseline));
    return true;
}

void ReviewActions::askBaseline()
{
    bool ok = false;
    const QString suggested = tr("Review %1").arg(m_document->plan().baselines.size() + 1);
    const QString name = QInputDialog::getText(m_window, tr("Take Baseline"), tr("Baseline &name:"), QLineEdit::Normal,
                                               suggested, &ok);
    if (!ok)
        return;
    const QString note = QInputDialog::getText(m_window, tr("Take Baseline"), tr("&Note (optional):"), QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    if (!takeBaseline(name, note))
        QMessageBox::warning(m_window, tr("Take Baseline"),
                             tr("No baseline was taken: a baseline needs a name that the plan does not use yet."));
}

void ReviewActions::askApproval()
{
    QStringList names;
    for (const Baseline &b : m_document->plan().baselines)
        names.prepend(b.name);
    if (names.isEmpty()) {
        QMessageBox::information(m_window, tr("Approve"), tr("Take a baseline first: an approval is of a baseline."));
        return;
    }
    bool ok = false;
    const QString baseline = QInputDialog::getItem(m_window, tr("Approve"), tr("Approve as of &baseline:"), names, 0, false, &ok);
    if (!ok)
        return;
    const QString by = QInputDialog::getText(m_window, tr("Approve"), tr("Approved &by:"), QLineEdit::Normal, userName(), &ok);
    if (!ok)
        return;
    if (!approve(baseline, by)) {
        Plan copy = m_document->plan();
        QMessageBox::warning(m_window, tr("Approve"), SignOff::approve(&copy, baseline, by, now()).error().message);
    }
}

void ReviewActions::fillStatusMenu()
{
    m_statusMenu->clear();
    const PlanStatus current = m_document->plan().status;
    QAction *shown = m_statusMenu->addAction(tr("Now: %1").arg(DisplayNames::of(current)));
    shown->setEnabled(false);
    for (const PlanStatus next : SignOff::nextStatuses(current)) {
        if (next == PlanStatus::Approved) {
            m_statusMenu->addAction(m_approve);
            continue;
        }
        m_statusMenu->addAction(tr("Move to %1").arg(DisplayNames::of(next)), this, [this, next] {
            auto command = ReviewCommand::moveTo(m_document, next);
            if (command)
                m_document->push(command.value().release());
            else
                emit statusMessage(command.errorString());
        });
    }
}

void ReviewActions::showChanges()
{
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Changes Since Baseline"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *view = new ChangesView(m_document, &dialog);
    layout->addWidget(view);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(900, 600);
    dialog.exec();
}

} // namespace cutover::gui
