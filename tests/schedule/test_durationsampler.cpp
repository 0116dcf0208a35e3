// SPDX-License-Identifier: GPL-3.0-or-later
// Expected values: closed-form triangular quantiles worked by hand, and Beta quantiles from an
// independent numerical integration of the density (Simpson's rule + bisection) below.
#include "schedule/durationsampler.h"

#include <QTest>

#include <cmath>

using namespace cutover;

namespace {

Task threePoint(double a, double m, double b, Distribution d)
{
    Task t;
    t.id = "t";
    t.duration = Estimate{a, m, b};
    t.distribution = d;
    return t;
}

DurationSampler sampler(const Task &t)
{
    const auto s = DurationSampler::forTask(t, "tasks[0]");
    if (!s.ok())
        qFatal("%s", qPrintable(s.errorString()));
    return s.value();
}

/**
 * CDF of Beta(a, b) at x by Simpson's rule on 2n intervals after substituting t = s^4, which
 * makes the integrand smooth at 0 for a >= 1; normalised by std::beta.
 */
double betaCdf(double a, double b, double x)
{
    const int n = 2000;
    const double top = std::pow(x, 0.25);
    const double h = top / (2 * n);
    const auto f = [&](double s) { return 4 * std::pow(s, 4 * a - 1) * std::pow(1 - std::pow(s, 4), b - 1); };
    double s = f(0) + f(top);
    for (int k = 1; k < 2 * n; ++k)
        s += f(k * h) * (k % 2 ? 4 : 2);
    return s * h / 3 / std::beta(a, b);
}

/** Quantile by bisection; the upper half through the mirror image, to stay away from x = 1. */
double betaQuantile(double a, double b, double u)
{
    if (u > 0.5)
        return 1 - betaQuantile(b, a, 1 - u);
    double lo = 0, hi = 1;
    for (int k = 0; k < 40; ++k) {
        const double mid = 0.5 * (lo + hi);
        (betaCdf(a, b, mid) < u ? lo : hi) = mid;
    }
    return 0.5 * (lo + hi);
}

} // namespace

class TestDurationSampler : public QObject
{
    Q_OBJECT
private slots:
    void triangular_data()
    {
        QTest::addColumn<double>("u");
        QTest::addColumn<double>("expected");
        // a = 10, m = 20, b = 60: F(m) = 10/50 = 0.2; left: 10 + sqrt(u*50*10); right: 60 - sqrt((1-u)*50*40).
        QTest::newRow("0") << 0.0 << 10.0;
        QTest::newRow("0.05") << 0.05 << 15.0;              // 10 + sqrt(25)
        QTest::newRow("mode") << 0.2 << 20.0;               // 10 + sqrt(100)
        QTest::newRow("median") << 0.5 << 60.0 - std::sqrt(1000.0);
        QTest::newRow("0.8") << 0.8 << 40.0;                // 60 - sqrt(400)
        QTest::newRow("0.95") << 0.95 << 50.0;              // 60 - sqrt(100)
    }
    void triangular()
    {
        QFETCH(double, u);
        QFETCH(double, expected);
        QVERIFY(qAbs(sampler(threePoint(10, 20, 60, Distribution::Triangular)).quantile(u) - expected) < 1e-12);
    }

    void pertMatchesNumericalBeta_data()
    {
        QTest::addColumn<double>("r");
        for (double r : {0.0, 0.1, 0.25, 1.0 / 3, 0.5, 0.77, 0.9, 1.0})
            QTest::newRow(qPrintable(QString::number(r))) << r;
    }
    void pertMatchesNumericalBeta()
    {
        QFETCH(double, r);
        const double a = 1 + 4 * r, b = 5 - 4 * r;
        for (double u : {0.001, 0.01, 0.05, 0.2, 0.5, 0.8, 0.95, 0.99, 0.999}) {
            const double expected = betaQuantile(a, b, u);
            const double got = DurationSampler::pertUnitQuantile(r, u);
            if (qAbs(got - expected) > 1e-4)
                QFAIL(qPrintable(QString("r=%1 u=%2: got %3, expected %4").arg(r).arg(u).arg(got).arg(expected)));
        }
    }

    void pertScalesToTheEstimate()
    {
        // PERT(10, 20, 60): r = 0.2, so d = 10 + 50 * Q_Beta(1.8, 4.2).
        const DurationSampler s = sampler(threePoint(10, 20, 60, Distribution::Pert));
        QVERIFY(qAbs(s.quantile(0.5) - (10 + 50 * betaQuantile(1.8, 4.2, 0.5))) < 0.01);
        QCOMPARE(s.quantile(0.0), 10.0);
        // The mean over a fine grid of u is the PERT mean (a + 4m + b) / 6 = 150 / 6 = 25.
        double sum = 0;
        const int n = 200000;
        for (int k = 0; k < n; ++k)
            sum += s.quantile((k + 0.5) / n);
        QVERIFY2(qAbs(sum / n - 25.0) < 0.01, qPrintable(QString::number(sum / n)));
    }

    void monotoneInU()
    {
        for (Distribution d : {Distribution::Triangular, Distribution::Pert}) {
            const DurationSampler s = sampler(threePoint(3, 4, 40, d));
            double previous = -1;
            for (int k = 0; k <= 10000; ++k) {
                const double x = s.quantile(std::min(k / 10000.0, 1.0 - 1e-12));
                QVERIFY(x >= previous);
                QVERIFY(x >= 3 && x <= 40);
                previous = x;
            }
        }
    }

    void fixedCases()
    {
        Task onlyLikely;
        onlyLikely.duration.likely = 12;
        QVERIFY(sampler(onlyLikely).isFixed());
        QCOMPARE(sampler(onlyLikely).quantile(0.9), 12.0);
        Task fixed = threePoint(5, 10, 20, Distribution::Fixed);
        QCOMPARE(sampler(fixed).quantile(0.99), 10.0);
        Task milestone = threePoint(5, 10, 20, Distribution::Triangular);
        milestone.kind = TaskKind::Milestone;
        QCOMPARE(sampler(milestone).quantile(0.7), 0.0);
        QVERIFY(sampler(threePoint(7, 7, 7, Distribution::Pert)).isFixed());
    }

    void outOfOrderIsAnError()
    {
        const auto s = DurationSampler::forTask(threePoint(30, 20, 60, Distribution::Triangular), "tasks[4]");
        QVERIFY(!s.ok());
        QCOMPARE(s.errorString(), QString("tasks[4].duration: expected 0 ≤ optimistic ≤ likely ≤ pessimistic, got 30, 20, 60"));
        QVERIFY(!DurationSampler::forTask(threePoint(-1, 20, 60, Distribution::Pert), "tasks[0]").ok());
        // A fixed task only needs a sane likely value.
        QVERIFY(DurationSampler::forTask(threePoint(30, 20, 60, Distribution::Fixed), "tasks[0]").ok());
    }
};

QTEST_GUILESS_MAIN(TestDurationSampler)
#include "test_durationsampler.moc"
