// Issue 17, class 6 (temporary files): a temp file is named for its owner (host, pid, start
// time); cleanup removes only files whose owner is gone, never a live writer's whatever its
// age; SIGINT and SIGTERM remove the process's own temp files before it dies.
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <fstream>
#include <iterator>
#include <sstream>
#include <thread>
#include <vector>

#include "hostile.h"

extern char** environ;

using namespace reliability;

namespace {

const std::string doc = "---\ntitle: 关于测试的通知\n---\n\n正文第一段。\n";

std::string host_tag() {
  char buf[256] = {};
  ::gethostname(buf, sizeof buf - 1);
  std::string h;
  for (const char* p = buf; *p && h.size() < 32; ++p) h += std::isalnum(*p) ? *p : '_';
  return h;
}

// Field 22 of /proc/PID/stat, as docpipe records it.
std::string start_time(long pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::istringstream f(text.substr(text.rfind(')') + 2));
  std::string field;
  for (int i = 3; i <= 22; ++i) f >> field;
  return field;
}

std::string temp_name(const std::string& host, long pid, const std::string& start) {
  return ".docpipe-" + host + "-" + std::to_string(pid) + "-" + start + "-Ab3dEf";
}

struct Folder {
  TempDir t;
  std::string data = sample(t);
  Folder() {
    run("mkdir -p " + q(t / "out"));
    spit(t / "a.md", doc);
  }
  // One render into out/: sweeps the folder (first write there).
  Result render() { return dp(data, "render " + q(t / "a.md") + " -o " + q(t / "out/a.pdf")); }
  void plant(const std::string& name, const std::string& age = "2 hours ago") {
    spit(t / "out/" + name, "partial");
    run("touch -d " + q(age) + " " + q(t / "out/" + name));
  }
};

// A process that lives through the test: its pid and start time make a live owner.
struct Sleeper {
  pid_t pid = -1;
  Sleeper() {
    const char* argv[] = {"sleep", "60", nullptr};
    posix_spawnp(&pid, "sleep", nullptr, nullptr, const_cast<char**>(argv), environ);
  }
  ~Sleeper() {
    ::kill(pid, SIGKILL);
    ::waitpid(pid, nullptr, 0);
  }
};

pid_t spawn(const std::vector<std::string>& args) {
  std::vector<char*> argv;
  for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  pid_t pid = -1;
  posix_spawn(&pid, argv[0], nullptr, nullptr, argv.data(), environ);
  return pid;
}

// Starts a two-document batch whose second document is slow, waits until the first one's
// temp file exists (staged, waiting for the batch to commit), then sends `sig`.
void signal_during_batch(int sig) {
  Folder f;
  std::string big = doc;
  for (int i = 0; i < 3000; ++i) big += std::string(300, 'x') + "\n\n";
  spit(f.t / "big.md", big);
  pid_t pid = spawn(
      {bin(), "--data", f.data, "render", f.t / "a.md", f.t / "big.md", "--out-dir", f.t / "out"});
  REQUIRE(pid > 0);
  bool seen = false;
  for (int i = 0; i < 60000 && !seen; ++i) {
    seen = stray_temps(f.t / "out") > 0;
    if (!seen) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  REQUIRE(seen);
  ::kill(pid, sig);
  int status = 0;
  ::waitpid(pid, &status, 0);
  CHECK(WIFSIGNALED(status));
  CHECK(WTERMSIG(status) == sig);
  CHECK(stray_temps(f.t.path) == 0);
  CHECK(snapshot(f.t / "out").empty());
}

}  // namespace

TEST_CASE("class 6: a live writer's temp file is kept however old it is") {
  Folder f;
  Sleeper s;
  std::string name = temp_name(host_tag(), s.pid, start_time(s.pid));
  f.plant(name, "3 days ago");
  CHECK(f.render().code == 0);
  CHECK(exists(f.t / "out/" + name));
}

TEST_CASE("class 6: a dead writer's temp file is removed however fresh it is") {
  Folder f;
  auto r = run("sh -c 'echo $$'");  // a process that has exited
  long dead = std::atol(r.out.c_str());
  std::string name = temp_name(host_tag(), dead, "12345");
  f.plant(name, "now");
  CHECK(f.render().code == 0);
  CHECK_FALSE(exists(f.t / "out/" + name));
  CHECK(qpdf_check(f.t / "out/a.pdf") == 0);
}

TEST_CASE("class 6: a reused pid (same pid, other start time) is not the owner") {
  Folder f;
  Sleeper s;
  std::string name = temp_name(host_tag(), s.pid, "1");
  f.plant(name, "now");
  CHECK(f.render().code == 0);
  CHECK_FALSE(exists(f.t / "out/" + name));
}

TEST_CASE("class 6: another host's temp file in a shared folder is left alone") {
  Folder f;
  std::string name = temp_name("otherhost", 1, "1");
  f.plant(name, "3 days ago");
  CHECK(f.render().code == 0);
  CHECK(exists(f.t / "out/" + name));
}

TEST_CASE("class 6: a symlink or folder named like a temp file is never removed or followed") {
  Folder f;
  spit(f.t / "victim", "keep\n");
  std::string link = temp_name(host_tag(), 999999, "1");
  run("ln -s " + q(f.t / "victim") + " " + q(f.t / "out/" + link));
  run("mkdir " + q(f.t / "out/.docpipe-dir"));
  CHECK(f.render().code == 0);
  CHECK(slurp(f.t / "victim") == "keep\n");
  CHECK(exists(f.t / "out/" + link));
  CHECK(exists(f.t / "out/.docpipe-dir"));
}

TEST_CASE("class 6: the old owner-less form is removed only when older than ten minutes") {
  Folder f;
  f.plant(".docpipe-Zz9Yy8", "now");
  f.plant(".docpipe-Aa1Bb2", "1 hour ago");
  CHECK(f.render().code == 0);
  CHECK(exists(f.t / "out/.docpipe-Zz9Yy8"));
  CHECK_FALSE(exists(f.t / "out/.docpipe-Aa1Bb2"));
}

TEST_CASE("class 6: due leaves a live writer's temp file and removes a dead one's") {
  Folder f;
  Sleeper s;
  std::string live = temp_name(host_tag(), s.pid, start_time(s.pid));
  std::string dead = temp_name(host_tag(), s.pid, "7");
  f.plant(live, "5 days ago");
  f.plant(dead, "now");
  auto r = dp(f.data, "due --today 2026-12-01 --out " + q(f.t / "out"), 600);
  INFO(r.err);
  CHECK((r.code == 0 || r.code == 3));
  CHECK(exists(f.t / "out/" + live));
  CHECK_FALSE(exists(f.t / "out/" + dead));
}

TEST_CASE("class 6: SIGTERM during a batch removes the staged temp files") {
  signal_during_batch(SIGTERM);
}

TEST_CASE("class 6: SIGINT during a batch removes the staged temp files") {
  signal_during_batch(SIGINT);
}

TEST_CASE("class 6: a SIGINT the moment a temp file is created still removes it", "[hooks]") {
  // mkstemp has made the file and the handler does not know it yet: the hook holds that
  // moment open for 300 ms and the test signals inside it. The signal must wait for the
  // registration (a test that once failed only under load).
  ScopedEnv window("DOCPIPE_TEST_TEMP_CREATED_MS", "300");
  signal_during_batch(SIGINT);
}
