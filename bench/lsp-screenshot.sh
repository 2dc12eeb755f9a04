#!/usr/bin/env bash
# docs/img/lsp-neovim.png: Neovim in a 160×44 tmux pane, `deriv lsp` attached to nernst-as-posted.deriv, the cursor on
# the failed step and its hover open; the pane's text and colours rendered by bench/AnsiToPng.java (AWT, headless).
# Needs tmux and neovim (apt-get install -y tmux neovim).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tmp="$(mktemp -d)"
trap 'tmux kill-session -t deriv-shot 2>/dev/null || true; rm -rf "$tmp"' EXIT
"$here/deriv" --version >/dev/null
cat >"$tmp/init.lua" <<'LUA'
vim.o.number = true
vim.o.signcolumn = "yes"
vim.cmd("syntax on")
vim.cmd("syntax match derivComment /#.*/")
vim.cmd("syntax keyword derivKeyword derivation let assume def postulate approx claim goal note import by from in")
vim.cmd("hi link derivKeyword Statement")
vim.cmd("hi link derivComment Comment")
vim.api.nvim_create_autocmd("VimEnter", { callback = function()
  local buf = vim.api.nvim_get_current_buf()
  local client = vim.lsp.start_client({ name = "deriv", cmd = { os.getenv("DERIV_ROOT") .. "/deriv", "lsp" },
    root_dir = os.getenv("DERIV_ROOT") })
  vim.lsp.buf_attach_client(buf, client)
  local function poll()
    if #vim.diagnostic.get(buf) > 0 then
      vim.api.nvim_win_set_cursor(0, { 65, 19 })   -- the = of `claim as_posted: P = P_1(x[j], p[j])^N`
      vim.cmd("normal! zt")
      vim.cmd("normal! 3\x19")
      vim.api.nvim_win_set_cursor(0, { 65, 19 })
      vim.lsp.buf.hover()
    else
      vim.defer_fn(poll, 200)
    end
  end
  vim.defer_fn(poll, 200)
end })
LUA
cd "$here"
tmux new-session -d -s deriv-shot -x 160 -y 44 \
  "DERIV_ROOT=$here TERM=xterm-256color nvim --clean -u $tmp/init.lua derivations/broken/nernst-as-posted.deriv"
# the check takes seconds to a minute with an empty verdict cache; the hover opens when the diagnostics arrive
for _ in $(seq 1 120); do
  sleep 1
  if tmux capture-pane -t deriv-shot -p | grep -q "obligation:"; then break; fi
done
sleep 1
tmux capture-pane -t deriv-shot -e -p >"$tmp/screen.ansi"
java -Djava.awt.headless=true "$here/bench/AnsiToPng.java" "$tmp/screen.ansi" "$here/docs/img/lsp-neovim.png" 160
echo "wrote docs/img/lsp-neovim.png"
