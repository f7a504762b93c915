// Codes the window's event loop ends with when main() is to start it again rather than quit.
#pragma once

namespace tandem::ExitCode {

// A backup was restored: open the database afresh in a new window.
inline constexpr int ReopenDatabase = 0x7e57;
// The language changed: start a new process once this one has let go of the database.
inline constexpr int RestartApplication = 0x7e58;

} // namespace tandem::ExitCode
