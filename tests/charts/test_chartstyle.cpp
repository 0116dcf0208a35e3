// SPDX-License-Identifier: GPL-3.0-or-later
// The series palette stays distinguishable for colour-blind viewers and in greyscale.
#include "charts/chartstyle.h"

#include <QSet>
#include <QTest>

#include <array>
#include <cmath>

using namespace cutover::charts;

namespace {

using Matrix = std::array<std::array<double, 3>, 3>;

// Full-severity dichromacy in linear RGB, from Machado, Oliveira & Fernandes (2009),
// "A physiologically-based model for simulation of color vision deficiency".
const Matrix kNormal = { { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } } };
const Matrix kProtan = { { { 0.152286, 1.052583, -0.204868 }, { 0.114503, 0.786281, 0.099216 }, { -0.003882, -0.048116, 1.051998 } } };
const Matrix kDeutan = { { { 0.367322, 0.860646, -0.227968 }, { 0.280085, 0.672501, 0.047413 }, { -0.011820, 0.042940, 0.968881 } } };
const Matrix kTritan = { { { 1.255528, -0.076749, -0.178779 }, { -0.078411, 0.930809, 0.147602 }, { 0.004733, 0.691367, 0.303900 } } };

double linear(int c)
{
    const double v = c / 255.0;
    return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
}

/** CIELAB (D65) of a colour as seen with the given simulation matrix. */
std::array<double, 3> lab(const QColor &colour, const Matrix &m)
{
    const double rgb[3] = { linear(colour.red()), linear(colour.green()), linear(colour.blue()) };
    double s[3];
    for (int i = 0; i < 3; ++i)
        s[i] = std::clamp(m[i][0] * rgb[0] + m[i][1] * rgb[1] + m[i][2] * rgb[2], 0.0, 1.0);
    const double x = (0.4124 * s[0] + 0.3576 * s[1] + 0.1805 * s[2]) / 0.95047;
    const double y = 0.2126 * s[0] + 0.7152 * s[1] + 0.0722 * s[2];
    const double z = (0.0193 * s[0] + 0.1192 * s[1] + 0.9505 * s[2]) / 1.08883;
    auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116.0; };
    return { 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z)) };
}

double deltaE(const QColor &a, const QColor &b, const Matrix &m)
{
    const auto p = lab(a, m), q = lab(b, m);
    return std::hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

} // namespace

class TestChartStyle : public QObject
{
    Q_OBJECT
private slots:
    void labSanity()
    {
        // White is L 100, black L 0, and a grey has no chroma (checks the conversion itself).
        QVERIFY(std::abs(lab(Qt::white, kNormal)[0] - 100.0) < 0.1);
        QVERIFY(std::abs(lab(Qt::black, kNormal)[0]) < 1e-9);
        const auto grey = lab(QColor(128, 128, 128), kNormal);
        QVERIFY(std::abs(grey[1]) < 0.05 && std::abs(grey[2]) < 0.05);
        // Protanopes confuse red and green: simulated, they come much closer than seen normally.
        QVERIFY(deltaE(QColor(220, 50, 50), QColor(60, 160, 60), kProtan) < deltaE(QColor(220, 50, 50), QColor(60, 160, 60), kNormal) / 2);
    }

    void seriesColoursDistinctForColourBlindViewers_data()
    {
        QTest::addColumn<int>("vision");
        QTest::newRow("normal") << 0;
        QTest::newRow("protanopia") << 1;
        QTest::newRow("deuteranopia") << 2;
        QTest::newRow("tritanopia") << 3;
    }
    void seriesColoursDistinctForColourBlindViewers()
    {
        QFETCH(int, vision);
        const Matrix *const visions[] = { &kNormal, &kProtan, &kDeutan, &kTritan };
        const Matrix &m = *visions[vision];
        // Every pair of the palette's colours stays clearly apart (ΔE*ab ≥ 15; about 2 is just noticeable).
        for (int i = 0; i < 7; ++i) {
            for (int j = i + 1; j < 7; ++j) {
                const double d = deltaE(ChartStyle::seriesColor(i), ChartStyle::seriesColor(j), m);
                QVERIFY2(d >= 15.0, qPrintable(QStringLiteral("series %1 and %2: ΔE %3").arg(i).arg(j).arg(d)));
            }
        }
    }

    void colourAndDashTogetherUnique()
    {
        // 35 series before a colour and dash pair repeats; neighbours always differ in dash (greyscale).
        QSet<QString> seen;
        for (int i = 0; i < 35; ++i) {
            const QString key = ChartStyle::seriesColor(i).name() + QString::number(int(ChartStyle::seriesDash(i)));
            QVERIFY2(!seen.contains(key), qPrintable(QString::number(i)));
            seen.insert(key);
            QVERIFY(ChartStyle::seriesDash(i) != ChartStyle::seriesDash(i + 1));
        }
        // No yellow (weak on white) and no plan-marker colour among the first six series.
        for (int i = 0; i < 6; ++i) {
            QVERIFY(ChartStyle::seriesColor(i) != ChartStyle::yellow());
            QVERIFY(ChartStyle::seriesColor(i) != ChartStyle::reddishPurple());
        }
    }
};

QTEST_GUILESS_MAIN(TestChartStyle)
#include "test_chartstyle.moc"
