-- flutr for nvim-lspconfig users (Neovim 0.10, or lspconfig's classic `setup` API on 0.11).
-- On Neovim >= 0.11 prefer lsp/flutr.lua + vim.lsp.enable('flutr') (or require('flutr').setup()); see README.md.
-- Paste into your config after nvim-lspconfig is loaded.
local configs = require('lspconfig.configs')
local util = require('lspconfig.util')

if not configs.flutr then
  configs.flutr = {
    default_config = {
      cmd = { 'flutr-lsp', '--stdio' }, -- or the full path to .venv/bin/flutr-lsp
      filetypes = { 'dart' },
      root_dir = util.root_pattern('pubspec.yaml', '.git'),
      single_file_support = true,
      -- camelCase ServerConfig keys: modelPath, maxTokens, hintDiagnostics, ...; vim.empty_dict(), not {}, which
      -- vim.json would send as [] (an empty Lua table is also an empty list)
      init_options = vim.empty_dict(),
      settings = { flutr = vim.empty_dict() },
    },
    docs = { description = 'flutr-lsp: Türkçe yorumdan Dart kodu / Dart code for Turkish comments' },
  }
end

require('lspconfig').flutr.setup({
  init_options = { maxTokens = 384 },
  on_attach = function(_, bufnr)
    -- Answer the Turkish comment under the cursor: flutr's quickfix, applied without a menu.
    vim.keymap.set('n', '<leader>fy', function()
      vim.lsp.buf.code_action({
        context = { only = { 'quickfix' }, diagnostics = {} },
        filter = function(action)
          return action.title == 'flutr: Bu yoruma kod üret'
        end,
        apply = true,
      })
    end, { buffer = bufnr, desc = 'flutr: Yorumu yanıtla' })
  end,
})
