-- flutr for Neovim >= 0.11: configures and enables the `flutr` LSP client (vim.lsp.config / vim.lsp.enable),
-- adds a keymap and :FlutrAnswer to answer the Turkish comment under the cursor, and echoes generation progress.
--
--   require('flutr').setup({
--     cmd = { vim.fn.expand('~/flutr/.venv/bin/flutr-lsp'), '--stdio' },  -- default: flutr-lsp on PATH
--     settings = { modelPath = '', maxTokens = 384, hintDiagnostics = true }, -- camelCase ServerConfig keys
--     keymaps = { answer = '<leader>fy' },                                   -- false: no keymaps
--   })
local M = {}

--- The title flutr-lsp gives its code action (lsp_server/convert.py).
M.action_title = 'flutr: Bu yoruma kod üret'

--- The latest progress of a generation: { kind = 'begin'|'report'|'end', title = ..., message = ... } or nil.
M.progress = nil

local defaults = {
  cmd = { 'flutr-lsp', '--stdio' },
  filetypes = { 'dart' },
  root_markers = { 'pubspec.yaml', '.git' },
  settings = vim.empty_dict(),
  keymaps = { answer = '<leader>fy' },
  enable = true,
  echo_progress = true,
}

--- Settings as a JSON object: vim.json encodes an empty Lua table as [] (Lua has no empty object), which the
--- server would have to guess is its settings object.
local function as_object(settings)
  return next(settings) == nil and vim.empty_dict() or settings
end

local function is_flutr_action(action)
  return action.title == M.action_title
end

--- Answer the Turkish comment under the cursor: request flutr's quickfix and apply it without a menu
--- (codeAction/resolve does the generation; other servers' actions are filtered out).
function M.answer()
  vim.lsp.buf.code_action({
    context = { only = { 'quickfix' }, diagnostics = {} },
    filter = is_flutr_action,
    apply = true,
  })
end

--- Change server settings at runtime (merged into what setup() gave) and tell running flutr clients.
---@param settings table camelCase ServerConfig keys, e.g. { hintDiagnostics = true }
function M.set(settings)
  for _, client in ipairs(vim.lsp.get_clients({ name = 'flutr' })) do
    client.settings = vim.tbl_deep_extend('force', client.settings or {}, { flutr = as_object(settings) })
    client:notify('workspace/didChangeConfiguration', { settings = client.settings })
  end
  M.settings = as_object(vim.tbl_deep_extend('force', M.settings or {}, settings))
  vim.lsp.config('flutr', { init_options = M.settings, settings = { flutr = M.settings } })
end

--- A statusline-friendly summary of the running generation ('' when idle).
function M.status()
  local p = M.progress
  if not p or p.kind == 'end' then
    return ''
  end
  return ('flutr: %s'):format(p.message or p.title or '…')
end

local function on_attach(args, opts)
  local client = vim.lsp.get_client_by_id(args.data.client_id)
  if not client or client.name ~= 'flutr' then
    return
  end
  if opts.keymaps and opts.keymaps.answer then
    vim.keymap.set('n', opts.keymaps.answer, M.answer, {
      buffer = args.buf,
      desc = 'flutr: Yorumu yanıtla (Türkçe yorumun kodunu üret)',
    })
  end
end

local function on_progress(args, opts)
  local client = vim.lsp.get_client_by_id(args.data.client_id)
  if not client or client.name ~= 'flutr' then
    return
  end
  local value = args.data.params.value or {}
  local title = value.title or (M.progress and M.progress.title) or 'flutr'
  M.progress = { kind = value.kind, title = title, message = value.message }
  if opts.echo_progress then
    local text = value.kind == 'begin' and title .. (value.message and (': ' .. value.message) or '')
      or ('%s: %s'):format(title, value.message or '')
    vim.api.nvim_echo({ { text } }, false, {})
  end
end

---@param opts? table see the example at the top of this file
function M.setup(opts)
  -- shallow on purpose: a given `cmd` replaces the default list instead of being merged into it index by index
  opts = vim.tbl_extend('force', defaults, opts or {})
  M.settings = as_object(opts.settings or {})
  vim.lsp.config('flutr', {
    cmd = opts.cmd,
    filetypes = opts.filetypes,
    root_markers = opts.root_markers,
    init_options = M.settings,
    settings = { flutr = M.settings },
  })
  local group = vim.api.nvim_create_augroup('flutr', { clear = true })
  vim.api.nvim_create_autocmd('LspAttach', {
    group = group,
    callback = function(args)
      on_attach(args, opts)
    end,
  })
  vim.api.nvim_create_autocmd('LspProgress', {
    group = group,
    callback = function(args)
      on_progress(args, opts)
    end,
  })
  vim.api.nvim_create_user_command('FlutrAnswer', M.answer, { desc = 'flutr: Yorumu yanıtla' })
  if opts.enable then
    vim.lsp.enable('flutr')
  end
end

return M
