#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "engine/status.h"

// `dkg serve`: the JSON API and the explorer page over one store, read-only. Each API answer
// is the JSON the command line prints with `--format json` for the same question (both use
// presentation/answers.h); see docs/serve.md.
namespace dkg::server {

struct ServeOptions {
  std::string bind = "127.0.0.1";  // loopback unless the user says otherwise
  int port = 8080;                 // 0: any free port (the tests use this)
  size_t limit = 500;              // rows or nodes an answer may hold; more are cut, with a note
};

// One answer: HTTP status, content type, body, and the note saying what a cut left out (sent as
// the X-Dkg-Note header, as the command line writes it on standard error).
struct Reply {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  std::string note;
  // How many rows the question has in all when a page of them is answered (a card's edges, an
  // export's nodes), sent as X-Dkg-Total so the page can offer "N more"; -1: not counted.
  int64_t total = -1;
  // How long the request waited for a connection to the store and how long it took to answer,
  // in milliseconds (sent as Server-Timing, which the page's Resource Timing and
  // bench/explorer_hub.js read); negative: not measured.
  double waited_ms = -1;
  double answered_ms = -1;
};

// A request's query parameters in the order given, already percent-decoded (bytes, which may
// be anything a client sent).
using Params = std::vector<std::pair<std::string, std::string>>;

// The API without HTTP: a path under /api/ and its parameters in, a Reply out. It opens the store
// read-only and never writes it. Every parameter is checked (known name, at most one of each,
// length, UTF-8, no control characters, numbers in range) before the store is asked anything,
// and reaches SQLite only as a bound value. Bad requests get a 4xx and {"error": MESSAGE}.
// Thread-safe: each request takes a read-only connection of a small pool (a Store is
// single-threaded) and waits for one when all are busy; the graph index is shared.
class Api {
 public:
  static Result<std::unique_ptr<Api>> Open(const std::string& db, size_t limit);
  ~Api();
  Api(const Api&) = delete;
  Api& operator=(const Api&) = delete;

  Reply Handle(const std::string& path, const Params& params);

 private:
  struct Impl;
  explicit Api(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// The HTTP face: the Api under /api/, the page and its scripts (compiled into dkg) under /.
// GET only; anything else gets a JSON 4xx.
class Server {
 public:
  static Result<std::unique_ptr<Server>> Open(const std::string& db, const ServeOptions& options);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds the address and port; returns the port bound (the one chosen, for port 0).
  Result<int> Bind();
  // Answers requests until Stop(); call after Bind().
  Status Run();
  // Makes Run() return; callable from any thread.
  void Stop();

 private:
  struct Impl;
  explicit Server(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace dkg::server
