#include "source/docx_article.h"

#include <zip.h>

#include <map>
#include <memory>
#include <pugixml.hpp>
#include <vector>

namespace docpipe::source {
namespace {

using Archive = std::unique_ptr<zip_t, decltype(&zip_discard)>;

bool read_entry(zip_t* z, const char* name, std::string& out) {
  zip_stat_t st;
  if (zip_stat(z, name, 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE)) return false;
  if (st.size > (64u << 20)) return false;  // an article's text is far smaller
  std::unique_ptr<zip_file_t, decltype(&zip_fclose)> f(zip_fopen(z, name, 0), zip_fclose);
  if (!f) return false;
  out.resize(st.size);
  return zip_fread(f.get(), out.data(), st.size) == static_cast<zip_int64_t>(st.size);
}

bool named(const pugi::xml_node& n, const char* name) {
  return std::string(n.name()) == name;
}

// w:b / w:i are on unless w:val says 0, false or none.
bool toggle_on(const pugi::xml_node& n) {
  if (!n) return false;
  std::string v = n.attribute("w:val").value();
  return v != "0" && v != "false" && v != "none";
}

// Heading level per paragraph style id: 0 the title, 1..9 headings (from the style's name,
// "Title" / "heading N" as Word stores built-in styles in any language, or its outline level).
std::map<std::string, int> heading_styles(zip_t* z) {
  std::map<std::string, int> out;
  std::string xml;
  pugi::xml_document doc;
  if (!read_entry(z, "word/styles.xml", xml) || !doc.load_buffer(xml.data(), xml.size()))
    return out;
  for (pugi::xml_node s : doc.child("w:styles").children("w:style")) {
    std::string id = s.attribute("w:styleId").value();
    std::string name = s.child("w:name").attribute("w:val").value();
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (name == "title" || name == "标题")
      out[id] = 0;
    else if (name.rfind("heading ", 0) == 0 && name.size() == 9 && name[8] >= '1' && name[8] <= '9')
      out[id] = name[8] - '0';
    else if (pugi::xml_node o = s.child("w:pPr").child("w:outlineLvl"))
      if (int lvl = o.attribute("w:val").as_int(9); lvl < 9) out[id] = lvl + 1;
  }
  return out;
}

struct Span {
  std::string text;
  bool bold = false, italic = false;
};

// Literal characters that Markdown-level text gives a meaning.
std::string escape_text(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '*' || c == '\\' || c == '|') out += '\\';
    out += c;
  }
  return out;
}

// Spans as one line of Markdown: runs of the same emphasis joined, markers kept off spaces.
std::string markdown_of(const std::vector<Span>& spans) {
  std::string out;
  for (size_t i = 0; i < spans.size();) {
    Span s = spans[i];
    for (++i; i < spans.size() && spans[i].bold == s.bold && spans[i].italic == s.italic; ++i)
      s.text += spans[i].text;
    std::string mark = std::string(s.bold ? "**" : "") + (s.italic ? "*" : "");
    size_t a = s.text.find_first_not_of(' '), b = s.text.find_last_not_of(' ');
    if (mark.empty() || a == std::string::npos) {
      out += escape_text(s.text);
      continue;
    }
    out += s.text.substr(0, a) + mark + escape_text(s.text.substr(a, b - a + 1)) + mark +
           s.text.substr(b + 1);
  }
  return out;
}

class ArticleReader {
 public:
  ArticleReader(std::string path, std::map<std::string, int> styles, Diagnostics& diags)
      : path_(std::move(path)), styles_(std::move(styles)), diags_(diags) {}

  bool body(const pugi::xml_node& body) {
    for (pugi::xml_node n : body.children()) {
      if (named(n, "w:p")) {
        if (!paragraph(n)) return false;
      } else if (named(n, "w:tbl")) {
        if (!table(n)) return false;
      } else if (named(n, "w:sdt")) {
        if (!this->body(n.child("w:sdtContent"))) return false;
      }
    }
    return true;
  }
  std::string text() const { return out_; }

 private:
  static bool is_picture(const std::string& name) {
    return name == "w:drawing" || name == "w:pict" || name == "w:object" ||
           name == "mc:AlternateContent";
  }
  bool refuse_picture() {
    diags_.error({path_, 0, 0, "paragraph " + std::to_string(paragraphs_)},
                 "the article holds an image or embedded object; a brief prints text and "
                 "tables only",
                 "delete the picture in Word (or describe it in words) and save again");
    return false;
  }

  // The paragraph's text as spans; false (reported) at an image or embedded object.
  bool spans_of(const pugi::xml_node& n, bool in_table, std::vector<Span>& spans) {
    for (pugi::xml_node c : n.children()) {
      std::string name = c.name();
      if (name == "w:del" || name == "w:pPr" || name == "w:rPr" || name == "w:instrText") continue;
      if (is_picture(name)) return refuse_picture();
      if (name == "w:r") {
        pugi::xml_node rpr = c.child("w:rPr");
        Span s{"", toggle_on(rpr.child("w:b")), toggle_on(rpr.child("w:i"))};
        for (pugi::xml_node t : c.children()) {
          std::string tn = t.name();
          if (tn == "w:t")
            s.text += t.text().get();
          else if (tn == "w:tab")
            s.text += ' ';
          else if (tn == "w:br" && std::string(t.attribute("w:type").value()) != "page")
            s.text += in_table ? " " : "\n";
          else if (is_picture(tn))
            return refuse_picture();
        }
        spans.push_back(s);
        continue;
      }
      if (!spans_of(c, in_table, spans)) return false;  // hyperlinks, insertions, fields
    }
    return true;
  }

