// The seal (印章, GB/T 9704 §7.3.5.1) in the OFD: the PNG as a MultiMedia resource of
// DocumentRes, its file under Res/ byte for byte, and an ImageObject over the text where the
// PDF draws it; the package valid by the tests' own validator.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <sstream>

#include "ofd/fixture.h"
#include "ofd/validator.h"
#include "support/run.h"

using namespace testing;

TEST_CASE("a sealed document's OFD carries the seal PNG as a MultiMedia and draws it") {
  TempDir t;
  auto made =
      run("cp '" + source_dir() + "/tests/data/elements/sealed.md' '" + t.path + "' && python3 '" +
          source_dir() + "/tests/tools/make_seal.py' '" + t / "seal.png" + "'");
  REQUIRE(made.code == 0);
  auto r = run("cd '" + t.path + "' && " + testing::docpipe() +
               " render sealed.md --format pdf,ofd --dump-layout layout.txt");
  INFO(r.err);
  REQUIRE(r.code == 0);
  std::string bytes = slurp(t / "sealed.ofd");
  auto problems = ofdtest::validate_package_bytes(bytes);
  for (const auto& p : problems) INFO(p);
  CHECK(problems.empty());

  auto pkg = ofdtest::open_package(bytes);
  auto media = pkg.root("Doc_0/DocumentRes.xml").child("ofd:MultiMedias").child("ofd:MultiMedia");
  REQUIRE(media);
  CHECK(std::string(media.attribute("Type").value()) == "Image");
  CHECK(std::string(media.attribute("Format").value()) == "PNG");
  const ofdtest::Entry* file =
      pkg.find(std::string("Doc_0/Res/") + media.child_value("ofd:MediaFile"));
  REQUIRE(file);
  CHECK(file->bytes == slurp(t / "seal.png"));

  // Where the layout put it, as the PDF draws it (tests/elements checks that place): the
  // dump's "1 image X,Y WxH seal.png", in mm to 0.1.
  std::string dump = slurp(t / "layout.txt");
  auto at = dump.find("1 image ");
  REQUIRE(at != std::string::npos);
  double want_x = 0, want_y = 0;
  char comma = 0;
  std::istringstream(dump.substr(at + 8)) >> want_x >> comma >> want_y;
  auto image = pkg.root("Doc_0/Pages/Page_0/Content.xml")
                   .child("ofd:Content")
                   .child("ofd:Layer")
                   .child("ofd:ImageObject");
  REQUIRE(image);
  CHECK(std::string(image.attribute("ResourceID").value()) == media.attribute("ID").value());
  std::istringstream box(image.attribute("Boundary").value());
  double x = 0, y = 0, w = 0, h = 0;
  box >> x >> y >> w >> h;
  CHECK(x == Approx(want_x).margin(0.051));
  CHECK(y == Approx(want_y).margin(0.051));
  CHECK(w == Approx(42).margin(0.01));
  CHECK(h == Approx(42).margin(0.01));
  CHECK(std::string(image.attribute("CTM").value()) == "42 0 0 42 0 0");
}
