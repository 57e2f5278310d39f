// The graph canvas: the one module that touches Cytoscape.js (loaded by index.html from
// /vendor as the global `cytoscape`, with the fcose layout). `create_canvas(container, handlers)`
// returns {show, png, fit, info}: `show(graph, {layout, center})` draws the derived elements
// (graph_data.js `derive`), adding and removing only what changed, lays them out (fcose force
// layout, or the layered chain layout as preset positions) and resolves once drawn with the time
// taken. Handlers: on_select(id | null, how), on_expand(id), with how 'keyboard' when the keys chose.
// Large graphs switch to cheaper rendering, to our own fast force layout (force_layout.js) instead
// of fcose, and to the edge layer (edge_layer.js) for their plain edges.
// Keys on the focused container: arrows move the selection to the next node that way
// (spatial_nav.js), Enter or Space expands it, Escape clears it, + and - zoom, 0 fits.
import { kind_styles } from './kinds.js';
import { chain_positions } from './chain_layout.js';
import { force_positions } from './force_layout.js';
import { edge_layer } from './edge_layer.js';
import { next_in_direction } from './spatial_nav.js';

const cytoscape = globalThis.cytoscape;
if (globalThis.cytoscapeFcose) cytoscape.use(globalThis.cytoscapeFcose);

const comfortable_zoom = 1.6; // a fit never zooms in further: one node fills no screen
const large = 1500; // elements above which labels hide when zoomed out and edges are straight lines

function stylesheet() {
  const rules = [
    { selector: 'node', style: {
      label: 'data(label)', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 3,
      'text-wrap': 'ellipsis', 'text-max-width': 140, color: '#111827',
      'text-outline-color': '#ffffff', 'text-outline-width': 2, 'min-zoomed-font-size': 7,
      width: 22, height: 22, 'background-color': '#4b5563', 'border-width': 1, 'border-color': '#ffffff',
    } },
    // one rule per known kind rather than data mappers: Cytoscape caches class-based styles far better
    ...Object.entries(kind_styles).map(([kind, k]) => ({ selector: `node.kind-${kind}`,
      style: { 'background-color': k.color, shape: k.shape, width: k.size, height: k.size } })),
    ...Object.entries(kind_styles).map(([kind, k]) => ({ selector: `node.kind-${kind}.center, node.kind-${kind}.selected`,
      style: { width: k.size + 8, height: k.size + 8 } })),
    { selector: 'node.center', style: { 'border-width': 3, 'border-color': '#111827' } },
    { selector: 'node.selected', style: { 'border-width': 5, 'border-color': '#f59e0b', 'font-weight': 'bold', 'z-index': 10 } },
    { selector: 'node.on-path', style: { 'border-width': 4, 'border-color': '#f59e0b' } },
    { selector: 'edge', style: {
      width: 1.5, 'line-color': '#9ca3af', 'target-arrow-color': '#9ca3af', 'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8, 'curve-style': 'bezier', label: 'data(label)', 'font-size': 8, color: '#4b5563',
      'text-rotation': 'autorotate', 'text-background-color': '#ffffff', 'text-background-opacity': 0.8,
      'min-zoomed-font-size': 9,
    } },
    { selector: 'edge.on-path', style: { width: 5, 'line-color': '#f59e0b', 'target-arrow-color': '#f59e0b', 'z-index': 9 } },
    { selector: '.absent', style: { display: 'none' } }, // not there as of the time slider's date
    { selector: 'core', style: { 'active-bg-size': 0 } },
  ];
  return rules;
}

