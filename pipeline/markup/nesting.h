// Nesting depth of a Markdown tree (issue 17, class 1). The walk that turns cmark's tree into
// the document recurses once per level of block quotes, lists, emphasis and links, so a file
// of 100,000 `>` would overflow the stack. This check walks the tree *iteratively* (cmark's
// own iterator, no recursion) before that walk runs and refuses anything deeper than
// max_markdown_depth with the line where the limit is passed.
#pragma once
#include <string>

#include "core/diagnostics.h"

struct cmark_node;

namespace docpipe::markup {

// Far beyond any real document (a 公文 nests a quote in a list item in a list at most).
constexpr int max_markdown_depth = 64;

// True if no node of `root` is deeper than max_markdown_depth; else one error at
// source_name:(line + line_offset) and false.
bool check_nesting(cmark_node* root, const std::string& source_name, int line_offset,
                   Diagnostics& diags);

}  // namespace docpipe::markup
