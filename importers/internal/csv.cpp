#include "importers/internal/csv.h"

#include <cstring>

namespace dkg::internal {

CsvCursor::CsvCursor(std::string_view text) : text_(text) {
  if (text_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;
}

bool CsvCursor::Next(std::vector<std::string_view>& fields, std::string& error) {
  fields.clear();
  error.clear();
  const size_t n = text_.size();
  // Blank lines between records carry nothing.
  while (pos_ < n && (text_[pos_] == '\n' || text_[pos_] == '\r')) {
    if (text_[pos_] == '\n') ++line_;
    ++pos_;
  }
  if (pos_ >= n) return false;
  record_line_ = line_;
  unquoted_.clear();
  spans_.clear();
  const char* data = text_.data();
  while (true) {
    if (pos_ < n && data[pos_] == '"') {
      ++pos_;
      const size_t begin = unquoted_.size();
      while (true) {
        const void* q = std::memchr(data + pos_, '"', n - pos_);
        if (!q) {
          error = "unterminated quoted field";
          pos_ = n;
          return false;
        }
        const size_t at = static_cast<const char*>(q) - data;
        for (size_t i = pos_; i < at; ++i) line_ += data[i] == '\n';
        unquoted_.append(data + pos_, at - pos_);
        pos_ = at + 1;
        if (pos_ < n && data[pos_] == '"') {  // "" is a quote
          unquoted_ += '"';
          ++pos_;
          continue;
        }
        break;
      }
      spans_.push_back({true, begin, unquoted_.size() - begin});
      if (pos_ < n && data[pos_] != ',' && data[pos_] != '\n' && data[pos_] != '\r') {
        error = "unexpected character after a closing quote";
        while (pos_ < n && data[pos_] != '\n') ++pos_;  // resume at the next line
        return false;
      }
    } else {
      size_t end = pos_;
      while (end < n && data[end] != ',' && data[end] != '\n' && data[end] != '\r') ++end;
      if (std::memchr(data + pos_, '"', end - pos_)) {
        error = "a quote inside an unquoted field (quote the whole field and double the quote)";
        while (pos_ < n && data[pos_] != '\n') ++pos_;
        return false;
      }
      spans_.push_back({false, pos_, end - pos_});
      pos_ = end;
    }
    if (pos_ < n && data[pos_] == ',') {
      ++pos_;
      continue;
    }
    // End of record: CR, LF, CRLF or the end of the text.
    if (pos_ < n && data[pos_] == '\r') ++pos_;
    if (pos_ < n && data[pos_] == '\n') {
      ++pos_;
      ++line_;
    }
    break;
  }
  for (const Field& f : spans_) {
    fields.push_back(f.buffered ? std::string_view(unquoted_).substr(f.begin, f.size)
                                : text_.substr(f.begin, f.size));
  }
  return true;
}

}  // namespace dkg::internal
