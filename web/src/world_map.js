// The world map of the chain-position view: country shapes from world-atlas (110m TopoJSON,
// served from /vendor) drawn with d3-geo's Natural Earth projection, the markets where an
// enterprise stands filled by localization depth (its home market in its own colour, outlined), and
// a dot at each market's coordinates so small countries show too.
// `draw_world_map(svg_el, markets)` with markets as in GET .../position; `fill_of(market)` is the
// colour a market gets, for the legend and the matrix.
import { h, clear } from './dom.js';
import { grade_label } from './position.js';

export const depth_colors = ['#bfdbfe', '#60a5fa', '#2563eb', '#1e3a8a'];
export const home_color = '#fbbf24';
const land = '#e5e7eb';

export const fill_of = (m) => (m.home && !m.depth ? home_color : depth_colors[m.depth] ?? depth_colors[3]);
const title_of = (m) => `${m.market.name}: ${grade_label(m.depth, m.home)}${m.home && m.depth ? ' (home market)' : ''}`;

const width = 960, height = 480;
let atlas = null; // {shapes: [{id, name, d}], sphere, projection, numeric: Map alpha-2 → ISO numeric}

// The country outlines projected once: a redraw (each step of the time slider) only colours them.
async function load_atlas() {
  if (atlas) return atlas;
  const [world, codes] = await Promise.all([
    fetch('/vendor/countries-110m.json').then((r) => r.json()),
    fetch('/vendor/iso-3166-codes.json').then((r) => r.json()),
  ]);
  const d3 = globalThis.d3;
  const projection = d3.geoNaturalEarth1().fitSize([width, height], { type: 'Sphere' });
  const path = d3.geoPath(projection);
  const shapes = globalThis.topojson.feature(world, world.objects.countries).features
    .map((feature) => ({ id: feature.id, name: feature.properties.name, d: path(feature) }))
    .filter((shape) => shape.d);
  atlas = { shapes, sphere: path({ type: 'Sphere' }), projection, numeric: new Map(codes.map(([alpha2, , numeric]) => [alpha2, numeric])) };
  return atlas;
}

export async function draw_world_map(svg, markets) {
  const { shapes: outlines, sphere, projection, numeric } = await load_atlas();
  const by_numeric = new Map();
  for (const m of markets) {
    const code = numeric.get(m.market.country);
    if (code) by_numeric.set(code, m);
  }
  clear(svg);
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.append(h('path', { class: 'sphere', d: sphere }));
  const shapes = h('g', { class: 'countries' });
  for (const { id, name, d } of outlines) {
    const m = by_numeric.get(id);
    shapes.append(h('path', { d, fill: m ? fill_of(m) : land, class: m ? `market${m.home ? ' home' : ''}` : '' },
      h('title', { text: m ? title_of(m) : name })));
  }
  svg.append(shapes);
  const dots = h('g', { class: 'market-dots' });
  for (const m of markets) {
    const { lat, lon } = m.market;
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    const [x, y] = projection([lon, lat]);
    dots.append(h('circle', { cx: x.toFixed(1), cy: y.toFixed(1), r: 3 + Number(m.depth), fill: fill_of(m) },
      h('title', { text: title_of(m) })));
  }
  svg.append(dots);
}
