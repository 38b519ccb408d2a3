// The fixture of the extractor's specification tests (extractor_test.cpp, extract_*_test.cpp):
// one Extractor per suite, a document written for the test, and lookups by name.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "engine/store.h"
#include "importers/extractor.h"
#include "importers/reader.h"
#include "tests/test_util.h"

namespace dkg {

class ExtractFixture : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto created = Extractor::Create();
    ASSERT_TRUE(created.ok()) << created.status().message();
    extractor_ = std::move(created).value().release();
  }
  static void TearDownTestSuite() {
    delete extractor_;
    extractor_ = nullptr;
  }

  // Extracts `text` (a headline line, a date line, then the body) as the document "test.txt".
  void Extract(const std::string& text) {
    auto doc = ParseTextDocument(text, "test.txt");
    ASSERT_TRUE(doc.ok()) << doc.status().message();
    source_ = doc.value();
    graph_ = extractor_->Extract(source_);
  }

  const ExtractedNode* Find(const std::string& kind, const std::string& name) const {
    for (const auto& n : graph_.nodes) {
      if (n.kind == kind && n.name == name) return &n;
    }
    return nullptr;
  }

  // Whether an edge source -relation-> target exists, naming nodes by name.
  bool HasEdge(const std::string& source, const std::string& relation, const std::string& target) const {
    for (const auto& e : graph_.edges) {
      if (e.relation == relation && graph_.nodes[e.source].name == source && graph_.nodes[e.target].name == target) {
        return true;
      }
    }
    return false;
  }

  // Whether `official` holds `relation` (a role) at any meeting.
  bool HasRole(const std::string& official, const std::string& relation) const {
    for (const auto& e : graph_.edges) {
      if (e.relation == relation && graph_.nodes[e.source].name == official &&
          graph_.nodes[e.target].kind == "meeting") {
        return true;
      }
    }
    return false;
  }

  // The last node of `kind` whose name contains `part`; nullptr when there is none.
  const ExtractedNode* NodeNamedLike(const std::string& kind, const std::string& part) const {
    const ExtractedNode* found = nullptr;
    for (const auto& n : graph_.nodes) {
      if (n.kind == kind && n.name.find(part) != std::string::npos) found = &n;
    }
    return found;
  }

  // The names of every node of `kind`, one per line in graph order (what a failing test prints).
  std::string NamesOf(const std::string& kind) const {
    std::string out;
    for (const auto& n : graph_.nodes) {
      if (n.kind == kind) out += n.name + "\n";
    }
    return out;
  }

  // The date of the one meeting whose name holds `part`; "?" when there is none or several.
  std::string DateOf(const std::string& part) const {
    std::string date = "?";
    int count = 0;
    for (const auto& n : graph_.nodes) {
      if (n.kind == "meeting" && n.name.find(part) != std::string::npos) date = n.date, ++count;
    }
    return count == 1 ? date : "?";
  }

  // The name of the one meeting node; empty when there is none or more than one.
  std::string Meeting() const {
    std::string name;
    int count = 0;
    for (const auto& n : graph_.nodes) {
      if (n.kind == "meeting") name = n.name, ++count;
    }
    return count == 1 ? name : "";
  }

  // Extracts each story and imports it into one new store; returns how many nodes of `kind` the
  // store holds afterwards (what cross-document merging made of them), or -1 on a store error.
  long KindCountInOneStore(const std::vector<std::string>& stories, const std::string& kind) {
    testing::TempDir dir;
    auto opened = Store::Open(dir.File("stories.db"));
    if (!opened.ok()) return -1;
    for (const std::string& story : stories) {
      Extract(story);
      if (!(*opened)->ImportDocument(source_.document, graph_).ok()) return -1;
    }
    auto graph = (*opened)->LoadGraph();
    if (!graph.ok()) return -1;
    long count = 0;
    for (const auto& n : graph->nodes) count += n.kind == kind;
    return count;
  }

  std::string Dump() const {
    std::string out;
    for (const auto& n : graph_.nodes) out += n.kind + ": " + n.name + " [" + n.date + "]\n";
    for (const auto& e : graph_.edges) {
      out += graph_.nodes[e.source].name + " -" + e.relation + "-> " + graph_.nodes[e.target].name + "\n";
    }
    return out;
  }

  static inline Extractor* extractor_ = nullptr;
  SourceDocument source_;
  ExtractedGraph graph_;
};

}  // namespace dkg
