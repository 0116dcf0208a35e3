// SPDX-License-Identifier: GPL-3.0-or-later
// Charts whose work does not depend on a value's size (issue 11): axis ticks are bounded by
// construction, whatever range the samples span.
#include "charts/chartstyle.h"
#include "charts/simulationchart.h"

#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTest>
#include <QTimeZone>

using namespace cutover;
using namespace cutover::charts;

class TestChartBounds : public QObject
{
    Q_OBJECT
private slots:
    void niceTicksBelowPrecision()
    {
        // 16 at 1e17, where doubles are 16 apart: the step (5) is below half the precision, so
        // v += step never moves; the loop used to run for ever.
        const QList<double> ticks = ChartStyle::niceTicks(1e17, 1e17 + 16, 5);
        QVERIFY(!ticks.isEmpty());
        QVERIFY(ticks.size() <= 4 * 5 + 2);
    }

    void clockAxisOverCenturies()
    {
        // Samples spread over 1e11 minutes (~190,000 years) with clock-time labels: one tick per
        // day would be 7 x 10^7 ticks (the bad_alloc of the report). The axis now has a bounded count.
        QList<double> samples;
        for (int i = 0; i <= 1000; ++i)
            samples.append(double(i) * 1e8);
        OutcomeDistribution d = OutcomeDistribution::fromSamples(samples, 40);
        d.origin = QDateTime(QDate(2026, 12, 5), QTime(20, 0), QTimeZone::utc());
        d.zone = QTimeZone::utc();
        QImage image(800, 500, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QElapsedTimer timer;
        timer.start();
        {
            QPainter p(&image);
            SimulationRenderer::paintDistribution(&p, QRectF(0, 0, 800, 500), d);
        }
        // Generous (a loaded machine); the unbounded axis needed hours and gigabytes here.
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
        // Something was drawn: the histogram bars are not white.
        bool drawn = false;
        for (int y = 0; y < image.height() && !drawn; y += 4) {
            for (int x = 0; x < image.width() && !drawn; x += 4)
                drawn = image.pixel(x, y) != qRgb(255, 255, 255);
        }
        QVERIFY(drawn);
    }
};

QTEST_MAIN(TestChartBounds)
#include "test_chartbounds.moc"
