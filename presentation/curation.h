#pragma once

#include <vector>

#include "engine/types.h"
#include "presentation/answers.h"

// The answers of the curation commands (issue 13): the document list and the corrections log,
// as table text, CSV or JSON. Shapes: docs/schemas/documents.json, correction.json, history.json.
namespace dkg::presentation {

// `dkg documents`: id, title, date, source, in id order.
void PresentDocuments(const std::vector<DocumentRecord>& documents, const Output& o);

// `dkg documents --copies`: the near-copy groups (a first document and its copies), one row per
// document in CSV and tables (`group` is the group's first document).
void PresentCopyGroups(const std::vector<DocumentRecord>& documents, const Output& o);

// One correction just made (retract, merge, split, unlink, link, rename, set-date, undo).
void PresentCorrection(const CorrectionRecord& correction, const Output& o);

// `dkg history [Q]`: corrections, oldest first.
void PresentHistory(const std::vector<CorrectionRecord>& corrections, const Output& o);

// The JSON object of one correction, shared by the commands above and `show`.
nlohmann::ordered_json CorrectionJson(const CorrectionRecord& c);

}  // namespace dkg::presentation
