-- Headless Neovim test of editor-configs/nvim against the real flutr-lsp (run by tests/test_editors.py):
--   nvim --headless --clean -c 'luafile editor-configs/nvim/test/headless.lua'
-- Environment: FLUTR_NVIM_CONFIG (editor-configs/nvim), FLUTR_LSP, FLUTR_TEST_MODEL, FLUTR_TEST_FILE (a Dart file),
-- FLUTR_TEST_LINE (1-based line of its Turkish comment), FLUTR_RESULT (where the JSON result goes), FLUTR_TEST_SETUP:
--   answer (default)  require('flutr').setup({ cmd = ..., settings = ... }), then answer the comment
--   setup             require('flutr').setup({ cmd = ... }) with no settings: start, load the model, stop
--   enable            lsp/flutr.lua + vim.lsp.config('flutr', { cmd = ... }) + vim.lsp.enable('flutr'): the same
-- Neovim's own LSP client does everything: attach, textDocument/codeAction, codeAction/resolve, applying the edit.
local env = vim.env
local result = { messages = {}, progress = {}, steps = {} }

local function finish(ok, err)
  result.ok = ok
  result.error = err
  local file = assert(io.open(env.FLUTR_RESULT, 'w'))
  file:write(vim.json.encode(result))
  file:close()
  vim.cmd(ok and 'qall!' or 'cquit! 1')
end

local function step(name, condition, timeout_ms)
  local started = vim.uv.hrtime()
  local ok = vim.wait(timeout_ms, condition, 50)
  result.steps[name] = { ok = ok, ms = math.floor((vim.uv.hrtime() - started) / 1e6) }
  if not ok then
    error(('%s: not done within %d ms'):format(name, timeout_ms), 0)
  end
end

local function run()
  vim.notify = function(message, level)
    table.insert(result.messages, { message = tostring(message), level = level })
  end
  vim.g.mapleader = ' '
  vim.opt.runtimepath:prepend(env.FLUTR_NVIM_CONFIG)
  vim.api.nvim_create_autocmd('LspProgress', {
    callback = function(args)
      local value = args.data.params.value or {}
      table.insert(result.progress, { kind = value.kind, title = value.title, message = value.message })
    end,
  })

  local cmd = { env.FLUTR_LSP, '--model', env.FLUTR_TEST_MODEL, '--stdio' }
  local mode = env.FLUTR_TEST_SETUP or 'answer'
  result.mode = mode
  local flutr = require('flutr')
  if mode == 'answer' then
    flutr.setup({ cmd = cmd, settings = { maxTokens = 64, contextLines = 0 } })
  elseif mode == 'setup' then
    flutr.setup({ cmd = cmd })
  elseif mode == 'enable' then
    vim.lsp.config('flutr', { cmd = cmd }) -- merged over lsp/flutr.lua, found on 'runtimepath'
    vim.lsp.enable('flutr')
  else
    error('unknown FLUTR_TEST_SETUP ' .. mode, 0)
  end

  vim.cmd.edit(vim.fn.fnameescape(env.FLUTR_TEST_FILE))
  local buf = vim.api.nvim_get_current_buf()
  result.filetype = vim.bo[buf].filetype
  step('attach', function()
    return #vim.lsp.get_clients({ bufnr = buf, name = 'flutr' }) > 0
  end, 30000)
  local client = vim.lsp.get_clients({ bufnr = buf, name = 'flutr' })[1]
  step('initialized', function()
    return client.initialized and client.server_capabilities ~= nil
  end, 30000)
  result.nvim = tostring(vim.version())
  result.root_dir = client.root_dir
  result.resolve_provider = vim.tbl_get(client.server_capabilities, 'codeActionProvider', 'resolveProvider')
  result.client_resolve_support = vim.tbl_get(client.capabilities, 'textDocument', 'codeAction', 'resolveSupport', 'properties')

  if mode ~= 'answer' then
    -- A start with no settings: initializationOptions and the didChangeConfiguration Neovim sends after
    -- `initialize` are parsed by now (the server reads messages in order); wait for the model too, so every
    -- message of a start is in result.messages.
    local status
    step('model loaded', function()
      local reply = client:request_sync('workspace/executeCommand', { command = 'flutr.status', arguments = {} }, 5000)
      status = reply and reply.result
      return status ~= nil and not status.modelLoading
    end, 60000)
    vim.wait(300) -- a message sent just before the status answer is handled by now
    result.config = status.config
    return
  end

  local line = tonumber(env.FLUTR_TEST_LINE)
  vim.api.nvim_win_set_cursor(0, { line, 0 })
  result.before = vim.api.nvim_buf_get_lines(buf, 0, -1, false)

  -- The keymap setup() put on the buffer: it calls vim.lsp.buf.code_action({ apply = true, filter = ... }).
  local map = vim.fn.maparg('<leader>fy', 'n', false, true)
  result.keymap = { desc = map.desc, buffer = map.buffer }
  assert(map.callback, 'no <leader>fy keymap on the Dart buffer')
  map.callback()
  step('answer', function()
    return vim.api.nvim_buf_line_count(buf) > #result.before
  end, 120000)
  vim.wait(200) -- let a stray second edit show up if there were one
  result.after = vim.api.nvim_buf_get_lines(buf, 0, -1, false)

  -- Runtime settings change through the same module: hint diagnostics appear on the comment.
  local hints = vim.api.nvim_create_buf(true, false)
  vim.api.nvim_buf_set_name(hints, vim.fn.fnamemodify(env.FLUTR_TEST_FILE, ':h') .. '/ipucu.dart')
  vim.api.nvim_set_current_buf(hints)
  vim.api.nvim_buf_set_lines(hints, 0, -1, false, { '// Kullanıcı listesini gösteren bir widget yaz' })
  vim.bo[hints].filetype = 'dart'
  step('attach hints buffer', function()
    return #vim.lsp.get_clients({ bufnr = hints, name = 'flutr' }) > 0
  end, 10000)
  flutr.set({ hintDiagnostics = true })
  step('hints', function()
    return #vim.diagnostic.get(hints) > 0
  end, 10000)
  local diagnostic = vim.diagnostic.get(hints)[1]
  result.hint = { lnum = diagnostic.lnum, severity = diagnostic.severity, source = diagnostic.source }
  result.status_after = flutr.status()
end

local ok, err = xpcall(run, debug.traceback)
finish(ok, not ok and tostring(err) or nil)
