#!/usr/bin/env bash
# A clerk's first run: a fresh clone, an empty uv cache, `uv run reportgen build 2023`.
# Prints the wall time, what the uv cache holds afterwards (downloads and builds), the
# project's .venv, and both together (a file uv links into .venv from its cache counted
# once), for RUNS runs (default 3), each from scratch. The clone itself (the repository,
# with the lexicon's 7 MB) is not counted: the clerk has it before the first run. Needs the network (PyPI); uses the Python uv
# finds, so a Python download (not in the cache) is not counted.
#
#     bench/first_run.sh [RUNS] [COMMIT]
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-3}"
commit="${2:-HEAD}"
commit="$(git -C "$repo" rev-parse "$commit")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "commit $(git -C "$repo" log -1 --format='%h %ad' --date=short "$commit") · uv $(uv --version | cut -d' ' -f2)"
for run in $(seq "$runs"); do
  rm -rf "$work/clone" "$work/cache"
  git clone -q --no-checkout "$repo" "$work/clone"
  git -C "$work/clone" checkout -q "$commit"
  start=$(date +%s.%N)
  (cd "$work/clone" && UV_CACHE_DIR="$work/cache" uv run -q reportgen build 2023 -q)
  end=$(date +%s.%N)
  test -s "$work/clone/out/柏山镇人民政府关于2023年法治政府建设情况的报告.docx"
  printf 'run %d: %5.1f s  cache %s  .venv %s  together %s\n' "$run" "$(echo "$end - $start" | bc)" \
    "$(du -sh "$work/cache" | cut -f1)" "$(du -sh "$work/clone/.venv" | cut -f1)" \
    "$(du -shc "$work/cache" "$work/clone/.venv" | tail -1 | cut -f1)"
done
