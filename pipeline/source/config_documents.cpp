// comments.yaml, distribution.yaml, narrative/*.yaml, briefs/.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>
#include <set>

#include "core/atomic_file.h"
#include "core/spelling.h"
#include "source/config.h"
#include "source/ledger.h"
#include "source/text_forms.h"
#include "source/yaml_file.h"

namespace docpipe::source {
namespace {

namespace fs = std::filesystem;

struct NarrativeShape {
  std::vector<std::string> allowed, required;
};

const std::map<std::string, NarrativeShape> narrative_shapes = {
    {"work_report",
     {{"kind", "year", "title", "meeting", "speaker", "speaker_title", "date", "opening",
       "achievements", "shortcomings", "plan_items", "safeguards", "closing"},
      {"kind", "year", "meeting", "speaker", "date", "plan_items"}}},
    {"annual_report",
     {{"kind", "year", "title", "signer", "date", "opening", "achievements", "shortcomings",
       "plan_items", "closing"},
      {"kind", "year", "signer", "date", "shortcomings", "plan_items"}}},
    {"circular",
     {{"kind", "year", "title", "signer", "opening", "shortcomings", "requirements", "closing"},
      {"kind", "year", "signer", "requirements"}}},
};

// A list entry is either plain text or {title, text}; an achievement may name the `area`
// (indicator group) whose section it belongs in.
std::vector<NarrativeItem> items(YamlFile& f, const YAML::Node& map, const std::string& key) {
  std::vector<NarrativeItem> out;
  std::vector<std::string> allowed = {"title", "text"};
  if (key == "achievements") allowed.push_back("area");
  for (const YAML::Node& n : f.sequence(map, key)) {
    if (n.IsScalar()) {
      out.push_back({"", n.Scalar(), "", f.at(n)});
    } else if (f.check_map(n, allowed, {"text"}, key + " entry")) {
      out.push_back({f.text(n, "title"), f.text(n, "text"), f.text(n, "area"),
                     n["area"] ? f.at(n["area"]) : f.at(n)});
    }
  }
  return out;
}

std::vector<std::string> sorted_files(const fs::path& dir, const std::string& ext) {
  std::vector<std::string> out;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return out;
  for (const auto& e : fs::directory_iterator(dir, ec))
    if (ext.empty() ? e.is_directory() : e.path().extension() == ext)
      out.push_back(e.path().filename().string());
  std::sort(out.begin(), out.end());
  return out;
}

void load_narrative(const std::string& path, DataSet& ds, Diagnostics& diags) {
  YamlFile f(path, diags);
  if (!f.ok()) return;
  const YAML::Node& r = f.root();
  std::string kind = r.IsMap() ? f.text(r, "kind") : "";
  auto shape = narrative_shapes.find(kind);
  if (shape == narrative_shapes.end()) {
    std::vector<std::string> kinds;
    for (const auto& [k, s] : narrative_shapes) kinds.push_back(k);
    f.error(
        r.IsMap() && r["kind"] ? r["kind"] : r,
        "narrative needs 'kind' set to work_report, annual_report or circular" +
            (kind.empty() ? std::string() : ", not '" + kind + "'" + did_you_mean(kind, kinds)));
    return;
  }
  if (!f.check_map(r, shape->second.allowed, shape->second.required, kind + " narrative")) return;
  Narrative n;
  n.kind = kind;
  n.year = f.integer(r, "year", 2000, 2100).value_or(0);
  n.title = f.text(r, "title");
  n.meeting = f.text(r, "meeting");
  n.speaker = f.text(r, "speaker");
  n.speaker_title = f.text(r, "speaker_title");
  n.date = f.date(r, "date");
  n.signer = f.text(r, "signer");
  n.opening = f.text(r, "opening");
  n.achievements = items(f, r, "achievements");
  n.shortcomings = f.text_list(r, "shortcomings");
  n.plan_items = items(f, r, "plan_items");
  n.safeguards = items(f, r, "safeguards");
  n.requirements = f.text_list(r, "requirements");
  n.closing = f.text(r, "closing");
  n.where = f.at(r);
  if (narrative_for(ds, n.kind, n.year))
    f.error(r["year"], "a second " + kind + " narrative for " + std::to_string(n.year),
            "keep one file per document kind and year");
  ds.narratives.push_back(std::move(n));
}

void load_article(YamlFile& f, const YAML::Node& n, const std::string& dir,
                  const std::string& issue_dir, Brief& b, Diagnostics& diags) {
  if (!f.check_map(n, {"title", "source", "author", "file"}, {"title", "source", "file"},
                   "article"))
    return;
  BriefArticle a{f.text(n, "title"), f.text(n, "source"), f.text(n, "author"), "", ""};
  if (f.text(n, "file").empty()) return;  // reported by check_map
  a.file = issue_dir + "/" + f.text(n, "file");
  std::string path = data_file(dir, a.file);
  std::error_code ec;
  if (!fs::exists(path, ec)) {
    f.error(n["file"], "article body " + path + " is missing",
            "put the article's Markdown beside issue.yaml");
    return;
  }
  if (!read_file(path, a.body, diags)) return;
  if (!is_valid_utf8(a.body) || a.body.find('\0') != std::string::npos)
    diags.error({path}, "article is not UTF-8 text", "save it as UTF-8");
  else if (trim(a.body).find_first_not_of("\r\n") == std::string::npos)
    diags.error({path}, "article body is empty", "write the article or remove it from issue.yaml");
  b.articles.push_back(std::move(a));
}

void load_issue(const std::string& dir, const std::string& name, DataSet& ds, Diagnostics& diags) {
  const std::string issue_dir = "briefs/" + name;
  YamlFile f(data_file(dir, issue_dir + "/issue.yaml"), diags);
  if (!f.ok()) return;
  const YAML::Node& r = f.root();
  if (!f.check_map(r, {"year", "issue", "date", "articles"}, {"year", "issue", "date", "articles"},
                   "brief issue"))
    return;
  Brief b;
  b.year = f.integer(r, "year", 2000, 2100).value_or(0);
  b.issue = f.integer(r, "issue", 1, max_brief_issue).value_or(0);
  b.date = f.date(r, "date").value_or(Date{});
  b.file = issue_dir + "/issue.yaml";
  char expected[32];
  std::snprintf(expected, sizeof expected, "%04d-%02d", b.year, b.issue);
  if (b.year && b.issue && name != expected)
    f.error(r["issue"],
            "this is " + std::to_string(b.year) + "年第" + std::to_string(b.issue) +
                "期 but its folder is named " + name,
            std::string("name the folder ") + expected + ", or correct year/issue");
  for (const YAML::Node& n : f.sequence(r, "articles"))
    load_article(f, n, dir, issue_dir, b, diags);
  if (b.articles.empty()) f.error(r, "brief issue has no articles", "list at least one article");
  if (b.date.year && b.date.year != b.year)
    f.error(r["date"],
            "date " + b.date.iso() + " is not in the brief's year " + std::to_string(b.year));
  if (find_brief(ds, b.year, b.issue))
    f.error(r["issue"],
            std::to_string(b.year) + "年第" + std::to_string(b.issue) + "期 appears in two folders",
            "each issue number is used once a year");
  ds.briefs.push_back(std::move(b));
}

void check_numbering(const DataSet& ds, const std::string& dir, Diagnostics& diags) {
  // 第N期 restarts each year; inside a year the issues must follow one another.
  for (size_t i = 1; i < ds.briefs.size(); ++i) {
    const Brief& a = ds.briefs[i - 1];
    const Brief& b = ds.briefs[i];
    if (a.year == b.year && b.issue != a.issue + 1)
      diags.error({data_file(dir, b.file)},
                  std::to_string(b.year) + "年第" + std::to_string(b.issue) + "期 follows 第" +
                      std::to_string(a.issue) + "期; issue numbers skip or repeat",
                  "number the year's issues 1, 2, 3 ... without gaps");
    if (a.year == b.year && b.date < a.date)
      diags.error({data_file(dir, b.file)}, "issue is dated before the previous issue");
  }
}

}  // namespace

const std::vector<std::string> document_kinds = {"work_report", "annual_report", "circular",
                                                 "brief"};

void load_comments(const std::string& dir, DataSet& ds, Diagnostics& diags) {
  YamlFile f(data_file(dir, "comments.yaml"), diags, false);
  if (!f.ok() || !f.check_map(f.root(), {"comments"}, {}, "comment file")) return;
  for (const YAML::Node& n : f.sequence(f.root(), "comments")) {
    if (!f.check_map(n, {"month", "leader", "title", "date", "text"},
                     {"month", "leader", "date", "text"}, "comment"))
      continue;
    LeaderComment c;
    std::optional<Date> month = parse_date(f.text(n, "month") + "-01");
    if (!month) {
      f.error(n["month"],
              "month '" + f.text(n, "month") + "' is not a month; write YYYY-MM, e.g. 2026-10");
      continue;
    }
    c.year = month->year;
    c.month = month->month;
    c.leader = f.text(n, "leader");
    c.title = f.text(n, "title");
    c.date = f.date(n, "date").value_or(Date{});
    c.text = f.text(n, "text");
    if (comment_for_month(ds, c.year, c.month))
      f.error(n["month"], "a second comment for " + f.text(n, "month"),
              "merge the two comments into one");
    if (c.date.year && c.date < Date{c.year, c.month, 1})
      f.error(n["date"], "comment is dated before the month it comments on");
    ds.comments.push_back(std::move(c));
  }
  std::sort(ds.comments.begin(), ds.comments.end(), [](const auto& a, const auto& b) {
    return a.year != b.year ? a.year < b.year : a.month < b.month;
  });
}

void load_distribution(const std::string& dir, DataSet& ds, Diagnostics& diags) {
  YamlFile f(data_file(dir, "distribution.yaml"), diags);
  if (!f.ok() || !f.check_map(f.root(), document_kinds, {}, "distribution file")) return;
  for (auto it = f.root().begin(); it != f.root().end(); ++it) {
    const std::string kind = it->first.Scalar();
    if (std::find(document_kinds.begin(), document_kinds.end(), kind) == document_kinds.end())
      continue;  // reported by check_map
    // A copy (a Node is a handle): `it->` returns a temporary proxy, and a reference to
    // its member dangles at the end of this line (ASan: stack-use-after-scope).
    const YAML::Node n = it->second;
    if (!f.check_map(n, {"to", "cc", "report", "send", "issue"}, {}, "distribution list")) continue;
    DistributionList d{f.text_list(n, "to"), f.text_list(n, "cc"), f.text_list(n, "report"),
                       f.text_list(n, "send"), f.text_list(n, "issue")};
    ds.distribution[kind] = std::move(d);
  }
}

void load_narratives(const std::string& dir, DataSet& ds, Diagnostics& diags) {
  for (const auto& name : sorted_files(data_file(dir, "narrative"), ".yaml"))
    load_narrative(data_file(dir, "narrative/" + name), ds, diags);
}

void load_briefs(const std::string& dir, DataSet& ds, Diagnostics& diags) {
  YamlFile f(data_file(dir, "briefs/series.yaml"), diags);
  if (f.ok() && f.check_map(f.root(), {"name", "publisher", "notice", "total_before", "copies"},
                            {"name", "publisher", "total_before", "copies"}, "brief series")) {
    const auto& r = f.root();
    ds.brief_series = {f.text(r, "name"), f.text(r, "publisher"), f.text(r, "notice"),
                       f.integer(r, "total_before", 0, 100000).value_or(0),
                       f.integer(r, "copies", 1, 100000).value_or(0)};
  }
  for (const auto& name : sorted_files(data_file(dir, "briefs"), ""))
    load_issue(dir, name, ds, diags);
  std::sort(ds.briefs.begin(), ds.briefs.end(), [](const Brief& a, const Brief& b) {
    return a.year != b.year ? a.year < b.year : a.issue < b.issue;
  });
  check_numbering(ds, dir, diags);
}

}  // namespace docpipe::source
