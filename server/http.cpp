// The HTTP face of `dkg serve` (cpp-httplib): routes /api/ to the Api and serves the page's files,
// which are compiled into dkg (cmake/Embed.cmake), so the explorer needs no network.

#include <httplib.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>
#include <string_view>
#include <sstream>

#include "presentation/output.h"
#include "schema/embedded.h"
#include "server/server.h"

namespace dkg {
extern const EmbeddedFile kWebFiles[];
extern const int kWebFiles_count;
}  // namespace dkg

namespace dkg::server {

namespace {

std::string ContentTypeOf(std::string_view name) {
  auto ends = [&](std::string_view suffix) {
    return name.size() >= suffix.size() && name.substr(name.size() - suffix.size()) == suffix;
  };
  if (ends(".html")) return "text/html; charset=utf-8";
  if (ends(".js")) return "text/javascript; charset=utf-8";
  if (ends(".css")) return "text/css; charset=utf-8";
  return "application/octet-stream";
}

std::string ErrorBody(int status, const std::string& message) {
  std::ostringstream os;
  presentation::WriteJson({{"error", message}}, os);
  (void)status;
  return os.str();
}

// Sends `body` as it is, never compressed (refusals aside). httplib compresses a body given with set_content
// (brotli when the browser accepts it, as Chromium does) but not one of known length given by a
// content provider. dkg serves loopback by default, where compressing costs far more than it
// saves: brotli took 0.2 s for a hub's 118 KB expansion and 0.7 s for cytoscape.js at each
// page load, against 30 ms to answer.
void SetBody(httplib::Response& res, std::string body, const std::string& content_type) {
  // A refusal is a few hundred bytes, and the error handler below keeps a body set so only.
  if (body.empty() || res.status >= 400) {
    res.set_content(std::move(body), content_type.c_str());
    return;
  }
  auto shared = std::make_shared<const std::string>(std::move(body));
  res.set_content_provider(shared->size(), content_type.c_str(),
                           [shared](size_t offset, size_t length, httplib::DataSink& sink) {
                             if (offset >= shared->size()) return false;
                             return sink.write(shared->data() + offset, std::min(length, shared->size() - offset));
                           });
}

// The same for bytes that live as long as the program (the page's files, compiled in).
void SetStaticBody(httplib::Response& res, std::string_view body, const std::string& content_type) {
  res.set_content_provider(body.size(), content_type.c_str(),
                           [body](size_t offset, size_t length, httplib::DataSink& sink) {
                             if (offset >= body.size()) return false;
                             return sink.write(body.data() + offset, std::min(length, body.size() - offset));
                           });
}

}  // namespace

// Connections served at once (see Server::Open).
constexpr size_t kConnectionThreads = 64;

struct Server::Impl {
  ServeOptions options;
  std::unique_ptr<Api> api;
  httplib::Server http;
  int port = 0;
};

Server::Server(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Server::~Server() = default;

Result<std::unique_ptr<Server>> Server::Open(const std::string& db, const ServeOptions& options) {
  auto api = Api::Open(db, options.limit);
  if (!api.ok()) return api.status();
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  impl->api = std::move(api).value();
  Impl* self = impl.get();
  httplib::Server& http = impl->http;

  http.Get(R"(/api/.*)", [self](const httplib::Request& req, httplib::Response& res) {
    Params params(req.params.begin(), req.params.end());
    Reply reply = self->api->Handle(req.path, params);
    res.status = reply.status;
    if (!reply.note.empty()) res.set_header("X-Dkg-Note", reply.note);
    if (reply.total >= 0) res.set_header("X-Dkg-Total", std::to_string(reply.total));
    // The most rows an answer may hold (`--limit`): the page never asks for more.
    res.set_header("X-Dkg-Limit", std::to_string(std::max<size_t>(1, self->options.limit)));
    res.set_header("Cache-Control", "no-store");
    if (reply.answered_ms >= 0) {
      char timing[96];
      std::snprintf(timing, sizeof timing, "wait;dur=%.1f, answer;dur=%.1f", reply.waited_ms, reply.answered_ms);
      res.set_header("Server-Timing", timing);
    }
    SetBody(res, std::move(reply.body), reply.content_type);
  });

  // The page and its scripts, by file name; "/" is index.html.
  std::map<std::string, std::string_view> files;
  for (int i = 0; i < kWebFiles_count; ++i) files["/" + std::string(kWebFiles[i].name)] = kWebFiles[i].bytes;
  http.Get(R"(/[A-Za-z0-9._-]*)", [files](const httplib::Request& req, httplib::Response& res) {
    auto it = files.find(req.path == "/" ? "/index.html" : req.path);
    if (it == files.end()) {
      res.status = 404;
      res.set_content(ErrorBody(404, "no such page: " + req.path), "application/json");
      return;
    }
    SetStaticBody(res, it->second, ContentTypeOf(it->first));
  });

  // Every other method on every path: the server is read-only.
  auto refuse = [](const httplib::Request&, httplib::Response& res) {
    res.status = 405;
    res.set_header("Allow", "GET");
    res.set_content(ErrorBody(405, "dkg serve is read-only: only GET is answered"), "application/json");
  };
  // Before routing, so before httplib reads a request's body: a PUT or PATCH without
  // Content-Length was read until the client closed or 10 s passed, a connection held all that
  // time for a 405. The body is never read, so the connection is closed after the answer.
  //
  // A Range header is dropped: every answer is whole (RFC 9110 lets a server ignore Range).
  // httplib applied it to the API's refusals too, and a client got a 416 with a cut JSON body.
  http.set_pre_routing_handler([refuse](const httplib::Request& req, httplib::Response& res) {
    // The Request is httplib's own non-const object, handed over as const; without the ranges
    // it parsed, httplib sends the answer whole, with its own status.
    const_cast<httplib::Request&>(req).ranges.clear();
    if (req.method == "GET" || req.method == "HEAD") return httplib::Server::HandlerResponse::Unhandled;
    refuse(req, res);
    res.set_header("Connection", "close");
    return httplib::Server::HandlerResponse::Handled;
  });
  http.Post(R"(.*)", refuse);
  http.Put(R"(.*)", refuse);
  http.Patch(R"(.*)", refuse);
  http.Delete(R"(.*)", refuse);
  http.Options(R"(.*)", refuse);

  // Errors httplib finds itself (a URI too long, a bad request line, no route) get a JSON body
  // like the API's own.
  http.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return;
    std::string message = res.status == 404 ? "no such page: " + req.path
                                            : "request refused (HTTP " + std::to_string(res.status) + ")";
    res.set_content(ErrorBody(res.status, message), "application/json");
  });
  http.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
    res.status = 500;
    res.set_content(ErrorBody(500, "internal error"), "application/json");
  });
  // Each connection holds a worker thread while its request is read, and httplib gives up on a
  // client only after 10 s without a byte: a few connections that send their request a byte at
  // a time (slowloris) held all of httplib's default 8 workers, and the page got no answer at
  // all. Workers wait on sockets, not on the CPU (answers still take one of the store's four
  // connections), so there are many: a stalled client now takes 1/64 of the server, not 1/8.
  http.new_task_queue = [] { return new httplib::ThreadPool(kConnectionThreads); };
  http.set_read_timeout(10, 0);
  http.set_write_timeout(30, 0);
  http.set_payload_max_length(1 << 16);  // GET requests carry no body worth reading
  return std::unique_ptr<Server>(new Server(std::move(impl)));
}

Result<int> Server::Bind() {
  const ServeOptions& o = impl_->options;
  const int port = o.port == 0 ? impl_->http.bind_to_any_port(o.bind)
                               : (impl_->http.bind_to_port(o.bind, o.port) ? o.port : -1);
  if (port <= 0)
    return Status::IoError("cannot listen on " + o.bind + ":" + std::to_string(o.port) +
                           " (in use, or not an address of this machine)");
  impl_->port = port;
  return port;
}

Status Server::Run() {
  if (!impl_->http.listen_after_bind()) return Status::IoError("the server stopped on an error");
  return Status::Ok();
}

void Server::Stop() { impl_->http.stop(); }

}  // namespace dkg::server
