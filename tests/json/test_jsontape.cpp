// SPDX-License-Identifier: GPL-3.0-or-later
// JsonTape against QJsonDocument, the parser it replaces for plans: on hand-written edge cases
// and on thousands of mutated documents, both accept the same texts with the same values, and
// refuse the same texts with the same error kind at the same offset.
#include "json/jsontape.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace cutover;

namespace {

/** The tape as a QJsonValue (test only: recursion is fine at QJsonDocument's 1,024 levels). */
QJsonValue toQt(const JsonTape::Value &v)
{
    switch (v.type()) {
    case JsonTape::Type::Null: return QJsonValue(QJsonValue::Null);
    case JsonTape::Type::Bool: return v.toBool();
    case JsonTape::Type::Number: return v.toNumber();
    case JsonTape::Type::String: return v.toString();
    case JsonTape::Type::Array: {
        QJsonArray a;
        for (JsonTape::Value e = v.firstElement(); !e.isUndefined(); e = e.nextElement())
            a.append(toQt(e));
        return a;
    }
    case JsonTape::Type::Object: {
        QJsonObject o;
        v.forEachMember([&](const JsonTape::Value &key, const JsonTape::Value &value) { o.insert(key.toString(), toQt(value)); });
        return o;
    }
    case JsonTape::Type::Undefined: break;
    }
    return QJsonValue(QJsonValue::Undefined);
}

/** `v` with every number as the double a reader gets from toDouble() (Qt keeps 64-bit integers exactly). */
QJsonValue asDoubles(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toDouble();
    if (v.isArray()) {
        QJsonArray a;
        for (const QJsonValue &e : v.toArray())
            a.append(asDoubles(e));
        return a;
    }
    if (v.isObject()) {
        QJsonObject o;
        const QJsonObject in = v.toObject();
        for (auto it = in.constBegin(); it != in.constEnd(); ++it)
            o.insert(it.key(), asDoubles(it.value()));
        return o;
    }
    return v;
}

/** Empty when JsonTape and QJsonDocument agree on `text`, else what differs. */
QString disagreement(const QByteArray &text)
{
    QJsonParseError qtError;
    const QJsonDocument qt = QJsonDocument::fromJson(text, &qtError);
    JsonTape tape;
    const bool ok = tape.parse(text);
    if (ok != (qtError.error == QJsonParseError::NoError))
        return QStringLiteral("tape %1, Qt %2 at %3").arg(ok ? QStringLiteral("ok") : tape.error().errorString(),
                                                          qtError.errorString()).arg(qtError.offset);
    if (!ok) {
        if (tape.error().error != qtError.error || tape.error().offset != qtError.offset)
            return QStringLiteral("tape \"%1\" at %2, Qt \"%3\" at %4")
                .arg(tape.error().errorString()).arg(tape.error().offset).arg(qtError.errorString()).arg(qtError.offset);
        return {};
    }
    // QJsonValue compares numbers as doubles, so a -0.0 of the tape equals Qt's integer 0.
    const QJsonValue mine = toQt(tape.root());
    const QJsonValue theirs = asDoubles(qt.isObject() ? QJsonValue(qt.object()) : QJsonValue(qt.array()));
    if (mine != theirs)
        return QStringLiteral("values differ: %1 vs %2")
            .arg(QString::fromUtf8(QJsonDocument(mine.isObject() ? QJsonDocument(mine.toObject()) : QJsonDocument(mine.toArray())).toJson(QJsonDocument::Compact).left(200)),
                 QString::fromUtf8(qt.toJson(QJsonDocument::Compact).left(200)));
    return {};
}

QByteArray fixture()
{
    QFile f(QStringLiteral(CUTOVER_SOURCE_DIR "/tests/interchange/fixtures/rich-plan.json"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestJsonTape : public QObject
{
    Q_OBJECT
private slots:
    void sameAsQt_data()
    {
        QTest::addColumn<QByteArray>("text");
        const char *const cases[] = {
            "", " ", "1", "\"a\"", "{}", "[]", "{} x", "{\"a\":1}}", "[1]  ", " \r\n\t{ } \n",
            // duplicate keys: the last one wins
            "{\"a\":1,\"a\":2}", "{\"b\":1,\"a\":2,\"b\":3}", "{\"a\":{\"x\":1},\"a\":[2]}",
            // numbers
            "{\"a\":01}", "{\"a\":1.}", "{\"a\":1e}", "{\"a\":-}", "{\"a\":1e400}", "{\"a\":1e-400}", "{\"a\":-0}",
            "{\"a\":-0.0}", "{\"a\":.5}", "{\"a\":-.5}", "{\"a\":+1}", "{\"a\":00}", "{\"a\":-01}", "{\"a\":1.5.3}",
            "{\"a\":1e5e5}", "{\"a\":--1}", "{\"a\":0x10}", "{\"a\":1E}", "{\"a\":1E+}", "{\"a\":1.e5}", "{\"a\":-e5}",
            "{\"a\":2e-324}", "{\"a\":3e-324}", "{\"a\":5e-324}", "{\"a\":1e-320}", "{\"a\":0e-400}", "{\"a\":0e999999}",
            "{\"a\":1.7976931348623157e308}", "{\"a\":1.7976931348623159e308}", "{\"a\":9007199254740993}",
            "{\"a\":123456789012345678901234567890}", "{\"a\":1", "[1", "[-", "[0", "[1e5",
            // literals
            "{\"a\":tru}", "{\"a\":nul}", "{\"a\":true", "{\"a\":trux}", "{\"a\":tXue}", "{\"a\":fals}", "{\"a\":falsx}",
            "{\"a\":false", "[true", "[tr", "[t", "[n", "[f]", "{\"a\":truex}", "{\"a\":nullx}", "[true,false,null]",
            // structure
            "{\"a\" 1}", "{\"a\":1 \"b\":2}", "{\"a\":1,}", "[1,]", "[1 2]", "{\"a\":[1,2}", "{1:2}", "{,}", "[,]",
            "{\"a\":", "[", "{", "{\"a\"", "[1,", "[1, ", "{\"a\":1,", "{\"a\":1, ", "{\"a\":[", "{\"a\":{",
            "{\"a\":\"b\",}", "[1,,2]", "{\"a\":1,,\"b\":2}", "{\"a\":,}", "{\"a\":]}", "{\"a\":}", "[}", "{]", "[:]",
            "{\"a\"::1}", "[1 x  ]", "[1 :  ]", "{\"a\":1 ]  }", "[1 ,  ,]", "{ , }", "{\"a\" x  :1}", "{\"a\" :  ]}",
            "[  ]", "{  }", "[1,  ]", "{\"a\":1,  }", "{\"a\":1  ,  \"b\"  :  2  }", "{\"a\":1, x }", "{\f}", "{\v}",
            "[[[]]]", "[{}]", "{\"a\":[1,2,3]x}",
            // strings and escapes
            "{\"a\":\"abc", "{\"a\":\"\\x\"}", "{\"a\":\"\\u12\"}", "{\"a\":\"\\u00zz\"}", "{\"a\":\"\\uZZZZ\"}",
            "{\"a\":\"\\u", "{\"a\":\"\\", "{\"a\":\"\\\"", "{\"a\":\"\\n\"", "{\"a\":\"x\"", "[\"\\n\"", "[\"x\"",
            "{\"a\":\"\\n\\", "{\"a\":\"\\n\\\"}", "{\"a\":\"\\u00e4\"}", "{\"a\":\"\\ud800\"}", "{\"a\":\"\\udc00\\ud800\"}",
            "{\"a\":\"\\ud83d\\ude00\"}", "{\"\\ufffe\":1, \"\\ud83d\\ude00\":2}", "{\"\\u0061\":1, \"a\":2}",
            "{\"a\":\"\t\"}", "{\"a\":\"\x01\"}", "{\"a\":\"\\/\\b\\f\\n\\r\\t\\\\\\\"\"}",
            // UTF-8
            "{\"a\":\"\xff\"}", "{\"a\":\"\xc3\xa4\"}", "{\"a\":\"\xc0\x80\"}", "{\"a\":\"\xed\xa0\x80\"}",
            "{\"a\":\"\xef\xbf\xbf\"}", "{\"a\":\"\xef\xb7\x90\"}", "{\"a\":\"\xf4\x90\x80\x80\"}", "{\"a\":\"\xf0\x9f\x98\x80\"}",
            "{\"a\":\"\xc3\"}", "{\"a\":\"\xc3", "{\"a\":\"\xe2\x82\"}", "{\"a\":\"\x80\"}", "{\"a\":\"\\\xc3\xa4\"}",
            "{\"a\":\"\\\xff\"}", "{\"a\":1}\xff", "{\"\xff\":1}", "[\"abcdefghijklmnop\xc3\xa4qrstuvwxyz\"]",
            // byte order marks
            "\xef\xbb\xbf{}", "\xef\xbb\xbf\xef\xbb\xbf{}", "\xef\xbb{}",
        };
        for (const char *c : cases)
            QTest::newRow(QByteArray(c).toPercentEncoding().left(60).constData()) << QByteArray(c);
        QTest::newRow("nul in a string") << QByteArray("{\"a\":\"x\0y\"}", 11);
        QTest::newRow("nul after") << QByteArray("{\"a\":1}\0", 8);
        for (const int n : {1023, 1024, 1025}) {
            QTest::addRow("arrays %d deep", n) << QByteArray(n, '[') + QByteArray(n, ']');
            QByteArray objects;
            for (int i = 0; i < n; ++i)
                objects += "{\"a\":";
            QTest::addRow("objects %d deep", n) << objects + "1" + QByteArray(n, '}');
        }
        QTest::newRow("100000 deep") << QByteArray(100000, '[');
    }

    void sameAsQt()
    {
        QFETCH(QByteArray, text);
        const QString why = disagreement(text);
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    void mutatedDocumentsSameAsQt()
    {
        // Deterministic: every run tries the same 20,000 mutations of the rich plan fixture.
        const QByteArray original = fixture();
        QVERIFY(!original.isEmpty());
        QRandomGenerator random(15);
        static const char alphabet[] = "{}[]:,\" \\-+.0123456789eEtrufalsn\x01\x7f\xc3\xa4\xff\xed\xa0";
        int refused = 0;
        for (int i = 0; i < 20000; ++i) {
            QByteArray text = original;
            const int edits = 1 + int(random.bounded(3));
            for (int k = 0; k < edits && !text.isEmpty(); ++k) {
                const qsizetype at = random.bounded(int(text.size()));
                const char c = alphabet[random.bounded(int(sizeof alphabet - 1))];
                switch (random.bounded(4)) {
                case 0: text.remove(at, 1 + random.bounded(3)); break;
                case 1: text.insert(at, c); break;
                case 2: text[at] = c; break;
                default: text.truncate(at); break;
                }
            }
            const QString why = disagreement(text);
            QVERIFY2(why.isEmpty(), qPrintable(QStringLiteral("mutation %1: %2\n%3").arg(i).arg(why, QString::fromUtf8(text.left(300)))));
            QJsonParseError e;
            QJsonDocument::fromJson(text, &e);
            refused += e.error != QJsonParseError::NoError;
        }
        QVERIFY(refused > 5000); // most mutations break the syntax: the error paths are exercised
    }

    void negativeZeroIsNegative()
    {
        JsonTape tape;
        QVERIFY(tape.parse("[-0, -0.0, -0e3, 0, -0.5]"));
        JsonTape::Value v = tape.root().firstElement();
        for (const bool negative : {true, true, true, false, true}) {
            QCOMPARE(std::signbit(v.toNumber()), negative);
            v = v.nextElement();
        }
        QVERIFY(v.isUndefined());
    }

    void stringsWithoutEscapesStayInTheText()
    {
        const QByteArray text = "{\"k\": \"plain\", \"e\": \"a\\tb\"}";
        JsonTape tape;
        QVERIFY(tape.parse(text));
        int seen = 0;
        tape.root().forEachMember([&](const JsonTape::Value &key, const JsonTape::Value &value) {
            std::string_view raw;
            if (key.equals("k")) {
                QVERIFY(value.rawString(raw));
                QCOMPARE(QByteArray(raw.data(), qsizetype(raw.size())), QByteArray("plain"));
            } else {
                QVERIFY(!value.rawString(raw));
                QCOMPARE(value.toString(), QStringLiteral("a\tb"));
                QVERIFY(value.equals("a\tb"));
            }
            ++seen;
        });
        QCOMPARE(seen, 2);
        QCOMPARE(tape.root().count(), 2u);
    }

    void offsetsFromTheStartOfTheText()
    {
        // After a byte order mark the caller skipped, offsets still count from the text's start.
        JsonTape tape;
        QVERIFY(!tape.parse("\xEF\xBB\xBF{\"a\" 1}", 3));
        QCOMPARE(tape.error().error, QJsonParseError::MissingNameSeparator);
        QCOMPARE(tape.error().offset, 9);
    }
};

QTEST_GUILESS_MAIN(TestJsonTape)
#include "test_jsontape.moc"
