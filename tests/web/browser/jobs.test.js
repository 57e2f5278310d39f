// Background jobs in the web (issue 11): Rankings and Chain position while a metric is computed as a job,
// against the real `chainex serve --inline-budget 0` (every metric but degree is a job). On the bundled
// dataset a job ends within milliseconds, so the tests hold the page's polls of /api/jobs/… (playwright's
// request routing) while they look at the progress, then let them through: no test depends on timing.
// Cancelling needs a job still running when the DELETE arrives: a second server serves a generated graph
// of 100,000 nodes and 400,000 edges, on which exact closeness runs for minutes. Screenshots:
// build/screenshots/rankings-estimate.png (betweenness estimate while the exact job waits) and
// rankings-job.png (a real running job with its percent and ETA), position-pending.png (ranks computing).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start_server, launch_browser, open_page, goto_ready, shot, screenshots } from './harness.js';

let small, big, browser, page, big_folder;

// A connected random graph, deterministic (a linear congruential generator).
function write_big_graph(folder, nodes, edges) {
  let s = 11;
  const random = (n) => { s = (s * 1103515245 + 12345) % 2147483648; return s % n; };
  const node_rows = ['id,kind,name'];
  for (let i = 0; i < nodes; ++i) node_rows.push(`e${i},enterprise,Enterprise ${i}`);
  const edge_rows = ['source,target,type'];
  for (let i = 1; i < nodes; ++i) edge_rows.push(`e${random(i)},e${i},supplies`);
  for (let i = nodes - 1; i < edges; ++i) edge_rows.push(`e${random(nodes)},e${random(nodes)},supplies`);
  writeFileSync(join(folder, 'nodes.csv'), `${node_rows.join('\n')}\n`);
  writeFileSync(join(folder, 'edges.csv'), `${edge_rows.join('\n')}\n`);
}

before(async () => {
  big_folder = mkdtempSync(join(tmpdir(), 'chainex-jobs-'));
  write_big_graph(big_folder, 100_000, 400_000);
  [small, big] = await Promise.all([start_server({ args: ['--inline-budget', '0'] }),
    start_server({ data: big_folder, args: ['--inline-budget', '0'] })]);
  browser = await launch_browser();
  page = await open_page(browser.context);
}, { timeout: 90_000 });

after(async () => {
  await browser?.close();
  await Promise.all([small?.stop(), big?.stop()]);
  if (big_folder) rmSync(big_folder, { recursive: true, force: true });
}, { timeout: 30_000 });

// Runs `body(release)` while the page's requests whose path matches are held, until release() is called
// (or the body ends, passed or failed).
async function holding(matches, body) {
  let open;
  const gate = new Promise((done) => { open = done; });
  const match = (url) => matches(new URL(url).pathname);
  const handler = async (route) => { await gate; await route.continue().catch(() => {}); };
  await page.route(match, handler);
  const release = async () => { open(); await page.unroute(match, handler); };
  try {
    await body(release);
  } finally {
    await release();
  }
}
const job_poll = (metric) => (path) => new RegExp(`^/api/jobs/\\d+-${metric}-both$`).test(path);
const panel = (which) => page.locator(`.job-panel[data-which="${which}"]`);

test('the home page asks for no heavy metric, so it never waits on a job', { timeout: 60_000 }, async () => {
  const asked = [];
  const listen = (response) => { if (new URL(response.url()).pathname.startsWith('/api/')) asked.push(`${response.status()} ${new URL(response.url()).pathname}${new URL(response.url()).search}`); };
  page.on('response', listen);
  await goto_ready(page, small.url);
  await page.waitForSelector('.starter');
  page.off('response', listen);
  assert.ok(asked.length > 0);
  assert.deepEqual(asked.filter((line) => !line.startsWith('200 ')), [], asked.join('\n'));
  assert.ok(asked.every((line) => !line.includes('/api/jobs') && !/metric=(?!degree)/.test(line)), asked.join('\n'));
  assert.deepEqual(page.errors, []);
});

test('a ranking computed as a job shows a labelled progress bar, then the ranking', { timeout: 60_000 }, async () => {
  await holding(job_poll('harmonic'), async (release) => {
    await goto_ready(page, `${small.url}#view=rankings&metric=harmonic`);
    // the bar shows while the job is asked for (no percent yet), then with its percent once the job answers
    await panel('exact').and(page.locator('[data-phase="waiting"]')).locator('progress').waitFor();
    assert.match(await panel('exact').locator('.job-percent').textContent(), /^\d+%$/);
    assert.match(await panel('exact').locator('label').textContent(), /(computing exact|queued: computing exact) harmonic closeness on 392 nodes/);
    assert.equal(await page.getByLabel(/harmonic closeness on 392 nodes/).count(), 1, 'the progress bar is labelled');
    assert.equal(await panel('exact').locator('[role="status"]').count(), 1, 'progress is announced politely');
    assert.equal(await page.locator('table.rankings').count(), 0);
    await release();
    await page.waitForSelector('table.rankings tbody tr', { timeout: 20_000 });
    assert.equal(await panel('exact').count(), 0);
    assert.match(await page.locator('table.rankings caption').textContent(), /^Top \d+ by harmonic/);
    assert.deepEqual(page.errors, []);
  });
});

