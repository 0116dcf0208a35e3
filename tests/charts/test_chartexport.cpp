// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartexport.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace cutover::charts;

namespace {
void paintSquare(QPainter *p, const QRectF &r)
{
    p->fillRect(r, Qt::white);
    p->fillRect(QRectF(r.center(), QSizeF(10, 10)), Qt::black);
}
} // namespace

class TestChartExport : public QObject
{
    Q_OBJECT
private slots:
    void formats_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("format"); // -1 none
        QTest::newRow("png") << "a.png" << int(ChartExport::Format::Png);
        QTest::newRow("PNG") << "dir/a.PNG" << int(ChartExport::Format::Png);
        QTest::newRow("svg") << "a.svg" << int(ChartExport::Format::Svg);
        QTest::newRow("pdf") << "a.pdf" << -1;
        QTest::newRow("none") << "a" << -1;
    }
    void formats()
    {
        QFETCH(QString, name);
        QFETCH(int, format);
        const auto f = ChartExport::formatFor(name);
        QCOMPARE(f.has_value() ? int(*f) : -1, format);
    }

    void pngHasRequestedSize()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.png"));
        QVERIFY(ChartExport::save(path, QSize(640, 360), paintSquare).ok());
        const QImage image(path);
        QCOMPARE(image.size(), QSize(640, 360));
        QCOMPARE(QColor(image.pixel(325, 185)), QColor(Qt::black));
        QCOMPARE(QColor(image.pixel(5, 5)), QColor(Qt::white));
    }

    void svgHasRequestedSize()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.svg"));
        QVERIFY(ChartExport::save(path, QSize(800, 500), paintSquare).ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray svg = f.readAll();
        QVERIFY(svg.contains("<svg"));
        QVERIFY(svg.contains("viewBox=\"0 0 800 500\""));
    }

    void refusesBadInputWithoutWriting_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QSize>("size");
        QTest::newRow("extension") << "c.bmp" << QSize(640, 480);
        QTest::newRow("too small") << "c.png" << QSize(100, 480);
        QTest::newRow("too large") << "c.png" << QSize(640, 20000);
    }
    void refusesBadInputWithoutWriting()
    {
        QFETCH(QString, name);
        QFETCH(QSize, size);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        const cutover::Status s = ChartExport::save(path, size, paintSquare);
        QVERIFY(!s.ok());
        QVERIFY(!s.errorString().isEmpty());
        QVERIFY(!QFile::exists(path));
    }

    void unwritableDirectoryIsAnError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing/sub/c.png"));
        const cutover::Status s = ChartExport::save(path, QSize(640, 480), paintSquare);
        QVERIFY(!s.ok());
        QVERIFY(s.errorString().contains(QStringLiteral("c.png")));
    }

    void existingFileKeptOnFailure()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keep.png"));
        QVERIFY(ChartExport::save(path, QSize(640, 480), paintSquare).ok());
        const QByteArray before = [&] { QFile f(path); f.open(QIODevice::ReadOnly); return f.readAll(); }();
        QVERIFY(!ChartExport::save(path, QSize(50, 50), paintSquare).ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }
};

QTEST_MAIN(TestChartExport)
#include "test_chartexport.moc"
