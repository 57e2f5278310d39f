// What the browser tests need around them: the real `chainex serve` on a free 127.0.0.1 port with
// the bundled dataset, and Debian's headless Chromium driven by playwright-core.
//   const server = await start_server();      // {url, stop()}; $CHAINEX_BIN, default build/debug/cli/chainex
//   start_server({data: folder, args: ['--inline-budget', '0']})   // other data, more `serve` switches
//   const browser = await launch_browser();   // a fresh profile in a temp folder, removed by close()
//   let server, browser, page;  explorer_session((s) => ({ server, browser, page } = s));   // a file's hooks
// Every wait is bounded; a server that does not answer within 20 s fails the run with its output.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, after } from 'node:test';
import { chromium } from '../../../web/node_modules/playwright-core/index.mjs';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const screenshots = join(root, 'build', 'screenshots');
mkdirSync(screenshots, { recursive: true });

const dataset = join(root, 'datasets', 'east-forward-2025');

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

// The server is started on port 0 and says where it listens ("open http://127.0.0.1:PORT/").
async function wait_until_up(child, output, deadline_ms) {
  const deadline = Date.now() + deadline_ms;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`chainex serve exited with ${child.exitCode}:\n${output.join('')}`);
    const url = output.join('').match(/open (http:\/\/127\.0\.0\.1:\d+\/)/)?.[1];
    if (url) {
      try {
        const response = await fetch(`${url}api/stats`, { signal: AbortSignal.timeout(1000) });
        if (response.ok) return url;
      } catch {
        // not answering yet
      }
    }
    await sleep(100);
  }
  throw new Error(`chainex serve did not answer within ${deadline_ms} ms:\n${output.join('')}`);
}

export async function start_server({ data = dataset, args: more = [] } = {}) {
  if (process.env.CHAINEX_WEB_URL && !more.length && data === dataset) return { url: process.env.CHAINEX_WEB_URL, stop: async () => {} };
  const bin = resolve(root, process.env.CHAINEX_BIN ?? 'build/debug/cli/chainex');
  if (!existsSync(bin)) throw new Error(`no chainex binary at ${bin} (build it, or set CHAINEX_BIN)`);
  const args = ['serve', data, ...more, '--host', '127.0.0.1', '--port', '0', '--web', join(root, 'web'), '--access-log', 'off'];
  const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const output = [];
  child.stdout.on('data', (chunk) => output.push(chunk.toString()));
  child.stderr.on('data', (chunk) => output.push(chunk.toString()));
  let url;
  try {
    url = await wait_until_up(child, output, 20_000);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    url,
    output,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      if (await Promise.race([exited.then(() => true), sleep(5000).then(() => false)])) return;
      child.kill('SIGKILL');
      await exited;
    },
  };
}

export async function launch_browser() {
  const profile = mkdtempSync(join(tmpdir(), 'chainex-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
    viewport: { width: 1366, height: 800 },
    acceptDownloads: true,
    timeout: 30_000,
  });
  context.setDefaultTimeout(10_000);
  context.setDefaultNavigationTimeout(15_000);
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

// A page that records console errors and uncaught exceptions, so a test can assert there were none.
export async function open_page(context, url) {
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (error) => page.errors.push(error.message));
  page.on('console', (message) => { if (message.type() === 'error') page.errors.push(message.text()); });
  if (url) await goto_ready(page, url);
  return page;
}

export async function goto_ready(page, url) {
  page.errors = [];
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 15_000 });
  await idle(page);
}

// Waits until the latest view is drawn and no request is in flight.
export async function idle(page) {
  await page.waitForFunction(
    () => !document.body.dataset.rendering && !document.querySelector('main').hasAttribute('aria-busy'), null, { timeout: 15_000 });
}

// Types a node's name into a search box (the path finder's `path-from`, `path-to`) and picks it from the list.
export async function pick(page, input_id, node) {
  await page.locator(`#${input_id}`).fill(node.name);
  await page.waitForFunction(([id, q]) => document.getElementById(id).dataset.query === q, [`${input_id}-list`, node.name]);
  const option = page.locator(`#${input_id}-list [role="option"][data-id="${node.id}"]`);
  await option.waitFor();
  await option.click();
}

export const shot = (page, name) => page.screenshot({ path: join(screenshots, `${name}.png`) });

// The usual set-up of a test file: the bundled dataset served, a browser and one page, made before the
// file's tests and closed after them (node:test hooks); `take` receives {server, browser, page}.
export function explorer_session(take) {
  let session = null;
  before(async () => {
    const server = await start_server();
    const browser = await launch_browser();
    session = { server, browser, page: await open_page(browser.context) };
    take(session);
  }, { timeout: 60_000 });
  after(async () => {
    await session?.browser.close();
    await session?.server.stop();
  }, { timeout: 30_000 });
}
