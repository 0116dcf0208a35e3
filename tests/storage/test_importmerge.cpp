// SPDX-License-Identifier: GPL-3.0-or-later
// PlanFile::mergeImported: the documented merge rules, checked against a direct reading of them,
// and linear time on many series.
#include "storage/planfile.h"

#include <QElapsedTimer>
#include <QTest>

using namespace cutover;

namespace {

MetricSeries series(const QString &id, const QString &name, const QString &checksum = QStringLiteral("c1"))
{
    MetricSeries s;
    s.id = id;
    s.name = name;
    s.metric = QStringLiteral("lag");
    s.sourceChecksum = checksum;
    s.times = {1};
    s.values = {double(name.size())};
    return s;
}

QStringList ids(const Plan &p)
{
    QStringList out;
    for (const MetricSeries &s : p.series)
        out.append(s.id);
    return out;
}

} // namespace

class TestImportMerge : public QObject
{
    Q_OBJECT
private slots:
    void replacesKeepingPlaceAndId()
    {
        Plan p;
        p.series = {series(QStringLiteral("a"), QStringLiteral("one")), series(QStringLiteral("b"), QStringLiteral("two"))};
        MetricSeries again = series(QStringLiteral("new"), QStringLiteral("two"));
        again.values = {42};
        QVERIFY(PlanFile::mergeImported(&p, {again}, {}).ok());
        QCOMPARE(ids(p), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(p.series.at(1).values, QList<double>{42});
    }

    void labelsAreMatchedExactly()
    {
        Plan p;
        MetricSeries stored = series(QStringLiteral("a"), QStringLiteral("x"));
        stored.labels.insert(QStringLiteral("k"), QStringLiteral("v1"));
        p.series = {stored};
        MetricSeries other = stored;
        other.labels[QStringLiteral("k")] = QStringLiteral("v2");
        // Same parts joined differently must not collide: name "x" + label "k=v" vs name "x:k".
        MetricSeries tricky = series(QStringLiteral("a"), QStringLiteral("x1:k"));
        QVERIFY(PlanFile::mergeImported(&p, {other, tricky}, {}).ok());
        QCOMPARE(ids(p), (QStringList{QStringLiteral("a"), QStringLiteral("a-2"), QStringLiteral("a-3")}));
    }

    void uniqueIds()
    {
        Plan p;
        p.series = {series(QStringLiteral("lag"), QStringLiteral("s1")), series(QStringLiteral("lag-3"), QStringLiteral("s2"))};
        QVERIFY(PlanFile::mergeImported(&p,
                                        {series(QStringLiteral("lag"), QStringLiteral("n1")), series(QStringLiteral("lag"), QStringLiteral("n2")),
                                         series(QString(), QStringLiteral("n3")), series(QString(), QStringLiteral("n4")),
                                         series(QStringLiteral("lag-2"), QStringLiteral("n5"))},
                                        {})
                    .ok());
        // lag is taken -> lag-2; then lag-3 is taken -> lag-4; empty -> series-2, series-3;
        // "lag-2" itself is now taken -> lag-2-2.
        QCOMPARE(ids(p), (QStringList{QStringLiteral("lag"), QStringLiteral("lag-3"), QStringLiteral("lag-2"), QStringLiteral("lag-4"),
                                      QStringLiteral("series-2"), QStringLiteral("series-3"), QStringLiteral("lag-2-2")}));
    }

    void sameKeyTwiceInOneImport()
    {
        Plan p;
        MetricSeries first = series(QStringLiteral("s"), QStringLiteral("dup"));
        MetricSeries second = first;
        second.values = {7};
        QVERIFY(PlanFile::mergeImported(&p, {first, second}, {}).ok());
        QCOMPARE(p.series.size(), 1);
        QCOMPARE(p.series.at(0).values, QList<double>{7});
    }

    void twentyThousandNewSeriesIsLinear()
    {
        // Every series wants the same id: a quadratic probe (and the old per-series rebuild of
        // the taken-id set) needed 2 x 10^8 steps here.
        Plan p;
        p.series = {series(QStringLiteral("s"), QStringLiteral("stored"))};
        QList<MetricSeries> incoming;
        const int n = 20000;
        for (int i = 0; i < n; ++i)
            incoming.append(series(QStringLiteral("s"), QStringLiteral("n%1").arg(i)));
        QElapsedTimer timer;
        timer.start();
        QVERIFY(PlanFile::mergeImported(&p, incoming, {}).ok());
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(p.series.size(), qsizetype(n + 1));
        QCOMPARE(p.series.at(1).id, QStringLiteral("s-2"));
        QCOMPARE(p.series.last().id, QStringLiteral("s-%1").arg(n + 1));
        // And importing the same file again replaces every one of them, adding none.
        QVERIFY(PlanFile::mergeImported(&p, incoming, {}).ok());
        QCOMPARE(p.series.size(), qsizetype(n + 1));
    }
};

QTEST_GUILESS_MAIN(TestImportMerge)
#include "test_importmerge.moc"
