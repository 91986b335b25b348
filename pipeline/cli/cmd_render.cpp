// docpipe render FILE.md [-o OUT.pdf]
#include <iostream>

#include "cli/commands.h"
#include "core/atomic_file.h"
#include "pdf/render.h"

namespace docpipe::cli {
namespace {

std::string default_output(const std::string& input) {
  auto dot = input.rfind('.');
  auto slash = input.rfind('/');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash))
    return input + ".pdf";
  return input.substr(0, dot) + ".pdf";
}

int run_render(Args& args, const Global& global, Diagnostics& diags) {
  auto out = args.option("-o", diags);
  if (!out) out = args.option("--output", diags);
  auto dump = args.option("--dump-layout", diags);
  auto pos = args.positionals(diags);
  if (diags.has_errors()) return exit_error;
  if (pos.size() != 1) {
    diags.error({}, "render takes one Markdown file", "usage: docpipe render FILE.md [-o OUT.pdf]");
    return exit_error;
  }
  std::string text;
  if (!read_file(pos[0], text, diags)) return exit_error;
  auto renderer = pdf::Renderer::open(global.data_dir + "/fonts.yaml", diags);
  if (!renderer) return exit_error;
  std::string pdf_bytes;
  layout::Layout pages;
  if (!renderer->render_bytes(text, pos[0], pdf_bytes, diags, &pages)) return exit_error;
  std::string path = out ? *out : default_output(pos[0]);
  if (dump && !write_file_atomic(*dump, pdf::dump_layout(pages), diags)) return exit_error;
  if (!write_file_atomic(path, pdf_bytes, diags)) return exit_error;
  std::cout << path << "\n";
  return exit_ok;
}

}  // namespace

const Command render_command = {
    "render", "typeset one Markdown document (YAML front matter + body) as a PDF",
    "usage: docpipe render FILE.md [-o OUT.pdf] [--dump-layout FILE.txt]\n\n"
    "Typesets a standalone document on the GB/T 9704-2012 page and prints the path written.\n\n"
    "front matter (YAML between --- lines), all optional:\n"
    "  title        标题 (2号小标宋, centred, balanced lines)\n"
    "  byline       lines centred under the title (speaker, occasion, date)\n"
    "  to           主送机关, a name or a list\n"
    "  signature    发文机关署名        date     成文日期 YYYY-MM-DD\n"
    "  cc           抄送机关 (版记)      printer  印发机关   printed  印发日期 YYYY-MM-DD\n"
    "  masthead     {name, number}: red 版头 with 发文机关标志 and 发文字号\n"
    "  brief        {series, number, editor, date, notice}: 简报 报头\n"
    "  distribution {report, send, issue, copies}: 简报 报尾 (报/送/发, 共印N份)\n"
    "  author, subject, keywords: PDF metadata\n\n"
    "body: CommonMark + GFM tables. # ## ### #### are numbered 一、（一）1.（1）; > quotes are\n"
    "set in 楷体; ```chart blocks (title: …, then label: value lines) draw a bar chart.\n\n"
    "options:\n"
    "  -o, --output OUT.pdf   where to write (default: FILE.pdf beside the input)\n"
    "  --dump-layout FILE     also write the positioned text runs (page y x size face text)\n"
    "  --data DIR             data folder whose fonts.yaml maps font roles (default: data)\n\n"
    "exit codes: 0 ok, 2 error (nothing written, an existing OUT.pdf untouched), 3 warnings\n",
    run_render};

}  // namespace docpipe::cli
