// @ts-check
'use strict';
/**
 * Smoke test of a built .vsix, unpacked into the directory given as argument: its entry point loads with only the
 * files inside the package (every runtime dependency shipped) and exports activate/deactivate.
 *
 * Usage: node test/support/load-packaged.js <unpacked-vsix-dir>
 */

const path = require('node:path');
const { withInertVscode } = require('./vscode-stub');

const root = path.resolve(process.argv[2], 'extension');
const manifest = require(path.join(root, 'package.json'));
const extension = withInertVscode(() => require(path.resolve(root, manifest.main)));
for (const name of ['activate', 'deactivate']) {
  if (typeof extension[name] !== 'function') {
    console.error(`${manifest.main} does not export ${name}`);
    process.exit(1);
  }
}
console.log(`ok: ${manifest.name}@${manifest.version} loads from ${root}`);
