// SPDX-License-Identifier: GPL-3.0-or-later
// Keyboard access to every form (ui/*.ui): Tab reaches every enabled input, every label beside
// an input names it as its buddy, mnemonics do not clash; and the actions that should carry an
// icon do, with our own icons legible on a light and on a dark palette.
#include "../document/testplan.h"
#include "document/document.h"
#include "gui/chartpage.h"
#include "gui/hypercarepage.h"
#include "gui/icons.h"
#include "gui/importdialog.h"
#include "gui/mainwindow.h"
#include "gui/overviewpage.h"
#include "gui/preferencesdialog.h"
#include "gui/reportdialog.h"
#include "gui/simulationpage.h"
#include "views/simulationview.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QToolBar>
#include <QTreeWidget>

using namespace cutover;
using namespace cutover::gui;

namespace {

bool isInput(const QWidget *w)
{
    return qobject_cast<const QLineEdit *>(w) || qobject_cast<const QComboBox *>(w)
        || qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QPlainTextEdit *>(w)
        || qobject_cast<const QTextEdit *>(w) || qobject_cast<const QAbstractButton *>(w)
        || qobject_cast<const QAbstractItemView *>(w);
}

/** Whether Tab stops at `w` inside `form` (what QWidget::focusNextPrevChild looks for). */
bool tabStop(const QWidget *w, const QWidget *form)
{
    return (w->focusPolicy() & Qt::TabFocus) && w->isEnabled() && w->isVisibleTo(form) && !w->focusProxy();
}

/** The widgets Tab visits from `first` until it comes back: the focus chain, as Tab walks it. */
QList<QWidget *> tabWalk(QWidget *form, QWidget *first)
{
    QList<QWidget *> visited;
    QWidget *w = first;
    do {
        if (tabStop(w, form) && form->isAncestorOf(w))
            visited.append(w);
        w = w->nextInFocusChain();
    } while (w != first && visited.size() < 1000);
    return visited;
}

/** Every input of `form` that the user can reach must be visited by Tab. */
void checkReachable(QWidget *form, QWidget *first)
{
    const QList<QWidget *> visited = tabWalk(form, first);
    const QList<QWidget *> all = form->findChildren<QWidget *>();
    for (QWidget *w : all) {
        if (!isInput(w) || !w->isEnabled() || !w->isVisibleTo(form) || w->focusPolicy() == Qt::NoFocus)
            continue;
        if (qobject_cast<QAbstractButton *>(w) && w->parentWidget() && qobject_cast<QComboBox *>(w->parentWidget()))
            continue;
        const bool reached = visited.contains(w) || (w->focusProxy() && visited.contains(w->focusProxy()));
        QVERIFY2(reached, qPrintable(QStringLiteral("%1: Tab never reaches %2 \"%3\"")
                                         .arg(form->objectName(), QString::fromLatin1(w->metaObject()->className()),
                                              w->objectName())));
    }
}

/** Every label in a form row whose field is an input has that input as its buddy. */
void checkBuddies(QWidget *form)
{
    const QList<QFormLayout *> layouts = form->findChildren<QFormLayout *>();
    int rows = 0;
    for (QFormLayout *layout : layouts) {
        for (int row = 0; row < layout->rowCount(); ++row) {
            QLayoutItem *labelItem = layout->itemAt(row, QFormLayout::LabelRole);
            QLayoutItem *fieldItem = layout->itemAt(row, QFormLayout::FieldRole);
            auto *label = labelItem ? qobject_cast<QLabel *>(labelItem->widget()) : nullptr;
            QWidget *field = fieldItem ? fieldItem->widget() : nullptr;
            if (!label || !field || !isInput(field))
                continue;
            ++rows;
            QVERIFY2(label->buddy() == field, qPrintable(QStringLiteral("%1: label \"%2\" has no buddy")
                                                             .arg(form->objectName(), label->text())));
            QVERIFY2(label->text().contains(QLatin1Char('&')),
                     qPrintable(QStringLiteral("%1: label \"%2\" has no mnemonic").arg(form->objectName(), label->text())));
        }
    }
    QVERIFY2(rows > 0, qPrintable(form->objectName()));
}

/** No two labels or buttons of a form share a mnemonic (English texts). */
void checkMnemonics(QWidget *form)
{
    QHash<QChar, QString> seen;
    const QList<QWidget *> all = form->findChildren<QWidget *>();
    for (QWidget *w : all) {
        QString text;
        if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            text = label->text();
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            text = button->text();
        const qsizetype at = text.indexOf(QLatin1Char('&'));
        if (at < 0 || at + 1 >= text.size() || text.at(at + 1) == QLatin1Char('&') || !w->isVisibleTo(form))
            continue;
        const QChar key = text.at(at + 1).toLower();
        QVERIFY2(!seen.contains(key), qPrintable(QStringLiteral("%1: \"%2\" and \"%3\" share Alt+%4")
                                                     .arg(form->objectName(), seen.value(key), text, key)));
        seen.insert(key, text);
    }
}

void checkForm(QWidget *form, QWidget *first)
{
    checkReachable(form, first);
    if (QTest::currentTestFailed())
        return;
    checkBuddies(form);
    if (QTest::currentTestFailed())
        return;
    checkMnemonics(form);
}

/** The share of the icon's drawn pixels that stand out from `background` (grey levels apart). */
double contrastShare(const QIcon &icon, const QColor &background)
{
    const QImage image = icon.pixmap(QSize(24, 24)).toImage().convertToFormat(QImage::Format_ARGB32);
    int drawn = 0;
    int standing = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() < 160)
                continue;
            ++drawn;
            if (std::abs(qGray(c.rgb()) - qGray(background.rgb())) >= 90)
                ++standing;
        }
    }
    return drawn == 0 ? 0.0 : double(standing) / drawn;
}

} // namespace