// Thousands of elements: the fewest style properties per element, since Cytoscape applies each one
// separately (dirtying the element's and its edges' caches) on the first draw. Nodes keep their kind's
// colour and shape only; edges are straight lines without arrows or labels; names, borders and the
// path's colour go only to the nodes that matter (selected, expanded, on the path), and the entity
// panel names any node that is clicked.
function large_stylesheet() {
  return [
    { selector: 'node', style: { 'background-color': '#4b5563' } },
    ...Object.entries(kind_styles).map(([kind, k]) => ({ selector: `node.kind-${kind}`,
      style: { 'background-color': k.color, shape: k.shape } })),
    { selector: 'node.center, node.selected, node.on-path', style: {
      label: 'data(label)', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 3, 'text-wrap': 'ellipsis',
      'text-max-width': 140, color: '#111827', 'text-outline-color': '#ffffff', 'text-outline-width': 2,
      'min-zoomed-font-size': 7, width: 40, height: 40, 'border-width': 4, 'border-color': '#111827', 'z-index': 10 } },
    { selector: 'node.selected, node.on-path', style: { 'border-color': '#f59e0b', 'font-weight': 'bold' } },
    { selector: 'edge', style: { 'curve-style': 'haystack', 'line-color': '#9ca3af', width: 1 } },
    { selector: 'edge.on-path', style: { width: 5, 'line-color': '#f59e0b', 'z-index': 9 } },
    { selector: '.absent', style: { display: 'none' } },
    { selector: 'core', style: { 'active-bg-size': 0 } },
  ];
}

function element_data(n) {
  return { id: n.id, label: n.name, kind: n.kind };
}

const edge_id = (e) => `e${e.id}`;

function node_classes(n) {
  return [`kind-${n.kind}`, n.selected && 'selected', n.center && 'center', n.on_path && 'on-path', n.absent && 'absent']
    .filter(Boolean).join(' ');
}

function edge_classes(e) {
  return [e.on_path && 'on-path', e.absent && 'absent'].filter(Boolean).join(' ');
}

