#include "markup/nesting.h"

#include <cmark-gfm.h>

namespace docpipe::markup {

bool check_nesting(cmark_node* root, const std::string& source_name, int line_offset,
                   Diagnostics& diags) {
  cmark_iter* it = cmark_iter_new(root);
  int depth = 0;
  bool ok = true;
  for (cmark_event_type ev; ok && (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
    cmark_node* n = cmark_iter_get_node(it);
    // Leaves get no EXIT event from cmark's iterator (its S_is_leaf): they add no depth.
    bool leaf = false;
    switch (cmark_node_get_type(n)) {
      case CMARK_NODE_HTML_BLOCK:
      case CMARK_NODE_THEMATIC_BREAK:
      case CMARK_NODE_CODE_BLOCK:
      case CMARK_NODE_TEXT:
      case CMARK_NODE_SOFTBREAK:
      case CMARK_NODE_LINEBREAK:
      case CMARK_NODE_CODE:
      case CMARK_NODE_HTML_INLINE:
        leaf = true;
        break;
      default:
        break;
    }
    if (leaf) continue;
    if (ev == CMARK_EVENT_EXIT) {
      --depth;
      continue;
    }
    if (++depth <= max_markdown_depth) continue;
    // Nodes deep in inline content may carry no position: use the nearest that does.
    cmark_node* at = n;
    while (at && cmark_node_get_start_line(at) == 0) at = cmark_node_parent(at);
    int line = at ? cmark_node_get_start_line(at) + line_offset : 0;
    diags.error({source_name, line, 0, ""},
                "Markdown nested more than " + std::to_string(max_markdown_depth) +
                    " levels deep (block quotes, lists, emphasis or links inside each other)",
                "a document needs a few levels at most: remove the extra > or list markers");
    ok = false;
  }
  cmark_iter_free(it);
  return ok;
}

}  // namespace docpipe::markup
