#pragma once

#include <string>

#include "engine/status.h"
#include "engine/types.h"

namespace dkg {

// A document read from a file and ready for extraction. `document.text` is what every offset
// refers to: for plain text the file's bytes, for HTML the main text extracted from the page.
// The text layout is: headline on the first line, the publication date on the second (when the
// file gives one), then the body, one paragraph a line.
struct SourceDocument {
  DocumentInput document;
  int64_t body_begin = 0;  // byte offset where the body starts
  std::string format;      // "text" or "html"
};

// Reads a news article or press release from `path` (.html/.htm through the HTML reader, anything
// else as UTF-8 text). Fails with a message naming the file for empty, binary, non-UTF-8 and
// UTF-16 input, and for HTML with no text.
Result<SourceDocument> ReadDocumentFile(const std::string& path);

// Ok when `path` is a regular file (or a link to one). A FIFO would block the import forever
// and a device such as /dev/zero never ends, so they are refused, named, before any read.
Status CheckInputFile(const std::string& path);

// Parses text already in memory; `source` names it in messages and in the store.
Result<SourceDocument> ParseTextDocument(std::string bytes, const std::string& source);
Result<SourceDocument> ParseHtmlDocument(const std::string& html, const std::string& source);

}  // namespace dkg
