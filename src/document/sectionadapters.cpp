// SPDX-License-Identifier: GPL-3.0-or-later
#include "sectionadapters.h"

#include "model/durationtext.h"
#include "model/displaynames.h"
#include "model/enumnames.h"
#include "taskfieldtext.h"
#include "tasklistrules.h"

#include <QSet>

#include <functional>

namespace cutover {

namespace {

/** An error text, or nullopt when the value was accepted. */
using Refusal = std::optional<QString>;

template<typename T>
struct ColumnSpec
{
    QString title;
    QString tip;
    std::function<QString(const Plan &, const T &)> get;
    std::function<Refusal(const Plan &, int row, QList<T> &list, const QString &text)> set;
    std::function<QStringList(const Plan &)> choices = {};
    /** Display text when it differs from the editable text ("5 min" for "5"). */
    std::function<QString(const Plan &, const T &)> display = {};
};

template<typename T>
struct ListSpec
{
    Document::Section section;
    std::function<const QList<T> &(const Plan &)> list;
    QList<ColumnSpec<T>> columns;
    std::function<T(const Plan &, const QList<T> &)> make;
    std::function<Refusal(const Plan &, const QList<T> &, const QList<int> &rows)> canRemove = {};
    /** Fix-ups after rows are removed (e.g. drop links to them). */
    std::function<void(QList<T> &, const QList<T> &removed)> afterRemove = {};
    QString addText;
    QString editText;
    std::function<QString(int)> removeText;
};

template<typename T>
class ListAdapter : public SectionAdapter
{
public:
    explicit ListAdapter(ListSpec<T> spec) : m_spec(std::move(spec)) {}

