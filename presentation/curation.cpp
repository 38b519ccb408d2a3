#include "presentation/curation.h"

#include <map>

namespace dkg::presentation {

namespace {

using json = nlohmann::ordered_json;

const std::vector<std::string>& HistoryColumns() {
  static const std::vector<std::string> columns = {"id",     "at",      "by",       "action",
                                                   "reason", "summary", "undone_by"};
  return columns;
}

std::vector<Cell> HistoryRow(const CorrectionRecord& c) {
  return {Cell(c.id), Text(c.at), Text(c.by), Text(c.action), Text(c.reason), Text(c.summary),
          c.undone_by ? Cell(c.undone_by) : Cell()};
}

void WriteRows(const Table& t, const Output& o) {
  if (o.format == OutputFormat::kCsv)
    WriteCsv(t, *o.out);
  else
    WriteTextTable(t, o.text, *o.out);
}

}  // namespace

json CorrectionJson(const CorrectionRecord& c) {
  json detail = json::parse(c.detail, nullptr, /*allow_exceptions=*/false);
  if (!detail.is_object()) detail = json::object();
  return {{"id", c.id},
          {"action", c.action},
          {"at", c.at},
          {"by", c.by},
          {"reason", TextJson(c.reason)},
          {"summary", c.summary},
          {"nodes", c.nodes},
          {"detail", detail},
          {"undone_by", c.undone_by ? json(c.undone_by) : json()}};
}

void PresentDocuments(const std::vector<DocumentRecord>& documents, const Output& o) {
  if (o.format == OutputFormat::kJson) {
    json out = json::array();
    for (const DocumentRecord& d : documents) out.push_back(DocumentJson(d));
    WriteJson(out, *o.out);
    return;
  }
  Table t{{"id", "title", "date", "source"}, {}};
  for (const DocumentRecord& d : documents) {
    t.rows.push_back({Cell(d.id), Text(d.title), Text(d.date), Text(d.source)});
  }
  WriteRows(t, o);
}

void PresentCopyGroups(const std::vector<DocumentRecord>& documents, const Output& o) {
  std::map<int64_t, std::vector<const DocumentRecord*>> copies;  // first -> its copies
  std::map<int64_t, const DocumentRecord*> by_id;
  for (const DocumentRecord& d : documents) {
    by_id[d.id] = &d;
    if (d.copy_of) copies[d.copy_of].push_back(&d);
  }
  if (o.format == OutputFormat::kJson) {
    json out = json::array();
    for (const auto& [first, group] : copies) {
      json list = json::array();
      for (const DocumentRecord* d : group) list.push_back(DocumentJson(*d));
      auto it = by_id.find(first);
      if (it == by_id.end()) continue;
      out.push_back({{"document", DocumentJson(*it->second)}, {"copies", list}});
    }
    WriteJson(out, *o.out);
    return;
  }
  Table t{{"group", "id", "title", "date", "source"}, {}};
  for (const auto& [first, group] : copies) {
    auto it = by_id.find(first);
    if (it == by_id.end()) continue;
    for (const DocumentRecord* d : {it->second}) {
      t.rows.push_back({Cell(first), Cell(d->id), Text(d->title), Text(d->date), Text(d->source)});
    }
    for (const DocumentRecord* d : group) {
      t.rows.push_back({Cell(first), Cell(d->id), Text(d->title), Text(d->date), Text(d->source)});
    }
  }
  WriteRows(t, o);
}

void PresentCorrection(const CorrectionRecord& c, const Output& o) {
  if (o.format == OutputFormat::kJson) {
    WriteJson(CorrectionJson(c), *o.out);
    return;
  }
  if (o.format == OutputFormat::kCsv) {
    WriteCsv(Table{HistoryColumns(), {HistoryRow(c)}}, *o.out);
    return;
  }
  *o.out << "correction #" << c.id << ": " << EscapeForTerminal(c.summary) << "\n";
}

void PresentHistory(const std::vector<CorrectionRecord>& corrections, const Output& o) {
  if (o.format == OutputFormat::kJson) {
    json out = json::array();
    for (const CorrectionRecord& c : corrections) out.push_back(CorrectionJson(c));
    WriteJson(out, *o.out);
    return;
  }
  Table t{HistoryColumns(), {}};
  for (const CorrectionRecord& c : corrections) t.rows.push_back(HistoryRow(c));
  WriteRows(t, o);
}

}  // namespace dkg::presentation
