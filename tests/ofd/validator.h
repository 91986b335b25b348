// A structural validator for OFD packages (GB/T 33190-2016), written for the tests from the
// standard's schemas, not from our writer: every path in the zip relative and without "..",
// every XML part well-formed, in the ofd namespace, with the right root, element names of the
// standard and children in the schema's order; IDs unique in the document; every reference
// (DocRoot, PublicRes/DocumentRes, Page BaseLoc, FontFile, Font, DrawParam, ResourceID,
// DefaultCS, Dest PageID) resolved; MaxUnitID equal to the largest ID; boxes, DeltaX lists
// and dates in their formats.
#pragma once
#include <string>
#include <vector>

#include "ofd/package_reader.h"

namespace ofdtest {

// Problems found, one line each ("Doc_0/Pages/Page_0/Content.xml: Font 9 is not defined");
// empty when the package is valid.
std::vector<std::string> validate_package(const std::vector<Entry>& entries);
// Reads the zip first; a package that is not a zip is one problem.
std::vector<std::string> validate_package_bytes(const std::string& bytes);

}  // namespace ofdtest
