// SPDX-License-Identifier: GPL-3.0-or-later
// SeriesSelection: the one rule for which series the lag chart draws (monitoring view, report,
// `chart`). Each expected list is worked out by hand from the rule in seriesselection.h.
#include "analysis/seriesselection.h"

#include <QTest>

#if defined(QT_WIDGETS_LIB) || defined(QT_GUI_LIB)
#error "the analysis library must build and test without QtGui and QtWidgets"
#endif

using namespace cutover;
using Reason = SeriesSelection::Reason;

class TestSeriesSelection : public QObject
{
    Q_OBJECT
private slots:
    void defaultIsWatchedSeries()
    {
        const QStringList ids{ "a", "b", "c", "d" };
        Reason why {};
        QCOMPARE(SeriesSelection().peek(ids, { 3, 1 }, &why), (QList<int>{ 1, 3 }));
        QCOMPARE(why, Reason::Watched);
    }

    void defaultWithoutWatchedIsTheFirstSix()
    {
        QStringList ids;
        for (int i = 0; i < 9; ++i)
            ids.append(QStringLiteral("s%1").arg(i));
        Reason why {};
        QCOMPARE(SeriesSelection().peek(ids, {}, &why), (QList<int>{ 0, 1, 2, 3, 4, 5 }));
        QCOMPARE(why, Reason::First);
        // Three series: all of them are the first six, and the reason says so.
        QCOMPARE(SeriesSelection().peek({ "x", "y", "z" }, {}, &why), (QList<int>{ 0, 1, 2 }));
        QCOMPARE(why, Reason::All);
        QCOMPARE(SeriesSelection().peek({}, {}, &why), QList<int>{});
    }

    void choiceIsKeptByIdAcrossNewOrder()
    {
        SeriesSelection s;
        s.choose({ "a", "b", "c" }, { 2 }); // user draws c only; a, b, c are known
        Reason why {};
        // New data: order changed, d is new and watched, b watched but known (so not drawn).
        QCOMPARE(s.peek({ "d", "c", "b", "a" }, { 0, 2 }, &why), (QList<int>{ 0, 1 }));
        QCOMPARE(why, Reason::Chosen);
        QVERIFY(s.isChosen());
        QCOMPARE(s.chosenIds(), QSet<QString>{ "c" });
    }

    void choiceOfVanishedSeriesFallsBackAndReturns()
    {
        SeriesSelection s;
        s.choose({ "a", "b" }, { 0 });
        // The import that brought a and b was undone: the default rule (watched y).
        QCOMPARE(s.peek({ "x", "y" }, { 1 }), QList<int>{ 1 });
        QVERIFY(s.isChosen()); // kept: the result does not depend on who looked
        // Redo: the choice is back (a, not b).
        QCOMPARE(s.peek({ "x", "a", "b" }, {}), QList<int>{ 1 });
    }

    void emptyChoiceStaysEmpty()
    {
        SeriesSelection s;
        s.choose({ "a", "b" }, {});
        Reason why {};
        QCOMPARE(s.peek({ "a", "b" }, { 0 }, &why), QList<int>{});
        QCOMPARE(why, Reason::Chosen);
        QVERIFY(s.isChosen());
        // A new watched series still appears.
        QCOMPARE(s.peek({ "a", "b", "n" }, { 2 }), QList<int>{ 2 });
    }

    void choosingEverythingSaysAll()
    {
        SeriesSelection s;
        s.choose({ "a", "b" }, { 0, 1, 7, -1 }); // out-of-range indices are ignored
        QCOMPARE(s.chosenIds(), (QSet<QString>{ "a", "b" }));
        Reason why {};
        QCOMPARE(s.peek({ "a", "b" }, {}, &why), (QList<int>{ 0, 1 }));
        QCOMPARE(why, Reason::All);
        s.reset();
        QVERIFY(!s.isChosen());
    }

    void reasonsAreSentences()
    {
        for (Reason r : { Reason::Chosen, Reason::Watched, Reason::First, Reason::All })
            QVERIFY(!SeriesSelection::describe(r).isEmpty());
        QVERIFY(SeriesSelection::describe(Reason::First).contains(QLatin1String("6")));
    }
};

QTEST_GUILESS_MAIN(TestSeriesSelection)
#include "test_seriesselection.moc"
