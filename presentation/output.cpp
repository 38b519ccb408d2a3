#include "presentation/output.h"

#include <algorithm>
#include <cstdio>
#include <sstream>

namespace dkg::presentation {

std::set<std::string> SplitList(const std::string& text) {
  std::set<std::string> out;
  std::stringstream ss(text);
  std::string item;
  while (std::getline(ss, item, ',')) {
    if (!item.empty()) out.insert(item);
  }
  return out;
}

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
  WriteCsv(table.columns, table.rows.size(),
           [&](size_t i, std::vector<Cell>& row) { row = table.rows[i]; }, out);
}

void WriteCsv(const std::vector<std::string>& columns, size_t rows, const RowAt& row_at,
              std::ostream& out) {
  for (size_t i = 0; i < columns.size(); ++i) out << (i ? "," : "") << CsvField(columns[i]);
  out << "\n";
  std::vector<Cell> row;
  std::string line;
  for (size_t r = 0; r < rows; ++r) {
    row.clear();
    row_at(r, row);
    line.clear();
    for (size_t i = 0; i < row.size(); ++i) {
      if (i) line += ',';
      line += CsvField(CellText(row[i]));
    }
    line += '\n';
    out << line;
  }
}

size_t DisplayWidth(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

std::string EscapeForTerminal(const std::string& s) {
  // Most text has nothing to escape: one scan, one copy.
  if (std::none_of(s.begin(), s.end(), [](char ch) {
        const unsigned char c = static_cast<unsigned char>(ch);
        return c < 0x20 || c == 0x7f || c == 0xC2 || c == '\\';
      }))
    return s;
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
  WriteTextTable(table.columns, table.rows.size(),
                 [&](size_t i, std::vector<Cell>& row) { row = table.rows[i]; }, options, out);
}

void WriteTextTable(const std::vector<std::string>& columns, size_t rows, const RowAt& row_at,
                    const TextOptions& options, std::ostream& out) {
  const size_t n = columns.size();
  std::vector<Cell> row;
  std::vector<std::string> line(n);
  // Row `r` escaped into `line`; the header is row `rows`.
  auto fetch = [&](size_t r) {
    if (r == rows) {
      line = columns;
      return;
    }
    row.clear();
    row_at(r, row);
    for (size_t i = 0; i < n; ++i) line[i] = i < row.size() ? EscapeForTerminal(CellText(row[i])) : "";
  };
  // Two passes over the rows, widths then text: no copy of a long answer is held.
  std::vector<size_t> widths(n, 0);
  for (size_t r = 0; r <= rows; ++r) {
    fetch(r);
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
      const size_t floor = std::max<size_t>(6, DisplayWidth(columns[widest]));
      if (widths[widest] <= floor) break;
      widths[widest] = std::max(
          floor, widths[widest] - std::min(widths[widest] - floor, total() - options.width));
    }
  }
  auto write = [&](const std::vector<std::string>& cells) {
    std::string text;
    for (size_t i = 0; i < n; ++i) {
      const std::string cell = CutToWidth(cells[i], widths[i]);
      text += cell;
      if (i + 1 < n) text += std::string(widths[i] - DisplayWidth(cell) + 2, ' ');
    }
    while (!text.empty() && text.back() == ' ') text.pop_back();
    out << text << "\n";
  };
  write(columns);
  std::vector<std::string> rule;
  for (size_t w : widths) rule.push_back(std::string(w, '-'));
  write(rule);
  for (size_t r = 0; r < rows; ++r) {
    fetch(r);
    write(line);
  }
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
