#include "markup/front_matter.h"

#include "core/date.h"
#include "core/input_file.h"
#include "core/png.h"
#include "core/spelling.h"

#include <yaml-cpp/yaml.h>

#include <cstdio>
#include <functional>
#include <map>

#include "core/yaml_screen.h"
#include "markup/doc_number.h"

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

// Walks a mapping, dispatching each key to its handler; unknown keys are errors. Where each
// value was written goes into `at` under `prefix` + its key (a sequence's items as key.N).
void walk(const YAML::Node& map, const std::map<std::string, Handler>& handlers, const Ctx& c,
          const std::string& where, FieldPositions& at, const std::string& prefix = "") {
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
    const Location l = c.at(kv.second);
    at[prefix + key] = {l.line, l.column};
    if (kv.second.IsSequence())
      for (size_t i = 0; i < kv.second.size(); ++i) {
        const Location item = c.at(kv.second[i]);
        at[prefix + key + "." + std::to_string(i)] = {item.line, item.column};
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

// A value that must be one of `allowed` (what it is called: `what`).
Handler one_of(std::string& out, const std::string& what, const std::vector<std::string>& allowed,
               const Ctx& c) {
  return [&out, what, allowed, &c](const YAML::Node& n) {
    std::string v = n.IsScalar() ? n.as<std::string>() : "";
    std::string list;
    for (const auto& a : allowed) {
      if (v == a) {
        out = v;
        return;
      }
      list += (list.empty() ? "" : ", ") + a;
    }
    c.diags.error(c.at(n), what + " '" + v + "' is not one the standard knows",
                  "use one of: " + list);
  };
}

// 份号 (§7.2.1): six Arabic digits.
Handler copy_number(std::string& out, const Ctx& c) {
  return [&out, &c](const YAML::Node& n) {
    std::string v = n.IsScalar() ? n.as<std::string>() : "";
    bool digits = v.size() == 6 && v.find_first_not_of("0123456789") == std::string::npos;
    if (!digits) {
      c.diags.error(c.at(n), "copy_no (份号) '" + v + "' must be six digits (GB/T 9704 §7.2.1)",
                    "write e.g. copy_no: \"000123\" (quoted, leading zeros kept)");
      return;
    }
    out = v;
  };
}

Handler format_of(Format& out, const Ctx& c) {
  return [&out, &c](const YAML::Node& n) {
    static const std::vector<std::pair<std::string, Format>> known = {
        {"document", Format::document},
        {"letter", Format::letter},
        {"order", Format::order},
        {"minutes", Format::minutes}};
    std::string v = n.IsScalar() ? n.as<std::string>() : "";
    for (const auto& k : known)
      if (k.first == v) {
        out = k.second;
        return;
      }
    c.diags.error(c.at(n), "format '" + v + "' is not a GB/T 9704 format",
                  "use one of: document (文件格式), letter (信函格式 §10.1), order (命令格式 "
                  "§10.2), minutes (纪要格式 §10.3)");
  };
}

std::string folder_of(const std::string& path) {
  auto slash = path.rfind('/');
  return slash == std::string::npos ? "" : path.substr(0, slash + 1);
}

// 印章 (§7.3.5.1): a PNG file, relative to the document's folder, carried as its bytes. It is
// decoded here once, so a damaged file stops the run before anything is laid out or written.
Handler seal_image(std::optional<Image>& out, const Ctx& c) {
  return [&out, &c](const YAML::Node& n) {
    std::string v = n.IsScalar() ? n.as<std::string>() : "";
    if (v.empty()) {
      c.diags.error(c.at(n), "seal needs the name of a PNG file",
                    "write e.g. seal: seal.png, relative to this document's folder");
      return;
    }
    std::string path = v[0] == '/' ? v : folder_of(c.file) + v;
    std::string bytes;
    Diagnostics reading;  // its message names the resolved path; ours names the key's value
    if (!read_input(path, bytes, reading)) {
      c.diags.error(c.at(n), "seal file '" + v + "' cannot be read",
                    "give a PNG image of the seal, relative to this document's folder");
      return;
    }
    int width = 0, height = 0;
    if (!png_size(bytes, width, height)) {
      c.diags.error(c.at(n), "seal file '" + v + "' is not a PNG image",
                    "save the seal as PNG (a red seal on a transparent background)");
      return;
    }
    std::string why;
    if (!decode_png(bytes, why)) {
      c.diags.error(c.at(n), "seal file '" + v + "' is a damaged PNG image: " + why,
                    "save the seal again as PNG (a red seal on a transparent background)");
      return;
    }
    out = Image{v, bytes};
  };
}

// 发文字号 (§7.2.4): 〔2026〕 brackets, no 第, no leading zeros.
Handler doc_number(std::string& out, const Ctx& c) {
  return [&out, &c](const YAML::Node& n) {
    if (!n.IsScalar()) {
      c.diags.error(c.at(n), "expected a single value here", "quote the text: \"…\"");
      return;
    }
    out = n.as<std::string>();
    std::string fixed = corrected_doc_number(out);
    if (fixed != out)
      c.diags.error(
          c.at(n),
          "masthead number (发文字号) '" + out +
              "' departs from GB/T 9704 §7.2.4: the year in 〔〕, no 第, no leading zeros",
          "write number: " + fixed);
  };
}

// A seal is set over one 署名 and the 成文日期 (§7.3.5.1). A 命令 is signed with the signer's
// 签名章 instead (§7.3.5.3); a joint document needs one seal per organ, which one `seal:`
// file cannot give.
void check_seal(const FrontMatter& fm, const YAML::Node& key, const Ctx& c) {
  if (fm.format == Format::order)
    c.diags.error(c.at(key), "a 命令 (format: order) carries no seal (§7.3.5.3)",
                  "remove seal:; the signer's 职务 and name stand in its place");
  else if (!fm.signatures.empty())
    c.diags.error(c.at(key),
                  "a seal over a joint document's several 署名 is not supported (§7.3.5.1 "
                  "wants one seal per organ)",
                  "remove seal: and seal the printed document, or give one organ's 署名");
  else if (fm.signature.empty() || fm.date.empty())
    c.diags.error(c.at(key), "a seal needs the 署名 and 成文日期 it is set over (§7.3.5.1)",
                  "add signature: and date: to the front matter");
}

void parse_root(const YAML::Node& root, FrontMatter& fm, const Ctx& c) {
  std::optional<YAML::Node> order_key;  // where order_no / signer_* was given
  auto order_field = [&](std::string& out) {
    return [&, h = scalar(out, c)](const YAML::Node& n) {
      if (!order_key) order_key = n;
      h(n);
    };
  };
  walk(
      root,
      {{"title", scalar(fm.title, c)},
       {"byline", names(fm.byline, c)},
       {"to", names(fm.to, c)},
       {"signature",
        [&](const YAML::Node& n) {
          std::vector<std::string> all;
          names(all, c)(n);
          if (all.empty()) return;
          fm.signature = all[0];
          fm.signatures.assign(all.begin() + 1, all.end());
        }},
       {"copy_no", copy_number(fm.copy_no, c)},
       {"secrecy",
        one_of(fm.secrecy, "secrecy (密级, GB/T 9704 §7.2.2)", {"绝密", "机密", "秘密"}, c)},
       {"secrecy_term", scalar(fm.secrecy_term, c)},
       {"urgency", one_of(fm.urgency, "urgency (紧急程度, GB/T 9704 §7.2.3)", {"特急", "加急"}, c)},
       {"format", format_of(fm.format, c)},
       {"order_no", order_field(fm.order_no)},
       {"signer_title", order_field(fm.signer_title)},
       {"signer_name", order_field(fm.signer_name)},
       {"seal", seal_image(fm.seal, c)},
       {"attachments", names(fm.attachments, c)},
       {"note", scalar(fm.note, c)},
       {"signers", names(fm.signers, c)},
       {"attendees", names(fm.attendees, c)},
       {"absentees", names(fm.absentees, c)},
       {"observers", names(fm.observers, c)},
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
          walk(n,
               {{"name", scalar(fm.masthead->name, c)},
                {"number", doc_number(fm.masthead->number, c)},
                {"issuers", names(fm.masthead->issuers, c)},
                {"suffix", scalar(fm.masthead->suffix, c)}},
               c, "masthead", fm.at, "masthead.");
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
               c, "brief", fm.at, "brief.");
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
               c, "distribution", fm.at, "distribution.");
        }}},
      c, "the front matter", fm.at);
  if (order_key && fm.format != Format::order)
    c.diags.error(c.at(*order_key),
                  "order_no, signer_title and signer_name belong to the 命令 format (§10.2)",
                  "add format: order, or remove them");
  if (fm.format == Format::order && !fm.order_no.empty() && !fm.masthead)
    c.diags.error(
        c.at(root["order_no"]),
        "order_no (令号) is set under the 命令's 标志 (§10.2), and without a masthead the "
        "命令 has none",
        "add masthead: {name: …令} (e.g. 江岳省人民政府令), or remove order_no");
  if (!fm.signers.empty() && !fm.masthead)
    c.diags.error(c.at(root["signers"]), "signers (签发人) are set in the 版头 (§7.2.6)",
                  "add masthead: {name: …, number: …}");
  if (fm.seal) check_seal(fm, root["seal"], c);
  if (!fm.secrecy_term.empty() && fm.secrecy.empty())
    c.diags.error(c.at(root["secrecy_term"]), "secrecy_term (保密期限) without secrecy (密级)",
                  "add secrecy: 绝密, 机密 or 秘密");
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
    if (!check_duplicate_keys(root, source_name, 2, diags)) return false;  // both lines named
    if (root && !root.IsNull()) parse_root(root, out, c);
  } catch (const YAML::Exception& e) {
    diags.error({source_name, e.mark.line + 2, e.mark.column + 1, ""}, "malformed YAML: " + e.msg,
                "check indentation and quote values that contain ': ' or start with a symbol");
  }
  return diags.error_count() == before;
}

}  // namespace docpipe::markup
