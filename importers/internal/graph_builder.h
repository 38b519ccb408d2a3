#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "engine/types.h"

namespace dkg::internal {

// Accumulates one document's nodes and edges as the extractor finds them. Nodes are deduplicated
// by a document-local key ("country:IN", "official:vikram misri"); edges by their triple, with
// every sentence that supports them kept as evidence. Owns what it builds; single-threaded.
class GraphBuilder {
 public:
  // The node with `key`, created with `kind` and `name` when new. Returns its index.
  size_t Node(const std::string& key, const std::string& kind, const std::string& name,
              const std::string& rule);
  bool Has(const std::string& key) const { return index_.count(key) > 0; }
  // Index of the node with `key`; REQUIRES: Has(key).
  size_t At(const std::string& key) const { return index_.at(key); }

  // Records that `surface` (at `span`) names node `node`; a new surface becomes an alias.
  void Mention(size_t node, const Span& span, const std::string& surface);
  // Gives node `node` a new canonical name; the old one becomes an alias.
  void Rename(size_t node, const std::string& name);
  void AddAlias(size_t node, const std::string& surface);
  // Drops an alias (not the name): one that would join unrelated nodes in a store.
  void RemoveAlias(size_t node, const std::string& alias);
  void SetDate(size_t node, const std::string& iso);  // keeps the first date given
  void SetDateForce(size_t node, const std::string& iso);  // replaces the date
  void SetAttr(size_t node, const std::string& key, const std::string& value);
  // An identity key for cross-document resolution (see ExtractedNode::keys).
  void AddIdentityKey(size_t node, const std::string& key);
  // Makes `key` another key of node `node` (e.g. a surname that resolves to a full name).
  void AddKey(const std::string& key, size_t node) { index_.emplace(key, node); }

  // Adds (or adds evidence to) the edge source -relation-> target.
  void Edge(size_t source, const std::string& relation, size_t target, const Span& evidence,
            const std::string& rule);
  bool HasEdge(size_t source, const std::string& relation, size_t target) const;
  // Whether edges()[i] is still in the graph (not dropped, not re-made by Absorb()).
  bool IsLive(size_t i) const { return !dead_edges_.count(i); }
  // Whether Absorb() merged the node into another.
  bool IsAbsorbed(size_t node) const { return absorbed_.count(node) > 0; }
  // Drops the edge, if there is one, with its evidence (a later rule knew better).
  void RemoveEdge(size_t source, const std::string& relation, size_t target);
  // An office report of this document (ExtractedOffice); its node indexes follow merges.
  void Office(ExtractedOffice office) { graph_.offices.push_back(std::move(office)); }

  const ExtractedNode& node(size_t i) const { return graph_.nodes[i]; }
  size_t node_count() const { return graph_.nodes.size(); }
  const std::vector<ExtractedEdge>& edges() const { return graph_.edges; }

  // Merges node `from` into node `into`: its mentions, aliases, keys and edges move over and it
  // disappears from the finished graph. Indices of other nodes stay valid until Take().
  void Absorb(size_t into, size_t from);

  // The finished graph. The builder is empty afterwards.
  ExtractedGraph Take();

 private:
  // An edge's ends and its relation's number (relation_ids_): the edge index's key, compared and
  // hashed without the relation's text.
  struct EdgeKey {
    size_t source = 0;
    size_t target = 0;
    uint32_t relation = 0;
    bool operator==(const EdgeKey&) const = default;
  };
  struct EdgeKeyHash {
    size_t operator()(const EdgeKey& k) const noexcept;
  };

  // The (node, start, end) of every mention recorded, to record each once: open addressing in
  // one array, so recording a mention allocates nothing (a tree allocated a node per mention).
  class SpanSet {
   public:
    // Adds the span; false when it was there already.
    bool Insert(size_t node, int64_t start, int64_t end);
    void Clear();

   private:
    struct Slot {
      size_t node = kEmpty;
      int64_t start = 0;
      int64_t end = 0;
    };
    static constexpr size_t kEmpty = ~size_t{0};
    static size_t Hash(size_t node, int64_t start, int64_t end);
    void Grow();
    std::vector<Slot> slots_;  // a power of two of them, at most half used
    size_t size_ = 0;
  };

  // The number of `relation`, numbered as first seen.
  uint32_t RelationId(const std::string& relation);
  // Its number, or -1 when no edge has had it.
  int64_t FindRelationId(const std::string& relation) const;

  ExtractedGraph graph_;
  // Hashed: looked up for every node and edge a rule names, never read in order.
  std::unordered_map<std::string, size_t> index_;
  std::unordered_map<std::string, uint32_t> relation_ids_;
  std::unordered_map<EdgeKey, size_t, EdgeKeyHash> edge_index_;
  SpanSet mention_spans_;
  std::set<size_t> absorbed_;    // nodes merged into others
  std::set<size_t> dead_edges_;  // edges re-made on the absorbing node
};

}  // namespace dkg::internal
