#include "importers/reader.h"

#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string_view>

#include "engine/sha256.h"
#include "importers/internal/dates.h"
#include "importers/internal/tokenizer.h"
#include "importers/internal/utf8.h"

namespace dkg {

namespace {


Status CheckText(const std::string& bytes, const std::string& source) {
  if (bytes.size() >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') ||
                            (bytes[0] == '\xFE' && bytes[1] == '\xFF'))) {
    return Status::InvalidInput(source + ": UTF-16 text; dkg reads UTF-8 (convert with iconv)");
  }
  if (bytes.find('\0') != std::string::npos) {
    return Status::InvalidInput(source + ": binary data (NUL bytes), not a text document");
  }
  if (size_t bad = internal::FindInvalidUtf8(bytes); bad != std::string::npos) {
    return Status::InvalidInput(source + ": invalid UTF-8 at byte " + std::to_string(bad));
  }
  if (std::all_of(bytes.begin(), bytes.end(), [](char c) { return std::isspace(static_cast<unsigned char>(c)); })) {
    return Status::InvalidInput(source + ": empty document");
  }
  return Status::Ok();
}

std::string Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return std::string(s.substr(b, e - b));
}

// A date line: a numeric date whose day and month could be either way round ("06.03.2024") is
// read in the order the body writes its dates in words ("6 March" or "March 6"); the body is
// looked at only then, and only its first 20,000 bytes.
// "Lima, 3 March 2026", "HANOI - March 3 (Agency) -": a capitalised word that is no date, then a
// comma or a dash, then the date is a dateline (a place and the day the report was filed), the
// body's first line; a publication date line is the date alone, or after a weekday or a label
// ("Tuesday, 3 March 2026", "Published: 3 March 2026").
bool DatelineShaped(std::string_view line) {
  const std::vector<internal::Token> t = internal::Tokenize(line);
  for (size_t i = 0; i < t.size(); ++i) {
    auto date = internal::MatchDate(t, i, internal::Date{}, internal::Tense::kPast);
    if (!date) continue;
    if (date->relative) {
      i = date->end - 1;
      continue;
    }
    return i >= 2 && (t[i - 1].text == "," || t[i - 1].text == "-") && t[i - 2].word && t[i - 2].cap &&
           !internal::IsWeekdayName(t[i - 2].text);
  }
  return false;
}

std::optional<internal::Date> ParseDateLine(std::string_view line, std::string_view body) {
  if (DatelineShaped(line)) return std::nullopt;
  auto day_first = internal::ParseDateText(line, internal::DayOrder::kDayFirst);
  auto month_first = internal::ParseDateText(line, internal::DayOrder::kMonthFirst);
  if (!day_first || !month_first || day_first->Iso() == month_first->Iso()) return day_first;
  return internal::ParseDateText(line, internal::WrittenDayOrder(body.substr(0, 20000)));
}

}  // namespace

Result<SourceDocument> ParseTextDocument(std::string bytes, const std::string& source) {
  if (Status s = CheckText(bytes, source); !s.ok()) return s;
  SourceDocument out;
  out.format = "text";
  out.document.source = source;
  out.document.sha256 = Sha256Hex(bytes);
  // Classic Mac line ends: a lone CR ends a line as LF does. Without this a CR-only file is one
  // line, all of it the headline and none of it the body. Same length, so offsets still hold.
  for (size_t i = 0; i < bytes.size(); ++i) {
    if (bytes[i] == '\r' && (i + 1 == bytes.size() || bytes[i + 1] != '\n')) bytes[i] = '\n';
  }
  // Skip a UTF-8 byte order mark and leading blank lines; offsets still count from byte 0.
  size_t pos = bytes.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0;
  while (pos < bytes.size() && (bytes[pos] == '\n' || bytes[pos] == '\r')) ++pos;
  size_t eol = bytes.find('\n', pos);
  out.document.title = Trim(std::string_view(bytes).substr(pos, eol == std::string::npos ? std::string::npos : eol - pos));
  out.body_begin = static_cast<int64_t>(eol == std::string::npos ? bytes.size() : eol + 1);
  if (eol != std::string::npos) {
    size_t eol2 = bytes.find('\n', eol + 1);
    std::string second = Trim(std::string_view(bytes).substr(eol + 1, eol2 == std::string::npos ? std::string::npos : eol2 - eol - 1));
    // The second line is the publication date when it is nothing but a date.
    if (!second.empty() && second.size() <= 40) {
      if (auto date = ParseDateLine(second, std::string_view(bytes).substr(eol + 1))) {
        out.document.date = date->Iso();
        out.body_begin = static_cast<int64_t>(eol2 == std::string::npos ? bytes.size() : eol2 + 1);
      }
    }
  }
  out.document.text = std::move(bytes);
  return out;
}

