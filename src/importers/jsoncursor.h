// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <string>
#include <string_view>

namespace cutover {

/**
 * A pull reader over JSON text in memory: no tree is built, so a 100 MB export costs no more
 * memory than its mapping. Importers walk the document with enterObject()/nextKey() and
 * enterArray()/nextElement(), read scalars, and skip() what they do not need.
 *
 * Errors are sticky: after the first one every call fails, and error()/errorPos() tell what
 * was expected and where. Nesting is limited (kMaxDepth) so hostile input cannot exhaust the
 * stack; skip() is iterative.
 */
class JsonCursor
{
public:
    enum class Type { Null, Bool, Number, String, Array, Object, End, Invalid };
    static constexpr int kMaxDepth = 256;

    JsonCursor(const char *begin, const char *end);

    /** The type of the next value (after white space), without consuming it. */
    Type peek();
    bool enterObject();
    /** The next key of the current object, or false at its closing brace (or on error). */
    bool nextKey(std::string_view &key);
    bool enterArray();
    /** Whether another element follows in the current array (false at ']' or on error). */
    bool nextElement();

    bool readString(std::string_view &out);
    bool readNumber(double &out);
    bool readBool(bool &out);
    bool readNull();
    /**
     * Reads a number, a numeric string ("12.5", "NaN", "+Inf", "None") or null. Null, empty and
     * "None"/"null"/"NaN" give NaN; `isGap` is set for those.
     */
    bool readLooseNumber(double &out, bool &isGap);
    /** Skips one value of any kind. */
    bool skip();
    /** After the top-level value: only white space may follow. */
    bool expectEnd();

    bool failed() const { return m_failed; }
    const QString &error() const { return m_error; }
    const char *errorPos() const { return m_errorPos; }
    const char *position() const { return m_p; }
    /** Sets the error (if none yet) at the current position. */
    void fail(const QString &expected);
    void failAt(const char *pos, const QString &message);

private:
    void skipWs();
    bool parseString(std::string_view &out);
    bool expect(char c, const char *what);

    const char *m_p;
    const char *m_end;
    int m_depth = 0;
    bool m_hasMember[kMaxDepth + 2] = {}; ///< per open container: a member was read already
    bool m_isObject[kMaxDepth + 2] = {};
    bool push(bool object);
    /** Before the next member: false at the closer (consumed) or on error. */
    bool advance(bool object);
    bool m_failed = false;
    QString m_error;
    const char *m_errorPos = nullptr;
    std::string m_scratch;
};

/** Parses a decimal number (also "NaN", "Inf", "+Inf", "-Inf"); false if `text` is not one. */
bool parseDouble(std::string_view text, double &out, bool decimalComma = false);

} // namespace cutover
