// SPDX-License-Identifier: GPL-3.0-or-later
// The shipped translations are complete: every message translated, the same placeholders as
// the source, plural forms where the source counts. They cover every library whose text the
// desktop or its report shows, and the compiled catalogues give the right plural forms (the
// English one included: it holds only plurals, so "%n rows" reads "1 row").
#include "importers/importer.h"

#include <QBuffer>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void complete_data();
    void complete();
    void scope_data();
    void scope();
    void plurals_data();
    void plurals();
    void libraryTextAtRunTime();
};

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("minimumMessages");
    QTest::newRow("de") << CUTOVER_SOURCE_DIR "/translations/cutover_de.ts" << 1000;
    QTest::newRow("fr") << CUTOVER_SOURCE_DIR "/translations/cutover_fr.ts" << 1000;
    // English: the plural forms only (lupdate -pluralonly).
    QTest::newRow("en") << CUTOVER_SOURCE_DIR "/translations/cutover_en.ts" << 30;
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
    QFETCH(int, minimumMessages);
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
    QVERIFY2(messages >= minimumMessages, qPrintable(QString::number(messages)));
}

static QSet<QString> contexts(const QString &file)
{
    QFile ts(file);
    if (!ts.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&ts);
    QSet<QString> out;
    while (!xml.atEnd()) {
        // In a .ts file only a <context> has a <name>.
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"name")
            out.insert(xml.readElementText());
    }
    return out;
}

void TestTranslations::scope_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<bool>("expected");
    // One class per library whose text reaches the desktop or the PDF report.
    QTest::newRow("model") << "PlanValidator" << true;
    QTest::newRow("storage") << "PlanFile" << true;
    QTest::newRow("interchange") << "PlanJson" << true;
    QTest::newRow("schedule") << "MonteCarlo" << true;
    QTest::newRow("lint") << "PlanLinter" << true;
    QTest::newRow("importers") << "cutover::ImportContext" << true;
    QTest::newRow("importers: formats") << "cutover::Importer" << true;
    QTest::newRow("criteria") << "cutover::CriteriaEvaluator" << true;
    QTest::newRow("document") << "cutover::RunbookModel" << true;
    QTest::newRow("charts") << "GanttRenderer" << true;
    QTest::newRow("views") << "cutover::views::SimulationView" << true;
    QTest::newRow("report") << "ReportSections" << true;
    QTest::newRow("report printing") << "ReportPrinting" << true;
    QTest::newRow("gui") << "cutover::gui::MainWindow" << true;
    // The command line stays English.
    QTest::newRow("cli") << "cli" << false;
    // A tr() outside any class lands in its namespace: a context nothing looks up at run time.
    QTest::newRow("no stray context") << "cutover" << false;
}

void TestTranslations::scope()
{
    QFETCH(QString, context);
    QFETCH(bool, expected);
    static const QSet<QString> found = contexts(CUTOVER_SOURCE_DIR "/translations/cutover_de.ts");
    QVERIFY(!found.isEmpty());
    QCOMPARE(found.contains(context), expected);
    static const QSet<QString> foundFr = contexts(CUTOVER_SOURCE_DIR "/translations/cutover_fr.ts");
    QCOMPARE(foundFr, found);
}

void TestTranslations::plurals_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");
    const QString copied = "Copied %n rows";
    const QString view = "cutover::gui::RunbookView";
    QTest::newRow("en 1 row") << "en" << view << copied << 1 << "Copied 1 row";
    QTest::newRow("en 2 rows") << "en" << view << copied << 2 << "Copied 2 rows";
    QTest::newRow("en 0 rows") << "en" << view << copied << 0 << "Copied 0 rows";
    QTest::newRow("en series 1") << "en" << "cutover::ImportContext" << "%n series were not in time order and have been sorted" << 1
                                 << "1 series was not in time order and has been sorted";
    QTest::newRow("en series 3") << "en" << "cutover::ImportContext" << "%n series were not in time order and have been sorted" << 3
                                 << "3 series were not in time order and have been sorted";
    QTest::newRow("en more task") << "en" << "SimulationRenderer" << "share of runs · … and %n more task(s)" << 1 << "share of runs · … and 1 more task";
    QTest::newRow("en criteria 1") << "en" << "SectionAdapters" << "Delete %n criteria" << 1 << "Delete 1 criterion";
    QTest::newRow("de 1") << "de" << view << copied << 1 << "1 Zeile kopiert";
    QTest::newRow("de 0") << "de" << view << copied << 0 << "0 Zeilen kopiert";
    QTest::newRow("de more task") << "de" << "SimulationRenderer" << "share of runs · … and %n more task(s)" << 1 << "Anteil der Läufe · … und 1 weitere Aufgabe";
    QTest::newRow("de more tasks") << "de" << "SimulationRenderer" << "share of runs · … and %n more task(s)" << 4 << "Anteil der Läufe · … und 4 weitere Aufgaben";
    // French takes the singular for 0 and 1.
    QTest::newRow("fr 0") << "fr" << view << copied << 0 << "0 ligne copiée";
    QTest::newRow("fr 1") << "fr" << view << copied << 1 << "1 ligne copiée";
    QTest::newRow("fr 2") << "fr" << view << copied << 2 << "2 lignes copiées";
    QTest::newRow("fr chunks 0") << "fr" << "cutover::ImportContext" << "%n chunk(s) differ" << 0 << "0 bloc diffère";
    QTest::newRow("fr chunks 5") << "fr" << "cutover::ImportContext" << "%n chunk(s) differ" << 5 << "5 blocs diffèrent";
}

void TestTranslations::plurals()
{
    QFETCH(QString, language);
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(int, n);
    QFETCH(QString, expected);
    QTranslator translator;
    QVERIFY2(translator.load(QStringLiteral("cutover_") + language, CUTOVER_BINARY_DIR "/translations"),
             "the compiled catalogue is missing (build the cutover-planner_lrelease target)");
    QVERIFY(QCoreApplication::installTranslator(&translator));
    // QCoreApplication::translate() both picks the plural form and fills in %n.
    const QString text = QCoreApplication::translate(context.toUtf8().constData(), source.toUtf8().constData(), nullptr, n);
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(text, expected);
}

void TestTranslations::libraryTextAtRunTime()
{
    // An importer message reaches the user in the language installed, i.e. the context the
    // library uses at run time is the one lupdate recorded.
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral("cutover_de"), CUTOVER_BINARY_DIR "/translations"));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QByteArray bytes("time,value\n");
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    cutover::ImportOptions options;
    options.format = QStringLiteral("generic-csv");
    const auto result = cutover::Importer::importDevice(&buffer, QStringLiteral("empty.csv"), options);
    QCoreApplication::removeTranslator(&translator);
    QVERIFY(!result);
    QVERIFY2(result.errorString().contains(QStringLiteral("die Datei hat eine Kopfzeile, aber keine Datenzeilen")),
             qPrintable(result.errorString()));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
