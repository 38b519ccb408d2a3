#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace dkg::cli {

enum class OutputFormat { kTable, kJson, kCsv };

// Rows of strings under named columns: what every query prints, in one of three formats.
struct Table {
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> rows;
};

// table: aligned columns with a header; csv: RFC 4180 with a header row; json: an array of
// objects keyed by column name.
void PrintTable(const Table& table, OutputFormat format, std::ostream& out);

// RFC 4180 quoting of one CSV field.
std::string CsvField(const std::string& value);

// Parses "table", "json" or "csv".
bool ParseOutputFormat(const std::string& text, OutputFormat& format);

}  // namespace dkg::cli
