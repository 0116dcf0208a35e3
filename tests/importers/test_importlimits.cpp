// SPDX-License-Identifier: GPL-3.0-or-later
// Size limits of the importers (PlanLimits): one line with file:line:col and the limit, never a
// truncation. Each file is the limit + 1 (a few MB at most), not the 200 MB of the bug report.
#include "importers/importer.h"
#include "model/planlimits.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cutover;

class TestImportLimits : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    Result<ImportResult> import(const QString &name, const QByteArray &bytes, ImportOptions o = {})
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
            qFatal("cannot write test file");
        f.close();
        return Importer::importFile(path, o);
    }

    static QByteArray prometheus(const QByteArray &labelValue)
    {
        return "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[{\"metric\":{\"__name__\":\"lag\",\"note\":\"" + labelValue
            + "\"},\"values\":[[1792227600,\"1\"]]}]}}";
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void labelAtTheLimitImports()
    {
        const QByteArray value(PlanLimits::maxLabelValueLength, 'x');
        const auto r = import(QStringLiteral("atlimit.json"), prometheus(value));
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        QCOMPARE(r->series.at(0).labels.value(QStringLiteral("note")).size(), PlanLimits::maxLabelValueLength);
    }

    void labelOneOverTheLimit()
    {
        const QByteArray value(PlanLimits::maxLabelValueLength + 1, 'x');
        const QByteArray text = prometheus(value);
        const auto r = import(QStringLiteral("over.json"), text);
        QVERIFY(!r.ok());
        // The value starts after the quote that follows "note":, all on line 1.
        const qsizetype column = text.indexOf("\"note\":\"") + qsizetype(sizeof("\"note\":\"") - 1) + 1;
        QCOMPARE(r.errorString(), QString(m_dir.filePath(QStringLiteral("over.json")) + QStringLiteral(":1:%1: a text of 1048577 bytes; the limit is 1048576 bytes per value")).arg(column));
    }

    void labelFarOverTheLimitIsNotDecoded()
    {
        // More than 3 bytes per allowed character: refused from the byte count, at the value's quote.
        const QByteArray value(3 * PlanLimits::maxLabelValueLength + 1, 'x');
        const QByteArray text = prometheus(value);
        const auto r = import(QStringLiteral("far.json"), text);
        QVERIFY(!r.ok());
        const qsizetype column = text.indexOf("\"note\":\"") + qsizetype(sizeof("\"note\":") - 1) + 1;
        QCOMPARE(r.errorString(), QString(m_dir.filePath(QStringLiteral("far.json")) + QStringLiteral(":1:%1: label \"note\" is 3145729 bytes long; the limit is 1048576 characters")).arg(column));
        QVERIFY(!r.errorString().contains(u'\n'));
    }

    void tooManyLabels()
    {
        QByteArray labels;
        for (int i = 0; i <= PlanLimits::maxLabels; ++i)
            labels += ",\"k" + QByteArray::number(i) + "\":\"v\"";
        const QByteArray text = "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[{\"metric\":{\"__name__\":\"lag\"" + labels
            + "},\"values\":[[1792227600,\"1\"]]}]}}";
        const auto r = import(QStringLiteral("labels.json"), text);
        QVERIFY(!r.ok());
        QVERIFY2(r.errorString().startsWith(QString(m_dir.filePath(QStringLiteral("labels.json")) + QStringLiteral(":1:"))), qPrintable(r.errorString()));
        QVERIFY(r.errorString().endsWith(QStringLiteral("more than 256 labels in one series; the limit is 256")));
    }

    void csvColumns()
    {
        // Time + 100,000 value columns = 100,001 fields: the last one breaks the limit.
        QByteArray header = "time";
        for (int c = 1; c <= PlanLimits::maxCsvColumns; ++c)
            header += ",c" + QByteArray::number(c);
        const qsizetype lastField = header.lastIndexOf(',') + 1;
        const auto r = import(QStringLiteral("wide.csv"), header + "\n2026-10-17T10:00:00Z,1\n");
        QVERIFY(!r.ok());
        QCOMPARE(r.errorString(), QString(m_dir.filePath(QStringLiteral("wide.csv")) + QStringLiteral(":1:%1: more than 100000 columns in a row; the limit is 100000")).arg(lastField + 1));
    }

    void csvField()
    {
        const QByteArray cell(PlanLimits::maxImportTextBytes + 1, 'x');
        const QByteArray text = "time,lag,comment\n2026-10-17T10:00:00Z,1,\"" + cell + "\"\n";
        const auto r = import(QStringLiteral("cell.csv"), text);
        QVERIFY(!r.ok());
        // The field is reported at its opening quote: line 2, after "2026-10-17T10:00:00Z,1,".
        QCOMPARE(r.errorString(), QString(m_dir.filePath(QStringLiteral("cell.csv")) + QStringLiteral(":2:24: a field of 1048577 bytes; the limit is 1048576 bytes per field")));
    }

    void seriesPerFile()
    {
        // Grafana 6 "series as rows": one series per distinct name, 100,001 names.
        QByteArray text = "Series;Time;Value\n";
        const int n = int(PlanLimits::maxSeriesPerImport) + 1;
        text.reserve(n * 40);
        for (int i = 0; i < n; ++i)
            text += 's' + QByteArray::number(i) + ";2026-10-17T10:00:00+00:00;1\n";
        ImportOptions o;
        o.format = QStringLiteral("grafana-legacy-rows");
        const auto r = import(QStringLiteral("rows.csv"), text, o);
        QVERIFY(!r.ok());
        // The first row over the limit is data row 100,001 = line 100,002.
        QCOMPARE(r.errorString(), QString(m_dir.filePath(QStringLiteral("rows.csv")) + QStringLiteral(":100002:1: more than 100000 series in one file; the limit is 100000")));
    }
};

QTEST_GUILESS_MAIN(TestImportLimits)
#include "test_importlimits.moc"
