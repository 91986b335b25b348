// numbering.xml: the 层次序数 一、（一）1.（1） as one Word multilevel list linked to the
// heading styles 一级标题 … 四级标题, so a heading inserted while revising renumbers the rest.
#pragma once
#include <string>

namespace docpipe::docx {

// List instance 1 is the main text's; instances 2 … `instances` start again at 一 (each
// 简报 article, each attachment), as the PDF restarts them.
std::string numbering_xml(int instances);

}  // namespace docpipe::docx