class TestFormAccess : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void overviewPage();
    void hypercarePage();
    void preferencesDialog();
    void reportDialog();
    void importDialog();
    void actionsHaveIcons();
    void ownIconsLegibleOnLightAndDark();

private:
    QTemporaryDir m_dir;
};

void TestFormAccess::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestFormAccess::overviewPage()
{
    Document document;
    document.resetPlan(testing::smallPlan());
    OverviewPage page(&document);
    page.resize(1200, 800);
    checkForm(&page, page.nameEdit());
    // The order is the form's, top to bottom.
    const QList<QWidget *> walk = tabWalk(&page, page.nameEdit());
    QStringList names;
    for (QWidget *w : walk)
        names.append(w->objectName());
    QCOMPARE(names.join(QLatin1Char(' ')),
             QString("planName timezone start windowStart windowEnd status author description"));
}

void TestFormAccess::hypercarePage()
{
    Document document;
    document.resetPlan(testing::smallPlan());
    HypercarePage page(&document);
    page.resize(1200, 800);
    checkForm(&page, page.hoursEdit());
    const QList<QWidget *> walk = tabWalk(&page, page.hoursEdit());
    QVERIFY(walk.size() >= 2);
    QCOMPARE(walk.at(0)->objectName(), QString("hours"));
    QCOMPARE(walk.at(1)->objectName(), QString("notes"));
}

void TestFormAccess::preferencesDialog()
{
    PreferencesDialog dialog;
    auto *language = dialog.findChild<QComboBox *>("language");
    QVERIFY(language);
    checkForm(&dialog, language);
}

void TestFormAccess::reportDialog()
{
    ReportDialog dialog(QStringLiteral("Export"), report::ReportOptions());
    checkForm(&dialog, dialog.sectionBox(report::SectionNames::all().constFirst()));
    // The sections, then the page settings, then OK.
    const QList<QWidget *> walk = tabWalk(&dialog, dialog.sectionBox(report::SectionNames::all().constFirst()));
    const qsizetype sections = report::SectionNames::all().size();
    QVERIFY(walk.size() > sections + 2);
    QCOMPARE(walk.at(sections), dialog.pageSizeCombo());
    QCOMPARE(walk.at(sections + 1), dialog.orientationCombo());
    QCOMPARE(walk.at(sections + 2), dialog.okButton());
}

