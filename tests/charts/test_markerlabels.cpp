// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/markerlabels.h"

#include <QRandomGenerator>
#include <QTest>

using namespace cutover::charts;

namespace {

constexpr double kLeft = 0.0;
constexpr double kRight = 1000.0;
constexpr double kBottom = 100.0; // the plot's top: lane 0 is [82, 100], lane 1 [64, 82], ...
constexpr double kGap = 4.0;

QList<MarkerLabel> labels(const QList<double> &xs, const QList<double> &widths)
{
    QList<MarkerLabel> out;
    for (qsizetype i = 0; i < xs.size(); ++i)
        out.append({ xs[i], QSizeF(widths[i], 16) });
    return out;
}

/** Every rule of the layout; returns the first broken one, or an empty string. */
QString broken(const QList<MarkerLabel> &in, const MarkerLabelPlacement &out, double left, double right, double bottom)
{
    if (out.rects.size() != in.size() || out.lanes.size() != in.size())
        return QStringLiteral("one rect per label");
    for (qsizetype i = 0; i < in.size(); ++i) {
        const QRectF &r = out.rects[i];
        const double x = in[i].x;
        if (r.left() < left - 1e-9 || r.right() > right + 1e-9)
            return QStringLiteral("label %1 leaves the plot's width").arg(i);
        if (r.bottom() > bottom + 1e-9)
            return QStringLiteral("label %1 reaches into the plot").arg(i);
        // Beside its own line, never over it.
        const bool rightOf = qFuzzyCompare(r.left(), x + kGap);
        const bool leftOf = qFuzzyCompare(r.right() + 1000, x - kGap + 1000);
        if (!rightOf && !leftOf)
            return QStringLiteral("label %1 is not beside its line at %2 (rect %3..%4)").arg(i).arg(x).arg(r.left()).arg(r.right());
        if (x > r.left() && x < r.right())
            return QStringLiteral("label %1 covers its own line").arg(i);
        // Its line reaches the label's lane.
        if (out.lineTop(i) > r.top() + 1e-9)
            return QStringLiteral("line %1 ends below its label").arg(i);
        for (qsizetype j = 0; j < in.size(); ++j) {
            if (j == i)
                continue;
            if (r.intersects(out.rects[j]))
                return QStringLiteral("labels %1 and %2 overlap").arg(i).arg(j);
            // Another marker's line runs from the plot up to lineTop(j): it must not pass through this label.
            const double xj = in[j].x;
            if (xj >= r.left() && xj <= r.right() && out.lineTop(j) < r.bottom() - 1e-9)
                return QStringLiteral("line %1 crosses label %2").arg(j).arg(i);
        }
    }
    return {};
}

} // namespace