namespace {

const GumboVector* ChildrenOf(const GumboNode* node) {
  return node->type == GUMBO_NODE_DOCUMENT ? &node->v.document.children : &node->v.element.children;
}

// Collects the readable text of an HTML tree, one block element a line, skipping what is not
// the article (scripts, navigation, headers and footers, forms).
class HtmlText {
 public:
  // Depth-first with an explicit stack: an HTML page nests as deep as its author likes, and a
  // recursion as deep as the page overflowed the call stack (100,000 nested elements).
  void Walk(const GumboNode* root) {
    struct Step {
      const GumboNode* node;
      bool leaving;  // the line break after a block element's children
    };
    std::vector<Step> stack{{root, false}};
    while (!stack.empty()) {
      const Step step = stack.back();
      stack.pop_back();
      if (step.leaving) {
        Break();
        continue;
      }
      const GumboNode* node = step.node;
      if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE) {
        Append(node->v.text.text);
        continue;
      }
      if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT) continue;
      GumboTag tag = node->type == GUMBO_NODE_ELEMENT ? node->v.element.tag : GUMBO_TAG_HTML;
      switch (tag) {
        case GUMBO_TAG_SCRIPT:
        case GUMBO_TAG_STYLE:
        case GUMBO_TAG_NAV:
        case GUMBO_TAG_HEADER:
        case GUMBO_TAG_FOOTER:
        case GUMBO_TAG_ASIDE:
        case GUMBO_TAG_FORM:
        case GUMBO_TAG_NOSCRIPT:
        case GUMBO_TAG_TITLE:
        case GUMBO_TAG_HEAD:
        case GUMBO_TAG_TEMPLATE:
        case GUMBO_TAG_IFRAME:
          continue;
        default:
          break;
      }
      const bool block = tag == GUMBO_TAG_P || tag == GUMBO_TAG_DIV || tag == GUMBO_TAG_H1 ||
                         tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3 || tag == GUMBO_TAG_H4 ||
                         tag == GUMBO_TAG_LI || tag == GUMBO_TAG_BR || tag == GUMBO_TAG_TR ||
                         tag == GUMBO_TAG_BLOCKQUOTE || tag == GUMBO_TAG_SECTION ||
                         tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_TIME;
      if (block) {
        Break();
        stack.push_back({node, true});
      }
      const GumboVector* children = ChildrenOf(node);
      for (unsigned i = children->length; i-- > 0;) {
        stack.push_back({static_cast<const GumboNode*>(children->data[i]), false});
      }
    }
  }

  std::vector<std::string> Lines() {
    Break();
    return lines_;
  }

 private:
  void Append(const char* text) {
    for (const char* p = text; *p; ++p) {
      const bool space = std::isspace(static_cast<unsigned char>(*p));
      if (space) {
        if (!current_.empty() && current_.back() != ' ') current_ += ' ';
      } else {
        current_ += *p;
      }
    }
  }
  void Break() {
    std::string line = Trim(current_);
    if (!line.empty()) lines_.push_back(line);
    current_.clear();
  }
  std::string current_;
  std::vector<std::string> lines_;
};

