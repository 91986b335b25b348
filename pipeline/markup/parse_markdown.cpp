#include "markup/parse_markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <cstdlib>
#include <cstring>
#include <mutex>

#include "markup/attachment_check.h"
#include "markup/chart_block.h"
#include "markup/front_matter.h"
#include "markup/nesting.h"
#include "markup/numeric.h"
#include "markup/roles.h"

namespace docpipe::markup {

namespace {

// Collects the body's blocks in order, as nodes whose role is what the Markdown says
// (heading, paragraph, quote, table, chart, article_break); build_tree gives the 公文 roles.
struct Walker {
  const std::string& source_name;
  std::vector<Node>& out;
  int offset;  // lines before the body
  Diagnostics& diags;

  Location at(cmark_node* n) const {
    return {source_name, cmark_node_get_start_line(n) + offset, cmark_node_get_start_column(n), ""};
  }
  int line(cmark_node* n) const { return cmark_node_get_start_line(n) + offset; }

  // Joins soft line breaks without a space between CJK characters, as a Chinese paragraph
  // wrapped in an editor must read as one run of text.
  static void append_soft_break(std::string& s) {
    if (!s.empty() && static_cast<unsigned char>(s.back()) < 0x80) s += ' ';
  }

  void inline_text(cmark_node* n, std::string& out) {
    for (cmark_node* c = cmark_node_first_child(n); c; c = cmark_node_next(c)) {
      switch (cmark_node_get_type(c)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
          out += cmark_node_get_literal(c);
          break;
        case CMARK_NODE_SOFTBREAK:
          append_soft_break(out);
          break;
        case CMARK_NODE_LINEBREAK:
          out += '\n';
          break;
        case CMARK_NODE_HTML_INLINE:
          diags.error(at(c), "inline HTML is not supported",
                      "write the text plainly; escape a literal < as \\<");
          break;
        case CMARK_NODE_IMAGE:
          diags.error(
              at(c), "images are not supported in documents",
              "government documents here are text and tables; use a ```chart block for figures");
          break;
        default:
          inline_text(c, out);
          break;  // emphasis, strong, links: their text
      }
    }
  }

  void table(cmark_node* n) {
    Node b;
    b.role = Role::table;
    b.line = line(n);
    for (cmark_node* row = cmark_node_first_child(n); row; row = cmark_node_next(row)) {
      std::vector<std::string> cells;
      for (cmark_node* cell = cmark_node_first_child(row); cell; cell = cmark_node_next(cell)) {
        std::string t;
        inline_text(cell, t);
        cells.push_back(t);
      }
      b.table.rows.push_back(cells);
      b.table.row_lines.push_back(line(row));
    }
    uint8_t* aligns = cmark_gfm_extensions_get_table_alignments(n);
    uint16_t columns = cmark_gfm_extensions_get_table_columns(n);
    for (uint16_t i = 0; i < columns; ++i) {
      char a = aligns ? static_cast<char>(aligns[i]) : 0;
      if (a == 'r')
        b.table.aligns.push_back(Align::right);
      else if (a == 'c')
        b.table.aligns.push_back(Align::center);
      else
        b.table.aligns.push_back(column_is_numeric(b.table, i) ? Align::right : Align::left);
    }
    out.push_back(std::move(b));
  }

  void text_block(cmark_node* n, Role role, int level = 0) {
    Node b;
    b.role = role;
    b.level = level;
    b.line = line(n);
    inline_text(n, b.text);
    out.push_back(std::move(b));
  }

  void code_block(cmark_node* n) {
    const char* info = cmark_node_get_fence_info(n);
    if (info && std::strncmp(info, "chart", 5) == 0) {
      Node b;
      b.role = Role::chart;
      b.line = line(n);
      if (parse_chart(cmark_node_get_literal(n), b.line + 1, source_name, b.chart, diags))
        out.push_back(std::move(b));
      return;
    }
    diags.error(
        at(n), "code blocks are not supported (only ```chart)",
        "remove the fence or indentation; indent paragraphs with nothing — the engine indents");
  }

  void blocks(cmark_node* parent, Role para_role) {
    for (cmark_node* n = cmark_node_first_child(parent); n; n = cmark_node_next(n)) {
      switch (cmark_node_get_type(n)) {
        case CMARK_NODE_HEADING: {
          int level = cmark_node_get_heading_level(n);
          if (level > 4) {
            diags.error(at(n),
                        "heading level " + std::to_string(level) + " is deeper than 公文 allow",
                        "use # to #### (一、 （一） 1. （1）)");
            break;
          }
          text_block(n, Role::heading, level);
          break;
        }
        case CMARK_NODE_PARAGRAPH:
          text_block(n, para_role);
          break;
        case CMARK_NODE_BLOCK_QUOTE:
          blocks(n, Role::quote);
          break;
        case CMARK_NODE_LIST:
        case CMARK_NODE_ITEM:
          blocks(n, para_role);
          break;
        case CMARK_NODE_CODE_BLOCK:
          code_block(n);
          break;
        case CMARK_NODE_THEMATIC_BREAK: {
          Node b;
          b.role = Role::article_break;
          b.line = line(n);
          out.push_back(b);
          break;
        }
        case CMARK_NODE_HTML_BLOCK:
          diags.error(at(n), "HTML blocks are not supported",
                      "write the content as Markdown paragraphs or a table");
          break;
        default:
          if (std::strcmp(cmark_node_get_type_string(n), "table") == 0) {
            table(n);
          } else {
            diags.error(at(n), std::string("unsupported block: ") + cmark_node_get_type_string(n));
          }
      }
    }
  }
};

}  // namespace

bool parse_document(const std::string& text, const std::string& source_name, Document& out,
                    Diagnostics& diags) {
  static std::once_flag once;
  std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
  out.source_name = source_name;
  size_t before = diags.error_count();
  std::string body;
  int offset = 0;
  FrontMatter fm;
  if (!parse_front_matter(text, source_name, fm, body, offset, diags)) return false;

  cmark_parser* parser = cmark_parser_new(CMARK_OPT_DEFAULT);
  cmark_syntax_extension* table_ext = cmark_find_syntax_extension("table");
  cmark_parser_attach_syntax_extension(parser, table_ext);
  cmark_parser_feed(parser, body.data(), body.size());
  cmark_node* root = cmark_parser_finish(parser);
  std::vector<Node> blocks;
  Walker w{source_name, blocks, offset, diags};
  // The walker recurses per level: the depth is checked first, without recursion.
  if (check_nesting(root, source_name, offset, diags)) w.blocks(root, Role::paragraph);
  cmark_node_free(root);
  cmark_parser_free(parser);
  build_tree(fm, std::move(blocks), out);
  check_attachment_names(out, diags);
  return diags.error_count() == before;
}

}  // namespace docpipe::markup
