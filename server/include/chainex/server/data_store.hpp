// data_store.hpp — keeps the last good import on disk, so a restart serves it.
//
// store() writes the CSV files into a fresh folder under data_dir/imports (each file: temp name, fsync,
// rename; then the folder is fsynced and renamed into place), then points data_dir/CURRENT at it the
// same way, and deletes older imports. A crash at any moment leaves CURRENT naming a complete import.
//
//   data_store store("var/chainex");
//   store.store({{"nodes.csv", nodes_text}, {"edges.csv", edges_text}});
//   if (auto folder = store.last_good()) load(*folder);
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace chainex::server {

class data_store {
 public:
  explicit data_store(std::filesystem::path data_dir);
  // Throws std::system_error when the files cannot be written; nothing is replaced then.
  std::filesystem::path store(const std::vector<std::pair<std::string, std::string_view>>& files);
  // The folder of the last import stored, if any.
  [[nodiscard]] std::optional<std::filesystem::path> last_good() const;

 private:
  std::filesystem::path dir_;
};

}  // namespace chainex::server
