// docpipe due [--today YYYY-MM-DD] [--out DIR] [--force] [--jobs N] [--shard k/n]
// Renders every periodic document whose period has closed and that the store has no record
// of: 月度通报, 季度通报, 半年考核. Records each after its file is in place.

#include <chrono>
#include <filesystem>
#include <iostream>

#include "cli/batch.h"
#include "cli/commands.h"
#include "cli/due_policy.h"
#include "cli/process_docs.h"
#include "cli/produced.h"
#include "cli/schedule.h"
#include "cli/test_hooks.h"
#include "cli/today.h"
#include "cli/whole_names.h"
#include "compose/compose.h"
#include "compose/tasks.h"
#include "core/sha256.h"
#include "core/temp_files.h"
#include "source/loader.h"
#include "source/tasks.h"
#include "source/text_forms.h"

namespace docpipe::cli {
namespace {

namespace fs = std::filesystem;

struct Due {
  compose::Period period;
  DocKey key;
  std::string markdown, fingerprint, path, source_name;
  std::vector<std::string> paths;  // its files, one per --format; `path` (recorded) is the first
  Diagnostics diags;               // from composing it
};

// A run killed with -9 can leave a writer's temp file (never under a final name): removed
// once its owner process is gone (core/temp_files.h), never while its writer lives.
void remove_stale_temp_files(const std::string& dir) {
  remove_orphan_temp_files(dir);
}

std::string describe(const DocKey& k) {
  return k.kind + " " + k.period;
}

int run_due(Args& args, const Global& global, Diagnostics& diags) {
  auto policy = read_due_policy(args, diags);
  auto out = args.option("--out", diags);
  auto templates = args.option("--templates", diags);
  bool force = args.flag("--force");
  BatchOptions batch;
  if (!parse_batch_options(args, batch, diags)) return exit_error;
  Formats formats;
  if (!take_formats(args, formats, diags)) return exit_error;
  auto pos = args.positionals(diags);
  if (diags.has_errors()) return exit_error;
  if (!pos.empty()) {
    diags.error({}, "due takes no arguments",
                "usage: docpipe due [--today YYYY-MM-DD] [--out DIR]");
    return exit_error;
  }
  if (!policy) return exit_error;
  const Date today = policy->today;
  // The store first: opening it read-write brings an older docpipe.db up to this schema,
  // which the (read-only) loader then accepts.
  auto store = ProducedStore::open(global.data_dir, diags);
  if (!store) return exit_error;
  auto ds = source::load_data_folder(global.data_dir, diags);
  if (!ds) return exit_error;
  compose::load_assessment_config(ds->dir, diags);  // a bad assessment.yaml stops the run here
  if (diags.has_errors()) return exit_error;
  const std::string out_dir = out ? *out : "output";
  const std::string tdir = templates ? *templates : compose::default_templates_dir(global.data_dir);
  std::error_code ec;
  fs::create_directories(out_dir, ec);
  if (ec) {
    diags.error({out_dir}, "cannot create the output folder: " + ec.message(),
                "pass a writable folder with --out DIR");
    return exit_error;
  }
  const std::string abs_out = fs::absolute(out_dir).lexically_normal().string();
  remove_stale_temp_files(abs_out);

  // Compose everything in reach: the fingerprint of a document is the sha256 of its composed
  // Markdown, so any change in the data it shows (or its template) makes it stale.
  const std::vector<compose::Period> periods =
      apply_due_policy(closed_periods(*ds, today), *ds, *policy);
  // The 任务台账's 进展情况通报 follow, when the folder keeps one (tasks.yaml).
  auto book = source::load_task_book(*ds, diags, false);
  if (diags.has_errors()) return exit_error;
  const auto task_periods =
      book ? compose::report_periods(*book, today) : std::vector<compose::Period>{};
  // --max-periods counts what is not produced yet, of both kinds.
  auto fresh = [&](const std::vector<compose::Period>& all, bool reports) {
    std::vector<compose::Period> out;
    for (const auto& p : all) {
      Diagnostics quiet;
      auto kind = reports ? std::string("progress") : compose::periodic_kind_name(p.kind);
      auto row = store->find({kind, compose::period_label(p)}, quiet);
      if (!row || !row->produced) out.push_back(p);
    }
    return out;
  };
  if (!check_period_cap(fresh(periods, false), fresh(task_periods, true), *policy, diags))
    return exit_error;
  std::vector<Due> wanted;
  for (size_t i : shard_indices(periods.size() + task_periods.size(), batch)) {
    Due d;
    bool ok;
    if (i < periods.size()) {
      d.period = periods[i];
      d.key = {compose::periodic_kind_name(d.period.kind), compose::period_label(d.period)};
      ok = compose::compose_periodic(*ds, d.period, tdir, d.markdown, d.diags);
      d.path = abs_out + "/" + compose::periodic_stem(d.period) + ".pdf";
      d.source_name = compose::periodic_template_name(d.period.kind) + " → " + d.key.period;
    } else {
      d.period = task_periods[i - periods.size()];
      d.key = {"progress", compose::period_label(d.period)};
      auto ctx = compose::build_progress_report(*ds, *book, d.period);
      ok = ctx && compose_with(tdir, "progress.md.mustache", compose::progress_schema(), *ctx,
                               d.markdown, d.diags);
      d.path = abs_out + "/progress-" + d.key.period + ".pdf";
      d.source_name = "progress.md.mustache → " + d.key.period;
    }
    if (!ok) {
      diags.append(d.diags);
      continue;
    }
    d.fingerprint = sha256_hex(d.markdown);
    // The recorded file is the first --format's; the others lie beside it.
    d.paths = output_paths(d.path, formats);
    d.path = d.paths.front();
    wanted.push_back(std::move(d));
  }
  std::vector<ClaimRequest> reqs;
  for (const auto& d : wanted) reqs.push_back({d.key, d.fingerprint, d.path});
  std::vector<long long> holders;
  Diagnostics claim_diags;  // a period that failed to compose does not stop the others
  auto outcomes = store->claim(reqs, force, holders, claim_diags);
  diags.append(claim_diags);
  if (claim_diags.has_errors()) return exit_error;

  std::vector<BatchJob> jobs;
  std::vector<size_t> job_doc;
  for (size_t i = 0; i < wanted.size(); ++i) {
    Due& d = wanted[i];
    switch (outcomes[i]) {
      case ClaimOutcome::up_to_date:
        break;
      case ClaimOutcome::stale: {
        auto row = store->find(d.key, diags);
        diags.warning(
            {row ? row->path : d.path},
            describe(d.key) + " is stale: its data changed after it was produced; left as it is",
            "re-render it with `docpipe due --force`, or keep the issued document");
        break;
      }
      case ClaimOutcome::busy:
        std::cerr << "note: " << describe(d.key) << " is being produced by process " << holders[i]
                  << "; skipped\n";
        break;
      case ClaimOutcome::claimed: {
        diags.append(d.diags);
        const Due* dp = &d;
        jobs.push_back(
            {describe(d.key), d.paths,
             [dp, &formats](Renderer& r, std::vector<std::string>& files, Diagnostics& dd) {
               test_hooks::trace_render(dp->key.kind, dp->key.period);
               return r.render_formats(dp->markdown, dp->source_name, formats, files, dd);
             },
             true});
        job_doc.push_back(i);
        break;
      }
    }
  }
  if (jobs.empty()) {
    std::cout << "nothing due\n";
    return exit_ok;
  }
  Progress progress(jobs.size());
  bool ok = run_batch(
      jobs, batch, ds->dir + "/fonts.yaml", organisation_names(*ds),
      [&](size_t j, BatchResult& r) {
        const Due& d = wanted[job_doc[j]];
        diags.append(r.diags);
        if (r.ok && store->record(d.key, d.path, r.sha256, d.fingerprint, diags)) {
          for (const auto& path : jobs[j].out_paths) progress.step(path, true);
        } else {
          store->release(d.key, diags);
          progress.step(jobs[j].out_paths.front(), false);
        }
      },
      diags);
  progress.finish();
  return ok && !diags.has_errors() ? exit_ok : exit_error;
}

}  // namespace

const Command due_command = {
    "due", "render every periodic circular whose period has closed and is not yet produced",
    "usage: docpipe [--data DIR] due [--today YYYY-MM-DD] [--out DIR] [--force]\n"
    "                              [--format pdf,ofd] [--jobs N] [--shard k/n] [--templates "
    "DIR]\n"
    "                              [--horizon DAYS] [--max-periods N] [--grace DAYS]\n"
    "                              [--allow-empty]\n\n"
    "Renders what is due by today: each closed month's circular (circular-2026-10.pdf), each\n"
    "closed quarter's 季度通报 (quarterly-2026-Q3.pdf) and half-year's 考核 report\n"
    "(assessment-2026-H1.pdf), from the first month with register data on, and with a\n"
    "任务台账 (tasks.yaml) each closed period's 进展情况通报 (progress-2026-Q3.pdf). Each document "
    "is\n"
    "recorded in docpipe.db after its file is in place, so a second run prints \"nothing due\".\n"
    "A document whose data changed after it was produced is reported as stale and left alone.\n\n"
    "options:\n"
    "  --today DATE   the date to plan for (default: DOCPIPE_TODAY, else the clock); at\n"
    "                 most --horizon days (31) after the clock\n"
    "  --max-periods N  refuse to render more than N periods in one run (48)\n"
    "  --grace DAYS   a period with no register entries waits DAYS after it closes (10)\n"
    "  --allow-empty  produce periods with no register entries at once\n"
    "  --out DIR      where to write (default: output)\n"
    "  --force        re-render stale documents\n"
    "  --format LIST  pdf (default), ofd (GB/T 33190-2016), docx, or several: each file beside\n"
    "                 the .pdf; the store records the first one's path and SHA-256\n"
    "  --jobs N       worker processes (default: the number of cores)\n"
    "  --shard k/n    take every n-th document of the stable order, starting with the k-th\n\n"
    "Weights and grade thresholds of the 考核 come from DIR/assessment.yaml (defaults if absent).\n"
    "Exit 0: done or nothing due; 2: errors (see messages); 3: done, but some documents are\n"
    "stale or had warnings.\n",
    run_due};

}  // namespace docpipe::cli
