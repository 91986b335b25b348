// `docpipe build` and `docpipe demo` end to end, through the executable.
#include <unistd.h>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace {

struct Run {
  int code;
  std::string out;
};

Run run(const std::string& args) {
  fs::path log =
      fs::temp_directory_path() / ("docpipe-compose-cli-" + std::to_string(::getpid()) + ".log");
  std::string cmd = std::string(DOCPIPE_BINARY) + " " + args + " >" + log.string() + " 2>&1";
  int status = std::system(cmd.c_str());
  std::ifstream f(log);
  std::stringstream ss;
  ss << f.rdbuf();
  return {WEXITSTATUS(status), ss.str()};
}

fs::path fresh(const char* name) {
  // Per process: CTest runs each case as its own process, in parallel.
  fs::path p = fs::temp_directory_path() / (std::string(name) + "-" + std::to_string(::getpid()));
  fs::remove_all(p);
  return p;
}

const fs::path& sample_dir() {
  static fs::path dir = [] {
    fs::path d = fresh("docpipe-compose-cli-data");
    REQUIRE(run("init " + d.string()).code == 0);
    return d;
  }();
  return dir;
}

bool is_pdf(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  char head[5] = {};
  f.read(head, 5);
  return std::string(head, 5) == "%PDF-";
}

}  // namespace

TEST_CASE("build circular writes the PDF and, on request, the Markdown", "[compose][cli]") {
  fs::path out = fresh("docpipe-compose-cli-out");
  Run r = run("--data " + sample_dir().string() +
              " build circular --month 2026-10 --markdown --out " + out.string());
  INFO(r.out);
  REQUIRE(r.code == 0);
  CHECK(r.out.find((out / "circular-2026-10.pdf").string()) != std::string::npos);
  CHECK(is_pdf(out / "circular-2026-10.pdf"));
  CHECK(fs::exists(out / "circular-2026-10.md"));
}

TEST_CASE("build refuses bad requests with exit code 2 and writes nothing", "[compose][cli]") {
  fs::path out = fresh("docpipe-compose-cli-bad");
  const std::string data = "--data " + sample_dir().string() + " build ";
  for (const char* args : {"circular --month 2026-13", "circular --year 2026", "memo --year 2026",
                           "brief --issue 2026-44", "annual-report --year 2020", "work-report"}) {
    Run r = run(data + args + " --out " + out.string());
    INFO(args << "\n" << r.out);
    CHECK(r.code == 2);
    CHECK(r.out.find("error:") != std::string::npos);
  }
  CHECK_FALSE(fs::exists(out));
}

TEST_CASE("demo builds one of each kind", "[compose][cli]") {
  fs::path out = fresh("docpipe-compose-cli-demo");
  Run r = run("--data " + sample_dir().string() + " demo --out " + out.string());
  INFO(r.out);
  REQUIRE(r.code == 0);
  int pdfs = 0;
  for (const auto& e : fs::directory_iterator(out)) pdfs += is_pdf(e.path()) ? 1 : 0;
  CHECK(pdfs == 9);  // one per row of the registry (compose/kinds.cpp) + the process documents
  for (const char* name :
       {"work-report-2026.pdf", "annual-report-2026.pdf", "brief-2026-11.pdf",
        "circular-2026-12.pdf", "quarterly-2026-Q4.pdf", "assessment-2026-H2.pdf",
        "task-table-GZYD2026.pdf", "supervision-2026-12-31/NPS.pdf", "progress-2026-Q4.pdf",
        "evaluation-2026.pdf"})
    CHECK(fs::exists(out / name));
}

TEST_CASE("build takes every kind of the registry with its own period option", "[compose][cli]") {
  fs::path out = fresh("docpipe-compose-cli-registry");
  for (const char* args : {"quarterly --quarter 2026-Q3", "assessment --half 2026-H1"}) {
    Run r = run("--data " + sample_dir().string() + " build " + args + " --out " + out.string());
    INFO(args << "\n" << r.out);
    CHECK(r.code == 0);
  }
  CHECK(fs::exists(out / "quarterly-2026-Q3.pdf"));
  CHECK(fs::exists(out / "assessment-2026-H1.pdf"));
  Run wrong = run("--data " + sample_dir().string() + " build quarterly --month 2026-10");
  CHECK(wrong.code == 2);
  CHECK(wrong.out.find("quarterly needs --quarter YYYY-Qn") != std::string::npos);
}
