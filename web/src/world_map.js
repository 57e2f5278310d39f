// The world map of the chain-position view: country shapes from world-atlas (110m TopoJSON,
// served from /vendor) drawn with d3-geo's Natural Earth projection, the markets where an
// enterprise stands filled by localization depth, and a dot at each market's coordinates so small
// countries show too. `draw_world_map(svg_el, markets)` with markets as in GET .../position.
import { h, clear } from './dom.js';
import { grade_label } from './position.js';

export const depth_colors = ['#dbeafe', '#93c5fd', '#3b82f6', '#1e3a8a'];
const land = '#e5e7eb';

let atlas = null; // {countries: features, numeric: Map alpha-2 → ISO numeric}

async function load_atlas() {
  if (atlas) return atlas;
  const [world, codes] = await Promise.all([
    fetch('/vendor/countries-110m.json').then((r) => r.json()),
    fetch('/vendor/iso-3166-codes.json').then((r) => r.json()),
  ]);
  const countries = globalThis.topojson.feature(world, world.objects.countries).features;
  atlas = { countries, numeric: new Map(codes.map(([alpha2, , numeric]) => [alpha2, numeric])) };
  return atlas;
}

export async function draw_world_map(svg, markets) {
  const { countries, numeric } = await load_atlas();
  const d3 = globalThis.d3;
  const width = 960, height = 480;
  const projection = d3.geoNaturalEarth1().fitSize([width, height], { type: 'Sphere' });
  const path = d3.geoPath(projection);
  const by_numeric = new Map();
  for (const m of markets) {
    const code = numeric.get(m.market.country ?? m.market.id.replace(/^mkt:/, ''));
    if (code) by_numeric.set(code, m);
  }
  clear(svg);
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.append(h('path', { class: 'sphere', d: path({ type: 'Sphere' }) }));
  const shapes = h('g', { class: 'countries' });
  for (const feature of countries) {
    const m = by_numeric.get(feature.id);
    const d = path(feature);
    if (!d) continue;
    shapes.append(h('path', { d, fill: m ? depth_colors[m.depth] ?? depth_colors[3] : land, class: m ? 'market' : '' },
      h('title', { text: m ? `${m.market.name}: ${m.grade ?? grade_label(m.depth)}` : feature.properties.name })));
  }
  svg.append(shapes);
  const dots = h('g', { class: 'market-dots' });
  for (const m of markets) {
    const { lat, lon } = m.market;
    if (!Number.isFinite(Number(lat)) || !Number.isFinite(Number(lon))) continue;
    const [x, y] = projection([Number(lon), Number(lat)]);
    dots.append(h('circle', { cx: x.toFixed(1), cy: y.toFixed(1), r: 3 + Number(m.depth), fill: depth_colors[m.depth] ?? depth_colors[3] },
      h('title', { text: `${m.market.name}: ${m.grade ?? grade_label(m.depth)}` })));
  }
  svg.append(dots);
}
