#include "cli/batch.h"

#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <thread>

#include "cli/test_hooks.h"
#include "core/atomic_file.h"
#include "core/input_file.h"
#include "core/sha256.h"

namespace docpipe::cli {
namespace {

double now_s() {
  using namespace std::chrono;
  return duration<double>(steady_clock::now().time_since_epoch()).count();
}

BatchResult render_one(const BatchJob& job, Renderer& renderer) {
  BatchResult r;
  test_hooks::delay();
  std::vector<std::string> files;
  if (!job.make(renderer, files, r.diags) || r.diags.has_errors()) return r;
  if (files.size() != job.out_paths.size()) return r;
  if (files.size() == 1) {
    if (!write_file_atomic(job.out_paths[0], files[0], r.diags)) return r;
  } else {
    AtomicBatch together;
    for (size_t i = 0; i < files.size(); ++i)
      if (!together.stage(job.out_paths[i], files[i], r.diags)) return r;
    together.commit(r.diags);
    if (r.diags.has_errors()) return r;
  }
  if (job.hash) r.sha256 = sha256_hex(files[0]);
  r.ok = true;
  return r;
}

// Worker → parent messages: one line per document, fields separated by \t, with \\, \t
// and \n escaped: index, ok, sha256, then per diagnostic: severity file line column
// context message hint.
std::string esc(const std::string& s) {
  std::string o;
  for (char c : s)
    o += c == '\\' ? "\\\\" : c == '\t' ? "\\t" : c == '\n' ? "\\n" : std::string(1, c);
  return o;
}

std::vector<std::string> split_unescape(const std::string& line) {
  std::vector<std::string> f(1);
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (c == '\t') {
      f.emplace_back();
    } else if (c == '\\' && i + 1 < line.size()) {
      char n = line[++i];
      f.back() += n == 't' ? '\t' : n == 'n' ? '\n' : n;
    } else {
      f.back() += c;
    }
  }
  return f;
}

std::string encode(size_t index, const BatchResult& r) {
  std::string line = std::to_string(index) + "\t" + (r.ok ? "1" : "0") + "\t" + r.sha256;
  for (const auto& d : r.diags.items())
    line += "\t" +
            std::string(d.severity == Severity::error     ? "E"
                        : d.severity == Severity::warning ? "W"
                                                          : "N") +
            "\t" + esc(d.where.file) + "\t" + std::to_string(d.where.line) + "\t" +
            std::to_string(d.where.column) + "\t" + esc(d.where.context) + "\t" + esc(d.message) +
            "\t" + esc(d.hint);
  return line + "\n";
}

bool decode(const std::string& line, size_t& index, BatchResult& r) {
  auto f = split_unescape(line);
  if (f.size() < 3 || (f.size() - 3) % 7 != 0) return false;
  index = std::strtoull(f[0].c_str(), nullptr, 10);
  r.ok = f[1] == "1";
  r.sha256 = f[2];
  for (size_t i = 3; i + 7 <= f.size(); i += 7) {
    Diagnostic d;
    d.severity = f[i] == "E" ? Severity::error : f[i] == "W" ? Severity::warning : Severity::note;
    d.where = {f[i + 1], std::atoi(f[i + 2].c_str()), std::atoi(f[i + 3].c_str()), f[i + 4]};
    d.message = f[i + 5];
    d.hint = f[i + 6];
    r.diags.add(d);
  }
  return true;
}

void write_all(int fd, const std::string& s) {
  size_t off = 0;
  while (off < s.size()) {
    ssize_t n = ::write(fd, s.data() + off, s.size() - off);
    if (n <= 0) _exit(1);  // the parent is gone
    off += static_cast<size_t>(n);
  }
}

struct Worker {
  pid_t pid = -1;
  int fd = -1;
  std::string buffer;
  std::vector<size_t> pending;  // job indices not yet reported
};

}  // namespace

bool parse_batch_options(Args& args, BatchOptions& opts, Diagnostics& diags) {
  if (auto j = args.option("--jobs", diags)) {
    char* end = nullptr;
    long n = std::strtol(j->c_str(), &end, 10);
    if (j->empty() || *end || n < 1 || n > 256) {
      diags.error({}, "--jobs '" + *j + "' is not a number of workers from 1 to 256",
                  "write --jobs 2, or leave it out to use every core");
      return false;
    }
    opts.jobs = static_cast<int>(n);
  }
  if (auto s = args.option("--shard", diags)) {
    int k = 0, n = 0;
    char extra = 0;
    if (std::sscanf(s->c_str(), "%d/%d%c", &k, &n, &extra) != 2 || n < 1 || k < 1 || k > n) {
      diags.error({}, "--shard '" + *s + "' should be k/n with 1 ≤ k ≤ n",
                  "e.g. --shard 1/4 on the first of four machines, --shard 4/4 on the last");
      return false;
    }
    opts.shard = k, opts.shards = n;
  }
  if (opts.jobs == 0) {
    unsigned cores = std::thread::hardware_concurrency();
    opts.jobs = cores ? static_cast<int>(cores) : 1;
  }
  return !diags.has_errors();
}

std::vector<size_t> shard_indices(size_t count, const BatchOptions& opts) {
  std::vector<size_t> out;
  for (size_t i = 0; i < count; ++i)
    if (static_cast<int>(i % opts.shards) == opts.shard - 1) out.push_back(i);
  return out;
}

