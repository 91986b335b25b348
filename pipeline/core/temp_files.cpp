#include "core/temp_files.h"

#include <dirent.h>
#include <pthread.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cctype>
#include <cerrno>
#include <climits>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <iterator>
#include <sstream>

namespace docpipe {
namespace {

// The registry the signal handler walks: a list that only grows, nodes reused, every
// field atomic or written before `live` is set, so the handler needs no lock or malloc.
struct Node {
  std::atomic<bool> used{false};
  std::atomic<bool> live{false};
  char path[PATH_MAX] = {};
  Node* next = nullptr;
};
std::atomic<Node*> registry{nullptr};

void register_path(const std::string& path) {
  if (path.size() >= PATH_MAX) return;
  Node* n = registry.load();
  for (; n; n = n->next) {
    bool expected = false;
    if (n->used.compare_exchange_strong(expected, true)) break;
  }
  if (!n) {
    n = new Node;  // never freed: the handler may be reading it
    n->used = true;
    n->next = registry.load();
    while (!registry.compare_exchange_weak(n->next, n)) {
    }
  }
  std::memcpy(n->path, path.c_str(), path.size() + 1);
  n->live.store(true, std::memory_order_release);
}

void on_signal(int sig) {
  for (Node* n = registry.load(); n; n = n->next)
    if (n->live.load(std::memory_order_acquire)) ::unlink(n->path);
  std::signal(sig, SIG_DFL);
  std::raise(sig);
}

// The signals whose handler removes the temp files.
constexpr int cleanup_signals[] = {SIGINT, SIGTERM, SIGHUP};

// Holds the cleanup signals back for its lifetime. Between mkstemp creating a file and the
// file joining the registry the handler would not know it and the file would outlive the
// process; a signal sent then is delivered when the mask is restored, file registered.
// docpipe renders in one thread per process (workers are forked), so this thread's mask is
// the one a signal meets.
class CleanupSignalsHeld {
 public:
  CleanupSignalsHeld() {
    sigset_t held;
    sigemptyset(&held);
    for (int sig : cleanup_signals) sigaddset(&held, sig);
    ::pthread_sigmask(SIG_BLOCK, &held, &before_);
  }
  ~CleanupSignalsHeld() { ::pthread_sigmask(SIG_SETMASK, &before_, nullptr); }
  CleanupSignalsHeld(const CleanupSignalsHeld&) = delete;
  CleanupSignalsHeld& operator=(const CleanupSignalsHeld&) = delete;

