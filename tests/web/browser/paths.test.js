// Paths that mean something (issue 14), in headless Chromium against `chainex serve` with the bundled
// dataset: a path between two enterprises walks business relations and avoids markets and roles, its
// sentence cites every hop, and when no business connection exists the structural one is offered as such.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { explorer_session, goto_ready, idle, shot, pick } from './harness.js';

let server, browser, page;

const hubs = ['market', 'role'];
const api = async (path) => (await fetch(new URL(path, server.url), { signal: AbortSignal.timeout(10_000) })).json();
explorer_session((s) => ({ server, browser, page } = s));

async function find_path(from, to) {
  await goto_ready(page, server.url);
  await pick(page, 'path-from', from);
  await pick(page, 'path-to', to);
  await page.getByRole('button', { name: 'Find path' }).click();
  await page.waitForSelector('.path-sentence, #path-structural');
  await idle(page);
}

test('BYD to Xiaomi: a business path that avoids markets and roles, every hop cited', { timeout: 60_000 }, async () => {
  const byd = { id: 'ent:byd', name: 'BYD' }, xiaomi = { id: 'ent:xiaomi', name: 'Xiaomi' };
  // what the plain search over every relation gives: through China (the example)
  const plain = await api(`api/path?from=${byd.id}&to=${xiaomi.id}&relations=all&rank=shortest`);
  assert.ok(plain.paths[0].nodes.slice(1, -1).some((id) => hubs.includes(plain.nodes[id].kind)), 'the plain path passes a hub');

  await find_path(byd, xiaomi);
  const shown = await page.evaluate(() => window.chainex.path());
  assert.equal(shown.business, true);
  const first = shown.paths[0];
  const inner = first.nodes.slice(1, -1).map((id) => shown.kinds[id]);
  assert.ok(inner.length > 0 && !inner.some((kind) => hubs.includes(kind)), `the first path avoids markets and roles: ${inner}`);

  const sentence = page.locator('.path-sentences > li').first().locator('.path-sentence');
  const links = await sentence.locator('a.citation').count();
  assert.equal(links, first.hops, 'every hop of the bundled data is cited: one link per hop');
  for (const href of await sentence.locator('a.citation').evaluateAll((all) => all.map((a) => a.getAttribute('href')))) {
    assert.match(href, /^https?:\/\//);
  }
  assert.ok(await page.locator('.path-sources li').count() >= 1);
  // each dated hop shows its date (issue 13 has landed): as many dates as the path has hops with a since
  const dated = first.edges.filter((e) => (shown.edges[e] ?? shown.edges[String(e)])?.properties?.since).length;
  assert.equal(await sentence.locator('.hop-date').count(), dated);
  await shot(page, 'path-cited');
  assert.deepEqual(page.errors, []);
});

test('Pop Mart to Haier: no business connection, the structural one offered as such', { timeout: 60_000 }, async () => {
  const pop = { id: 'ent:pop-mart', name: 'Pop Mart' }, haier = { id: 'ent:haier', name: 'Haier' };
  const answer = await api(`api/path?from=${pop.id}&to=${haier.id}`);
  assert.equal(answer.business, false);
  assert.ok(answer.structural_path);

  await find_path(pop, haier);
  const offer = page.locator('#path-structural');
  await offer.waitFor();
  assert.match(await page.locator('.no-business').textContent(), /No business connection/);
  await shot(page, 'path-no-business');
  await offer.click();
  await page.waitForFunction(() => window.chainex.state().path?.relations === 'all');
  await page.waitForSelector('.path-sentence');
  await idle(page);
  const shown = await page.evaluate(() => window.chainex.path());
  assert.equal(shown.relations, 'all');
  assert.match(await page.locator('.structural').textContent(), /Structural connection/);
  assert.equal(await page.locator('.path-sentence').first().locator('a.citation').count(), shown.paths[0].hops);
  assert.deepEqual(page.errors, []);
});
