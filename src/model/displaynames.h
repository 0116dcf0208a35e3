// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enumnames.h"
#include "plan.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace cutover {

/**
 * The names the desktop shows for the model's enums, in the user's language ("Aufgabe",
 * "tâche"), as opposed to the file spellings of enumnames.h ("task") that files, the command
 * line and the files keep. The English display names are the file spellings, so an English
 * desktop reads what the files say. Task marks keep their spellings everywhere (they are
 * typed as a list of words).
 */
class DisplayNames
{
    Q_DECLARE_TR_FUNCTIONS(DisplayNames)
public:
    static QString of(TaskKind v);
    static QString of(Distribution v);
    static QString of(DependencyType v);
    static QString of(TaskStatus v);
    static QString of(PlanStatus v);
    static QString of(CompareOp v);
    static QString of(CriterionAction v);
    static QString of(CriterionKind v);
    static QString of(ManualAnswer v);
    static QString of(GateOutcome v);
    static QString of(ReadinessStatus v);
    static QString of(ValidationStatus v);

    /** Every display name of E, in declaration order (the choices of a combo box). */
    template<typename E> static QStringList all()
    {
        QStringList names;
        for (const QString &spelling : enumNames<E>())
            names.append(of(*parseEnum<E>(spelling)));
        return names;
    }

    /**
     * Reads a display name in the current language or a file spelling, both ignoring case
     * ("Aufgabe", "aufgabe", "task", "TASK"). nullopt for anything else.
     */
    template<typename E> static std::optional<E> parse(QStringView text)
    {
        const QStringView t = text.trimmed();
        for (const QString &spelling : enumNames<E>()) {
            const E value = *parseEnum<E>(spelling);
            if (t.compare(spelling, Qt::CaseInsensitive) == 0 || t.compare(of(value), Qt::CaseInsensitive) == 0)
                return value;
        }
        return std::nullopt;
    }

    /** "one of Aufgabe, Meilenstein, Gate" for error messages (display names, this language). */
    template<typename E> static QString choices() { return all<E>().join(QStringLiteral(", ")); }
};

} // namespace cutover
