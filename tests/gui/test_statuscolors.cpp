// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/desktop.h"
#include "gui/statuscolors.h"

#include <QApplication>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <cmath>

using namespace cutover::gui;
using StatusColors::Kind;

namespace {

// WCAG 2 relative luminance and contrast ratio, written out from the definition.
double channel(int c8)
{
    const double c = c8 / 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette paletteWithWindow(const QColor &window)
{
    QPalette p;
    p.setColor(QPalette::Window, window);
    return p;
}

} // namespace

class TestStatusColors : public QObject
{
    Q_OBJECT
private slots:
    void readableOnLightAndDark_data()
    {
        QTest::addColumn<QColor>("window");
        QTest::newRow("Fusion light") << QColor(0xef, 0xef, 0xef);
        QTest::newRow("white") << QColor(Qt::white);
        QTest::newRow("Breeze dark") << QColor(0x2a, 0x2e, 0x32);
        QTest::newRow("black") << QColor(Qt::black);
    }
    void readableOnLightAndDark()
    {
        QFETCH(QColor, window);
        const QPalette palette = paletteWithWindow(window);
        for (const Kind kind : {Kind::Problem, Kind::Caution, Kind::Good}) {
            // Text on the window, and text on its own banner background: WCAG AA for normal text.
            QVERIFY2(contrast(StatusColors::text(kind, palette), window) >= 4.5, qPrintable(window.name()));
            QVERIFY2(contrast(StatusColors::text(kind, palette), StatusColors::background(kind, palette)) >= 4.5,
                     qPrintable(window.name()));
        }
    }
    void desktopLanguageSetsTheLocale_data()
    {
        // Charts and reports format dates with QLocale(): the desktop language decides them,
        // English too (an English desktop on a German system must not write "Sa. 5 Dez.").
        QTest::addColumn<QString>("language");
        QTest::addColumn<QLocale::Language>("expected");
        QTest::addColumn<QString>("saturday");
        QTest::newRow("English") << "en" << QLocale::English << "Sat";
        QTest::newRow("German") << "de" << QLocale::German << "Sa.";
        QTest::newRow("French") << "fr" << QLocale::French << "sam.";
    }
    void desktopLanguageSetsTheLocale()
    {
        QFETCH(QString, language);
        QFETCH(QLocale::Language, expected);
        QFETCH(QString, saturday);
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany)); // as if the system were German
        QTemporaryDir noCatalogues;
        cutover::gui::installTranslations(*qobject_cast<QApplication *>(QCoreApplication::instance()), language, noCatalogues.path());
        const QLocale now;
        QLocale::setDefault(before);
        for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QCOMPARE(now.language(), expected);
        QCOMPARE(now.toString(QDate(2026, 12, 5), QStringLiteral("ddd")), saturday);
    }

    void darkIsDetected()
    {
        QVERIFY(StatusColors::isDark(paletteWithWindow(QColor(0x2a, 0x2e, 0x32))));
        QVERIFY(!StatusColors::isDark(paletteWithWindow(QColor(0xef, 0xef, 0xef))));
    }
};

QTEST_MAIN(TestStatusColors)
#include "test_statuscolors.moc"
