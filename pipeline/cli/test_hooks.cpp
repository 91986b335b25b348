#include "cli/test_hooks.h"

#ifdef DOCPIPE_TEST_HOOKS
#include <fcntl.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <thread>
#endif

namespace docpipe::cli::test_hooks {

#ifdef DOCPIPE_TEST_HOOKS

void trace_render(const std::string& kind, const std::string& period) {
  const char* file = std::getenv("DOCPIPE_TEST_TRACE");
  if (!file || !*file) return;
  int fd = ::open(file, O_WRONLY | O_CREAT | O_APPEND, 0644);
  if (fd < 0) return;
  // One write with O_APPEND: lines of concurrent processes never interleave.
  std::string line = kind + " " + period + " " + std::to_string(::getpid()) + "\n";
  ssize_t n = ::write(fd, line.data(), line.size());
  (void)n;
  ::close(fd);
}

void crash_point(const char* name) {
  const char* env = std::getenv("DOCPIPE_TEST_CRASH_AFTER");
  if (env && std::string(env) == name) _exit(137);
}

void delay() {
  if (const char* ms = std::getenv("DOCPIPE_TEST_SLOW_MS"))
    std::this_thread::sleep_for(std::chrono::milliseconds(std::atoi(ms)));
}

#else

void trace_render(const std::string&, const std::string&) {}
void crash_point(const char*) {}
void delay() {}

#endif

}  // namespace docpipe::cli::test_hooks
