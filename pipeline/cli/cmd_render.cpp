// docpipe render FILE.md... [-o OUT.pdf | --out-dir DIR] [--dump-layout FILE] [--timings]
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <iostream>

#include "cli/commands.h"
#include "cli/output_plan.h"
#include "cli/render_pipeline.h"
#include "cli/whole_names.h"
#include "core/atomic_file.h"
#include "layout/dump.h"

namespace docpipe::cli {
namespace {

std::string stem(const std::string& path) {
  auto slash = path.rfind('/');
  std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
  auto dot = name.rfind('.');
  return dot == std::string::npos || dot == 0 ? name : name.substr(0, dot);
}

std::string default_output(const std::string& input) {
  auto slash = input.rfind('/');
  std::string dir = slash == std::string::npos ? "" : input.substr(0, slash + 1);
  return dir + stem(input) + ".pdf";
}

struct RenderOptions {
  std::optional<std::string> out, out_dir, dump, units;
  bool timings = false;
  Formats formats;
  std::vector<std::string> inputs;
};

bool read_options(Args& args, RenderOptions& o, Diagnostics& diags) {
  o.out = args.option("-o", diags);
  if (!o.out) o.out = args.option("--output", diags);
  o.out_dir = args.option("--out-dir", diags);
  o.dump = args.option("--dump-layout", diags);
  o.units = args.option("--units", diags);
  o.timings = args.flag("--timings");
  if (!take_formats(args, o.formats, diags)) return false;
  o.inputs = args.positionals(diags);
  if (diags.has_errors()) return false;
  if (o.inputs.empty()) {
    diags.error({}, "render needs a Markdown file", "usage: docpipe render FILE.md [-o OUT.pdf]");
    return false;
  }
  if (o.inputs.size() > 1 && (o.out || o.dump)) {
    diags.error({}, "-o and --dump-layout take one input file",
                "for several files use --out-dir DIR (one PDF per input, same name)");
    return false;
  }
  return true;
}

std::string output_of(const std::string& input, const RenderOptions& o) {
  return o.out       ? *o.out
         : o.out_dir ? *o.out_dir + "/" + stem(input) + ".pdf"
                     : default_output(input);
}

// One document: read and render; its PDF goes to `batch` (several inputs) or straight to its
// final name. Returns false after reporting why.
bool render_one(Renderer& renderer, const std::string& input, const RenderOptions& o,
                AtomicBatch* batch, Diagnostics& diags) {
  std::string text;
  if (!read_file(input, text, diags)) return false;
  std::vector<std::string> files;
  layout::Layout pages;
  if (!renderer.render_formats(text, input, o.formats, files, diags, o.dump ? &pages : nullptr))
    return false;
  std::string path = output_of(input, o);
  if (o.dump && !write_file_atomic(*o.dump, layout::dump_layout(pages), diags)) return false;
  StageTimer timer(&renderer.timings(), "write");
  // One document's files (PDF, Word …) appear together or not at all.
  AtomicBatch own;
  AtomicBatch& into = batch ? *batch : own;
  auto paths = output_paths(path, o.formats);
  for (size_t i = 0; i < paths.size(); ++i)
    if (!into.stage(paths[i], files[i], diags)) return false;
  if (batch) return true;
  std::vector<std::string> committed;
  bool ok = succeeds(diags, [&](Diagnostics& d) { committed = own.commit(d); });
  for (const auto& p : committed) std::cout << p << "\n";
  return ok;
}

// Every output named and checked before the first render (output_plan.h).
bool plan(const RenderOptions& o, Diagnostics& diags) {
  std::vector<std::string> outputs;
  for (const auto& input : o.inputs) outputs.push_back(output_of(input, o));
  std::vector<std::string> inputs = o.inputs;
  if (o.dump) {
    inputs.push_back("--dump-layout");
    outputs.push_back(*o.dump);
  }
  return plan_outputs(inputs, outputs, diags);
}

int run_render(Args& args, const Global& global, Diagnostics& diags) {
  RenderOptions o;
  if (!read_options(args, o, diags)) return exit_error;
  if (o.out_dir && ::mkdir(o.out_dir->c_str(), 0755) != 0 && errno != EEXIST) {
    diags.error({*o.out_dir},
                std::string("cannot create the output folder: ") + std::strerror(errno),
                "choose a folder you can write to");
    return exit_error;
  }
  if (!plan(o, diags)) return exit_error;
  // Fonts are opened once for the whole batch.
  std::vector<std::string> names;
  if (o.units) {
    auto read = read_names_file(*o.units, diags);
    if (!read) return exit_error;
    names = std::move(*read);
  }
  auto renderer = Renderer::open(global.data_dir + "/fonts.yaml", diags);
  if (!renderer) return exit_error;
  renderer->set_whole_names(std::move(names));
  AtomicBatch batch;
  const bool batched = o.inputs.size() > 1;
  std::vector<std::string> failed;
  for (const auto& input : o.inputs)
    if (!render_one(*renderer, input, o, batched ? &batch : nullptr, diags))
      failed.push_back(input);
  std::vector<std::string> written;
  if (batched) {
    // Every good document appears together; a bad one is reported and left out.
    StageTimer timer(&renderer->timings(), "write");
    written = batch.commit(diags);
    for (const auto& path : written) std::cout << path << "\n";
  }
  if (o.timings) std::cerr << renderer->timings().report();
  if (!batched) return failed.empty() ? exit_ok : exit_error;
  // Staged but not renamed at commit: not written either.
  for (const auto& input : o.inputs)
    if (std::find(failed.begin(), failed.end(), input) == failed.end() &&
        std::find(written.begin(), written.end(), output_of(input, o)) == written.end())
      failed.push_back(input);
  if (failed.empty()) return exit_ok;
  return report_partial(written, failed, exit_error, diags);
}

}  // namespace

const Command render_command = {
    "render", "typeset Markdown documents (YAML front matter + body) as PDFs",
    "usage: docpipe render FILE.md [-o OUT.pdf] [--format pdf,docx] [--dump-layout FILE.txt]\n"
    "       docpipe render FILE.md... --out-dir DIR [--format pdf,docx] [--timings]\n\n"
    "Typesets standalone documents on the GB/T 9704-2012 page and prints each path written.\n"
    "Several files render in one process with the fonts opened once.\n\n"
    "front matter (YAML between --- lines), all optional:\n"
    "  title        标题 (2号小标宋, centred, balanced lines)\n"
    "  byline       lines centred under the title (speaker, occasion, date)\n"
    "  to           主送机关, a name or a list\n"
    "  attachments  附件说明: the attachments' names, listed under the body (§7.3.4)\n"
    "  signature    发文机关署名        date     成文日期 YYYY-MM-DD\n"
    "  note         附注, set in parentheses on the line after the date (§7.3.6)\n"
    "  cc           抄送机关 (版记)      printer  印发机关   printed  印发日期 YYYY-MM-DD\n"
    "  masthead     {name, number}: red 版头 with 发文机关标志 and 发文字号 (§7.2.4); the\n"
    "               number is checked: 〔2026〕, no 第, no leading zeros\n"
    "               {issuers: [甲, 乙], suffix: 文件}: 联合行文, organs stacked (§7.2.4)\n"
    "  copy_no      份号, six digits, top left (§7.2.1)\n"
    "  secrecy      密级: 绝密, 机密 or 秘密; secrecy_term 保密期限: 机密★1年 (§7.2.2)\n"
    "  urgency      紧急程度: 特急 or 加急 (§7.2.3)\n"
    "  signers      签发人 of a 上行文, a list, right of the 发文字号 (§7.2.6)\n"
    "  signature    may be a list: the 署名 of a joint document (§7.3.5)\n"
    "  seal         印章, a PNG file over the 署名 and 成文日期 (§7.3.5.1)\n"
    "  format       document (default), letter 信函 (§10.1), order 命令 (§10.2),\n"
    "               minutes 纪要 (§10.3)\n"
    "  order_no, signer_title, signer_name: 令号, 职务 and name of a format: order (§10.2)\n"
    "  attendees, absentees, observers: 出席, 请假, 列席 of a format: minutes (§10.3)\n"
    "  brief        {series, number, editor, date, notice}: 简报 报头\n"
    "  distribution {report, send, issue, copies}: 简报 报尾 (报/送/发, 共印N份)\n"
    "  author, subject, keywords: PDF metadata\n\n"
    "body: CommonMark + GFM tables. # ## ### #### are numbered 一、（一）1.（1）; > quotes are\n"
    "set in 楷体; ```chart blocks (title: …, then label: value lines) draw a bar chart;\n"
    "a level-1 heading starting 附件 or 附表 begins an attachment on a new page.\n\n"
    "options:\n"
    "  -o, --output OUT.pdf   where to write (default: FILE.pdf beside the input)\n"
    "  --out-dir DIR          for several inputs: DIR/NAME.pdf for each NAME.md\n"
    "  --format LIST          pdf (default), docx, or both: pdf,docx. The Word document is\n"
    "                         written beside the PDF (OUT.docx), in the GB/T 9704 format\n"
    "                         with named styles, heading numbering and the 22 × 28 grid\n"
    "  --dump-layout FILE     also write the page model: text runs (page y x size face text),\n"
    "                         then each page's rules, boxes and page number\n"
    "  --units NAMES.txt      organisation names, one a line, that a title never breaks\n"
    "                         inside (build and the other commands take the data's units)\n"
    "  --timings              print wall time per stage (fonts, parse, layout, subset, draw,\n"
    "                         postpass, write) on stderr\n"
    "  --data DIR             data folder whose fonts.yaml maps font roles (default: data)\n\n"
    "Outputs are checked before anything is rendered: never over an input, a folder, a device\n"
    "or a symlink leading out of the output folder; two inputs with one output name are\n"
    "refused.\n\n"
    "exit codes: 0 ok, 2 error (nothing written, an existing OUT.pdf untouched), 3 warnings,\n"
    "4 several inputs and only some written (the message lists which)\n",
    run_render};

}  // namespace docpipe::cli
