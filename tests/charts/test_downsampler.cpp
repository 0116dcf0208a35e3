// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/downsampler.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace cutover::charts;

namespace {

struct Raw
{
    QList<qint64> t;
    QList<double> v;
};

/** n samples 1 s apart from t=1000 s, values pseudo-random in [0, 1) with a fixed seed. */
Raw noise(qsizetype n, quint32 seed = 7)
{
    Raw r;
    QRandomGenerator rng(seed);
    r.t.reserve(n);
    r.v.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        r.t.append(1'000'000 + i * 1000);
        r.v.append(rng.generateDouble());
    }
    return r;
}

bool nonDecreasing(const PlotPoints &p)
{
    for (qsizetype i = 1; i < p.size(); ++i) {
        if (p.times[i] < p.times[i - 1])
            return false;
    }
    return true;
}

bool contains(const PlotPoints &p, qint64 t, double v)
{
    for (qsizetype i = 0; i < p.size(); ++i) {
        if (p.times[i] == t && p.values[i] == v)
            return true;
    }
    return false;
}

/** True if some NaN break sits between the last point at or before `before` and the first at or after `after`. */
bool breakBetween(const PlotPoints &p, qint64 before, qint64 after)
{
    qsizetype a = -1, b = -1;
    for (qsizetype i = 0; i < p.size(); ++i) {
        if (std::isnan(p.values[i]))
            continue;
        if (p.times[i] <= before)
            a = i;
        if (p.times[i] >= after && b < 0)
            b = i;
    }
    if (a < 0 || b < 0)
        return true; // nothing on one side: no line can cross
    for (qsizetype i = a + 1; i < b; ++i) {
        if (std::isnan(p.values[i]))
            return true;
    }
    return false;
}

} // namespace

class TestDownsampler : public QObject
{
    Q_OBJECT
private slots:
    void suggestGap()
    {
        QList<qint64> t;
        for (int i = 0; i < 100; ++i)
            t.append(i * 15000);
        t.append(t.constLast() + 3'600'000);
        QCOMPARE(Downsampler::suggestGapMs(t), qint64(75000)); // 5 × the 15 s median step
        QCOMPARE(Downsampler::suggestGapMs({ 1, 2 }), qint64(0));
    }

    void indexMatchesBruteForce_data()
    {
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::addColumn<int>("buckets");
        // Data spans 1,000,000 .. 1,000,000 + 99,999,000 ms.
        QTest::newRow("all, 2000 px") << qint64(0) << qint64(200'000'000) << 2000;
        QTest::newRow("all, 97 px") << qint64(1'000'000) << qint64(101'000'000) << 97;
        QTest::newRow("middle, 640 px") << qint64(30'000'500) << qint64(61'234'567) << 640;
        QTest::newRow("zoomed in, 1000 px") << qint64(50'000'000) << qint64(50'900'000) << 1000;
    }
    void indexMatchesBruteForce()
    {
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QFETCH(int, buckets);
        Raw r = noise(100000, 42);
        for (qsizetype i = 333; i < r.v.size(); i += 4111)
            r.v[i] = std::nan("");
        const SeriesIndex index(r.t, r.v, 0);
        const PlotPoints p = index.query(from, to, buckets);
        QVERIFY(p.size() <= 6 * buckets + 4);
        QVERIFY(nonDecreasing(p));
        // Independent check: every bucket's min and max sample appear in the output.
        const double width = double(to - from) / buckets;
        qsizetype i = 0;
        while (i < r.t.size() && r.t[i] < from)
            ++i;
        for (int b = 0; b < buckets; ++b) {
            const double edge = b + 1 == buckets ? double(to) : std::ceil(double(from) + width * (b + 1));
            qsizetype lo = -1, hi = -1;
            for (; i < r.t.size() && double(r.t[i]) < edge; ++i) {
                if (std::isnan(r.v[i]))
                    continue;
                if (lo < 0 || r.v[i] < r.v[lo])
                    lo = i;
                if (hi < 0 || r.v[i] > r.v[hi])
                    hi = i;
            }
            if (lo >= 0) {
                QVERIFY2(contains(p, r.t[lo], r.v[lo]), qPrintable(QStringLiteral("bucket %1 min").arg(b)));
                QVERIFY2(contains(p, r.t[hi], r.v[hi]), qPrintable(QStringLiteral("bucket %1 max").arg(b)));
            }
        }
    }

    void indexSpikeSurvivesTenMillionScale()
    {
        Raw r = noise(2'000'000, 3);
        r.v[1'234'567] = 1000.0;
        const SeriesIndex index(r.t, r.v, 0);
        const PlotPoints p = index.query(r.t.constFirst(), r.t.constLast() + 1, 2000);
        QVERIFY(p.size() <= 6 * 2000 + 4);
        QVERIFY(contains(p, r.t[1'234'567], 1000.0));
    }

    void indexGapsAsBreaks()
    {
        Raw r = noise(50000);
        for (qsizetype i = 20000; i < r.t.size(); ++i)
            r.t[i] += 7'200'000; // two hours missing
        r.v[40000] = std::nan("");
        const SeriesIndex index(r.t, r.v, 5000);
        for (int buckets : { 50, 500, 5000 }) {
            const PlotPoints p = index.query(r.t.constFirst(), r.t.constLast() + 1, buckets);
            QVERIFY(breakBetween(p, r.t[19999], r.t[20000]));
            QVERIFY(breakBetween(p, r.t[39999], r.t[40001]));
        }
        // Without a time gap threshold only NaN breaks the line.
        const SeriesIndex noGap(r.t, r.v, 0);
        const PlotPoints p = noGap.query(r.t[19990], r.t[20010], 1000);
        QVERIFY(!breakBetween(p, r.t[19999], r.t[20000]));
    }

    void indexEdgesReachBorders()
    {
        const Raw r = noise(1000);
        const SeriesIndex index(r.t, r.v, 0);
        // Window strictly between samples 100 and 200: the samples just outside are included.
        const PlotPoints p = index.query(r.t[100] + 1, r.t[200] + 1, 10);
        QCOMPARE(p.times.constFirst(), r.t[100]);
        QCOMPARE(p.times.constLast(), r.t[201]);
    }

    void indexRange()
    {
        Raw r = noise(70000, 9);
        r.v[100] = -5.0;
        r.v[65000] = 9.0;
        r.v[500] = std::nan("");
        const SeriesIndex index(r.t, r.v, 0);
        double lo = 0, hi = 0;
        QVERIFY(index.range(r.t.constFirst(), r.t.constLast(), &lo, &hi));
        QCOMPARE(lo, -5.0);
        QCOMPARE(hi, 9.0);
        QVERIFY(index.range(r.t[101], r.t[64999], &lo, &hi));
        QVERIFY(lo >= 0.0 && hi < 1.0);
        QVERIFY(!index.range(0, 10, &lo, &hi));
    }

    void degenerateInputs()
    {
        const SeriesIndex empty({}, {}, 0);
        QCOMPARE(empty.query(0, 100, 10).size(), 0);
        const Raw r = noise(100);
        const SeriesIndex index(r.t, r.v, 0);
        QCOMPARE(index.query(r.t[50], r.t[10], 10).size(), 0);
        QCOMPARE(index.query(r.t[10], r.t[50], 0).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDownsampler)
#include "test_downsampler.moc"