export function create_canvas(container, { on_select, on_expand }) {
  const layer = edge_layer(container);
  const cy = cytoscape({
    container,
    style: stylesheet(),
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: false,
    autounselectify: true, // the view state's selection (class .selected) is the only one
    motionBlur: false,
    pixelRatio: 1,
  });
  let last_layout = null;
  let layer_key = '';
  let is_large = false;
  let layer_queued = false;

  function draw_layer() {
    if (layer_queued) return;
    layer_queued = true;
    requestAnimationFrame(() => {
      layer_queued = false;
      layer.draw({ zoom: cy.zoom(), pan: cy.pan() });
    });
  }
  cy.on('viewport resize', draw_layer);
  cy.on('position', 'node', (event) => {
    if (!layer.count) return;
    layer.move(event.target.id(), event.target.position());
    draw_layer();
  });

  cy.on('tap', 'node', (event) => on_select(event.target.id()));
  cy.on('tap', (event) => { if (event.target === cy) on_select(null); });
  cy.on('dbltap', 'node', (event) => on_expand(event.target.id()));

  // Brings a node into view with the least panning.
  function reveal(node) {
    const { x, y } = node.renderedPosition();
    const margin = 40;
    const dx = Math.min(0, cy.width() - margin - x) + Math.max(0, margin - x);
    const dy = Math.min(0, cy.height() - margin - y) + Math.max(0, margin - y);
    if (dx || dy) cy.panBy({ x: dx, y: dy });
  }

  function nearest(point) {
    let best = null, best_d = Infinity;
    cy.nodes().forEach((node) => {
      const { x, y } = node.position();
      const d = (x - point.x) ** 2 + (y - point.y) ** 2;
      if (d < best_d) { best = node; best_d = d; }
    });
    return best;
  }

  const arrows = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };
  container.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || cy.nodes().empty()) return;
    const current = cy.nodes('.selected').first();
    let handled = true;
    if (arrows[event.key]) {
      // from the selection, or, with none, the node nearest the middle of the view
      const extent = cy.extent();
      const next = current.nonempty()
        ? cy.getElementById(next_in_direction(current.position(), arrows[event.key],
          cy.nodes().map((node) => ({ id: node.id(), ...node.position() }))) ?? '')
        : nearest({ x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 });
      if (next?.nonempty()) {
        reveal(next);
        on_select(next.id(), 'keyboard');
      }
    } else if ((event.key === 'Enter' || event.key === ' ') && current.nonempty()) {
      on_expand(current.id());
    } else if (event.key === 'Escape' && current.nonempty()) {
      on_select(null, 'keyboard');
    } else if (event.key === '+' || event.key === '=' || event.key === '-') {
      const factor = event.key === '-' ? 1 / 1.25 : 1.25;
      cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    } else if (event.key === '0') {
      fit_all();
    } else {
      handled = false;
    }
    if (handled) event.preventDefault();
  });

  function set_scale(now_large) {
    if (now_large === is_large) return;
    is_large = now_large;
    cy.style(now_large ? large_stylesheet() : stylesheet());
    // while panning or zooming a big graph, draw a cached bitmap instead of every element
    cy.renderer().hideEdgesOnViewport = now_large;
    cy.renderer().textureOnViewport = now_large;
  }

  // The element set differs from what is drawn (ids only; classes and data are updated in place).
  function differs(graph) {
    if (graph.nodes.length + graph.edges.length !== cy.elements().length) return true;
    return graph.nodes.some((n) => cy.getElementById(n.id).empty()) || graph.edges.some((e) => cy.getElementById(edge_id(e)).empty());
  }

  // Brings the canvas to `graph` in one batch: removes what is gone, updates what stays, adds what
  // is new with one cy.add call, and puts every node at `positions` (when given) as it goes, so a
  // precomputed layout costs no second pass over the elements.
  function sync(graph, positions) {
    const wanted = new Set([...graph.nodes.map((n) => n.id), ...graph.edges.map(edge_id)]);
    const at = (id) => positions?.get(id) ?? { x: 0, y: 0 };
    cy.batch(() => {
      if (cy.elements().nonempty()) cy.elements().filter((el) => !wanted.has(el.id())).remove();
      const fresh = [];
      for (const n of graph.nodes) {
        const el = cy.getElementById(n.id);
        if (el.empty()) {
          fresh.push({ group: 'nodes', data: element_data(n), classes: node_classes(n), position: at(n.id) });
          continue;
        }
        if (el.data('label') !== n.name || el.data('kind') !== n.kind) el.data(element_data(n));
        if (el.classes().join(' ') !== node_classes(n)) el.classes(node_classes(n));
        if (positions) el.position(at(n.id));
      }
      for (const e of graph.edges) {
        const el = cy.getElementById(edge_id(e));
        const classes = edge_classes(e);
        if (el.empty()) fresh.push({ group: 'edges', data: { id: edge_id(e), source: e.source, target: e.target, type: e.type, label: String(e.type ?? '').replaceAll('_', ' ') }, classes });
        else if (el.classes().join(' ') !== classes) el.classes(classes);
      }
      if (fresh.length) cy.add(fresh);
    });
  }

  // Fits the view to computed positions without asking Cytoscape for bounding boxes (which measure
  // every label: seconds on thousands of nodes).
  function fit_to(positions) {
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (const { x, y } of positions.values()) {
      x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y);
    }
    const margin = 60;
    const fitting = Math.min(cy.width() / (x1 - x0 + 2 * margin), cy.height() / (y1 - y0 + 2 * margin), comfortable_zoom);
    const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), fitting));
    cy.viewport({ zoom, pan: { x: cy.width() / 2 - zoom * (x0 + x1) / 2, y: cy.height() / 2 - zoom * (y0 + y1) / 2 } });
  }

  // Our own layouts, computed on the plain graph before anything is added; null for fcose.
  function computed_positions(layout, center, graph) {
    if (layout === 'chain') return chain_positions(graph.nodes, graph.edges, center);
    if (graph.nodes.length > large) return force_positions(graph.nodes.map((n) => n.id), graph.edges, { length: 70 });
    return null;
  }

  function fit_all() {
    cy.fit(undefined, 30);
    if (cy.zoom() > comfortable_zoom) {
      cy.zoom(comfortable_zoom);
      cy.center();
    }
  }

  function run_fcose() {
    const options = {
      name: 'fcose', animate: false, fit: false, padding: 30, randomize: true, quality: 'default',
      nodeRepulsion: 6000, idealEdgeLength: 90, numIter: 2500, nodeDimensionsIncludeLabels: true, packComponents: true,
    };
    return new Promise((resolve) => {
      const run = cy.layout(options);
      run.one('layoutstop', () => { fit_all(); resolve(); });
      run.run();
    });
  }

  const next_frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

  return {
    // Draws `graph` and resolves when the frame after the drawing is due. The phases are recorded
    // with the Performance API as measures chainex:layout (our positions), chainex:fcose, chainex:add (the
    // one batch into Cytoscape), chainex:draw (until the frame after next) and chainex:show (all),
    // and returned in ms with the counts.
    async show(graph, { layout = 'force', center = null } = {}) {
      const t0 = performance.now();
      const now_large = graph.nodes.length + graph.edges.length > large;
      // a large graph's edges go to the edge layer, but for those on the path
      const drawn = now_large ? { nodes: graph.nodes, edges: graph.edges.filter((e) => e.on_path) } : graph;
      const lines = now_large ? graph.edges.filter((e) => !e.on_path && !e.absent) : [];
      const lines_key = lines.map((e) => e.id).join(',');
      const key = layout === 'chain' ? `chain|${center}` : layout; // the centre matters to the chain layout only
      const relayout = graph.nodes.length > 0 && (key !== last_layout || lines_key !== layer_key || differs(drawn));
      last_layout = key;
      layer_key = lines_key;
      const positions = relayout ? computed_positions(layout, center ?? graph.nodes[0].id, graph) : null;
      const t1 = performance.now();
      set_scale(now_large);
      sync(drawn, positions);
      if (positions) {
        layer.set(lines, positions);
        fit_to(positions);
      } else if (!lines.length) {
        layer.set([], []);
      }
      draw_layer();
      const t2 = performance.now();
      if (relayout && !positions) await run_fcose();
      const t3 = performance.now();
      await next_frame();
      const t4 = performance.now();
      const measure = (name, start, end) => performance.measure(`chainex:${name}`, { start, end }).duration;
      const add_ms = measure('add', t1, t2);
      const layout_ms = measure('layout', t0, t1) + (t3 > t2 ? measure('fcose', t2, t3) : 0);
      return { nodes: cy.nodes().not('.absent').length, edges: cy.edges().not('.absent').length + layer.count, large: now_large,
        layout_ms, add_ms, draw_ms: measure('draw', t3, t4), ms: measure('show', t0, t4) };
    },
    // The whole graph, about 2,400 pixels on its longer side (never more than twice the model scale),
    // with the edge layer's lines beneath Cytoscape's drawing when there are any.
    async png() {
      const box = cy.elements().boundingBox();
      const scale = Math.min(2, 2400 / Math.max(box.w, box.h, 1));
      if (!layer.count) return cy.png({ output: 'blob', bg: '#ffffff', full: true, scale });
      const picture = await createImageBitmap(cy.png({ output: 'blob', full: true, scale }));
      const out = document.createElement('canvas');
      out.width = picture.width;
      out.height = picture.height;
      const context = out.getContext('2d');
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, out.width, out.height);
      layer.paint(context, { zoom: scale, pan: { x: -box.x1 * scale, y: -box.y1 * scale } });
      context.drawImage(picture, 0, 0);
      return new Promise((resolve) => out.toBlob(resolve, 'image/png'));
    },
    fit: fit_all,
    rendered_position(id) { // where a node is drawn, in CSS pixels from the container's corner
      const node = cy.getElementById(id);
      return node.nonempty() ? node.renderedPosition() : null;
    },
    pan_by(dx, dy) {
      cy.panBy({ x: dx, y: dy });
    },
    info() {
      return { nodes: cy.nodes().not('.absent').length, edges: cy.edges().not('.absent').length + layer.count, zoom: cy.zoom(), large: is_large,
        path_edges: cy.edges('.on-path').length, selected: cy.nodes('.selected').map((n) => n.id()) };
    },
    kinds: Object.keys(kind_styles),
  };
}
