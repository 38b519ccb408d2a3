#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dkg::internal {

// Reads CSV (RFC 4180: comma separated, fields optionally in double quotes, "" for a quote inside
// one, quoted fields may span lines; LF or CRLF line ends) from memory, one record at a time.
// A UTF-8 byte order mark and blank lines are skipped. Fields are views into the text, or into
// the cursor's own buffer for quoted fields; they stay valid until the next call to Next().
class CsvCursor {
 public:
  explicit CsvCursor(std::string_view text);

  // Reads the next record into `fields`. Returns false at the end of the text, or on malformed
  // input with `error` set (and line() the line of the record).
  bool Next(std::vector<std::string_view>& fields, std::string& error);

  // The 1-based line where the record last read starts.
  int64_t line() const { return record_line_; }

 private:
  std::string_view text_;
  size_t pos_ = 0;
  int64_t line_ = 1;
  int64_t record_line_ = 0;
  std::string unquoted_;  // the record's quoted fields, unescaped
  struct Field {
    bool buffered;
    size_t begin;
    size_t size;
  };
  std::vector<Field> spans_;
};

}  // namespace dkg::internal
