// The "Import data" dialog (issue 12) against a real `chainex serve --token-file`: a wrong token is
// refused, a bad file's error is shown with its file:line:column before anything changes, and a good
// import is checked, applied, and the page reopens on the new graph stating its version; GLEIF's tables in one zip
// (tests/fixtures/gleif/golden-copy.zip) import alone, and a zip of something else is refused naming the CSV in it.
// Screenshots: build/screenshots/import-error.png, import-checked.png, import-done.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { start_server, launch_browser, open_page, shot } from './harness.js';

const token = 'a-long-import-token-for-the-test';
let server, browser, page, folder;

before(async () => {
  folder = mkdtempSync(join(tmpdir(), 'chainex-import-web-'));
  writeFileSync(join(folder, 'token'), `${token}\n`);
  server = await start_server({ args: ['--token-file', join(folder, 'token'), '--data-dir', join(folder, 'data')] });
  browser = await launch_browser();
  page = await open_page(browser.context, server.url);
}, { timeout: 60_000 });

after(async () => {
  await browser?.close();
  await server?.stop();
  if (folder) rmSync(folder, { recursive: true, force: true });
}, { timeout: 30_000 });

const csv = (name, text) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
const good_nodes = csv('firms.csv', 'id,kind,name\nent:a,enterprise,Alpha Motors\nent:b,enterprise,Beta Cells\nmkt:HU,market,Hungary\n');
const good_edges = csv('links.csv', 'source,target,type,citation\nent:b,ent:a,supplies,A report\nent:a,mkt:HU,located_in,A report\n');
const gleif_fixtures = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/gleif');
const zip = (name) => ({ name, mimeType: 'application/zip', buffer: readFileSync(join(gleif_fixtures, name)) });
const stats = async () => (await fetch(`${server.url}api/stats`)).json();

async function open_dialog() {
  await page.locator('#import-data').click();
  await page.locator('#import-dialog').waitFor({ state: 'visible' });
}

async function choose(files, token_text) {
  await page.locator('#import-files').setInputFiles(files);
  await page.waitForFunction((n) => document.querySelectorAll('.import-files li').length === n, files.length);
  await page.locator('#import-token').fill(token_text);
}

const summary = () => page.locator('.import-summary').textContent();

test('a wrong token is refused and the graph stays', async () => {
  const before_import = await stats();
  await open_dialog();
  await choose([good_nodes, good_edges], 'not-the-token');
  await page.locator('#import-check').click();
  await page.waitForFunction(() => /token is wrong/.test(document.querySelector('.import-summary')?.textContent ?? ''));
  assert.equal(await page.locator('#import-apply').isDisabled(), true);
  assert.equal((await stats()).version, before_import.version);
});

test('a bad file shows its error at file:line:column and nothing changes', async () => {
  const before_import = await stats();
  const bad_nodes = csv('bad-firms.csv', 'id,kind,name\nent:a,enterprise,Alpha\nent:a,enterprise,Alpha again\n');
  await choose([bad_nodes, good_edges], token);
  // the files are told apart by their header, whatever order they come in
  assert.deepEqual(await page.locator('.import-files li').allTextContents(), ['nodes bad-firms.csv', 'edges links.csv']);
  await page.locator('#import-check').click();
  const error = page.locator('.import-errors li').first();
  await error.waitFor();
  assert.match(await error.textContent(), /^bad-firms\.csv:3:\d+: .*ent:a/);
  assert.match(await summary(), /Nothing has changed/);
  assert.equal(await page.locator('#import-apply').isDisabled(), true);
  await shot(page, 'import-error');
  assert.equal((await stats()).version, before_import.version);
});

test('a good import is checked first, then applied, and the page shows the new graph and its version', async () => {
  const before_import = await stats();
  page.errors = []; // the refusals above were logged by the browser as failed loads, as they should be
  await choose([good_edges, good_nodes], token);
  await page.locator('#import-check').click();
  await page.waitForFunction(() => /files are good/.test(document.querySelector('.import-summary')?.textContent ?? ''));
  assert.match(await summary(), /3 nodes and 2 connections/);
  assert.equal((await stats()).version, before_import.version, 'a check changes nothing');
  await shot(page, 'import-checked');
  assert.equal(await page.locator('#import-apply').isDisabled(), false);
  await Promise.all([page.waitForNavigation(), page.locator('#import-apply').click()]);
  await page.waitForSelector('body[data-ready="true"]');
  const after_import = await stats();
  assert.equal(after_import.nodes, 3);
  assert.notEqual(after_import.version, before_import.version);
  assert.match(await page.locator('#status').textContent(), new RegExp(`Imported 3 nodes and 2 connections: the server now shows version ${after_import.version}`));
  assert.match(await page.locator('#dataset').textContent(), new RegExp(`3 nodes, 2 connections.*Version ${after_import.version}, imported`));
  await shot(page, 'import-done');
  assert.deepEqual(page.errors, []);
});

test('a zip that is not GLEIF is refused naming the CSV in it, and GLEIF\'s tables in one zip import alone', async () => {
  const before_import = await stats();
  page.errors = [];
  await open_dialog();
  await choose([zip('not-gleif.zip')], token);
  assert.deepEqual(await page.locator('.import-files li').allTextContents(), ['nodes not-gleif.zip']);
  await page.locator('#import-check').click();
  const error = page.locator('.import-errors li').first();
  await error.waitFor();
  assert.match(await error.textContent(), /^not-gleif\.zip:native_nodes\.csv:1: not a GLEIF golden-copy table/);
  assert.equal(await page.locator('#import-apply').isDisabled(), true);
  assert.equal((await stats()).version, before_import.version);

  page.errors = [];
  await choose([zip('golden-copy.zip')], token);
  await page.locator('#import-check').click();
  await page.waitForFunction(() => /files are good/.test(document.querySelector('.import-summary')?.textContent ?? ''));
  // 5 entities and their 4 markets; 5 located_in and 4 owns (tests/fixtures/gleif/README.md)
  assert.match(await summary(), /9 nodes and 9 connections/);
  await Promise.all([page.waitForNavigation(), page.locator('#import-apply').click()]);
  await page.waitForSelector('body[data-ready="true"]');
  const after_import = await stats();
  assert.equal(after_import.nodes, 9);
  assert.notEqual(after_import.version, before_import.version);
  assert.match(await page.locator('#status').textContent(), new RegExp(`Imported 9 nodes and 9 connections: the server now shows version ${after_import.version}`));
  await shot(page, 'import-gleif-zip');
  assert.deepEqual(page.errors, []);
});
