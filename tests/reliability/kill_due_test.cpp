// kill -9 at random moments during `docpipe due` (50 runs, each from the state before any
// document was produced, killed with its worker processes at a random point of the span one
// uninterrupted run takes). After every kill: the store passes PRAGMA integrity_check, every
// PDF under a final name is whole, every document the store records as produced is on disk
// with the recorded SHA-256; every 5th time a rerun completes the work and gives the same
// bytes as a run that was never interrupted.
#include <SQLiteCpp/SQLiteCpp.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <map>

#include "helpers.h"
#include "kill_support.h"

using namespace reliability;
namespace fs = std::filesystem;

namespace {

std::map<std::string, std::string> pdfs_in(const std::string& dir) {
  std::map<std::string, std::string> out;
  if (!fs::exists(dir)) return out;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ".pdf") out[e.path().filename()] = slurp(e.path());
  return out;
}

std::string sha256(const std::string& path) {
  return run("sha256sum " + q(path) + " | cut -c1-64").out.substr(0, 64);
}

}  // namespace

TEST_CASE("kill -9 during docpipe due, 50 times: store intact, PDFs whole, rerun completes") {
  TempDir t;
  std::string pristine = sample(t);
  auto due = [&](const std::string& data, const std::string& out) {
    return std::vector<std::string>{bin(),        "--data", data, "due",    "--today",
                                    "2026-11-25", "--out",  out,  "--jobs", "2"};
  };
  // The reference: one run never interrupted.
  run("cp -a " + q(pristine) + " " + q(t / "ref"));
  int status = 0;
  long span_us = timed_run(due(t / "ref", t / "ref-out"), status);
  REQUIRE(WEXITSTATUS(status) == 0);
  const auto reference = pdfs_in(t / "ref-out");
  REQUIRE(reference.size() > 3);

  std::mt19937 rng(1125);
  std::uniform_int_distribution<long> delay_us(0, span_us + span_us / 5);
  const std::string data = t / "work", out = t / "out";
  int killed = 0, files_left = 0;
  for (int i = 0; i < 50; ++i) {
    run("rm -rf " + q(data) + " " + q(out) + " && cp -a " + q(pristine) + " " + q(data));
    killed += run_and_kill(due(data, out), delay_us(rng), true);
    INFO("run " << i);
    auto found = pdfs_in(out);
    files_left += static_cast<int>(found.size());
    for (const auto& [name, bytes] : found) {
      INFO(name);
      REQUIRE(complete_pdf(bytes));
      REQUIRE(bytes == reference.at(name));
    }
    {
      SQLite::Database db(data + "/docpipe.db", SQLite::OPEN_READWRITE);
      REQUIRE(db.execAndGet("PRAGMA integrity_check").getString() == "ok");
      SQLite::Statement s(db,
                          "SELECT path, sha256 FROM produced_documents "
                          "WHERE sha256 IS NOT NULL");
      while (s.executeStep()) {
        std::string path = s.getColumn(0).getString();
        INFO(path);
        REQUIRE(exists(path));
        REQUIRE(sha256(path) == s.getColumn(1).getString());
      }
    }
    if (i % 5 == 4) {  // the rerun completes the work, with the same bytes
      int rerun = 0;
      timed_run(due(data, out), rerun);
      REQUIRE(WEXITSTATUS(rerun) == 0);
      REQUIRE(pdfs_in(out) == reference);
    }
  }
  WARN("kill -9 during due (span " << span_us / 1000 << " ms, " << reference.size()
                                   << " documents): " << killed << " of 50 killed, " << files_left
                                   << " whole PDFs found after the kills");
}
