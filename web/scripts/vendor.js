// Copies the exact library files the page loads from node_modules into web/vendor/ (gitignored),
// so the server serves them from the web folder and no bundler or CDN is needed.
// Run by `npm ci` / `npm install` as the postinstall script (scripts/setup runs `npm ci`), or by hand:
//   node scripts/vendor.js
// The list below is the whole front-end dependency surface; index.html loads the scripts in this order.
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const web = join(dirname(fileURLToPath(import.meta.url)), '..');
const vendor = join(web, 'vendor');

// [file in node_modules, name in vendor/]
const files = [
  ['cytoscape/dist/cytoscape.min.js', 'cytoscape.min.js'],
  ['layout-base/layout-base.js', 'layout-base.js'],
  ['cose-base/cose-base.js', 'cose-base.js'],
  ['cytoscape-fcose/cytoscape-fcose.js', 'cytoscape-fcose.js'],
  ['d3-array/dist/d3-array.min.js', 'd3-array.min.js'],
  ['d3-geo/dist/d3-geo.min.js', 'd3-geo.min.js'],
  ['topojson-client/dist/topojson-client.min.js', 'topojson-client.min.js'],
  ['world-atlas/countries-110m.json', 'countries-110m.json'],
  ['i18n-iso-countries/codes.json', 'iso-3166-codes.json'],
];

rmSync(vendor, { recursive: true, force: true });
mkdirSync(vendor, { recursive: true });
for (const [from, to] of files) copyFileSync(join(web, 'node_modules', from), join(vendor, to));
console.log(`vendor: copied ${files.length} files into ${vendor}`);
