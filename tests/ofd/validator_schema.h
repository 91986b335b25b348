// The element names of GB/T 33190-2016 (Annex A schemas) the validator knows, and for the
// elements docpipe writes, the children each may have in schema order.
#pragma once
#include <map>
#include <set>
#include <string>
#include <vector>

namespace ofdtest {

// Local names (without "ofd:") of the standard's elements.
const std::set<std::string>& standard_elements();
// Element → its allowed children in the order the schema's xs:sequence gives them. Elements
// not listed have their children checked only against standard_elements().
const std::map<std::string, std::vector<std::string>>& child_order();
// Part kind → its root element: "OFD.xml" → "OFD"; Document, Res, Page.
std::string expected_root(const std::string& kind);

}  // namespace ofdtest
