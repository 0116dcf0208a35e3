// SPDX-License-Identifier: GPL-3.0-or-later
// DisplayNames: English display names are the file spellings; German and French come from
// the compiled catalogues; typed text is read back in either form; and within each enum no
// display name can be mistaken for another value (its own names or another's spelling).
#include "model/displaynames.h"
#include "model/enumnames.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace cutover;

namespace {

/** Every (spelling, display name) pair of E in the current language. */
template<typename E>
QList<std::pair<QString, QString>> pairs()
{
    QList<std::pair<QString, QString>> out;
    const QStringList spellings = enumNames<E>();
    const QStringList names = DisplayNames::all<E>();
    for (qsizetype i = 0; i < spellings.size(); ++i)
        out.append({spellings.at(i), names.value(i)});
    return out;
}

/** "" when every value of E reads back from its spelling and its display name, else the first problem. */
template<typename E>
QString roundTripProblem()
{
    const auto all = pairs<E>();
    for (const auto &[spelling, name] : all) {
        const E value = *parseEnum<E>(spelling);
        if (name.isEmpty())
            return spelling + " has no display name";
        if (DisplayNames::parse<E>(spelling) != value || DisplayNames::parse<E>(spelling.toUpper()) != value)
            return "spelling " + spelling + " does not read back";
        if (DisplayNames::parse<E>(name) != value || DisplayNames::parse<E>(name.toUpper()) != value)
            return "display name " + name + " does not read back as " + spelling;
        for (const auto &[otherSpelling, otherName] : all) {
            if (otherSpelling == spelling)
                continue;
            if (name.compare(otherName, Qt::CaseInsensitive) == 0 || name.compare(otherSpelling, Qt::CaseInsensitive) == 0)
                return "display name " + name + " of " + spelling + " is also " + otherSpelling;
        }
    }
    if (DisplayNames::parse<E>(QStringLiteral("no such value")))
        return "reads an unknown text";
    return {};
}

QString allEnumsProblem()
{
    for (const QString &p : {roundTripProblem<TaskKind>(), roundTripProblem<Distribution>(),
                             roundTripProblem<DependencyType>(), roundTripProblem<TaskStatus>(),
                             roundTripProblem<PlanStatus>(), roundTripProblem<CompareOp>(),
                             roundTripProblem<CriterionAction>(), roundTripProblem<CriterionKind>(),
                             roundTripProblem<ManualAnswer>(), roundTripProblem<GateOutcome>(),
                             roundTripProblem<ReadinessStatus>(), roundTripProblem<ValidationStatus>()}) {
        if (!p.isEmpty())
            return p;
    }
    return {};
}

} // namespace

class TestDisplayNames : public QObject
{
    Q_OBJECT
private slots:
    void englishIsTheSpelling();
    void translated_data();
    void translated();
};

void TestDisplayNames::englishIsTheSpelling()
{
    QCOMPARE(DisplayNames::all<TaskKind>(), enumNames<TaskKind>());
    QCOMPARE(DisplayNames::all<PlanStatus>(), enumNames<PlanStatus>());
    QCOMPARE(DisplayNames::all<GateOutcome>(), (QStringList{"pending", "go", "no-go", "hold"}));
    QCOMPARE(DisplayNames::of(CriterionAction::Hold), QString("hold"));
    QCOMPARE(DisplayNames::parse<DependencyType>(u"ss"), std::optional(DependencyType::SS));
    const QString problem = allEnumsProblem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestDisplayNames::translated_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("task");
    QTest::addColumn<QString>("draft");
    QTest::addColumn<QString>("actionHold");
    QTest::addColumn<QString>("answerUnknown");
    QTest::newRow("de") << "de" << "Aufgabe" << "Entwurf" << "Halt" << "unbekannt";
    QTest::newRow("fr") << "fr" << QString::fromUtf8("tâche") << "brouillon" << "suspension" << "inconnu";
}

void TestDisplayNames::translated()
{
    QFETCH(QString, language);
    QFETCH(QString, task);
    QFETCH(QString, draft);
    QFETCH(QString, actionHold);
    QFETCH(QString, answerUnknown);
    QTranslator translator;
    QVERIFY(translator.load("cutover_" + language, CUTOVER_TRANSLATIONS_DIR));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QCOMPARE(DisplayNames::of(TaskKind::Task), task);
    QCOMPARE(DisplayNames::of(PlanStatus::Draft), draft);
    QCOMPARE(DisplayNames::of(CriterionAction::Hold), actionHold);
    QCOMPARE(DisplayNames::of(ManualAnswer::Unknown), answerUnknown);
    QCOMPARE(DisplayNames::parse<TaskKind>(task.toUpper()), std::optional(TaskKind::Task));
    QCOMPARE(DisplayNames::parse<TaskKind>(u"task"), std::optional(TaskKind::Task)); // the file spelling too
    QCOMPARE(DisplayNames::all<TaskKind>().size(), 3);
    const QString problem = allEnumsProblem();
    QCoreApplication::removeTranslator(&translator);
    QVERIFY2(problem.isEmpty(), qPrintable(language + ": " + problem));
}

QTEST_GUILESS_MAIN(TestDisplayNames)
#include "test_displaynames.moc"
