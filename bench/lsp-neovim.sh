#!/usr/bin/env bash
# Issue 14: a real editor drives `deriv lsp`. Headless Neovim (its built-in LSP client) opens a derivation, starts
# the server, waits until the check is complete (the goal's inlay hint), prints the diagnostics it received, the goal's
# mark and the hover on the first failed step, and quits.
#   bash bench/lsp-neovim.sh [FILE]        (default derivations/broken/nernst-as-posted.deriv)
# Installs Neovim from the distribution's packages when it is missing (as root). Works with Neovim 0.7 (Debian 12)
# and later: vim.lsp.start where it exists, else start_client + buf_attach_client.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
file="$(cd "$here" && realpath "${1:-derivations/broken/nernst-as-posted.deriv}")"
if ! command -v nvim >/dev/null; then
  echo "installing neovim…" >&2
  apt-get install -y neovim >/dev/null 2>&1 || { apt-get update >/dev/null 2>&1 && apt-get install -y neovim >/dev/null; }
fi
# build the jar (and its class-sharing archive) before the editor starts the server, so the wait below is checking
"$here/deriv" --version >/dev/null

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/init.lua" <<'LUA'
-- the same configuration as docs/editors.md, then: wait for diagnostics, print them, hover the first error
local root = os.getenv("DERIV_ROOT")
local function out(s) io.stdout:write(s .. "\n") end
vim.cmd("edit " .. vim.fn.fnameescape(os.getenv("DERIV_FILE")))
local buf = vim.api.nvim_get_current_buf()
local config = { name = "deriv", cmd = { root .. "/deriv", "lsp" }, root_dir = root }
local started = vim.loop.hrtime()
local client
if vim.lsp.start then
  client = vim.lsp.start(config)
else
  client = vim.lsp.start_client(config)
  vim.lsp.buf_attach_client(buf, client)
end
-- a long check publishes the verdicts it has so far on the way; its inlay hints mark the goal once it is complete
local function goal_mark()
  local params = { textDocument = { uri = vim.uri_from_bufnr(buf) },
    range = { start = { line = 0, character = 0 }, ["end"] = { line = vim.api.nvim_buf_line_count(buf), character = 0 } } }
  for _, r in pairs(vim.lsp.buf_request_sync(buf, "textDocument/inlayHint", params, 10000) or {}) do
    for _, h in ipairs(r.result or {}) do
      local label = type(h.label) == "string" and h.label or ""
      if label:find("goal") then return string.format("line %d: %s", h.position.line + 1, label) end
    end
  end
end
local mark
for _ = 1, 3000 do
  if #vim.lsp.get_active_clients() > 0 and vim.lsp.get_active_clients()[1].initialized then
    mark = goal_mark()
    if mark then break end
  end
  vim.wait(200)
end
local seconds = (vim.loop.hrtime() - started) / 1e9
if not mark then
  out("the check did not finish within 600 s")
  vim.cmd("qa!")
end
local ds = vim.diagnostic.get(buf)
table.sort(ds, function(a, b) return a.lnum < b.lnum end)
out(string.format("%d diagnostics for %s, the check complete after %.1f s (server start included):", #ds,
  vim.fn.fnamemodify(os.getenv("DERIV_FILE"), ":."), seconds))
local names = { "Error", "Warning", "Information", "Hint" }
for _, d in ipairs(ds) do
  out(string.format("  line %d, col %d  %s  %s", d.lnum + 1, d.col + 1, names[d.severity] or "?",
    (d.message:gsub("\n", "\n      "))))
end
out("goal (inlay hint): " .. mark)
local first = ds[1]
if not first then vim.cmd("qa!") end
local params = { textDocument = { uri = vim.uri_from_bufnr(buf) },
  position = { line = first.lnum, character = first.col } }
local replies = vim.lsp.buf_request_sync(buf, "textDocument/hover", params, 10000) or {}
for _, r in pairs(replies) do
  if r.result and r.result.contents then
    out("hover on line " .. (first.lnum + 1) .. ":")
    out("  " .. (r.result.contents.value or ""):gsub("\n", "\n  "))
  end
end
vim.lsp.stop_client(client)
vim.wait(2000, function() return vim.tbl_isempty(vim.lsp.get_active_clients()) end, 50)
vim.cmd("qa!")
LUA
cd "$here"
DERIV_ROOT="$here" DERIV_FILE="$file" nvim --headless --clean -u "$tmp/init.lua" 2>"$tmp/stderr" || true
if [ -s "$tmp/stderr" ]; then
  echo "(neovim's standard error:)" >&2
  cat "$tmp/stderr" >&2
fi