 private:
  sigset_t before_;
};

#ifdef DOCPIPE_TEST_HOOKS
// DOCPIPE_TEST_TEMP_CREATED_MS=N (test builds only, as cli/test_hooks.h): waits N ms between
// creating a temp file and registering it, so a test can signal inside that window.
void test_hook_temp_created() {
  const char* ms = std::getenv("DOCPIPE_TEST_TEMP_CREATED_MS");
  if (!ms) return;
  long n = std::atol(ms);
  struct timespec left = {n / 1000, (n % 1000) * 1000000};
  while (::nanosleep(&left, &left) != 0 && errno == EINTR) {
  }
}
#else
void test_hook_temp_created() {}
#endif

void forget_all_in_child() {
  for (Node* n = registry.load(); n; n = n->next) {
    n->live = false;
    n->used = false;
  }
}

// Field 22 of /proc/<pid>/stat: the start time in clock ticks since boot; "" if no such
// process (or a zombie: it will write nothing more).
std::string start_time(long pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
  if (!in) return "";
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto close = text.rfind(')');
  if (close == std::string::npos || close + 2 >= text.size()) return "";
  if (text[close + 2] == 'Z' || text[close + 2] == 'X') return "";
  // After ") " come fields 3, 4, …, space-separated: the start time is the 20th of them.
  std::istringstream fields(text.substr(close + 2));
  std::string field;
  for (int i = 3; i <= 22 && fields >> field; ++i)
    if (i == 22) return field;
  return "";
}

std::string host_tag() {
  char buf[256] = {};
  ::gethostname(buf, sizeof buf - 1);
  std::string h;
  for (const char* p = buf; *p && h.size() < 32; ++p)
    h += (std::isalnum(static_cast<unsigned char>(*p)) ? *p : '_');
  return h.empty() ? "host" : h;
}

std::string folder_of(const std::string& path) {
  auto slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

bool digits(const std::string& s) {
  return !s.empty() && s.find_first_not_of("0123456789") == std::string::npos;
}

// Whether the temp file called `name` may be removed (its owner is gone for certain).
bool orphaned(const std::string& name, const struct stat& st) {
  std::string rest = name.substr(9);  // after ".docpipe-"
  if (rest.size() == 6)               // the old owner-less form: by age only
    return st.st_mtime < std::time(nullptr) - 600;
  // host-pid-start-XXXXXX, read from the right (mkstemp's six characters may hold '-'? no:
  // they are letters and digits; host_tag has no '-').
  auto d3 = rest.rfind('-');
  auto d2 = d3 == std::string::npos || d3 == 0 ? std::string::npos : rest.rfind('-', d3 - 1);
  auto d1 = d2 == std::string::npos || d2 == 0 ? std::string::npos : rest.rfind('-', d2 - 1);
  if (d1 == std::string::npos) return false;
  std::string host = rest.substr(0, d1), pid = rest.substr(d1 + 1, d2 - d1 - 1),
              start = rest.substr(d2 + 1, d3 - d2 - 1);
  if (host != host_tag() || !digits(pid) || !digits(start) || pid.size() > 9) return false;
  return start_time(std::stol(pid)) != start;
}

}  // namespace

int create_temp_file(const std::string& final_path, std::string& temp_path) {
  // Cached per pid: a forked worker is another owner.
  static long cached_pid = -1;
  static std::string owner;
  if (cached_pid != ::getpid()) {
    cached_pid = ::getpid();
    owner = host_tag() + "-" + std::to_string(cached_pid) + "-" + start_time(cached_pid);
  }
  temp_path = folder_of(final_path) + "/.docpipe-" + owner + "-XXXXXX";
  CleanupSignalsHeld held;  // created and registered as one step, as the handler sees it
  int fd = ::mkstemp(temp_path.data());
  int saved = errno;
  if (fd >= 0) test_hook_temp_created();
  if (fd >= 0) register_path(temp_path);
  errno = saved;  // for the caller's message when mkstemp failed
  return fd;
}

void forget_temp_file(const std::string& temp_path) {
  for (Node* n = registry.load(); n; n = n->next) {
    if (n->live.load() && temp_path == n->path) {
      n->live = false;
      n->used = false;
      return;
    }
  }
}

int remove_orphan_temp_files(const std::string& dir) {
  int removed = 0;
  DIR* d = ::opendir(dir.c_str());
  if (!d) return 0;
  while (dirent* e = ::readdir(d)) {
    std::string name = e->d_name;
    if (name.rfind(".docpipe-", 0) != 0) continue;
    std::string path = dir + "/" + name;
    struct stat st;
    if (::lstat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) continue;
    if (orphaned(name, st) && ::unlink(path.c_str()) == 0) ++removed;
  }
  ::closedir(d);
  return removed;
}

void install_temp_file_cleanup() {
  struct sigaction sa {};
  sa.sa_handler = on_signal;
  sigemptyset(&sa.sa_mask);
  for (int sig : cleanup_signals) {
    // A signal ignored by whoever started us (nohup, a background job) stays ignored.
    struct sigaction old {};
    if (::sigaction(sig, nullptr, &old) == 0 && old.sa_handler == SIG_IGN) continue;
    ::sigaction(sig, &sa, nullptr);
  }
  ::pthread_atfork(nullptr, nullptr, forget_all_in_child);
}

}  // namespace docpipe
