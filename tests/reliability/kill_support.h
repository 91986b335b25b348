// kill -9 at a random moment: spawn the real binary, wait a random time drawn from the
// span one uninterrupted run takes, SIGKILL it, reap it.
#pragma once
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <random>
#include <string>
#include <thread>
#include <vector>

extern char** environ;

namespace reliability {

// Starts argv[0] with argv, stdout/stderr to /dev/null, in the current environment; with
// `group`, in a process group of its own (so its worker processes can be killed with it).
inline pid_t spawn(const std::vector<std::string>& args, bool group = false) {
  std::vector<char*> argv;
  for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  if (group) {
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP);
    posix_spawnattr_setpgroup(&attr, 0);
  }
  pid_t pid = -1;
  if (posix_spawn(&pid, argv[0], &fa, &attr, argv.data(), environ) != 0) pid = -1;
  posix_spawn_file_actions_destroy(&fa);
  posix_spawnattr_destroy(&attr);
  return pid;
}

// Runs `args` to the end; returns the wall time in microseconds and the exit status.
inline long timed_run(const std::vector<std::string>& args, int& status) {
  auto start = std::chrono::steady_clock::now();
  pid_t pid = spawn(args);
  ::waitpid(pid, &status, 0);
  return static_cast<long>(std::chrono::duration_cast<std::chrono::microseconds>(
                               std::chrono::steady_clock::now() - start)
                               .count());
}

// Runs `args` and kills it with SIGKILL after `delay_us`; true if the kill landed (the
// process had not finished by itself). With `group`, its whole process group is killed, as
// when the machine or the container goes down.
inline bool run_and_kill(const std::vector<std::string>& args, long delay_us, bool group = false) {
  pid_t pid = spawn(args, group);
  if (pid <= 0) return false;
  std::this_thread::sleep_for(std::chrono::microseconds(delay_us));
  ::kill(group ? -pid : pid, SIGKILL);
  int status = 0;
  ::waitpid(pid, &status, 0);
  return WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
}

// True if `bytes` is a whole PDF file: header, and the %%EOF trailer at the end.
inline bool complete_pdf(const std::string& bytes) {
  if (bytes.compare(0, 5, "%PDF-") != 0) return false;
  size_t eof = bytes.rfind("%%EOF");
  return eof != std::string::npos && bytes.size() - eof <= 7;
}

}  // namespace reliability