  // The paragraph's heading level: 0 title, 1..9 heading, -1 body text.
  int level_of(const pugi::xml_node& p) const {
    pugi::xml_node ppr = p.child("w:pPr");
    if (pugi::xml_node o = ppr.child("w:outlineLvl"))
      if (int lvl = o.attribute("w:val").as_int(9); lvl < 9) return lvl + 1;
    auto it = styles_.find(ppr.child("w:pStyle").attribute("w:val").value());
    return it == styles_.end() ? -1 : it->second;
  }

  bool paragraph(const pugi::xml_node& p) {
    ++paragraphs_;
    std::vector<Span> spans;
    if (!spans_of(p, false, spans)) return false;
    const int level = level_of(p);
    if (level >= 0) {
      std::string plain;
      for (const auto& s : spans) plain += s.text;
      for (char& c : plain)
        if (c == '\n') c = ' ';
      plain = drop_numbering(trim_spaces(plain));
      if (plain.empty()) return true;
      const bool title = !titled_ && !text_seen_ && level <= 1;
      titled_ |= title;
      text_seen_ = true;
      out_ += std::string(title ? 1 : std::min(std::max(level, 1) + 1, 4), '#') + " " +
              escape_text(plain) + "\n\n";
      return true;
    }
    std::string line = markdown_of(spans);
    if (trim_spaces(line).empty()) return true;
    text_seen_ = true;
    out_ += trim_spaces(line) + "\n\n";
    return true;
  }

  bool table(const pugi::xml_node& tbl) {
    std::vector<std::vector<std::string>> rows;
    size_t columns = 0;
    for (pugi::xml_node tr : tbl.children("w:tr")) {
      std::vector<std::string> cells;
      for (pugi::xml_node tc : tr.children("w:tc")) {
        std::string cell;
        for (pugi::xml_node p : tc.children("w:p")) {
          ++paragraphs_;
          std::vector<Span> spans;
          if (!spans_of(p, true, spans)) return false;
          std::string t = trim_spaces(markdown_of(spans));
          if (!t.empty()) cell += (cell.empty() ? "" : " ") + t;
        }
        cells.push_back(cell);
        // A cell spanning columns keeps the grid: the columns it covers are empty.
        int span = tc.child("w:tcPr").child("w:gridSpan").attribute("w:val").as_int(1);
        for (int k = 1; k < span && k < 64; ++k) cells.emplace_back();
      }
      columns = std::max(columns, cells.size());
      rows.push_back(cells);
    }
    if (rows.empty() || columns == 0) return true;
    text_seen_ = true;
    for (size_t r = 0; r < rows.size(); ++r) {
      rows[r].resize(columns);
      out_ += "|";
      for (const auto& c : rows[r]) out_ += " " + c + " |";
      out_ += "\n";
      if (r == 0) {
        out_ += "|";
        for (size_t k = 0; k < columns; ++k) out_ += "---|";
        out_ += "\n";
      }
    }
    out_ += "\n";
    return true;
  }

  static std::string trim_spaces(const std::string& s) {
    const char* ws = " \t\n\r";
    size_t a = s.find_first_not_of(ws);
    if (a == std::string::npos) return "";
    return s.substr(a, s.find_last_not_of(ws) - a + 1);
  }

  // "一、" "（一）" "1." "1．" "（1）" at the start of a heading: the engine numbers headings.
  static std::string drop_numbering(const std::string& s) {
    static const std::vector<std::string> digits = {"一", "二", "三", "四", "五", "六", "七",
                                                    "八", "九", "十", "0",  "1",  "2",  "3",
                                                    "4",  "5",  "6",  "7",  "8",  "9"};
    size_t i = 0;
    const bool paren = s.compare(0, 3, "（") == 0;
    if (paren) i = 3;
    size_t start = i;
    for (bool more = true; more;) {
      more = false;
      for (const auto& d : digits)
        if (s.compare(i, d.size(), d) == 0) {
          i += d.size();
          more = true;
          break;
        }
    }
    if (i == start) return s;
    for (const std::string& end :
         paren ? std::vector<std::string>{"）"} : std::vector<std::string>{"、", ".", "．"})
      if (s.compare(i, end.size(), end) == 0) return trim_spaces(s.substr(i + end.size()));
    return s;
  }

  std::string path_;
  std::map<std::string, int> styles_;
  Diagnostics& diags_;
  std::string out_;
  int paragraphs_ = 0;
  bool titled_ = false, text_seen_ = false;
};

}  // namespace

bool is_docx_path(const std::string& path) {
  return path.size() > 5 && (path.compare(path.size() - 5, 5, ".docx") == 0 ||
                             path.compare(path.size() - 5, 5, ".DOCX") == 0);
}

std::optional<std::string> read_docx_article(const std::string& path, Diagnostics& diags) {
  int err = 0;
  Archive z(zip_open(path.c_str(), ZIP_RDONLY, &err), zip_discard);
  std::string xml;
  pugi::xml_document doc;
  if (!z || !read_entry(z.get(), "word/document.xml", xml) ||
      !doc.load_buffer(xml.data(), xml.size())) {
    diags.error({path}, err == ZIP_ER_NOENT ? "file does not exist" : "not a Word document (.docx)",
                err == ZIP_ER_NOENT ? "check the path"
                                    : "save it from Word as .docx (an old .doc: Save As .docx)");
    return std::nullopt;
  }
  ArticleReader reader(path, heading_styles(z.get()), diags);
  if (!reader.body(doc.child("w:document").child("w:body"))) return std::nullopt;
  return reader.text();
}

}  // namespace docpipe::source
