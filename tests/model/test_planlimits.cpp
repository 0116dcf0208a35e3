// SPDX-License-Identifier: GPL-3.0-or-later
// PlanLimits through PlanValidator: durations and lags within ±10 years, text lengths, labels.
#include "model/planlimits.h"
#include "model/planvalidation.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace cutover;

namespace {

Plan plan()
{
    Plan p;
    p.name = QStringLiteral("limits");
    p.phases = {Phase{QStringLiteral("p"), QStringLiteral("Phase"), {}}};
    Task a;
    a.id = QStringLiteral("a");
    a.phase = QStringLiteral("p");
    a.duration.likely = 10;
    Task b = a;
    b.id = QStringLiteral("b");
    b.after = {Dependency{QStringLiteral("a"), DependencyType::FS, 0}};
    p.tasks = {a, b};
    return p;
}

QStringList codes(const Plan &p)
{
    QStringList out;
    for (const PlanIssue &i : PlanValidator::validate(p))
        out.append(i.code);
    return out;
}

} // namespace

class TestPlanLimits : public QObject
{
    Q_OBJECT
private slots:
    void tenYearsInMinutes()
    {
        // 10 × 365.25 days × 1440 minutes, worked out by hand: 3652.5 × 1440 = 5,259,600.
        QCOMPARE(PlanLimits::maxMinutes, 5259600.0);
    }

    void duration_data()
    {
        QTest::addColumn<double>("minutes");
        QTest::addColumn<bool>("valid");
        QTest::newRow("zero") << 0.0 << true;
        QTest::newRow("limit") << 5259600.0 << true;
        QTest::newRow("just above") << 5259600.5 << false;
        QTest::newRow("1e12") << 1e12 << false;
        QTest::newRow("1e308") << 1e308 << false;
        QTest::newRow("inf") << std::numeric_limits<double>::infinity() << false;
        QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN() << false;
        QTest::newRow("negative") << -1.0 << false;
    }
    void duration()
    {
        QFETCH(double, minutes);
        QFETCH(bool, valid);
        QCOMPARE(!PlanLimits::durationError(minutes).has_value(), valid);
        Plan p = plan();
        p.tasks[0].duration.pessimistic = minutes;
        p.tasks[0].duration.optimistic = 0;
        // A negative estimate is left to the linter's "negative-duration" (one finding, not two).
        QCOMPARE(!codes(p).contains(QStringLiteral("duration-out-of-range")), valid || minutes < 0);
    }

    void lag_data()
    {
        QTest::addColumn<double>("lag");
        QTest::addColumn<bool>("valid");
        QTest::newRow("negative limit") << -5259600.0 << true;
        QTest::newRow("limit") << 5259600.0 << true;
        QTest::newRow("1e18") << 1e18 << false;
        QTest::newRow("-1e18") << -1e18 << false;
        QTest::newRow("inf") << std::numeric_limits<double>::infinity() << false;
    }
    void lag()
    {
        QFETCH(double, lag);
        QFETCH(bool, valid);
        Plan p = plan();
        p.tasks[1].after[0].lag = lag;
        const QList<PlanIssue> issues = PlanValidator::validate(p);
        const bool flagged = std::any_of(issues.cbegin(), issues.cend(), [](const PlanIssue &i) { return i.code == u"lag-out-of-range"; });
        QCOMPARE(flagged, !valid);
        for (const PlanIssue &i : issues)
            QVERIFY2(!i.message.contains(u'\n') && i.message.size() < 300, qPrintable(i.message));
    }

    void textLengths()
    {
        Plan p = plan();
        QVERIFY(codes(p).isEmpty());
        p.tasks[0].name = QString(PlanLimits::maxNameLength, u'x');
        QVERIFY(codes(p).isEmpty());
        p.tasks[0].name += u'x';
        QCOMPARE(codes(p), QStringList{QStringLiteral("too-long")});

        p = plan();
        MetricSeries s;
        s.id = QStringLiteral("s");
        s.metric = QStringLiteral("lag");
        s.labels.insert(QStringLiteral("big"), QString(PlanLimits::maxLabelValueLength, u'v'));
        p.series = {s};
        QVERIFY(codes(p).isEmpty());
        p.series[0].labels[QStringLiteral("big")] += u'v';
        const QList<PlanIssue> issues = PlanValidator::validate(p);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.at(0).code, QStringLiteral("too-long"));
        // One short line naming the limit, not the 16 Ki value.
        QVERIFY(issues.at(0).message.contains(QString::number(PlanLimits::maxLabelValueLength)));
        QVERIFY(issues.at(0).message.size() < 200);
    }

    void tooManyLabels()
    {
        Plan p = plan();
        MetricSeries s;
        s.id = QStringLiteral("s");
        for (int i = 0; i <= PlanLimits::maxLabels; ++i)
            s.labels.insert(QStringLiteral("k%1").arg(i), QStringLiteral("v"));
        p.series = {s};
        QCOMPARE(codes(p), QStringList{QStringLiteral("too-long")});
    }

    void cappedList()
    {
        QStringList ids;
        for (int i = 0; i < 25; ++i)
            ids.append(QString::number(i));
        QCOMPARE(PlanLimits::cappedList(ids.mid(0, 20), QStringLiteral(",")), ids.mid(0, 20).join(u','));
        QCOMPARE(PlanLimits::cappedList(ids, QStringLiteral(","), 3), QStringLiteral("0,1,2,… and 22 more"));
    }
};

QTEST_GUILESS_MAIN(TestPlanLimits)
#include "test_planlimits.moc"
