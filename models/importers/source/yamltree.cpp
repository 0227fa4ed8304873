// SPDX-License-Identifier: GPL-3.0-or-later
#include "yamltree.h"

#include "importerror.h"
#include "sourcetext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <sstream>
#include <vector>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

namespace Quorum {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::YamlTree", text);
}

QString position(const YAML::Mark &mark)
{
    return tr("line %1, column %2").arg(mark.line + 1).arg(mark.column + 1);
}

/// Builds the tree from yaml-cpp's events, refusing what could blow up: anchors and aliases,
/// deep nesting, too many values. Throwing from an event stops the parser at once, so its
/// recursion never goes deeper than the limit either.
class TreeBuilder final : public YAML::EventHandler
{
public:
    TreeBuilder(const QByteArray &bytes, QString file, const ImportLimits &limits)
        : m_bytes(bytes)
        , m_file(std::move(file))
        , m_limits(limits)
    {}

    QJsonValue result() const { return m_root; }

    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        refuseAnchor(mark, anchor);
        add(mark, QJsonValue(QJsonValue::Null));
    }

    void OnAlias(const YAML::Mark &mark, YAML::anchor_t) override
    {
        fail(mark,
             tr("YAML aliases (*name) are not accepted: they can expand a few bytes into "
                "gigabytes; write the value out"));
    }

    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                  const std::string &value) override
    {
        refuseAnchor(mark, anchor);
        requireClosedQuote(mark);
        add(mark, scalar(tag, QString::fromStdString(value)));
    }

    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        refuseAnchor(mark, anchor);
        open(mark, false);
    }
    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override
    {
        refuseAnchor(mark, anchor);
        open(mark, true);
    }
    void OnMapEnd() override { close(); }

