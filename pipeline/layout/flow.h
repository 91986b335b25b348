// The flow: what pagination places. Every item is a whole number of grid lines (slots) tall
// and carries its drawing relative to its own top; pagination only decides where items go.
#pragma once
#include <optional>
#include <vector>

#include "layout/page_model.h"

namespace docpipe::layout {

struct Item {
  int slots = 1;
  std::vector<GlyphRun> runs;  // y relative to the item's top
  std::vector<Rule> rules;
  std::vector<Box> boxes;
  std::vector<PlacedImage> images;
  bool keep_with_next = false;  // no page break after this item
  // The keep is an orphan or widow rule's: it yields where keeping would move more than one
  // line to the next page (a keep costs a full page at most one line).
  bool soft_keep = false;
  bool page_break_before = false;  // starts a new page (an attachment, 附件)
  int table = -1;                  // table id, for repeating its header on continuation pages
  bool table_header = false;
  bool landscape = false;  // a row of a 横排 table: set on a turned page (turned_page.h)
  // 版头 and 标题: set at the grid's pitch even on a tightened page (their places are
  // measured from the paper and the red rule, §7.2, §7.3.1); they open page 1.
  bool fixed = false;
  // 署名 and 成文日期 (or a 命令's 签名章): what §7.3.5.5 keeps with the text (signature_page.h).
  bool signature = false;
  // A drawing reaching below its lines (a seal pressed over the 成文日期, §7.3.5.1): centred
  // `reach_at` grid lines below the item's top (a point that moves with the lines, closer on a
  // tightened page) and reaching `reach_below` grid lines (at the grid's pitch: the seal keeps
  // its size) below that. The lines it covers may hold text (the 附注) but must be on the
  // page, as nothing is drawn outside the 版心.
  double reach_at = 0, reach_below = 0;
  std::optional<Bookmark> bookmark;  // y relative to the item's top
};

// Moves everything in `item` down by `dy` (used when it is placed).
void shift(Item& item, double dy);

}  // namespace docpipe::layout
