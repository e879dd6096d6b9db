-- flutr-lsp for Neovim >= 0.11: Dart code for the Turkish comment under the cursor.
--
-- Copy this file to ~/.config/nvim/lsp/flutr.lua (or put editor-configs/nvim on 'runtimepath') and add
--   vim.lsp.enable('flutr')
-- to your init.lua. Override fields with vim.lsp.config('flutr', { ... }).
--
-- Settings are camelCase keys of the server's ServerConfig (modelPath, loraPath, maxTokens, temperature,
-- contextLines, retrievalK, retrievalTokens, hintDiagnostics, completion, backend, baseUrl, ...). They go to the server as
-- initializationOptions; `settings.flutr` answers its workspace/configuration requests.
---@type vim.lsp.Config
return {
  cmd = { 'flutr-lsp', '--stdio' },
  filetypes = { 'dart' },
  root_markers = { 'pubspec.yaml', '.git' },
  init_options = vim.empty_dict(), -- not {}: vim.json sends an empty Lua table as [], not as an object
  settings = { flutr = vim.empty_dict() },
}
