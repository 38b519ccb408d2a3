#include "presentation/output.h"

#include <algorithm>
#include <cstdio>

namespace dkg::presentation {

namespace {

std::string CellText(const Cell& cell) {
  if (const auto* i = std::get_if<int64_t>(&cell)) return std::to_string(*i);
  if (const auto* s = std::get_if<std::string>(&cell)) return *s;
  return std::string();
}

// The first `width` code points of `s` (already escaped, so one code point is one column),
// with "…" in the last column when anything was cut.
std::string CutToWidth(const std::string& s, size_t width) {
  if (DisplayWidth(s) <= width) return s;
  if (width == 0) return std::string();
  std::string out;
  size_t columns = 0;
  for (size_t i = 0; i < s.size();) {
    size_t len = 1;
    while (i + len < s.size() && (static_cast<unsigned char>(s[i + len]) & 0xC0) == 0x80) ++len;
    if (columns + 1 == width) break;
    out.append(s, i, len);
    ++columns;
    i += len;
  }
  return out + "\u2026";
}

}  // namespace

bool ParseOutputFormat(const std::string& text, OutputFormat& format) {
  if (text == "table")
    format = OutputFormat::kTable;
  else if (text == "json")
    format = OutputFormat::kJson;
  else if (text == "csv")
    format = OutputFormat::kCsv;
  else
    return false;
  return true;
}

Cell Text(const std::string& s) { return s.empty() ? Cell() : Cell(s); }
Cell Id(int64_t id) { return id ? Cell(id) : Cell(); }

std::string CsvField(const std::string& value) {
  if (value.find_first_of(",\"\n\r") == std::string::npos) return value;
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

void WriteCsv(const Table& table, std::ostream& out) {
  for (size_t i = 0; i < table.columns.size(); ++i)
    out << (i ? "," : "") << CsvField(table.columns[i]);
  out << "\n";
  for (const auto& row : table.rows) {
    for (size_t i = 0; i < row.size(); ++i) out << (i ? "," : "") << CsvField(CellText(row[i]));
    out << "\n";
  }
}

size_t DisplayWidth(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

std::string EscapeForTerminal(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  char buf[8];
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = s[i];
    if (c == '\n')
      out += "\\n";
    else if (c == '\t')
      out += "\\t";
    else if (c == '\r')
      out += "\\r";
    else if (c < 0x20 || c == 0x7f) {
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(s[i + 1]) <= 0x9F) {
      // C1 controls (U+0080-U+009F), CSI among them, are UTF-8 C2 80 to C2 9F.
      std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned char>(s[i + 1]));
      out += buf;
      ++i;
    } else if (c == '\\' && i + 1 < s.size() &&
               std::string("ntrxu\\").find(s[i + 1]) != std::string::npos) {
      out += "\\\\";
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

void WriteTextTable(const Table& table, const TextOptions& options, std::ostream& out) {
  const size_t n = table.columns.size();
  std::vector<std::vector<std::string>> cells;
  cells.push_back(table.columns);
  for (const auto& row : table.rows) {
    std::vector<std::string> line;
    for (size_t i = 0; i < n; ++i)
      line.push_back(i < row.size() ? EscapeForTerminal(CellText(row[i])) : "");
    cells.push_back(std::move(line));
  }
  std::vector<size_t> widths(n, 0);
  for (const auto& line : cells) {
    for (size_t i = 0; i < n; ++i) widths[i] = std::max(widths[i], DisplayWidth(line[i]));
  }
  if (options.width > 0 && n > 0) {
    // Narrow the widest column, one column at a time, until the line fits; a column keeps at
    // least its header's width (or 6), so a very narrow terminal only cuts what it can.
    auto total = [&] {
      size_t t = 2 * (n - 1);
      for (size_t w : widths) t += w;
      return t;
    };
    while (total() > options.width) {
      size_t widest = 0;
      for (size_t i = 1; i < n; ++i) {
        if (widths[i] > widths[widest]) widest = i;
      }
      const size_t floor = std::max<size_t>(6, DisplayWidth(table.columns[widest]));
      if (widths[widest] <= floor) break;
      widths[widest] = std::max(
          floor, widths[widest] - std::min(widths[widest] - floor, total() - options.width));
    }
  }
  auto write = [&](const std::vector<std::string>& line) {
    std::string text;
    for (size_t i = 0; i < n; ++i) {
      const std::string cell = CutToWidth(line[i], widths[i]);
      text += cell;
      if (i + 1 < n) text += std::string(widths[i] - DisplayWidth(cell) + 2, ' ');
    }
    while (!text.empty() && text.back() == ' ') text.pop_back();
    out << text << "\n";
  };
  write(cells[0]);
  std::vector<std::string> rule;
  for (size_t w : widths) rule.push_back(std::string(w, '-'));
  write(rule);
  for (size_t r = 1; r < cells.size(); ++r) write(cells[r]);
}

void WriteJson(const nlohmann::ordered_json& value, std::ostream& out) {
  out << value.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
}

nlohmann::ordered_json TextJson(const std::string& s) {
  return s.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(s);
}

nlohmann::ordered_json NodeJson(const NodeRecord& n) {
  return {{"id", n.id}, {"kind", n.kind}, {"name", n.name}, {"date", TextJson(n.date)}};
}

nlohmann::ordered_json NodeJson(const NodeRecord* n) {
  return n ? NodeJson(*n) : nlohmann::ordered_json(nullptr);
}

nlohmann::ordered_json DocumentJson(const DocumentRecord& d) {
  return {{"id", d.id}, {"title", d.title}, {"date", TextJson(d.date)}, {"source", d.source}};
}

}  // namespace dkg::presentation
