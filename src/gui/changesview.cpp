// SPDX-License-Identifier: GPL-3.0-or-later
#include "changesview.h"

#include "analysis/baselines.h"
#include "analysis/plandiff.h"
#include "document/document.h"
#include "model/durationtext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

namespace cutover::gui {

namespace {

QString minutes(const std::optional<double> &m)
{
    return m ? DurationText::format(*m) : ChangesView::tr("unknown");
}

QString percent(const std::optional<double> &p)
{
    return p ? ChangesView::tr("%1 %").arg(std::round(*p * 1000) / 10) : ChangesView::tr("unknown");
}

QString nameIn(const QList<Task> &tasks, const QString &id)
{
    for (const Task &t : tasks) {
        if (t.id == id)
            return t.name;
    }
    return {};
}

} // namespace

ChangesView::ChangesView(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_baselines(new QComboBox(this)), m_summary(new QLabel(this)),
      m_tree(new QTreeWidget(this)), m_diff(std::make_unique<PlanDiff>())
{
    setObjectName(QStringLiteral("changesView"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *label = new QLabel(tr("Changes since &baseline:"), this);
    label->setBuddy(m_baselines);
    m_baselines->setObjectName(QStringLiteral("baselineChoice"));
    top->addWidget(label);
    top->addWidget(m_baselines, 1);
    layout->addLayout(top);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_tree->setObjectName(QStringLiteral("changesTree"));
    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels({tr("Change"), tr("Then"), tr("Now"), tr("Downtime effect")});
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->setAccessibleName(tr("Changes since the baseline"));
    layout->addWidget(m_tree, 1);
    connect(m_baselines, &QComboBox::currentIndexChanged, this, &ChangesView::refresh);
    connect(m_document, &Document::changed, this, [this] {
        if (m_baselines->count() != m_document->plan().baselines.size())
            fillBaselines();
        refresh();
    });
    connect(m_document->analysis(), &PlanAnalysis::changed, this, &ChangesView::refresh);
    fillBaselines();
    refresh();
}

ChangesView::~ChangesView() = default;

void ChangesView::fillBaselines()
{
    const QSignalBlocker block(m_baselines);
    const QString current = m_baselines->currentText();
    m_baselines->clear();
    for (const Baseline &b : m_document->plan().baselines)
        m_baselines->addItem(b.name);
    const int keep = m_baselines->findText(current);
    m_baselines->setCurrentIndex(keep >= 0 ? keep : m_baselines->count() - 1);
}

void ChangesView::setBaseline(const QString &name)
{
    fillBaselines();
    const int index = m_baselines->findText(name);
    m_baselines->setCurrentIndex(index >= 0 ? index : m_baselines->count() - 1);
    refresh();
}

QString ChangesView::baseline() const
{
    return m_baselines->currentText();
}

void ChangesView::setPointSize(int points)
{
    QFont f = font();
    f.setPointSize(points);
    setFont(f);
    m_tree->setFont(f);
    refresh();
}

void ChangesView::refresh()
{
    m_tree->clear();
    const Plan &plan = m_document->plan();
    const Baseline *base = plan.findBaseline(baseline());
    if (!base) {
        *m_diff = {};
        m_summary->setText(tr("The plan has no baseline yet: take one (Plan > Take Baseline…) to see what changes."));
        return;
    }
    *m_diff = PlanDiff::compute(Baselines::planAt(plan, *base), base->figures, plan,
                               Baselines::figuresOf(*m_document->analysis()));
    const QTimeZone zone = plan.displayZone();
    const auto time = [&](const QDateTime &t) {
        return t.isValid() ? t.toTimeZone(zone).toString(QStringLiteral("ddd HH:mm")) : tr("unknown");
    };
    m_summary->setText(m_diff->hasDifferences()
                           ? tr("Baseline \u201c%1\u201d, taken %2. Runbook changes come biggest downtime effect first "
                                "(each change applied alone to the baseline).")
                                 .arg(base->name, base->takenAt.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                           : tr("No changes since baseline \u201c%1\u201d.").arg(base->name));

    auto *figures = new QTreeWidgetItem(m_tree, {tr("Figures")});
    const QList<QStringList> rows{
        {tr("Planned finish"), time(m_diff->from.finish), time(m_diff->to.finish)},
        {tr("Downtime (likely)"), minutes(m_diff->from.downtimeMinutes), minutes(m_diff->to.downtimeMinutes)},
        {tr("Downtime (P80)"), minutes(m_diff->from.downtimeP80), minutes(m_diff->to.downtimeP80)},
        {tr("Probability of fitting the window"), percent(m_diff->from.probabilityWithinWindow),
         percent(m_diff->to.probabilityWithinWindow)},
        {tr("Rollback deadline (P80)"), time(m_diff->from.rollbackDeadlineP80), time(m_diff->to.rollbackDeadlineP80)},
    };
    for (const QStringList &r : rows)
        new QTreeWidgetItem(figures, r);

    auto *tasks = new QTreeWidgetItem(m_tree, {tr("Runbook")});
    for (const ChangeEffect &e : m_diff->effects) {
        const QString sign = e.kind == ChangeEffect::Kind::Added ? tr("added")
            : e.kind == ChangeEffect::Kind::Removed               ? tr("removed")
                                                                  : tr("changed");
        const QString name = e.kind == ChangeEffect::Kind::Removed ? nameIn(base->tasks, e.id) : nameIn(plan.tasks, e.id);
        auto *item = new QTreeWidgetItem(tasks, {tr("%1 %2 \u201c%3\u201d").arg(sign, e.id, name), {}, {},
                                                 PlanDiff::effectText(e.downtimeMinutes)});
        item->setData(0, Qt::UserRole, e.id);
        if (const ItemChange *c = PlanDiff::find(m_diff->tasks, e.id)) {
            for (const FieldChange &f : c->fields)
                new QTreeWidgetItem(item, {f.field, PlanDiff::valueText(f.field, f.from, zone),
                                           PlanDiff::valueText(f.field, f.to, zone)});
        }
    }
    const auto addList = [&](const QString &title, const ListChanges &changes) {
        if (changes.isEmpty())
            return;
        auto *top = new QTreeWidgetItem(m_tree, {title});
        for (const QString &id : changes.added)
            new QTreeWidgetItem(top, {tr("added %1").arg(id)});
        for (const QString &id : changes.removed)
            new QTreeWidgetItem(top, {tr("removed %1").arg(id)});
        for (const ItemChange &c : changes.changed) {
            auto *item = new QTreeWidgetItem(top, {tr("changed %1").arg(c.id)});
            for (const FieldChange &f : c.fields)
                new QTreeWidgetItem(item, {f.field, PlanDiff::valueText(f.field, f.from, zone),
                                           PlanDiff::valueText(f.field, f.to, zone)});
        }
    };
    addList(tr("Rollback plan"), m_diff->rollback);
    addList(tr("Criteria"), m_diff->criteria);
    m_tree->expandAll();
    for (int c = 1; c < m_tree->columnCount(); ++c)
        m_tree->resizeColumnToContents(c);
}

} // namespace cutover::gui