// The first node in document order (depth first, without recursion) for which `match` holds.
template <typename Match>
const GumboNode* FindInOrder(const GumboNode* root, const Match& match) {
  std::vector<const GumboNode*> stack{root};
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT) continue;
    if (match(node)) return node;
    const GumboVector* children = ChildrenOf(node);
    for (unsigned i = children->length; i-- > 0;) {
      stack.push_back(static_cast<const GumboNode*>(children->data[i]));
    }
  }
  return nullptr;
}

const GumboNode* FindFirst(const GumboNode* node, GumboTag tag) {
  return FindInOrder(node, [tag](const GumboNode* n) {
    return n->type == GUMBO_NODE_ELEMENT && n->v.element.tag == tag;
  });
}

std::string TextOf(const GumboNode* node) {
  HtmlText t;
  t.Walk(node);
  std::string out;
  for (const std::string& line : t.Lines()) out += (out.empty() ? "" : " ") + line;
  return out;
}

// A publication date from <time datetime>, <meta property="article:published_time"> or similar.
std::string DateOf(const GumboNode* node) {
  if (node->type != GUMBO_NODE_ELEMENT) return {};
  const GumboElement& el = node->v.element;
  const GumboAttribute* attr = nullptr;
  if (el.tag == GUMBO_TAG_TIME) attr = gumbo_get_attribute(&el.attributes, "datetime");
  if (el.tag == GUMBO_TAG_META) {
    const GumboAttribute* prop = gumbo_get_attribute(&el.attributes, "property");
    if (!prop) prop = gumbo_get_attribute(&el.attributes, "name");
    if (prop && (std::strstr(prop->value, "published") || std::strcmp(prop->value, "date") == 0)) {
      attr = gumbo_get_attribute(&el.attributes, "content");
    }
  }
  if (attr && std::strlen(attr->value) >= 10) {
    if (auto d = internal::ParseDateText(std::string(attr->value, 10))) return d->Iso();
  }
  return {};
}

std::string FindDate(const GumboNode* root) {
  const GumboNode* found = FindInOrder(root, [](const GumboNode* n) { return !DateOf(n).empty(); });
  return found ? DateOf(found) : std::string();
}

// Tags are read naively here (no scripts, comments or attributes with '>' are special), which is
// enough to measure nesting and to keep text: only a page nested past the limit is rewritten.
constexpr bool IsVoidTag(std::string_view name) {
  for (std::string_view v : {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
                             "source", "track", "wbr", "!doctype"}) {
    if (name == v) return true;
  }
  return false;
}

// Debian's gumbo 0.10 slows down with the square of element nesting (100,000 nested <div>s cost
// about 35 CPU seconds) and has no depth option; no real page nests thousands deep. Past `limit`
// levels the tags are dropped and their text kept, so a hostile page imports in time and every
// other page reaches gumbo exactly as written.
std::string CapNesting(const std::string& html, int limit) {
  auto walk = [&](std::string* out) {
    int depth = 0, deepest = 0;
    size_t i = 0;
    while (i < html.size()) {
      const size_t open = html.find('<', i);
      if (out) out->append(html, i, (open == std::string::npos ? html.size() : open) - i);
      if (open == std::string::npos) break;
      size_t close = html.compare(open, 4, "<!--") == 0 ? html.find("-->", open) : html.find('>', open);
      close = close == std::string::npos ? html.size() : close + (html[close] == '-' ? 3 : 1);
      const bool closing = open + 1 < html.size() && html[open + 1] == '/';
      size_t name_b = open + (closing ? 2 : 1), name_e = name_b;
      while (name_e < close && (std::isalnum(static_cast<unsigned char>(html[name_e])) || html[name_e] == '!')) ++name_e;
      std::string name = html.substr(name_b, name_e - name_b);
      for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      const bool self_closing = close >= 2 && html[close - 2] == '/';
      bool keep = true;
      if (!name.empty() && std::isalpha(static_cast<unsigned char>(name[0])) && !IsVoidTag(name) && !self_closing) {
        if (closing) {
          keep = depth <= limit;
          depth = std::max(0, depth - 1);
        } else {
          ++depth;
          deepest = std::max(deepest, depth);
          keep = depth <= limit;
        }
      }
      if (out && keep) out->append(html, open, close - open);
      i = close;
    }
    return deepest;
  };
  if (walk(nullptr) <= limit) return html;
  std::string out;
  out.reserve(html.size());
  walk(&out);
  return out;
}

}  // namespace

