// SPDX-License-Identifier: GPL-3.0-or-later
#include "passphraseprompt.h"

#include "console.h"
#include "exitcode.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdio>
#include <optional>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace Quorum::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::Cli::PassphrasePrompt", text);
}

constexpr auto kVariable = "QUORUM_PASSPHRASE";

#ifdef Q_OS_UNIX
bool stdinIsTerminal()
{
    return ::isatty(STDIN_FILENO) == 1;
}

/// Turns the terminal's echo off for its lifetime.
class EchoOff
{
public:
    EchoOff()
    {
        if (::tcgetattr(STDIN_FILENO, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            quiet.c_lflag |= ECHONL;
            m_active = ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
    }
    ~EchoOff()
    {
        if (m_active) {
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
        }
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    termios m_saved{};
    bool m_active = false;
};
#else
bool stdinIsTerminal()
{
    return false; // no prompt without POSIX terminals yet: QUORUM_PASSPHRASE only
}

struct EchoOff
{};
#endif

/// One line typed on the terminal without echo, or nullopt at end of input.
std::optional<QString> ask(const QString &prompt)
{
    const EchoOff echoOff; // first: it discards what was typed before the prompt
    Console::err(prompt);
    QByteArray line;
    for (int c = std::getchar(); c != '\n'; c = std::getchar()) {
        if (c == EOF) {
            line.fill('\0');
            return std::nullopt;
        }
        line.append(static_cast<char>(c));
    }
    if (line.endsWith('\r')) {
        line.chop(1);
    }
    const QString text = QString::fromLocal8Bit(line);
    line.fill('\0');
    return text;
}

QString askOrThrow(const QString &prompt)
{
    const std::optional<QString> answer = ask(prompt);
    if (!answer) {
        throw UsageError(tr("no passphrase given (the terminal's input ended)."));
    }
    return *answer;
}

} // namespace

QString readPassphrase(PassphrasePurpose purpose, const QString &keyFile)
{
    if (qEnvironmentVariableIsSet(kVariable)) {
        return qEnvironmentVariable(kVariable);
    }
    if (!stdinIsTerminal()) {
        throw UsageError(tr("the passphrase of %1 is needed: set the QUORUM_PASSPHRASE "
                            "environment variable (input is not a terminal, so it cannot be "
                            "asked for).")
                             .arg(QDir::toNativeSeparators(keyFile)));
    }
    const QString file = QDir::toNativeSeparators(keyFile);
    if (purpose == PassphrasePurpose::OpenKeyFile) {
        return askOrThrow(tr("Passphrase for %1: ").arg(file));
    }
    const QString first = askOrThrow(tr("New passphrase for %1: ").arg(file));
    const QString second = askOrThrow(tr("The same passphrase again: "));
    if (first != second) {
        throw UsageError(tr("the two passphrases differ; nothing was written."));
    }
    return first;
}

QString readPassphrase(const QString &keyFile, const QString &passphraseFile)
{
    if (passphraseFile.isEmpty()) {
        return readPassphrase(PassphrasePurpose::OpenKeyFile, keyFile);
    }
    QFile file(passphraseFile);
    if (!file.open(QIODevice::ReadOnly)) {
        throw UsageError(tr("the passphrase file %1 cannot be read: %2")
                             .arg(QDir::toNativeSeparators(passphraseFile), file.errorString()));
    }
    QByteArray line = file.readLine();
    while (line.endsWith('\n') || line.endsWith('\r')) {
        line.chop(1);
    }
    const QString passphrase = QString::fromUtf8(line);
    line.fill('\0');
    return passphrase;
}

} // namespace Quorum::Cli
