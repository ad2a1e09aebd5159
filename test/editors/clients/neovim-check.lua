-- Drives Neovim's built-in LSP client (0.7+) against the Skjold language server, as a user's config would,
-- and writes what it saw as JSON to $SKJOLD_RESULT. Run by test/editors/neovim.test.ts:
--   nvim --headless --clean -n -S neovim-check.lua   with SKJOLD_NOTE, SKJOLD_SERVER_CMD (JSON list), SKJOLD_RESULT
-- Never prints document text: the report holds ranges, codes, titles and a masked-or-not flag.
local result = {}
local TIMEOUT = tonumber(os.getenv('SKJOLD_WAIT_MS') or '15000')

local function skjold_diagnostics(buf)
  local out = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if d.source == 'skjold' then table.insert(out, d) end
  end
  return out
end

local function run()
  local note = assert(os.getenv('SKJOLD_NOTE'), 'SKJOLD_NOTE not set')
  local cmd = vim.fn.json_decode((assert(os.getenv('SKJOLD_SERVER_CMD'), 'SKJOLD_SERVER_CMD not set')))
  vim.cmd('edit ' .. vim.fn.fnameescape(note))
  local buf = vim.api.nvim_get_current_buf()

  -- Keep the raw LSP diagnostics too (UTF-16 ranges, `data`), as the code-action request must send them back.
  local raw = {}
  local publish = vim.lsp.handlers['textDocument/publishDiagnostics']
  vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, res, ctx, config)
    if res then raw = res.diagnostics end
    return publish(err, res, ctx, config)
  end

  local id = vim.lsp.start_client({ name = 'skjold', cmd = cmd, root_dir = vim.fn.fnamemodify(note, ':h') })
  if not id then error('vim.lsp.start_client did not start the server') end
  vim.lsp.buf_attach_client(buf, id)
  local client = vim.lsp.get_client_by_id(id)

  result.arrived = vim.wait(TIMEOUT, function() return #skjold_diagnostics(buf) > 0 end, 50)
  result.diagnostics = {}
  for _, d in ipairs(skjold_diagnostics(buf)) do
    table.insert(result.diagnostics, {
      line = d.lnum, col = d.col, end_line = d.end_lnum, end_col = d.end_col,
      code = d.code, severity = d.severity,
    })
  end
  if not result.arrived then return end

  local cpr
  for _, d in ipairs(raw) do
    if d.code == 'cpr' then cpr = d end
  end
  if not cpr then return end
  local params = {
    textDocument = vim.lsp.util.make_text_document_params(buf),
    range = cpr.range,
    context = { diagnostics = { cpr } },
  }
  local response = client.request_sync('textDocument/codeAction', params, TIMEOUT, buf)
  result.actions = {}
  local chosen
  for _, action in ipairs((response and response.result) or {}) do
    table.insert(result.actions, { title = action.title, isPreferred = action.isPreferred == true })
    if action.isPreferred and not chosen then chosen = action end
  end
  if not chosen then return end

  -- Apply the fix as the user would, then wait for the server to re-check the edited text.
  vim.lsp.util.apply_workspace_edit(chosen.edit, client.offset_encoding)
  result.cleared = vim.wait(TIMEOUT, function()
    for _, d in ipairs(skjold_diagnostics(buf)) do
      if d.code == 'cpr' then return false end
    end
    return true
  end, 50)
  local line = vim.api.nvim_buf_get_lines(buf, cpr.range.start.line, cpr.range.start.line + 1, false)[1] or ''
  local s, e = cpr.range.start.character, cpr.range['end'].character
  result.masked_span = line:sub(s + 1, e)
  result.masked_span_has_digits = result.masked_span:find('%d') ~= nil
  if result.masked_span_has_digits then result.masked_span = nil end
end

local ok, err = xpcall(run, debug.traceback)
if not ok then result.error = tostring(err) end
local f = assert(io.open(assert(os.getenv('SKJOLD_RESULT'), 'SKJOLD_RESULT not set'), 'w'))
f:write(vim.fn.json_encode(result))
f:close()
vim.cmd('qall!')
