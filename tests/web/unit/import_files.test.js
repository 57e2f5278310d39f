// The import dialog's pure parts: which upload part a file goes in (web/src/upload_parts.js) and the
// words for the server's answer (web/src/import_report.js).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { header_fields, part_for, check_parts } from '../../../web/src/upload_parts.js';
import { position_text, describe_import } from '../../../web/src/import_report.js';

test('header fields are read whatever the separator, quoting or byte order mark', () => {
  assert.deepEqual(header_fields('\uFEFF"id","kind",name\r\n'), ['id', 'kind', 'name']);
  assert.deepEqual(header_fields('Source;Target;Type'), ['source', 'target', 'type']);
  assert.deepEqual(header_fields('a\tb'), ['a', 'b']);
});

test('CSV files are told apart by their header in every convention the server reads', () => {
  assert.equal(part_for('firms.csv', 'id,kind,name'), 'nodes');
  assert.equal(part_for('links.csv', 'source,target,type'), 'edges');
  assert.equal(part_for('gephi-edges.csv', 'Source,Target,Type,Weight'), 'edges');
  assert.equal(part_for('gephi-nodes.csv', 'Id,Label'), 'nodes');
  assert.equal(part_for('rels.csv', ':START_ID(Company),:END_ID(Person),:TYPE'), 'edges');
  assert.equal(part_for('companies.csv', 'companyId:ID(Company),name,:LABEL'), 'nodes');
  assert.equal(part_for('relationships.csv', 'node_id_start,node_id_end,rel_type,link'), 'edges');
  assert.equal(part_for('nodes-entities.csv', 'node_id,name,jurisdiction'), 'nodes');
});

test('graph files go whole, by their extension, whatever their first line', () => {
  for (const name of ['chain.gexf', 'chain.GraphML', 'export.xml', 'network.cyjs', 'cy.json']) {
    assert.equal(part_for(name, 'source,target'), 'graph', name);
  }
  assert.equal(part_for('golden-copy.zip', 'PK\u0003\u0004'), 'nodes'); // GLEIF's zip: the server reads the tables in it
  assert.equal(check_parts([{ name: 'golden-copy.zip', part: 'nodes' }]), null); // no edges file needed
  assert.match(check_parts([{ name: 'lei2.csv', part: 'nodes' }]), /edges file/);
});

test('what is missing from a choice is said before anything is sent', () => {
  assert.match(check_parts([]), /Choose or drop/);
  assert.match(check_parts([{ name: 'e.csv', part: 'edges' }]), /nodes file/);
  assert.match(check_parts([{ name: 'n.csv', part: 'nodes' }]), /edges file/);
  assert.match(check_parts([{ name: 'a.gexf', part: 'graph' }, { name: 'n.csv', part: 'nodes' }]), /a\.gexf is a whole graph/);
  assert.match(check_parts([{ name: 'a.gexf', part: 'graph' }, { name: 'b.graphml', part: 'graph' }]), /one graph file/);
  assert.equal(check_parts([{ name: 'a.gexf', part: 'graph' }]), null);
  assert.equal(check_parts([{ name: 'n.csv', part: 'nodes' }, { name: 'm.csv', part: 'nodes' }, { name: 'e.csv', part: 'edges' }]), null);
});

test('an error names file, line and column as an editor does', () => {
  assert.equal(position_text({ file: 'nodes.csv', line: 3, column: 2, message: 'duplicate node id "a"' }), 'nodes.csv:3:2: duplicate node id "a"');
  assert.equal(position_text({ file: 'nodes.csv', line: 0, column: 0, message: 'cannot read' }), 'nodes.csv: cannot read');
  assert.equal(position_text({ file: '', line: 0, column: 0, message: 'the import failed' }), 'the import failed');
});

test('a check, an import and each refusal read as what happened', () => {
  const good = { nodes: 2, edges: 1, convention: 'chainex', version: 7, skipped: 0, warnings: [], warning_count: 0 };
  assert.match(describe_import(200, good, { dry_run: true }).summary, /good: 2 nodes and 1 connection \(chainex\)\. Nothing has changed yet/);
  assert.match(describe_import(200, good, { dry_run: false }).summary, /now shows version 7/);
  const bad = { title: 'Bad CSV', detail: '1 error(s) in the CSV files', errors: [{ file: 'n.csv', line: 3, column: 1, message: 'duplicate node id' }] };
  const refused = describe_import(422, bad, { dry_run: true });
  assert.equal(refused.ok, false);
  assert.deepEqual(refused.errors, ['n.csv:3:1: duplicate node id']);
  assert.match(refused.summary, /Nothing has changed/);
  assert.match(describe_import(401, { title: 'Unauthorized' }, { dry_run: true }).summary, /token is wrong/);
  assert.match(describe_import(403, { title: 'Forbidden' }, { dry_run: true }).summary, /--token-file/);
  const warned = describe_import(200, { ...good, warnings: [{ file: 'e.csv', line: 2, column: 1, message: 'self-loop' }], warning_count: 3 }, { dry_run: true });
  assert.deepEqual(warned.warnings, ['e.csv:2:1: self-loop', '… and 2 more warnings']);
});
