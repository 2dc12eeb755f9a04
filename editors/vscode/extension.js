// The deriv extension: starts `deriv lsp` for .deriv files (docs/editors.md). Everything else — diagnostics, hover,
// go to definition, outline, completion, formatting, quick fixes, inlay hints — comes from the server.
"use strict";
const vscode = require("vscode");
const { LanguageClient, TransportKind } = require("vscode-languageclient/node");

let client;

function activate(context) {
  const settings = vscode.workspace.getConfiguration("deriv");
  const command = settings.get("path", "deriv");
  const args = ["lsp", ...settings.get("arguments", [])];
  const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
  const server = {
    command,
    args,
    transport: TransportKind.stdio,
    // the verdict cache (.deriv-cache/) is kept in the workspace, as `deriv check` keeps it
    options: folder ? { cwd: folder.uri.fsPath } : {},
  };
  client = new LanguageClient("deriv", "deriv", server, {
    documentSelector: [{ scheme: "file", language: "deriv" }, { scheme: "untitled", language: "deriv" }],
  });
  context.subscriptions.push({ dispose: () => client && client.stop() });
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
