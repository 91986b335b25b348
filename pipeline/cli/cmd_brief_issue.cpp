// docpipe brief issue ID, and `docpipe build brief --issue ID` for briefs in the ledger.
// Issue composes the brief from the ledger, renders it, and only then commits status
// issued + the composed Markdown + the SHA-256 of the PDF (and of the OFD with --format
// pdf,ofd) in one transaction; the files are written after the commit. A crash before the
// commit leaves the draft (no gap, no file).

#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "cli/brief_ledger.h"
#include "cli/commands.h"
#include "cli/render_pipeline.h"
#include "cli/test_hooks.h"
#include "cli/whole_names.h"
#include "core/atomic_file.h"
#include "core/sha256.h"
#include "source/store.h"

namespace docpipe::cli {
namespace {

bool write_pdf(const std::string& out_dir, const std::string& path, const std::string& pdf,
               Diagnostics& diags) {
  std::error_code ec;
  std::filesystem::create_directories(out_dir, ec);
  if (ec) {
    diags.error({out_dir}, "cannot create the output folder: " + ec.message());
    return false;
  }
  return write_file_atomic(path, pdf, diags);
}

// Where `name` is among `formats`, or -1.
int index_of(const Formats& formats, const std::string& name) {
  for (size_t i = 0; i < formats.size(); ++i)
    if (name == formats[i]->name) return static_cast<int>(i);
  return -1;
}

// A brief's files, in a folder made if needed, all renamed into place together or none.
bool write_files(const std::string& out_dir, const std::vector<std::string>& paths,
                 const std::vector<std::string>& files, Diagnostics& diags) {
  std::error_code ec;
  std::filesystem::create_directories(out_dir, ec);
  if (ec) {
    diags.error({out_dir}, "cannot create the output folder: " + ec.message());
    return false;
  }
  AtomicBatch batch;
  for (size_t i = 0; i < paths.size(); ++i)
    if (!batch.stage(paths[i], files[i], diags)) return false;
  return succeeds(diags, [&](Diagnostics& d) { batch.commit(d); });
}

bool check_issuable(const source::LedgerBrief& b, Diagnostics& diags) {
  if (b.status == source::BriefStatus::issued) {
    diags.error({}, "brief " + b.id + " is already issued; an issued brief cannot be changed",
                "rebuild its PDF with `docpipe build brief --issue " + b.id + "`");
    return false;
  }
  if (b.status == source::BriefStatus::void_) {
    diags.error({}, "brief " + b.id + " is void (" + b.void_reason + "); it cannot be issued",
                "allocate a new number with `docpipe brief new`");
    return false;
  }
  if (b.articles.empty()) {
    diags.error({}, "brief " + b.id + " has no articles",
                "add one with `docpipe brief add " + b.id + " FILE.md --source UNIT`");
    return false;
  }
  return true;
}

}  // namespace

int brief_issue(Args& args, const Global& global, Diagnostics& diags) {
  auto series = args.option("--series", diags);
  std::string out_dir = args.option("--out", diags).value_or("output");
  auto templates = args.option("--templates", diags);
  Formats formats;
  take_formats(args, formats, diags);
  auto pos = args.positionals(diags);
  if (diags.has_errors()) return exit_error;
  if (pos.size() != 2) {
    diags.error({}, "brief issue takes one id",
                "usage: docpipe brief issue ID [--out DIR] [--format pdf,ofd]");
    return exit_error;
  }
  if (index_of(formats, "pdf") != 0) {
    diags.error({}, "brief issue always writes the PDF: the ledger records its SHA-256",
                "write --format pdf,ofd for the OFD as well");
    return exit_error;
  }
  auto id = parse_brief_id(pos[1], diags);
  if (!id) return exit_error;
  auto s = open_ledger(series, global, diags);
  if (!s) return exit_error;
  auto b = source::find_ledger_brief(*s->db, s->series, *id, diags);
  if (!b || !check_issuable(*b, diags)) return exit_error;
  std::string md;
  std::vector<std::string> files;
  if (!compose_ledger_brief(s->ds, *b,
                            templates.value_or(compose::default_templates_dir(global.data_dir)), md,
                            diags))
    return exit_error;
  auto renderer = Renderer::open(s->ds.dir + "/fonts.yaml", diags);
  if (renderer) renderer->set_whole_names(organisation_names(s->ds));
  if (!renderer || !renderer->render_formats(md, ledger_source_name(*b), formats, files, diags))
    return exit_error;
  test_hooks::crash_point("render");
  int ofd = index_of(formats, "ofd");
  if (!source::mark_issued(*s->db, s->series, *id, b->revision, md, sha256_hex(files[0]),
                           ofd < 0 ? std::string() : sha256_hex(files[ofd]), diags))
    return exit_error;
  const auto paths = output_paths(out_dir + "/brief-" + *id + ".pdf", formats);
  if (!write_files(out_dir, paths, files, diags)) {
    diags.error({paths[0]}, "brief " + *id + " is issued but its files could not be written",
                "write them again with `docpipe build brief --issue " + *id + "`" +
                    (ofd < 0 ? "" : " --format pdf,ofd"));
    return exit_error;
  }
  for (const auto& p : paths) std::cout << p << "\n";
  return exit_ok;
}

namespace {

// A hash recorded at issue (empty: none was) against the bytes made now.
bool same_as_issued(const source::LedgerBrief& b, const char* what, const std::string& issued,
                    const std::string& bytes, Diagnostics& diags) {
  if (issued.empty() || sha256_hex(bytes) == issued) return true;
  diags.error({},
              "brief " + b.id + " no longer renders to the " + what + " that was issued (SHA-256 " +
                  issued + ", now " + sha256_hex(bytes) + "); nothing was written",
              "the renderer or the fonts changed since it was issued: use the docpipe version "
              "and fonts.yaml it was issued with, or the archived " +
                  std::string(what));
  return false;
}

// The files of a brief the ledger holds, in `formats` (the PDF is always made: an issued
// brief's is checked against the hash taken at issue): frozen Markdown, or a preview
// composed from a draft's (or an adopted YAML brief's) rows.
bool ledger_files(const source::DataSet& ds, const source::LedgerBrief& b, const std::string& tdir,
                  const Formats& formats, std::string& md, std::vector<std::string>& files,
                  Diagnostics& diags) {
  if (b.status == source::BriefStatus::void_)
    diags.warning({}, "brief " + b.id + " is void (" + b.void_reason + "); built for the record");
  if (b.status == source::BriefStatus::draft)
    diags.warning({}, "brief " + b.id + " is a draft: this PDF is a preview",
                  "issue it with `docpipe brief issue " + b.id + "`");
  md = b.markdown;
  if (md.empty() && !compose_ledger_brief(ds, b, tdir, md, diags)) return false;
  Formats with_pdf = formats;
  const bool pdf_asked = std::string(formats.front()->name) == "pdf";
  if (!pdf_asked) with_pdf.insert(with_pdf.begin(), &all_output_formats()[0]);
  auto renderer = Renderer::open(ds.dir + "/fonts.yaml", diags);
  if (renderer) renderer->set_whole_names(organisation_names(ds));
  if (!renderer || !renderer->render_formats(md, ledger_source_name(b), with_pdf, files, diags))
    return false;
  const std::string pdf = files.front();
  if (!pdf_asked) files.erase(files.begin());
  int ofd = index_of(formats, "ofd");
  return same_as_issued(b, "PDF", b.pdf_sha256, pdf, diags) &&
         (ofd < 0 || same_as_issued(b, "OFD", b.ofd_sha256, files[ofd], diags));
}

}  // namespace

int build_brief_from_ledger(const source::DataSet& ds, const compose::Request& r,
                            const std::string& out_dir, const std::string& templates_dir,
                            bool markdown, const Formats& formats, Diagnostics& diags) {
  Diagnostics quiet;
  auto db = source::open_store(ds.dir, source::OpenMode::read_only, quiet);
  if (!db) return -1;
  auto b = source::find_ledger_brief(*db, ds.brief_series.name, source::brief_id(r.year, r.issue),
                                     diags, true);
  if (diags.has_errors()) return exit_error;
  if (!b) return -1;
  if (r.date && *r.date != b->date) {  // the ledger's date is the brief's; one place to set it
    diags.error({"--date"},
                "brief " + b->id + " is in the ledger, dated " + b->date.iso() +
                    "; build does not date it otherwise",
                b->status == source::BriefStatus::draft
                    ? "correct the draft's date with `docpipe brief date " + b->id + " " +
                          r.date->iso() + "`, then build it"
                    : "an issued brief keeps its date; leave --date out");
    return exit_error;
  }
  std::string md;
  std::vector<std::string> files;
  if (!ledger_files(ds, *b, templates_dir, formats, md, files, diags)) return exit_error;
  const std::string stem = out_dir + "/" + compose::output_stem(r);
  if (markdown && !(write_pdf(out_dir, stem + ".md", md, diags))) return exit_error;
  if (markdown) std::cout << stem << ".md\n";
  auto paths = output_paths(stem + ".pdf", formats);
  for (size_t i = 0; i < paths.size(); ++i) {
    if (!write_pdf(out_dir, paths[i], files[i], diags)) return exit_error;
    std::cout << paths[i] << "\n";
  }
  return exit_ok;
}

}  // namespace docpipe::cli
