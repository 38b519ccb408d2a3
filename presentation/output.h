#pragma once

#include <cstdint>
#include <functional>
#include <nlohmann/json.hpp>
#include <ostream>
#include <set>
#include <string>
#include <variant>
#include <vector>

#include "engine/types.h"

// The output contract's building blocks: typed cells, tables written as aligned text, CSV or
// JSON, the one JSON shape of a node, and escaping for terminals. Shared by every face (the CLI
// now, an HTTP server later), so the same answer always has the same JSON and CSV.
namespace dkg::presentation {

// A comma-separated list as every face takes it ("--kinds a,b", "?relations=a,b"): its
// non-empty items, once each.
std::set<std::string> SplitList(const std::string& text);

enum class OutputFormat { kTable, kJson, kCsv };

// Parses "table", "json" or "csv".
bool ParseOutputFormat(const std::string& text, OutputFormat& format);

// How plain text is laid out for its reader.
struct TextOptions {
  size_t width = 0;  // the terminal's columns; 0: no limit (not a terminal)
};

// A table cell: missing (null in JSON, empty in CSV and tables), an integer, or text.
using Cell = std::variant<std::monostate, int64_t, std::string>;
// Text, or missing when empty: the contract has no empty strings for missing values.
Cell Text(const std::string& s);
// A node id, or missing when 0 (ids start at 1).
Cell Id(int64_t id);

// Rows of typed cells under named columns.
struct Table {
  std::vector<std::string> columns;
  std::vector<std::vector<Cell>> rows;
};

// RFC 4180 with a header row; numbers as digits, missing values as empty fields.
void WriteCsv(const Table& table, std::ostream& out);
// Aligned columns under a header and a rule, every cell escaped (EscapeForTerminal) and, when
// `options.width` is set, the widest columns cut to fit it, a cut cell ending in "…".
void WriteTextTable(const Table& table, const TextOptions& options, std::ostream& out);
// The same for answers too long to hold as a Table (hundreds of thousands of rows): `row_at`
// fills row i (0 <= i < rows) on demand. A text table asks for each row twice (widths, then
// text), so row_at must give the same row each time.
using RowAt = std::function<void(size_t i, std::vector<Cell>& row)>;
void WriteCsv(const std::vector<std::string>& columns, size_t rows, const RowAt& row_at,
              std::ostream& out);
void WriteTextTable(const std::vector<std::string>& columns, size_t rows, const RowAt& row_at,
                    const TextOptions& options, std::ostream& out);
// Pretty-printed JSON and a newline; invalid UTF-8 in stored text becomes U+FFFD.
void WriteJson(const nlohmann::ordered_json& value, std::ostream& out);

// RFC 4180 quoting of one CSV field.
std::string CsvField(const std::string& value);

// Text that cannot drive a terminal: C0 and C1 control characters and DEL become visible escapes
// (\n, \t, \x1b, \u009b), and a backslash that could be read as one is doubled.
std::string EscapeForTerminal(const std::string& text);

// Display width of UTF-8 text: code points, so accented names stay aligned.
size_t DisplayWidth(const std::string& text);

// Every node in every answer: {"id", "kind", "name", "date"} with date null when unknown;
// null for no node.
nlohmann::ordered_json NodeJson(const NodeRecord& node);
nlohmann::ordered_json NodeJson(const NodeRecord* node);
// A document: {"id", "title", "date", "source"}, date null when unknown.
nlohmann::ordered_json DocumentJson(const DocumentRecord& document);
// A string, or null when empty.
nlohmann::ordered_json TextJson(const std::string& s);

}  // namespace dkg::presentation
