// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

namespace Quorum::Cli {

class Command;

// One factory per command; each command lives in its own file.
std::unique_ptr<Command> makeInitCommand();
std::unique_ptr<Command> makeDemoCommand();
std::unique_ptr<Command> makeModelsCommand();
std::unique_ptr<Command> makeShowCommand();
std::unique_ptr<Command> makeCheckCommand();
std::unique_ptr<Command> makeVerifyCommand();
std::unique_ptr<Command> makeKeygenCommand();
std::unique_ptr<Command> makePersonCommand();

} // namespace Quorum::Cli