Result<SourceDocument> ParseHtmlDocument(const std::string& html_in, const std::string& source) {
  if (Status s = CheckText(html_in, source); !s.ok()) return s;
  const std::string html = CapNesting(html_in, 5000);
  GumboOutput* output = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  const GumboNode* root = output->root;
  const GumboNode* main = FindFirst(root, GUMBO_TAG_ARTICLE);
  if (!main) main = FindFirst(root, GUMBO_TAG_MAIN);
  if (!main) main = FindFirst(root, GUMBO_TAG_BODY);
  std::string title;
  if (const GumboNode* h1 = main ? FindFirst(main, GUMBO_TAG_H1) : nullptr) title = TextOf(h1);
  if (title.empty()) {
    if (const GumboNode* t = FindFirst(root, GUMBO_TAG_TITLE)) title = TextOf(t);
  }
  std::string date = FindDate(root);
  std::vector<std::string> lines;
  if (main) {
    HtmlText text;
    text.Walk(main);
    lines = text.Lines();
  }
  gumbo_destroy_output(&kGumboDefaultOptions, output);
  // The headline is the first line; drop its repetition from the body.
  if (!lines.empty() && lines.front() == title) lines.erase(lines.begin());
  // A line that is only the printed date is the date line.
  // (a day and month alone, as pages print beside a machine-readable date, counts too).
  const internal::Date published = internal::ParseDateText(date).value_or(internal::Date{});
  for (size_t i = 0; i < lines.size() && i < 3; ++i) {
    if (lines[i].size() > 40) continue;
    std::string rest;
    for (size_t j = i + 1; j < lines.size() && rest.size() < 20000; ++j) rest += lines[j] + "\n";
    if (auto d = ParseDateLine(lines[i], rest)) {
      if (date.empty()) date = d->Iso();
      lines.erase(lines.begin() + static_cast<long>(i));
      break;
    }
    auto tokens = internal::Tokenize(lines[i]);
    auto m = internal::MatchDate(tokens, 0, published, internal::Tense::kPast);
    if (m && m->end == tokens.size()) {
      lines.erase(lines.begin() + static_cast<long>(i));
      break;
    }
  }
  if (lines.empty()) return Status::InvalidInput(source + ": HTML page has no body text");
  if (title.empty()) title = lines.front();
  SourceDocument out;
  out.format = "html";
  out.document.source = source;
  out.document.sha256 = Sha256Hex(html);
  out.document.title = title;
  out.document.date = date;
  std::string text = title + "\n" + (date.empty() ? std::string() : date + "\n");
  out.body_begin = static_cast<int64_t>(text.size());
  for (const std::string& line : lines) text += line + "\n";
  out.document.text = std::move(text);
  return out;
}

Status CheckInputFile(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::file_status status = fs::status(path, ec);
  if (ec || !fs::exists(status)) return Status::NotFound(path + ": no such file or directory");
  if (fs::is_directory(status)) return Status::InvalidInput(path + ": is a directory");
  if (!fs::is_regular_file(status)) {
    return Status::InvalidInput(path + ": not a regular file (a FIFO, device or socket); " +
                                "dkg imports files and directories");
  }
  return Status::Ok();
}

Result<SourceDocument> ReadDocumentFile(const std::string& path) {
  if (Status s = CheckInputFile(path); !s.ok()) return s;
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path + ": cannot open file");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return Status::IoError(path + ": read error");
  std::string bytes = buffer.str();
  std::string lower = path;
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const bool html = lower.size() > 5 && (lower.ends_with(".html") || lower.ends_with(".htm"));
  if (html) return ParseHtmlDocument(bytes, path);
  return ParseTextDocument(std::move(bytes), path);
}

}  // namespace dkg