test('betweenness shows a sampled estimate, marked ±ε, until the exact ranking replaces it', { timeout: 60_000 }, async () => {
  await holding(job_poll('betweenness'), async (release) => { // the exact job's polls; the estimate's go through
    await goto_ready(page, `${small.url}#view=rankings&metric=betweenness`);
    await page.waitForSelector('.rankings-body.estimated table.rankings tbody tr', { timeout: 20_000 });
    assert.match(await page.locator('.estimate-badge').textContent(), /^Estimate$/);
    assert.match(await page.locator('.estimate-note').textContent(), /within ±0\.01 of the exact one with probability 0\.9/);
    assert.match(await page.locator('table.rankings caption').textContent(), /^Estimated top/);
    for (const text of await page.locator('table.rankings tbody td.number').allTextContents()) assert.match(text, /^[\d.e-]+ ± 0\.01$/);
    assert.ok(await panel('exact').locator('progress').count() === 1, 'the exact job is still shown computing');
    await shot(page, 'rankings-estimate');
    await release();
    await page.waitForFunction(() => document.querySelector('table.rankings caption')?.textContent.startsWith('Top '), null, { timeout: 20_000 });
    assert.equal(await page.locator('.estimate-badge').count(), 0);
    for (const text of await page.locator('table.rankings tbody td.number').allTextContents()) assert.doesNotMatch(text, /±/);
    assert.deepEqual(page.errors, []);
  });
});

test('a busy server (503) is retried after Retry-After, saying so', { timeout: 60_000 }, async () => {
  let calls = 0;
  let retried;
  const retry_seen = new Promise((done) => { retried = done; });
  const match = (url) => new URL(url).pathname === '/api/centrality' && new URL(url).searchParams.get('metric') === 'eigenvector';
  const handler = async (route) => {
    if (++calls === 1) {
      await route.fulfill({ status: 503, headers: { 'Retry-After': '1', 'Content-Type': 'application/problem+json' },
        body: JSON.stringify({ type: '/problems/busy', title: 'Busy', status: 503, detail: 'try again' }) });
      return;
    }
    await retry_seen; // the retry waits until the test has read the message
    await route.continue();
  };
  await page.route(match, handler);
  await goto_ready(page, `${small.url}#view=rankings&metric=eigenvector`);
  await page.waitForSelector('.job-panel[data-phase="busy"]');
  assert.match(await panel('exact').locator('label').textContent(), /busy, retrying in 1 s/);
  retried();
  await page.waitForSelector('table.rankings tbody tr', { timeout: 20_000 });
  await page.unroute(match, handler);
  assert.equal(calls >= 2, true);
  // Chromium logs every non-2xx answer to the console; the 503 was meant
  assert.deepEqual(page.errors.filter((e) => !/status of 503/.test(e)), []);
});

test('a running job shows percent and ETA, and Cancel stops it', { timeout: 90_000 }, async () => {
  await goto_ready(page, `${big.url}#view=rankings&metric=closeness`);
  await panel('exact').locator('progress').waitFor();
  assert.match(await panel('exact').locator('label').textContent(), /computing exact closeness on 100,000 nodes/);
  // the job reports progress after its first sources: wait for a poll that shows some
  await page.waitForFunction(() => Number(document.querySelector('.job-panel[data-which="exact"] progress')?.value) > 0, null, { timeout: 60_000 });
  assert.match(await panel('exact').locator('.job-percent').textContent(), /^\d+%$/);
  assert.match(await panel('exact').locator('label').textContent(), /left|not known yet/);
  await shot(page, 'rankings-job');
  await page.getByRole('button', { name: 'Cancel' }).focus(); // by keyboard: the focus must survive the redraw
  await page.keyboard.press('Enter');
  await page.waitForSelector('.job-panel[data-phase="cancelled"]', { timeout: 20_000 });
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Compute again');
  assert.match(await panel('exact').textContent(), /Cancelled: closeness was not computed/);
  const jobs = await (await fetch(new URL('api/jobs', big.url))).json();
  assert.equal(jobs.jobs.find((j) => j.metric === 'closeness')?.state, 'cancelled');
  assert.equal(await page.getByRole('button', { name: 'Compute again' }).count(), 1);
  assert.deepEqual(page.errors, []);
});

test('a chain position shows at once, its pending ranks say "computing…" and then fill in', { timeout: 60_000 }, async () => {
  await holding((path) => path.startsWith('/api/jobs/'), async (release) => {
    await goto_ready(page, `${small.url}#view=position&sel=${encodeURIComponent('ent:byd')}`);
    await page.waitForSelector('table.matrix tbody tr'); // markets and tiers do not wait for the jobs
    const pending = page.locator('table.ranks tr.rank-pending');
    assert.ok(await pending.count() >= 1, 'ranks computed as jobs are pending');
    for (const text of await pending.locator('td.number').allTextContents()) assert.match(text, /^computing… (\d+%|\(queued\))$/);
    assert.match(await page.locator('table.ranks tr[data-metric="degree"] td.number').first().textContent(), /^\d+ of \d+$/);
    await page.locator('table.ranks').screenshot({ path: join(screenshots, 'position-pending.png') });
    await release();
    await page.waitForFunction(() => !document.querySelector('table.ranks tr.rank-pending'), null, { timeout: 20_000 });
    for (const text of await page.locator('table.ranks tbody tr td:nth-of-type(1)').allTextContents()) assert.match(text, /^\d+ of \d+$/);
    assert.deepEqual(page.errors, []);
  });
});

