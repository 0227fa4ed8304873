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
std::unique_ptr<Command> makeRegisterCommand();
std::unique_ptr<Command> makeSubmitCommand();
std::unique_ptr<Command> makeStatusCommand();
std::unique_ptr<Command> makeInboxCommand();
std::unique_ptr<Command> makeTesterCommand();
std::unique_ptr<Command> makeDecideCommand();
std::unique_ptr<Command> makeWithdrawCommand();
std::unique_ptr<Command> makeRetireCommand();
std::unique_ptr<Command> makeAlertsCommand();
std::unique_ptr<Command> makeExportCommand();
std::unique_ptr<Command> makeDriftCommand();
std::unique_ptr<Command> makeFairnessCommand();
std::unique_ptr<Command> makeImportCommand();

} // namespace Quorum::Cli
