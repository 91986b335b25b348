// Hooks the tests use to widen race windows and to stop a process at a chosen point. They are
// compiled only with -DDOCPIPE_TEST_HOOKS=ON (the test build of `.ci/setup test`); in any other
// build they are empty and their environment variables mean nothing. Tests that need them
// carry the Catch2 tag [hooks] and are left out of a build without hooks.
#pragma once
#include <string>

namespace docpipe::cli::test_hooks {

// DOCPIPE_TEST_TRACE=FILE: appends "KIND PERIOD PID" per render (tests count renders).
void trace_render(const std::string& kind, const std::string& period);

// DOCPIPE_TEST_CRASH_AFTER=NAME: at the point NAME the process ends like kill -9 would.
void crash_point(const char* name);

// DOCPIPE_TEST_SLOW_MS=N: sleeps N ms before each document of a batch.
void delay();

// DOCPIPE_TEST_TEMP_CREATED_MS=N lives in core/temp_files.cpp (core takes nothing from cli):
// N ms between creating a temp file and registering it for the signal handler.

}  // namespace docpipe::cli::test_hooks
