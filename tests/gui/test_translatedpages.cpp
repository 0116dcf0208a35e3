// SPDX-License-Identifier: GPL-3.0-or-later
// Every page of the main window in German and French (offscreen, the online-migration
// template at 1920x1080): no table header title is clipped, no cell or combo box shows an
// English enum word, the View menu shows each page title as written (an "&" is not a
// mnemonic), and the glossary's term for the monitoring area is the one used.
#include "gui/desktop.h"
#include "gui/fileactions.h"
#include "gui/mainwindow.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QStandardPaths>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace cutover;

namespace {

/** The file spellings of the enums (docs/plan-format-extensions.md), as an English desktop shows them. */
const QStringList englishWords = {
    "task", "milestone", "gate", "triangular", "pert", "fixed", "not-started", "in-progress",
    "done", "skipped", "blocked", "draft", "in-review", "approved", "completed", "rolled-back",
    "cancelled", "rollback", "hold", "warn", "metric", "validation", "manual", "unknown", "yes",
    "no", "pending", "go", "no-go", "open", "waived", "passed", "failed"};

void settle()
{
    for (int pass = 0; pass < 12; ++pass)
        QCoreApplication::processEvents();
}

void useLanguage(const QString &language)
{
    for (QTranslator *old : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    gui::installTranslations(*qApp, language, CUTOVER_TRANSLATIONS_DIR);
}

} // namespace

class TestTranslatedPages : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void pages_data();
    void pages();

private:
    QTemporaryDir m_dir;
};

void TestTranslatedPages::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestTranslatedPages::cleanupTestCase()
{
    useLanguage("en");
}

void TestTranslatedPages::pages_data()
{
    QTest::addColumn<QString>("language");
    // Words whose translation is the English word itself, so seeing them is right.
    QTest::addColumn<QStringList>("sameInLanguage");
    QTest::addColumn<QString>("monitoringTerm");
    QTest::addColumn<QString>("otherMonitoringTerm");
    QTest::newRow("de") << "de" << QStringList{} << "Monitoring" << QString::fromUtf8("Überwachung");
    QTest::newRow("fr") << "fr" << QStringList{"validation", "go", "no-go"} << "Supervision" << "Surveillance";
}

void TestTranslatedPages::pages()
{
    QFETCH(QString, language);
    QFETCH(QStringList, sameInLanguage);
    QFETCH(QString, monitoringTerm);
    QFETCH(QString, otherMonitoringTerm);
    useLanguage(language);
    QSet<QString> forbidden(englishWords.cbegin(), englishWords.cend());
    for (const QString &same : sameInLanguage)
        forbidden.remove(same);

    gui::MainWindow window(m_dir.filePath(language));
    window.resize(1920, 1080);
    QVERIFY(window.fileActions()->newFromTemplate("online-migration"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QCOMPARE(window.navigation()->item(gui::MainWindow::Monitoring)->text(), monitoringTerm);
    QMenu *viewMenu = nullptr;
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->menu() && menu->menu()->actions().size() > gui::MainWindow::PageCount)
            viewMenu = menu->menu();
    }
    QVERIFY(viewMenu);

    int headersChecked = 0;
    int cellsChecked = 0;
    for (int page = 0; page < gui::MainWindow::PageCount; ++page) {
        window.showPage(gui::MainWindow::Page(page));
        settle();
        const QString pageName = window.navigation()->item(page)->text();
        QVERIFY2(!pageName.contains(otherMonitoringTerm), qPrintable(pageName));
        // The View menu entry reads as the page title: "&&" shows one "&".
        QString shown;
        for (QAction *action : viewMenu->actions()) {
            QString text = action->text();
            text.replace("&&", QString(QChar(0xfffc)));
            text.remove('&');
            text.replace(QChar(0xfffc), '&');
            if (text == pageName)
                shown = text;
        }
        QVERIFY2(shown == pageName, qPrintable(language + ": View menu has no entry \"" + pageName + "\""));

        for (QHeaderView *header : window.findChildren<QHeaderView *>()) {
            if (!header->isVisible() || header->orientation() != Qt::Horizontal || !header->model())
                continue;
            const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
            for (int section = 0; section < header->count(); ++section) {
                if (header->isSectionHidden(section))
                    continue;
                const QString title = header->model()->headerData(section, Qt::Horizontal).toString();
                const int needed = header->fontMetrics().horizontalAdvance(title) + 2 * margin;
                QVERIFY2(header->sectionSize(section) >= needed,
                         qPrintable(QString("%1, page %2: header \"%3\" is %4 px wide, its text needs %5 px")
                                        .arg(language, pageName, title).arg(header->sectionSize(section)).arg(needed)));
                ++headersChecked;
            }
        }
        for (QAbstractItemView *view : window.findChildren<QAbstractItemView *>()) {
            if (!view->isVisible() || !view->model() || view == window.navigation())
                continue;
            const QAbstractItemModel *model = view->model();
            for (int row = 0; row < model->rowCount(); ++row) {
                for (int column = 0; column < model->columnCount(); ++column) {
                    const QString text = model->index(row, column).data().toString();
                    QVERIFY2(!forbidden.contains(text),
                             qPrintable(QString("%1, page %2: row %3, column \"%4\" shows the English \"%5\"")
                                            .arg(language, pageName).arg(row + 1)
                                            .arg(model->headerData(column, Qt::Horizontal).toString(), text)));
                    ++cellsChecked;
                }
            }
        }
        for (QComboBox *combo : window.findChildren<QComboBox *>()) {
            if (!combo->isVisible())
                continue;
            for (int i = 0; i < combo->count(); ++i)
                QVERIFY2(!forbidden.contains(combo->itemText(i)),
                         qPrintable(QString("%1, page %2: a choice shows the English \"%3\"").arg(language, pageName, combo->itemText(i))));
        }
    }
    // The template has a runbook, rollback steps, criteria and a checklist: plenty to check.
    QVERIFY2(headersChecked > 50, qPrintable(QString::number(headersChecked)));
    QVERIFY2(cellsChecked > 500, qPrintable(QString::number(cellsChecked)));
}

QTEST_MAIN(TestTranslatedPages)
#include "test_translatedpages.moc"