class TestMarkerLabels : public QObject
{
    Q_OBJECT
private slots:
    void handWorked_data()
    {
        QTest::addColumn<QList<double>>("xs");
        QTest::addColumn<QList<double>>("widths");
        QTest::addColumn<QList<double>>("lefts");   // expected rect left per label
        QTest::addColumn<QList<int>>("lanes");
        QTest::addColumn<int>("laneCount");

        QTest::newRow("alone: right of its line") << QList<double>{ 300 } << QList<double>{ 120 } << QList<double>{ 304 } << QList<int>{ 0 } << 1;
        // 950 + 4 + 120 > 1000: flips to the left, 950 - 4 - 120 = 826 (the old layout clamped it across its line).
        QTest::newRow("near the right edge: left of its line") << QList<double>{ 950 } << QList<double>{ 120 } << QList<double>{ 826 }
                                                               << QList<int>{ 0 } << 1;
        // "window opens" at 200 (150 wide) would cover the deadline's line at 280 if it went right;
        // left of its line (200 - 4 - 150 = 46) both fit in one lane.
        QTest::newRow("label would cover the next line") << QList<double>{ 200, 280 } << QList<double>{ 150, 160 }
                                                         << QList<double>{ 46, 284 } << QList<int>{ 0, 0 } << 1;
        // Likely and P80 deadline at the same time: one goes left, one right, same lane.
        QTest::newRow("same time, room both sides") << QList<double>{ 500, 500 } << QList<double>{ 100, 120 }
                                                    << QList<double>{ 396, 504 } << QList<int>{ 0, 0 } << 1;
        // Same time at the right edge: both must go left, so they stack.
        QTest::newRow("same time at the right edge") << QList<double>{ 950, 950 } << QList<double>{ 100, 120 }
                                                     << QList<double>{ 846, 826 } << QList<int>{ 0, 1 } << 2;
        // 400 left (296), 440 right (444); 420 spans one of them whichever side: right (424) one lane up,
        // above the line of 440 which ends at lane 0.
        QTest::newRow("three close lines") << QList<double>{ 400, 420, 440 } << QList<double>{ 100, 100, 100 }
                                           << QList<double>{ 296, 424, 444 } << QList<int>{ 0, 1, 0 } << 2;
        QTest::newRow("far apart: one lane") << QList<double>{ 100, 400, 700 } << QList<double>{ 150, 150, 150 }
                                             << QList<double>{ 104, 404, 704 } << QList<int>{ 0, 0, 0 } << 1;
    }
    void handWorked()
    {
        QFETCH(QList<double>, xs);
        QFETCH(QList<double>, widths);
        QFETCH(QList<double>, lefts);
        QFETCH(QList<int>, lanes);
        QFETCH(int, laneCount);
        const QList<MarkerLabel> in = labels(xs, widths);
        const MarkerLabelPlacement out = MarkerLabelLayout::layout(in, kLeft, kRight, kBottom, kGap);
        QCOMPARE(out.lanes, lanes);
        QCOMPARE(out.laneCount, laneCount);
        QCOMPARE(out.laneHeight, 18.0);
        QCOMPARE(out.height(), 18.0 * laneCount);
        QVERIFY(out.complete);
        for (qsizetype i = 0; i < xs.size(); ++i) {
            QCOMPARE(out.rects[i].left(), lefts[i]);
            QCOMPARE(out.rects[i].width(), widths[i]);
            // Lane l spans [100 - 18 (l + 1), 100 - 18 l]; a 16 px label is centred in it.
            QCOMPARE(out.rects[i].top(), kBottom - 18.0 * (lanes[i] + 1) + 1.0);
        }
        const QString problem = broken(in, out, kLeft, kRight, kBottom);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void deterministic()
    {
        const QList<MarkerLabel> in = labels({ 500, 500, 510, 640, 980 }, { 140, 180, 90, 200, 130 });
        const MarkerLabelPlacement a = MarkerLabelLayout::layout(in, kLeft, kRight, kBottom, kGap);
        const MarkerLabelPlacement b = MarkerLabelLayout::layout(in, kLeft, kRight, kBottom, kGap);
        QCOMPARE(a.rects, b.rects);
        QCOMPARE(a.lanes, b.lanes);
        QVERIFY(a.complete);
        const QString problem = broken(in, a, kLeft, kRight, kBottom);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void empty()
    {
        const MarkerLabelPlacement out = MarkerLabelLayout::layout({}, kLeft, kRight, kBottom, kGap);
        QVERIFY(out.rects.isEmpty());
        QCOMPARE(out.height(), 0.0);
    }

    void tooWideIsShortened()
    {
        // 600 px of text at the middle of a 1000 px plot fits neither side: it takes the roomier
        // side (right: 1000 - 404 = 596 px) and is shortened, still beside its line.
        const QList<MarkerLabel> in = labels({ 400 }, { 600 });
        const MarkerLabelPlacement out = MarkerLabelLayout::layout(in, kLeft, kRight, kBottom, kGap);
        QCOMPARE(out.rects[0].left(), 404.0);
        QCOMPARE(out.rects[0].width(), 596.0);
        const QString problem = broken(in, out, kLeft, kRight, kBottom);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    /**
     * Random markers whose labels, gaps included, take at most half the plot's width: an
     * arrangement meeting every rule always exists then (labels that must go left sit near
     * the right edge, and each label they push left still fits there), so the layout must
     * find one.
     */
    void randomProperties()
    {
        QRandomGenerator rng(20261124);
        for (int round = 0; round < 2000; ++round) {
            const int n = 1 + int(rng.bounded(8)); // up to the 8 labels the layout searches exhaustively
            const double budget = (kRight - kLeft) / 2;
            QList<MarkerLabel> in;
            double used = 0;
            for (int i = 0; i < n; ++i) {
                const double w = std::min(20.0 + rng.bounded(180.0), budget / n - kGap);
                used += w + kGap;
                // Clusters are the hard case: half the markers land within 60 px of x = 700.
                const double x = rng.bounded(2) ? 700 + rng.bounded(60.0) : kLeft + rng.bounded(kRight - kLeft);
                in.append({ std::round(x), QSizeF(w, 16) });
            }
            QVERIFY(used <= budget + 1e-9);
            const MarkerLabelPlacement out = MarkerLabelLayout::layout(in, kLeft, kRight, kBottom, kGap);
            QVERIFY2(out.complete, qPrintable(QStringLiteral("round %1").arg(round)));
            const QString problem = broken(in, out, kLeft, kRight, kBottom);
            QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("round %1: %2").arg(round).arg(problem)));
        }
    }
};

QTEST_GUILESS_MAIN(TestMarkerLabels)
#include "test_markerlabels.moc"