private:
    struct Frame
    {
        bool map = false;
        /// A mapping's members in document order: inserting each into a QJsonObject at once
        /// costs O(n) per key (it keeps them sorted), so they are sorted and added at the end.
        std::vector<std::pair<QString, QJsonValue>> members;
        QSet<QString> keys;
        QJsonArray array;
        bool haveKey = false;
        QString key;
        YAML::Mark keyMark;
    };

    [[noreturn]] void fail(const YAML::Mark &mark, const QString &problem) const
    {
        throw ImportError(ImportErrorKind::Malformed, m_file, position(mark), problem);
    }

    void refuseAnchor(const YAML::Mark &mark, YAML::anchor_t anchor) const
    {
        if (anchor != YAML::NullAnchor) {
            fail(mark,
                 tr("YAML anchors (&name) are not accepted: with aliases they can expand "
                    "a few bytes into gigabytes; write the values out"));
        }
    }

    /// yaml-cpp accepts a quoted scalar that the end of the file cuts off ('unclosed); a file
    /// cut short must not pass as complete, so the closing quote is looked for.
    void requireClosedQuote(const YAML::Mark &mark) const
    {
        if (mark.pos < 0 || mark.pos >= m_bytes.size()) {
            return;
        }
        const char quote = m_bytes.at(mark.pos);
        if (quote != '\'' && quote != '"') {
            return;
        }
        for (qsizetype i = mark.pos + 1; i < m_bytes.size(); ++i) {
            const char c = m_bytes.at(i);
            if (quote == '"' && c == '\\') {
                ++i;
            } else if (c == quote) {
                if (quote == '\'' && i + 1 < m_bytes.size() && m_bytes.at(i + 1) == '\'') {
                    ++i; // '' is a quote inside single-quoted text
                    continue;
                }
                return;
            }
        }
        fail(mark,
             tr("the quoted text is not closed; expected a closing %1").arg(QLatin1Char(quote)));
    }

    static QJsonValue scalar(const std::string &tag, const QString &text)
    {
        if (tag != "?") { // quoted, or an explicit tag: text as written
            return text;
        }
        if (text.isEmpty() || text == u"~" || text == u"null" || text == u"Null"
            || text == u"NULL") {
            return QJsonValue(QJsonValue::Null);
        }
        if (text == u"true" || text == u"True" || text == u"TRUE") {
            return true;
        }
        if (text == u"false" || text == u"False" || text == u"FALSE") {
            return false;
        }
        return text;
    }

    static QJsonObject objectOf(std::vector<std::pair<QString, QJsonValue>> &members)
    {
        std::sort(members.begin(), members.end(),
                  [](const auto &a, const auto &b) { return a.first < b.first; });
        QJsonObject object;
        for (const auto &[key, value] : members) {
            object.insert(key, value);
        }
        return object;
    }

    void count(const YAML::Mark &mark)
    {
        if (++m_nodes > m_limits.maxNodes) {
            throw ImportError(ImportErrorKind::TooLarge, m_file, position(mark),
                              tr("more than %1 values in one document").arg(m_limits.maxNodes));
        }
    }

    void add(const YAML::Mark &mark, const QJsonValue &value)
    {
        count(mark);
        if (m_stack.empty()) {
            m_root = value;
            return;
        }
        Frame &top = m_stack.back();
        if (!top.map) {
            top.array.append(value);
            return;
        }
        if (!top.haveKey) {
            if (!value.isString() && !value.isNull() && !value.isBool()) {
                fail(mark, tr("a mapping key must be plain text"));
            }
            top.key = value.isString() ? value.toString()
                : value.isBool()
                ? (value.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                : QString();
            if (top.keys.contains(top.key)) {
                fail(mark, tr("the key \"%1\" appears twice in one mapping").arg(top.key));
            }
            top.haveKey = true;
            top.keyMark = mark;
            return;
        }
        top.keys.insert(top.key);
        top.members.emplace_back(top.key, value);
        top.haveKey = false;
    }

    void open(const YAML::Mark &mark, bool map)
    {
        if (!m_stack.empty() && m_stack.back().map && !m_stack.back().haveKey) {
            fail(mark, tr("a mapping key must be plain text, found a collection"));
        }
        count(mark);
        if (static_cast<int>(m_stack.size()) >= m_limits.maxDepth) {
            fail(mark,
                 tr("nested deeper than %1 levels; expected a flatter document")
                     .arg(m_limits.maxDepth));
        }
        Frame frame;
        frame.map = map;
        m_stack.push_back(std::move(frame));
    }

    void close()
    {
        Frame frame = std::move(m_stack.back());
        m_stack.pop_back();
        const QJsonValue value
            = frame.map ? QJsonValue(objectOf(frame.members)) : QJsonValue(frame.array);
        --m_nodes; // counted when opened
        add(YAML::Mark(), value);
    }

    const QByteArray &m_bytes;
    QString m_file;
    const ImportLimits &m_limits;
    std::vector<Frame> m_stack;
    QJsonValue m_root{QJsonValue::Null};
    qint64 m_nodes = 0;
};

} // namespace

QJsonValue parseYamlDocument(const QByteArray &bytes, const QString &file,
                             const ImportLimits &limits)
{
    requireUtf8Text(bytes, file);
    std::istringstream in(bytes.toStdString());
    TreeBuilder builder(bytes, file, limits);
    try {
        YAML::Parser parser(in);
        if (!parser.HandleNextDocument(builder)) {
            return QJsonValue(QJsonValue::Null);
        }
        TreeBuilder second(bytes, file, limits);
        if (parser.HandleNextDocument(second)) {
            throw ImportError(ImportErrorKind::Malformed, file, {},
                              tr("more than one YAML document (a second \"---\"); expected one"));
        }
    } catch (const ImportError &) {
        throw; // the builder's own refusals, already worded
    } catch (const YAML::ParserException &e) {
        throw ImportError(ImportErrorKind::Malformed, file, position(e.mark),
                          tr("%1; expected valid YAML").arg(QString::fromStdString(e.msg)));
    } catch (const YAML::Exception &e) {
        throw ImportError(ImportErrorKind::Malformed, file, position(e.mark),
                          tr("%1; expected valid YAML").arg(QString::fromStdString(e.msg)));
    } catch (const std::exception &e) {
        // yaml-cpp throws other exceptions too (e.g. std::runtime_error from its scanner).
        throw ImportError(ImportErrorKind::Malformed, file, {},
                          tr("%1; expected valid YAML").arg(QString::fromUtf8(e.what())));
    }
    return builder.result();
}

} // namespace Quorum