void TestFormAccess::importDialog()
{
    const QString path = QStringLiteral(CUTOVER_SAMPLES_DIR "/grafana-series-joined.csv");
    ImportDialog dialog({path}, QStringLiteral("Europe/Berlin"));
    // Raw preview (a recognised format), then the CSV mapping (generic CSV).
    checkForm(&dialog, dialog.fileList());
    dialog.formatCombo()->setCurrentIndex(dialog.formatCombo()->findData(QStringLiteral("generic-csv")));
    QVERIFY(dialog.mappingBox()->isVisibleTo(&dialog));
    checkForm(&dialog, dialog.fileList());
    const QList<QWidget *> walk = tabWalk(&dialog, dialog.fileList());
    QVERIFY(walk.indexOf(dialog.formatCombo()) < walk.indexOf(dialog.zoneCombo()));
    QVERIFY(walk.indexOf(dialog.zoneCombo()) < walk.indexOf(dialog.timeColumnCombo()));
    QVERIFY(walk.indexOf(dialog.timeLayoutCombo()) < walk.indexOf(dialog.importButton()));
}

void TestFormAccess::actionsHaveIcons()
{
    MainWindow window(m_dir.filePath("recovery"));
    window.document()->resetPlan(testing::smallPlan());
    QStringList missing;
    auto check = [&missing](const QAction *action, const QString &where) {
        if (!action)
            missing.append(where + QStringLiteral(": action not found"));
        else if (action->icon().isNull())
            missing.append(where + QStringLiteral(": ") + action->text());
    };
    for (const char *name : {"openAction", "saveAction", "saveAsAction", "importMonitoring", "exportPdf", "printReport",
                             "exportChart"})
        check(window.findChild<QAction *>(QString::fromLatin1(name)), QString::fromLatin1(name));
    // Undo and redo: the first two actions of the Edit menu.
    const QList<QAction *> menus = window.menuBar()->actions();
    QVERIFY(menus.size() >= 2);
    const QList<QAction *> edit = menus.at(1)->menu()->actions();
    check(edit.value(0), QStringLiteral("Edit menu"));
    check(edit.value(1), QStringLiteral("Edit menu"));
    // The simulation page's Run button (a push button in the views library, given its icon by the page).
    QVERIFY(window.simulationPage());
    if (window.simulationPage()->view()->runButton()->icon().isNull())
        missing.append(QStringLiteral("simulation page: Run"));
    // The main tool bar and the chart pages' tool bars: every button but the toggles.
    auto *main = window.findChild<QToolBar *>("mainToolBar");
    QVERIFY(main);
    QVERIFY(main->actions().size() >= 6);
    QList<QToolBar *> bars{main};
    for (ChartPage *page : window.findChildren<ChartPage *>())
        bars.append(page->toolBar());
    for (QToolBar *bar : std::as_const(bars)) {
        for (QAction *action : bar->actions()) {
            if (!action->isSeparator() && !action->isCheckable())
                check(action, bar->objectName().isEmpty() ? bar->parentWidget()->objectName() : bar->objectName());
        }
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral("; "))));
    window.document()->markSaved();
}

void TestFormAccess::ownIconsLegibleOnLightAndDark()
{
    QPalette light(QColor(0xef, 0xef, 0xef));
    light.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    QPalette dark(QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    for (Icons::Action action : Icons::all()) {
        const QString name = Icons::themeName(action);
        const QIcon onLight = Icons::ownIcon(action, light);
        const QIcon onDark = Icons::ownIcon(action, dark);
        QVERIFY2(!onLight.isNull() && !onDark.isNull(), qPrintable(name));
        // Most of what is drawn stands out from the window colour on either palette.
        QVERIFY2(contrastShare(onLight, light.color(QPalette::Window)) >= 0.4, qPrintable(name));
        QVERIFY2(contrastShare(onDark, dark.color(QPalette::Window)) >= 0.4, qPrintable(name));
    }
}

QTEST_MAIN(TestFormAccess)
#include "test_formaccess.moc"