bool run_batch(const std::vector<BatchJob>& jobs, const BatchOptions& opts,
               const std::string& fonts_yaml, const std::vector<std::string>& whole_names,
               const std::function<void(size_t, BatchResult&)>& done, Diagnostics& diags) {
  if (jobs.empty()) return true;
  size_t workers = std::min<size_t>(std::max(opts.jobs, 1), jobs.size());
  if (workers == 1) {  // in this process
    auto renderer = Renderer::open(fonts_yaml, diags);
    if (!renderer) return false;
    renderer->set_whole_names(whole_names);
    for (size_t i = 0; i < jobs.size(); ++i) {
      BatchResult r = render_one(jobs[i], *renderer);
      done(i, r);
    }
    return true;
  }
  std::cout.flush();
  std::cerr.flush();
  std::vector<Worker> ws(workers);
  for (size_t w = 0; w < workers; ++w) {
    for (size_t i = w; i < jobs.size(); i += workers) ws[w].pending.push_back(i);
    int fds[2];
    if (::pipe(fds) != 0) {
      int err = errno;
      diags.error({},
                  std::string("cannot start worker processes (pipe failed): ") + std::strerror(err),
                  "try --jobs 1; " + errno_hint(err));
      return false;
    }
    pid_t pid = ::fork();
    if (pid < 0) {
      int err = errno;
      diags.error({},
                  std::string("cannot start worker processes (fork failed): ") + std::strerror(err),
                  "try --jobs 1; " + errno_hint(err));
      return false;
    }
    if (pid == 0) {  // worker: its own fonts, its share of the jobs
      ::close(fds[0]);
      for (size_t o = 0; o < w; ++o) ::close(ws[o].fd);
      ::prctl(PR_SET_PDEATHSIG, SIGKILL);  // never outlive a killed parent
      Diagnostics wd;
      auto renderer = Renderer::open(fonts_yaml, wd);
      if (renderer) renderer->set_whole_names(whole_names);
      bool first = true;
      for (size_t i : ws[w].pending) {
        BatchResult r;
        if (renderer) r = render_one(jobs[i], *renderer);
        if (!renderer || (w == 0 && first)) r.diags.append(wd);  // notes once per run
        first = false;
        write_all(fds[1], encode(i, r));
      }
      ::close(fds[1]);
      std::fflush(nullptr);
      _exit(0);
    }
    ::close(fds[1]);
    ws[w].pid = pid;
    ws[w].fd = fds[0];
  }
  size_t open = workers;
  std::vector<pollfd> pfds(workers);
  while (open > 0) {
    for (size_t w = 0; w < workers; ++w) pfds[w] = {ws[w].fd, POLLIN, 0};
    if (::poll(pfds.data(), pfds.size(), -1) < 0) continue;
    for (size_t w = 0; w < workers; ++w) {
      if (ws[w].fd < 0 || !(pfds[w].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      char buf[65536];
      ssize_t n = ::read(ws[w].fd, buf, sizeof buf);
      if (n > 0) {
        ws[w].buffer.append(buf, static_cast<size_t>(n));
        size_t nl;
        while ((nl = ws[w].buffer.find('\n')) != std::string::npos) {
          std::string line = ws[w].buffer.substr(0, nl);
          ws[w].buffer.erase(0, nl + 1);
          size_t index = 0;
          BatchResult r;
          if (!decode(line, index, r) || index >= jobs.size()) continue;
          for (auto it = ws[w].pending.begin(); it != ws[w].pending.end(); ++it)
            if (*it == index) {
              ws[w].pending.erase(it);
              break;
            }
          done(index, r);
        }
        continue;
      }
      ::close(ws[w].fd);
      ws[w].fd = -1;
      --open;
      int status = 0;
      ::waitpid(ws[w].pid, &status, 0);
      for (size_t i : ws[w].pending) {  // a worker died before finishing these
        BatchResult r;
        r.diags.error({jobs[i].out_paths.front()},
                      "the worker rendering " + jobs[i].label + " stopped",
                      "run the command again (files already written are complete)");
        done(i, r);
      }
      ws[w].pending.clear();
    }
  }
  return true;
}

Progress::Progress(size_t total)
    : total_(total), bar_(::isatty(2)), lines_(!::isatty(2) || !::isatty(1)), start_(now_s()) {}

void Progress::step(const std::string& path, bool ok) {
  ++done_;
  if (lines_ && ok) std::cout << path << "\n";
  if (bar_) draw(false);
}

void Progress::draw(bool final) {
  double t = now_s();
  if (!final && t - last_draw_ < 0.1 && done_ < total_) return;
  last_draw_ = t;
  double elapsed = t - start_, rate = elapsed > 0 ? done_ / elapsed : 0;
  double eta = rate > 0 ? (total_ - done_) / rate : 0;
  const int width = 30;
  int filled = total_ ? static_cast<int>(width * done_ / total_) : width;
  char line[160];
  std::snprintf(line, sizeof line, "\r[%-*s] %zu/%zu  %.0f/s  ETA %d:%02d ", width,
                std::string(filled, '#').c_str(), done_, total_, rate, int(eta) / 60,
                int(eta) % 60);
  std::cerr << line << std::flush;
}

void Progress::finish() {
  if (bar_ && total_) {
    draw(true);
    std::cerr << "\n";
  }
  std::cout.flush();
}

}  // namespace docpipe::cli
