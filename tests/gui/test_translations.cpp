// SPDX-License-Identifier: GPL-3.0-or-later
// The shipped translations are complete: every message translated, the same placeholders as
// the source, plural forms where the source counts.
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void complete_data();
    void complete();
};

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("de") << CUTOVER_SOURCE_DIR "/translations/cutover_de.ts";
    QTest::newRow("fr") << CUTOVER_SOURCE_DIR "/translations/cutover_fr.ts";
}

static QStringList placeholders(const QString &text)
{
    static const QRegularExpression re("%[1-9]");
    QStringList out;
    auto it = re.globalMatch(text);
    while (it.hasNext())
        out << it.next().captured();
    out.sort();
    return out;
}

void TestTranslations::complete()
{
    QFETCH(QString, file);
    QFile ts(file);
    QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(file));
    QXmlStreamReader xml(&ts);
    int messages = 0;
    QString source;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"message") {
            numerus = xml.attributes().value("numerus") == u"yes";
            ++messages;
        } else if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const QString type = xml.attributes().value("type").toString();
            QVERIFY2(type != "unfinished" && type != "vanished" && type != "obsolete",
                     qPrintable(QString("%1: \"%2\" is %3").arg(file, source, type)));
            if (numerus) {
                int forms = 0;
                while (xml.readNextStartElement()) {
                    const QString form = xml.readElementText();
                    QVERIFY2(form.contains("%n"), qPrintable(source + " -> " + form));
                    QCOMPARE(placeholders(form), placeholders(source));
                    ++forms;
                }
                QCOMPARE(forms, 2);
            } else {
                const QString translation = xml.readElementText();
                QVERIFY2(!translation.isEmpty(), qPrintable("untranslated: " + source));
                QCOMPARE(placeholders(translation), placeholders(source));
            }
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 300);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
