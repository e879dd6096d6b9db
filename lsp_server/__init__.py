"""flutr lsp_server."""
