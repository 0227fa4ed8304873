// SPDX-License-Identifier: GPL-3.0-or-later
#include "treewalk.h"

#include "fuzzharness.h"
#include "importers/source/importerror.h"
#include "importers/source/sourcenode.h"

#include <cmath>
#include <functional>
#include <string>
#include <vector>

namespace Quorum::Fuzz {

namespace {

constexpr double kMaxExactInteger = 9007199254740992.0; // 2^53
constexpr qint64 kThoroughValues = 256;

[[noreturn]] void violated(const QString &what)
{
    throw ContractViolation(what.toStdString());
}

/// Runs one getter; a refusal must be ImportError(Invalid) at this node's file and path.
void probe(const SourceNode &node, const char *getter, const std::function<void()> &call)
{
    try {
        call();
    } catch (const ImportError &e) {
        if (e.kind() != ImportErrorKind::Invalid || e.file() != node.file()
            || e.location() != node.path()) {
            violated(QStringLiteral("SourceNode::%1 at \"%2\" threw \"%3\"; expected an Invalid "
                                    "error at that file and key path")
                         .arg(QLatin1String(getter), node.path(), e.message()));
        }
    }
}

/// Runs the getters that fit the node's type, which must not throw.
void checkFittingGetter(const SourceNode &node)
{
    const QJsonValue &value = node.value();
    if (value.isString()) {
        node.text();
    } else if (value.isDouble()) {
        probe(node, "number", [&] { node.number(); });
    } else if (value.isBool()) {
        node.boolean();
    }
}

void checkScalarGetters(const SourceNode &node)
{
    probe(node, "optionalText", [&] { node.optionalText(); });
    probe(node, "optionalNumber", [&] {
        if (const std::optional<double> n = node.optionalNumber(); n && !std::isfinite(*n)) {
            violated(QStringLiteral("number() at \"%1\" returned %2, documented as finite")
                         .arg(node.path())
                         .arg(*n));
        }
    });
    probe(node, "optionalInteger", [&] {
        const std::optional<qint64> n = node.optionalInteger();
        if (n && std::abs(static_cast<double>(*n)) > kMaxExactInteger) {
            violated(QStringLiteral("integer() at \"%1\" returned %2, beyond ±2^53")
                         .arg(node.path())
                         .arg(*n));
        }
    });
    probe(node, "optionalBoolean", [&] { node.optionalBoolean(); });
}

void checkMissingMember(const SourceNode &node)
{
    const SourceNode missing = node[QStringLiteral("\x01missing")];
    if (!missing.isMissing()) {
        violated(
            QStringLiteral("a member that is not there is not missing at \"%1\"").arg(node.path()));
    }
    probe(missing, "text", [&] { missing.text(); });
}

} // namespace

void requireNamesFile(const QString &message, const QString &file)
{
    if (!message.contains(file)) {
        violated(QStringLiteral("the error \"%1\" does not name the file %2").arg(message, file));
    }
}

void walkTree(const QJsonValue &root, const QString &file, const ImportLimits &limits,
              TreeSource source)
{
    struct Pending
    {
        SourceNode node;
        int depth; ///< collections enclosing this value, itself included
    };
    std::vector<Pending> pending;
    pending.push_back({SourceNode(root, file), root.isObject() || root.isArray() ? 1 : 0});
    qint64 visited = 0;
    while (!pending.empty()) {
        const Pending current = pending.back();
        pending.pop_back();
        const SourceNode &node = current.node;
        if (++visited > limits.maxNodes) {
            violated(QStringLiteral("more than %1 values were accepted").arg(limits.maxNodes));
        }
        if (current.depth > limits.maxDepth) {
            violated(QStringLiteral("\"%1\" is nested %2 deep, over maxDepth %3")
                         .arg(node.path())
                         .arg(current.depth)
                         .arg(limits.maxDepth));
        }
        if (source == TreeSource::Yaml && node.value().isDouble()) {
            violated(QStringLiteral("YAML value at \"%1\" became a number; scalars stay text")
                         .arg(node.path()));
        }
        // Every getter (most of them throwing) on the first values, so that each kind of
        // value meets each getter; after that only the fitting one, to keep runs fast.
        const bool thorough = visited <= kThoroughValues;
        if (thorough) {
            checkScalarGetters(node);
        } else {
            checkFittingGetter(node);
        }
        if (node.isObject()) {
            if (thorough) {
                checkMissingMember(node);
            }
            for (const QString &key : node.keys()) {
                const SourceNode child = node[key];
                const bool nested = child.isObject() || child.isArray();
                pending.push_back({child, current.depth + (nested ? 1 : 0)});
            }
        } else if (node.isArray()) {
            for (const SourceNode &child : node.elements()) {
                const bool nested = child.isObject() || child.isArray();
                pending.push_back({child, current.depth + (nested ? 1 : 0)});
            }
        }
    }
}

} // namespace Quorum::Fuzz
