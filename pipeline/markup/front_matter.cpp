#include "markup/front_matter.h"

#include "core/date.h"
#include "core/spelling.h"

#include <yaml-cpp/yaml.h>

#include <cstdio>
#include <functional>
#include <map>

#include "core/yaml_screen.h"

namespace docpipe::markup {

namespace {

struct Ctx {
  const std::string& file;
  int offset;  // lines before the YAML text (the opening ---)
  Diagnostics& diags;
  Location at(const YAML::Node& n) const {
    return {file, n.Mark().line + 1 + offset, n.Mark().column + 1, ""};
  }
};

std::string suggest(const std::string& key, const std::vector<std::string>& known) {
  std::string best = closest_match(key, known);
  if (!best.empty()) return "did you mean '" + best + "'?";
  std::string list;
  for (const auto& k : known) list += (list.empty() ? "" : ", ") + k;
  return "known keys: " + list;
}

using Handler = std::function<void(const YAML::Node&)>;

// Walks a mapping, dispatching each key to its handler; unknown keys are errors.
void walk(const YAML::Node& map, const std::map<std::string, Handler>& handlers, const Ctx& c,
          const std::string& where) {
  if (!map.IsMap()) {
    c.diags.error(c.at(map), where + " must be a mapping of keys to values");
    return;
  }
  std::vector<std::string> known;
  for (const auto& h : handlers) known.push_back(h.first);
  for (const auto& kv : map) {
    auto key = kv.first.as<std::string>();
    auto it = handlers.find(key);
    if (it == handlers.end()) {
      c.diags.error(c.at(kv.first), "unknown front-matter key '" + key + "' in " + where,
                    suggest(key, known));
      continue;
    }
    it->second(kv.second);
  }
}

Handler scalar(std::string& out, const Ctx& c) {
  return [&out, &c](const YAML::Node& n) {
    if (!n.IsScalar()) {
      c.diags.error(c.at(n), "expected a single value here", "quote the text: \"…\"");
      return;
    }
    out = n.as<std::string>();
  };
}

Handler date(std::string& out, const Ctx& c) {
  return [&out, &c](const YAML::Node& n) {
    DateProblem problem = DateProblem::format;
    auto d = n.IsScalar() ? parse_date(n.as<std::string>(), &problem) : std::nullopt;
    if (!d && problem == DateProblem::out_of_range) {
      c.diags.error(c.at(n), "the date " + date_complaint(problem), date_hint(problem));
      return;
    }
    if (!d) {
      c.diags.error(c.at(n), "expected a date as YYYY-MM-DD naming a real day",
                    "write e.g. 2026-11-14");
      return;
    }
    out = d->iso();  // the one date rule of core/date.h; kept as YYYY-MM-DD
  };
}

// A list of names, or one string.
Handler names(std::vector<std::string>& out, const Ctx& c) {
  return [&out, &c](const YAML::Node& n) {
    if (n.IsScalar()) {
      out = {n.as<std::string>()};
    } else if (n.IsSequence()) {
      for (const auto& item : n) {
        if (!item.IsScalar()) {
          c.diags.error(c.at(item), "expected a name here");
          continue;
        }
        out.push_back(item.as<std::string>());
      }
    } else {
      c.diags.error(c.at(n), "expected a name or a list of names");
    }
  };
}

void parse_root(const YAML::Node& root, FrontMatter& fm, const Ctx& c) {
  walk(root,
       {{"title", scalar(fm.title, c)},
        {"byline", names(fm.byline, c)},
        {"to", names(fm.to, c)},
        {"attachments", names(fm.attachments, c)},
        {"note", scalar(fm.note, c)},
        {"signature", scalar(fm.signature, c)},
        {"date", date(fm.date, c)},
        {"cc", names(fm.cc, c)},
        {"printer", scalar(fm.printer, c)},
        {"printed", date(fm.printed, c)},
        {"author", scalar(fm.author, c)},
        {"subject", scalar(fm.subject, c)},
        {"keywords", scalar(fm.keywords, c)},
        {"masthead",
         [&](const YAML::Node& n) {
           fm.masthead.emplace();
           walk(
               n,
               {{"name", scalar(fm.masthead->name, c)}, {"number", scalar(fm.masthead->number, c)}},
               c, "masthead");
         }},
        {"brief",
         [&](const YAML::Node& n) {
           fm.brief.emplace();
           auto& b = *fm.brief;
           walk(n,
                {{"series", scalar(b.series, c)},
                 {"number", scalar(b.number, c)},
                 {"editor", scalar(b.editor, c)},
                 {"date", date(b.date, c)},
                 {"notice", scalar(b.notice, c)}},
                c, "brief");
         }},
        {"distribution",
         [&](const YAML::Node& n) {
           fm.distribution.emplace();
           auto& d = *fm.distribution;
           walk(n,
                {{"report", names(d.report, c)},
                 {"send", names(d.send, c)},
                 {"issue", names(d.issue, c)},
                 {"copies",
                  [&](const YAML::Node& v) {
                    try {
                      d.copies = v.as<int>();
                      if (d.copies < 0) throw YAML::Exception(v.Mark(), "negative");
                    } catch (const YAML::Exception&) {
                      c.diags.error(c.at(v), "copies must be a whole number",
                                    "write e.g. copies: 120");
                    }
                  }}},
                c, "distribution");
         }}},
       c, "the front matter");
}

}  // namespace

bool parse_front_matter(const std::string& text, const std::string& source_name, FrontMatter& out,
                        std::string& body, int& body_offset, Diagnostics& diags) {
  body_offset = 0;
  size_t start = 0;
  if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) start = 3;  // UTF-8 BOM from Windows editors
  if (text.compare(start, 4, "---\n") != 0 && text.compare(start, 5, "---\r\n") != 0) {
    body = text.substr(start);
    return true;
  }
  size_t yaml_start = text.find('\n', start) + 1;
  size_t pos = yaml_start;
  int lines = 1;
  size_t yaml_end = std::string::npos;
  while (pos < text.size()) {
    size_t eol = text.find('\n', pos);
    std::string line = text.substr(pos, eol == std::string::npos ? std::string::npos : eol - pos);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    ++lines;
    if (line == "---" || line == "...") {
      yaml_end = pos;
      pos = eol == std::string::npos ? text.size() : eol + 1;
      break;
    }
    if (eol == std::string::npos) break;
    pos = eol + 1;
  }
  if (yaml_end == std::string::npos) {
    diags.error({source_name, 1, 1, ""}, "front matter opened with --- is never closed",
                "end the front matter with a line holding only ---");
    return false;
  }
  body = text.substr(pos);
  body_offset = lines;
  Ctx c{source_name, 1, diags};
  size_t before = diags.error_count();
  // Depth, alias expansion and scalar length are screened first: yaml-cpp would recurse
  // into `[[[[…` until the stack overflows, and a billion-laughs bomb is a few lines.
  const std::string yaml = text.substr(yaml_start, yaml_end - yaml_start);
  if (!screen_yaml(yaml, source_name, 2, diags)) return false;
  try {
    YAML::Node root = YAML::Load(yaml);
    if (root && !root.IsNull()) parse_root(root, out, c);
  } catch (const YAML::Exception& e) {
    diags.error({source_name, e.mark.line + 2, e.mark.column + 1, ""}, "malformed YAML: " + e.msg,
                "check indentation and quote values that contain ': ' or start with a symbol");
  }
  return diags.error_count() == before;
}

}  // namespace docpipe::markup