    Document::Section section() const override { return m_spec.section; }
    int rowCount(const Plan &plan) const override { return int(m_spec.list(plan).size()); }
    int columnCount() const override { return int(m_spec.columns.size()); }
    QString header(int column) const override { return m_spec.columns.at(column).title; }
    QString toolTip(int column) const override { return m_spec.columns.at(column).tip; }
    QString text(const Plan &plan, int row, int column, int role) const override
    {
        const ColumnSpec<T> &spec = m_spec.columns.at(column);
        if (role == Qt::DisplayRole && spec.display)
            return spec.display(plan, m_spec.list(plan).at(row));
        const QString full = spec.get(plan, m_spec.list(plan).at(row));
        return role == Qt::DisplayRole ? full.section(QLatin1Char('\n'), 0, 0) : full;
    }
    Result<QVariant> withText(const Plan &plan, int row, int column, const QString &text) const override
    {
        QList<T> list = m_spec.list(plan);
        if (const Refusal refusal = m_spec.columns.at(column).set(plan, row, list, text))
            return Error{*refusal};
        return QVariant::fromValue(list);
    }
    QVariant withNewRow(const Plan &plan, int row) const override
    {
        QList<T> list = m_spec.list(plan);
        list.insert(row, m_spec.make(plan, list));
        return QVariant::fromValue(list);
    }
    Result<QVariant> withoutRows(const Plan &plan, const QList<int> &rows) const override
    {
        QList<T> list = m_spec.list(plan);
        if (m_spec.canRemove) {
            if (const Refusal refusal = m_spec.canRemove(plan, list, rows))
                return Error{*refusal};
        }
        QList<T> removed;
        for (auto it = rows.crbegin(); it != rows.crend(); ++it)
            removed.append(list.takeAt(*it));
        if (m_spec.afterRemove)
            m_spec.afterRemove(list, removed);
        return QVariant::fromValue(list);
    }
    QString addText() const override { return m_spec.addText; }
    QString editText() const override { return m_spec.editText; }
    QString removeText(int count) const override { return m_spec.removeText(count); }
    QStringList choices(const Plan &plan, int column) const override
    {
        const auto &f = m_spec.columns.at(column).choices;
        return f ? f(plan) : QStringList();
    }

private:
    ListSpec<T> m_spec;
};

std::optional<double> parseNumber(const QString &text)
{
    QString t = text.trimmed();
    t.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double v = t.toDouble(&ok);
    return ok && std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

QString number(double v)
{
    return QString::number(v, 'g', 12);
}

template<typename E>
Refusal parseInto(const QString &text, E &out)
{
    const QString t = text.trimmed();
    if (auto v = DisplayNames::parse<E>(t)) {
        out = *v;
        return std::nullopt;
    }
    return SectionAdapters::tr("\"%1\" is not one of %2").arg(t, DisplayNames::choices<E>());
}

template<typename E>
std::function<QStringList(const Plan &)> enumChoices()
{
    return [](const Plan &) { return DisplayNames::all<E>(); };
}

/** A string field that may be empty. */
template<typename T>
ColumnSpec<T> textColumn(const QString &title, QString T::*member, bool required = false)
{
    return {title, {}, [member](const Plan &, const T &item) { return item.*member; },
            [member, required, title](const Plan &, int row, QList<T> &list, const QString &text) -> Refusal {
                if (required && text.trimmed().isEmpty())
                    return SectionAdapters::tr("%1 cannot be empty").arg(title);
                list[row].*member = required ? text.trimmed() : text;
                return std::nullopt;
            }};
}

/** An id column: required, no spaces, unique within the list. */
template<typename T>
ColumnSpec<T> idColumn(QString T::*member)
{
    return {SectionAdapters::tr("ID"), {}, [member](const Plan &, const T &item) { return item.*member; },
            [member](const Plan &, int row, QList<T> &list, const QString &text) -> Refusal {
                const QString id = text.trimmed();
                if (id.isEmpty() || id.contains(QLatin1Char(' ')))
                    return SectionAdapters::tr("an ID cannot be empty or contain spaces");
                for (int i = 0; i < list.size(); ++i) {
                    if (i != row && list.at(i).*member == id)
                        return SectionAdapters::tr("the ID \"%1\" is already used").arg(id);
                }
                list[row].*member = id;
                return std::nullopt;
            }};
}

template<typename T>
QString freshId(const QList<T> &list, QString T::*member, const QString &stem)
{
    QSet<QString> used;
    for (const T &item : list)
        used.insert(item.*member);
    for (int n = int(list.size()) + 1;; ++n) {
        const QString id = stem + QLatin1Char('-') + QString::number(n);
        if (!used.contains(id))
            return id;
    }
}

/**
 * Rollback tasks edited with the runbook's rules: the same text parsing (TaskFieldText),
 * checked against the rollback graph, and the same link rules (TaskListRules).
 */
Plan rollbackScratch(const Plan &plan, const QList<Task> &rollback)
{
    Plan scratch;
    scratch.name = plan.name;
    scratch.timezone = plan.timezone;
    scratch.start = plan.start;
    scratch.tasks = rollback;             // predecessors must be rollback tasks
    scratch.rollbackTasks = plan.tasks;   // ids must be unique across both lists
    return scratch;
}

ColumnSpec<Task> rollbackField(Document::TaskField field)
{
    return {TaskFieldText::title(field), {},
            [field](const Plan &plan, const Task &task) {
                return TaskFieldText::format(plan, field, Document::taskFieldValue(task, field));
            },
            [field](const Plan &plan, int row, QList<Task> &list, const QString &text) -> Refusal {
                const Plan scratch = rollbackScratch(plan, list);
                auto value = TaskFieldText::parse(scratch, row, field, text);
                if (!value)
                    return value.error().message;
                const QString oldId = list.at(row).id;
                Document::setTaskFieldValue(list[row], field, value.value());
                if (field == Document::TaskField::Id)
                    TaskListRules::renameLinks(list, oldId, list.at(row).id);
                return std::nullopt;
            }};
}

} // namespace

std::unique_ptr<SectionAdapter> SectionAdapters::phases()
{
    ListSpec<Phase> spec;
    spec.section = Document::Section::Phases;
    spec.list = [](const Plan &p) -> const QList<Phase> & { return p.phases; };
    ColumnSpec<Phase> id = idColumn<Phase>(&Phase::id);
    auto uniqueSet = id.set;
    id.set = [uniqueSet](const Plan &plan, int row, QList<Phase> &list, const QString &text) -> Refusal {
        const QString old = list.at(row).id;
        qsizetype used = 0;
        for (const Task &t : plan.tasks)
            used += t.phase == old ? 1 : 0;
        if (used > 0 && text.trimmed() != old)
            return tr("%n tasks are in phase \"%1\"; rename its name instead, or move them first", nullptr, int(used)).arg(old);
        return uniqueSet(plan, row, list, text);
    };
    spec.columns = {id, textColumn<Phase>(tr("Name"), &Phase::name, true),
                    textColumn<Phase>(tr("Description"), &Phase::description)};
    spec.make = [](const Plan &, const QList<Phase> &list) {
        return Phase{freshId(list, &Phase::id, QStringLiteral("phase")), tr("New phase"), {}};
    };
    spec.canRemove = [](const Plan &plan, const QList<Phase> &list, const QList<int> &rows) -> Refusal {
        for (int r : rows) {
            for (const Task &t : plan.tasks) {
                if (t.phase == list.at(r).id)
                    return tr("phase \"%1\" still has tasks; move them to another phase first").arg(list.at(r).id);
            }
        }
        return std::nullopt;
    };
    spec.addText = tr("Add phase");
    spec.editText = tr("Edit phase");
    spec.removeText = [](int n) { return tr("Delete %n phases", nullptr, n); };
    return std::make_unique<ListAdapter<Phase>>(std::move(spec));
}

std::unique_ptr<SectionAdapter> SectionAdapters::rollbackTasks()
{
    using F = Document::TaskField;
    ListSpec<Task> spec;
    spec.section = Document::Section::RollbackTasks;
    spec.list = [](const Plan &p) -> const QList<Task> & { return p.rollbackTasks; };
    for (F f : {F::Id, F::Name, F::Owner, F::Optimistic, F::Likely, F::Pessimistic, F::Distribution, F::Predecessors, F::Notes})
        spec.columns.append(rollbackField(f));
    spec.columns[6].choices = enumChoices<Distribution>();
    spec.make = [](const Plan &plan, const QList<Task> &list) {
        Task t;
        const Plan scratch = rollbackScratch(plan, list);
        for (int n = int(list.size()) + 1;; ++n) {
            t.id = QStringLiteral("rollback-%1").arg(n);
            if (!scratch.findTask(t.id))
                break;
        }
        t.name = tr("New rollback step");
        t.duration.likely = 5;
        return t;
    };
    spec.afterRemove = [](QList<Task> &list, const QList<Task> &removed) {
        QSet<QString> gone;
        for (const Task &r : removed)
            gone.insert(r.id);
        TaskListRules::dropLinks(list, gone, TaskListRules::LinkPolicy::Drop);
    };
    spec.addText = tr("Add rollback step");
    spec.editText = tr("Edit rollback step");
    spec.removeText = [](int n) { return tr("Delete %n rollback steps", nullptr, n); };
    return std::make_unique<ListAdapter<Task>>(std::move(spec));
}

std::unique_ptr<SectionAdapter> SectionAdapters::criteria()
{
    ListSpec<Criterion> spec;
    spec.section = Document::Section::Criteria;
    spec.list = [](const Plan &p) -> const QList<Criterion> & { return p.criteria; };
    spec.columns = {
        idColumn<Criterion>(&Criterion::id),
        textColumn<Criterion>(tr("Name"), &Criterion::name),
        {tr("Kind"), tr("metric: over imported series; validation: failed objects; manual: a person answers"),
         [](const Plan &, const Criterion &c) { return DisplayNames::of(c.kind); },
         [](const Plan &, int row, QList<Criterion> &l, const QString &t) { return parseInto(t, l[row].kind); },
         enumChoices<CriterionKind>()},
        textColumn<Criterion>(tr("Metric"), &Criterion::metric),
        {tr("Comparison"), {}, [](const Plan &, const Criterion &c) { return DisplayNames::of(c.op); },
         [](const Plan &, int row, QList<Criterion> &l, const QString &t) { return parseInto(t, l[row].op); },
         enumChoices<CompareOp>()},
        {tr("Threshold"), {}, [](const Plan &, const Criterion &c) { return number(c.threshold); },
         [](const Plan &, int row, QList<Criterion> &l, const QString &t) -> Refusal {
             const auto v = parseNumber(t);
             if (!v)
                 return tr("cannot read \"%1\" as a number").arg(t.trimmed());
             l[row].threshold = *v;
             return std::nullopt;
         }},
        {tr("Sustained for"), tr("How long the condition must hold, e.g. 5m or 300s; 0 = a single point"),
         [](const Plan &, const Criterion &c) { return DurationText::formatCompact(c.forSeconds / 60.0); },
         [](const Plan &, int row, QList<Criterion> &l, const QString &t) -> Refusal {
             const auto minutes = DurationText::parseMinutes(t.trimmed().isEmpty() ? QStringLiteral("0") : t);
             if (!minutes || *minutes < 0)
                 return tr("cannot read \"%1\" as a duration (e.g. 5m, 300s, 1h)").arg(t.trimmed());
             l[row].forSeconds = *minutes * 60.0;
             return std::nullopt;
         },
         {},
         [](const Plan &, const Criterion &c) { return c.forSeconds > 0 ? DurationText::format(c.forSeconds / 60.0) : tr("at once"); }},
        {tr("Action"), {}, [](const Plan &, const Criterion &c) { return DisplayNames::of(c.action); },
         [](const Plan &, int row, QList<Criterion> &l, const QString &t) { return parseInto(t, l[row].action); },
         enumChoices<CriterionAction>()},
        {tr("Answer"), tr("Manual criteria: has the bad condition occurred?"),
         [](const Plan &, const Criterion &c) { return DisplayNames::of(c.answer); },
         [](const Plan &, int row, QList<Criterion> &l, const QString &t) { return parseInto(t, l[row].answer); },
         enumChoices<ManualAnswer>()},
        textColumn<Criterion>(tr("Notes"), &Criterion::notes),
    };
    spec.make = [](const Plan &, const QList<Criterion> &list) {
        Criterion c;
        c.id = freshId(list, &Criterion::id, QStringLiteral("criterion"));
        c.name = tr("New criterion");
        return c;
    };
    spec.addText = tr("Add criterion");
    spec.editText = tr("Edit criterion");
    spec.removeText = [](int n) { return tr("Delete %n criteria", nullptr, n); };
    return std::make_unique<ListAdapter<Criterion>>(std::move(spec));
}

std::unique_ptr<SectionAdapter> SectionAdapters::decisions()
{
    ListSpec<GateDecision> spec;
    spec.section = Document::Section::Decisions;
    spec.list = [](const Plan &p) -> const QList<GateDecision> & { return p.decisions; };
    auto gates = [](const Plan &plan) {
        QStringList ids;
        for (const Task &t : plan.tasks) {
            if (t.kind == TaskKind::Gate)
                ids.append(t.id);
        }
        return ids;
    };
    spec.columns = {
        {tr("Gate"), tr("The ID of a go/no-go gate task"), [](const Plan &, const GateDecision &d) { return d.gate; },
         [gates](const Plan &plan, int row, QList<GateDecision> &l, const QString &t) -> Refusal {
             const QString id = t.trimmed();
             if (!gates(plan).contains(id))
                 return tr("\"%1\" is not a gate task (gates: %2)").arg(id, gates(plan).join(QStringLiteral(", ")));
             l[row].gate = id;
             return std::nullopt;
         },
         gates},
        {tr("Decision"), {}, [](const Plan &, const GateDecision &d) { return DisplayNames::of(d.outcome); },
         [](const Plan &, int row, QList<GateDecision> &l, const QString &t) { return parseInto(t, l[row].outcome); },
         enumChoices<GateOutcome>()},
        textColumn<GateDecision>(tr("Decided by"), &GateDecision::decidedBy),
        {tr("Decided at"), tr("Time in the plan's time zone, e.g. 2026-12-05 22:40"),
         [](const Plan &plan, const GateDecision &d) { return TaskFieldText::formatTime(plan, d.decidedAt); },
         [](const Plan &plan, int row, QList<GateDecision> &l, const QString &t) -> Refusal {
             auto time = TaskFieldText::parseTime(plan, t);
             if (!time)
                 return time.error().message;
             l[row].decidedAt = time.value();
             return std::nullopt;
         }},
        textColumn<GateDecision>(tr("Rationale"), &GateDecision::rationale),
    };
    spec.make = [gates](const Plan &plan, const QList<GateDecision> &) {
        GateDecision d;
        d.gate = gates(plan).value(0);
        return d;
    };
    spec.addText = tr("Add gate decision");
    spec.editText = tr("Edit gate decision");
    spec.removeText = [](int n) { return tr("Delete %n gate decisions", nullptr, n); };
    return std::make_unique<ListAdapter<GateDecision>>(std::move(spec));
}

std::unique_ptr<SectionAdapter> SectionAdapters::readiness()
{
    ListSpec<ReadinessItem> spec;
    spec.section = Document::Section::Readiness;
    spec.list = [](const Plan &p) -> const QList<ReadinessItem> & { return p.readiness; };
    spec.columns = {
        idColumn<ReadinessItem>(&ReadinessItem::id),
        textColumn<ReadinessItem>(tr("Check"), &ReadinessItem::text, true),
        textColumn<ReadinessItem>(tr("Owner"), &ReadinessItem::owner),
        {tr("Status"), {}, [](const Plan &, const ReadinessItem &r) { return DisplayNames::of(r.status); },
         [](const Plan &, int row, QList<ReadinessItem> &l, const QString &t) { return parseInto(t, l[row].status); },
         enumChoices<ReadinessStatus>()},
        textColumn<ReadinessItem>(tr("Evidence"), &ReadinessItem::evidence),
    };
    spec.make = [](const Plan &, const QList<ReadinessItem> &list) {
        ReadinessItem r;
        r.id = freshId(list, &ReadinessItem::id, QStringLiteral("ready"));
        r.text = tr("New check");
        return r;
    };
    spec.addText = tr("Add readiness check");
    spec.editText = tr("Edit readiness check");
    spec.removeText = [](int n) { return tr("Delete %n readiness checks", nullptr, n); };
    return std::make_unique<ListAdapter<ReadinessItem>>(std::move(spec));
}

std::unique_ptr<SectionAdapter> SectionAdapters::slas()
{
    auto minutesColumn = [](const QString &title, double SlaTarget::*member) {
        return ColumnSpec<SlaTarget>{
            title, tr("e.g. 15, 1h, 4h30"),
            [member](const Plan &, const SlaTarget &s) { return DurationText::formatCompact(s.*member); },
            [member](const Plan &, int row, QList<SlaTarget> &l, const QString &t) -> Refusal {
                const auto minutes = DurationText::parseMinutes(t);
                if (!minutes || *minutes < 0)
                    return tr("cannot read \"%1\" as a duration (e.g. 15, 1h, 4h30)").arg(t.trimmed());
                l[row].*member = *minutes;
                return std::nullopt;
            },
            {},
            [member](const Plan &, const SlaTarget &s) { return DurationText::format(s.*member); }};
    };
    ListSpec<SlaTarget> spec;
    spec.section = Document::Section::Slas;
    spec.list = [](const Plan &p) -> const QList<SlaTarget> & { return p.hypercare.slas; };
    spec.columns = {textColumn<SlaTarget>(tr("Severity"), &SlaTarget::severity, true),
                    minutesColumn(tr("Response"), &SlaTarget::responseMinutes),
                    minutesColumn(tr("Resolution"), &SlaTarget::resolveMinutes)};
    spec.make = [](const Plan &, const QList<SlaTarget> &list) {
        return SlaTarget{tr("Sev %1").arg(list.size() + 1), 30, 240};
    };
    spec.addText = tr("Add SLA target");
    spec.editText = tr("Edit SLA target");
    spec.removeText = [](int n) { return tr("Delete %n SLA targets", nullptr, n); };
    return std::make_unique<ListAdapter<SlaTarget>>(std::move(spec));
}

std::unique_ptr<SectionAdapter> SectionAdapters::contacts()
{
    ListSpec<Contact> spec;
    spec.section = Document::Section::Contacts;
    spec.list = [](const Plan &p) -> const QList<Contact> & { return p.hypercare.contacts; };
    spec.columns = {textColumn<Contact>(tr("Name"), &Contact::name, true), textColumn<Contact>(tr("Role"), &Contact::role),
                    textColumn<Contact>(tr("Reach"), &Contact::reach)};
    spec.columns[2].tip = tr("Phone, e-mail or chat channel");
    spec.make = [](const Plan &, const QList<Contact> &) { return Contact{tr("New contact"), {}, {}}; };
    spec.addText = tr("Add contact");
    spec.editText = tr("Edit contact");
    spec.removeText = [](int n) { return tr("Delete %n contacts", nullptr, n); };
    return std::make_unique<ListAdapter<Contact>>(std::move(spec));
}

} // namespace cutover
