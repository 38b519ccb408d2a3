#include "cli/format.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace dkg::cli {

namespace {

// Display width of a UTF-8 string: code points, not bytes, so accented names stay aligned.
size_t Width(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// Table cells are one line: control characters would break the layout.
std::string OneLine(const std::string& s) {
  std::string out = s;
  for (char& c : out) {
    if (static_cast<unsigned char>(c) < 0x20) c = ' ';
  }
  return out;
}

}  // namespace

std::string CsvField(const std::string& value) {
  if (value.find_first_of(",\"\n\r") == std::string::npos) return value;
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

bool ParseOutputFormat(const std::string& text, OutputFormat& format) {
  if (text == "table") format = OutputFormat::kTable;
  else if (text == "json") format = OutputFormat::kJson;
  else if (text == "csv") format = OutputFormat::kCsv;
  else return false;
  return true;
}

void PrintTable(const Table& table, OutputFormat format, std::ostream& out) {
  if (format == OutputFormat::kJson) {
    nlohmann::json rows = nlohmann::json::array();
    for (const auto& row : table.rows) {
      nlohmann::json obj = nlohmann::json::object();
      for (size_t i = 0; i < table.columns.size() && i < row.size(); ++i) obj[table.columns[i]] = row[i];
      rows.push_back(std::move(obj));
    }
    out << rows.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    return;
  }
  if (format == OutputFormat::kCsv) {
    for (size_t i = 0; i < table.columns.size(); ++i) out << (i ? "," : "") << CsvField(table.columns[i]);
    out << "\n";
    for (const auto& row : table.rows) {
      for (size_t i = 0; i < row.size(); ++i) out << (i ? "," : "") << CsvField(row[i]);
      out << "\n";
    }
    return;
  }
  std::vector<size_t> widths;
  for (const auto& c : table.columns) widths.push_back(Width(c));
  for (const auto& row : table.rows) {
    for (size_t i = 0; i < row.size() && i < widths.size(); ++i) {
      widths[i] = std::max(widths[i], Width(OneLine(row[i])));
    }
  }
  auto line = [&](const std::vector<std::string>& cells) {
    std::string text;
    for (size_t i = 0; i < cells.size(); ++i) {
      std::string cell = OneLine(cells[i]);
      text += cell;
      if (i + 1 < cells.size()) text += std::string(widths[i] - Width(cell) + 2, ' ');
    }
    while (!text.empty() && text.back() == ' ') text.pop_back();
    out << text << "\n";
  };
  line(table.columns);
  std::vector<std::string> rule;
  for (size_t w : widths) rule.push_back(std::string(w, '-'));
  line(rule);
  for (const auto& row : table.rows) line(row);
}

}  // namespace dkg::cli
