#include "cli/produced.h"

#include <unistd.h>

#include <ctime>
#include <filesystem>
#include <fstream>

#include "source/store.h"

namespace docpipe::cli {
namespace {

constexpr long long lease_seconds = 600;

std::string host_name() {
  char buf[256] = {};
  ::gethostname(buf, sizeof buf - 1);
  return buf;
}

// A process on this host is alive unless /proc has no entry for it or it is a zombie.
bool pid_alive(long long pid) {
  if (pid <= 0) return false;
  std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
  if (!stat) return false;
  std::string text((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
  auto close = text.rfind(')');
  return close == std::string::npos || close + 2 >= text.size() ||
         (text[close + 2] != 'Z' && text[close + 2] != 'X');
}

}  // namespace

std::unique_ptr<ProducedStore> ProducedStore::open(const std::string& data_dir,
                                                   Diagnostics& diags) {
  auto db = source::open_store(data_dir, source::OpenMode::read_write, diags);
  if (!db) return nullptr;
  auto l = std::make_unique<ProducedStore>();
  l->db_ = std::move(db);
  l->path_ = source::database_path(data_dir);
  return l;
}

std::optional<DocRow> ProducedStore::find(const DocKey& key, Diagnostics& diags) {
  try {
    SQLite::Statement q(*db_,
                        "SELECT path, sha256, fingerprint, renders FROM produced_documents "
                        "WHERE kind = ? AND period = ?");
    q.bind(1, key.kind);
    q.bind(2, key.period);
    if (!q.executeStep()) return std::nullopt;
    DocRow r;
    r.key = key;
    r.produced = !q.getColumn(0).isNull();
    r.path = q.getColumn(0).getString();
    r.sha256 = q.getColumn(1).getString();
    r.fingerprint = q.getColumn(2).getString();
    r.renders = q.getColumn(3).getInt();
    return r;
  } catch (const SQLite::Exception& e) {
    source::report_sqlite_error(e, path_, diags);
    return std::nullopt;
  }
}

std::vector<ClaimOutcome> ProducedStore::claim(const std::vector<ClaimRequest>& reqs, bool force,
                                               std::vector<long long>& holder, Diagnostics& diags) {
  std::vector<ClaimOutcome> out(reqs.size(), ClaimOutcome::busy);
  holder.assign(reqs.size(), 0);
  const std::string host = host_name();
  const long long now = std::time(nullptr), me = ::getpid();
  try {
    SQLite::Transaction tx(*db_, SQLite::TransactionBehavior::IMMEDIATE);
    for (size_t i = 0; i < reqs.size(); ++i) {
      const auto& r = reqs[i];
      SQLite::Statement q(*db_,
                          "SELECT path, fingerprint, claim_pid, claim_host, claim_until "
                          "FROM produced_documents WHERE kind = ? AND period = ?");
      q.bind(1, r.key.kind);
      q.bind(2, r.key.period);
      if (q.executeStep()) {
        bool produced = !q.getColumn(0).isNull();
        std::string fingerprint = q.getColumn(1).getString();
        long long pid = q.getColumn(2).isNull() ? 0 : q.getColumn(2).getInt64();
        std::string claim_host = q.getColumn(3).getString();
        long long until = q.getColumn(4).isNull() ? 0 : q.getColumn(4).getInt64();
        bool held = pid != 0 && pid != me && now < until && (claim_host != host || pid_alive(pid));
        if (held) {
          holder[i] = pid;
          continue;  // busy
        }
        if (produced && std::filesystem::exists(r.path)) {
          if (fingerprint == r.fingerprint) {
            out[i] = ClaimOutcome::up_to_date;
            continue;
          }
          if (!force) {
            out[i] = ClaimOutcome::stale;
            continue;
          }
        }
      }
      SQLite::Statement up(*db_,
                           "INSERT INTO produced_documents (kind, period, claim_pid, claim_host, "
                           "claim_until) VALUES (?, ?, ?, ?, ?) ON CONFLICT (kind, period) DO "
                           "UPDATE SET claim_pid = excluded.claim_pid, claim_host = "
                           "excluded.claim_host, claim_until = excluded.claim_until");
      up.bind(1, r.key.kind);
      up.bind(2, r.key.period);
      up.bind(3, static_cast<int64_t>(me));
      up.bind(4, host);
      up.bind(5, static_cast<int64_t>(now + lease_seconds));
      up.exec();
      out[i] = ClaimOutcome::claimed;
    }
    tx.commit();
  } catch (const SQLite::Exception& e) {
    source::report_sqlite_error(e, path_, diags);
    out.assign(reqs.size(), ClaimOutcome::busy);
  }
  return out;
}

bool ProducedStore::record(const DocKey& key, const std::string& path, const std::string& sha256,
                           const std::string& fingerprint, Diagnostics& diags) {
  try {
    SQLite::Transaction tx(*db_, SQLite::TransactionBehavior::IMMEDIATE);
    SQLite::Statement up(*db_,
                         "UPDATE produced_documents SET path = ?, sha256 = ?, fingerprint = ?, "
                         "produced_at = datetime('now'), renders = renders + 1, claim_pid = NULL, "
                         "claim_host = NULL, claim_until = NULL WHERE kind = ? AND period = ?");
    up.bind(1, path);
    up.bind(2, sha256);
    up.bind(3, fingerprint);
    up.bind(4, key.kind);
    up.bind(5, key.period);
    up.exec();
    tx.commit();
    return true;
  } catch (const SQLite::Exception& e) {
    source::report_sqlite_error(e, path_, diags);
    return false;
  }
}

void ProducedStore::release(const DocKey& key, Diagnostics& diags) {
  try {
    SQLite::Statement up(*db_,
                         "UPDATE produced_documents SET claim_pid = NULL, claim_host = NULL, "
                         "claim_until = NULL WHERE kind = ? AND period = ? AND claim_pid = ?");
    up.bind(1, key.kind);
    up.bind(2, key.period);
    up.bind(3, static_cast<int64_t>(::getpid()));
    up.exec();
  } catch (const SQLite::Exception& e) {
    source::report_sqlite_error(e, path_, diags);
  }
}

}  // namespace docpipe::cli
