// The graph canvas: the one module that touches Cytoscape.js (loaded by index.html from
// /vendor as the global `cytoscape`, with the fcose layout). `create_canvas(container, handlers)`
// returns {show, png, fit, info}: `show(graph, {layout, center})` draws the derived elements
// (graph_data.js `derive`), adding and removing only what changed, lays them out (fcose force
// layout, or the layered chain layout as preset positions) and resolves once drawn with the time
// taken. Handlers: on_select(id | null), on_expand(id). Large graphs switch to cheaper rendering
// and to our own fast force layout (force_layout.js) instead of fcose.
import { kind_styles } from './kinds.js';
import { chain_positions } from './chain_layout.js';
import { force_positions } from './force_layout.js';

const cytoscape = globalThis.cytoscape;
if (globalThis.cytoscapeFcose) cytoscape.use(globalThis.cytoscapeFcose);

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
    { selector: 'node:selected, node.selected', style: { 'border-width': 5, 'border-color': '#f59e0b', 'font-weight': 'bold', 'z-index': 10 } },
    { selector: 'node.on-path', style: { 'border-width': 4, 'border-color': '#f59e0b' } },
    { selector: 'edge', style: {
      width: 1.5, 'line-color': '#9ca3af', 'target-arrow-color': '#9ca3af', 'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8, 'curve-style': 'bezier', label: 'data(type)', 'font-size': 8, color: '#4b5563',
      'text-rotation': 'autorotate', 'text-background-color': '#ffffff', 'text-background-opacity': 0.8,
      'min-zoomed-font-size': 9,
    } },
    { selector: 'edge.on-path', style: { width: 5, 'line-color': '#f59e0b', 'target-arrow-color': '#f59e0b', 'z-index': 9 } },
    { selector: 'core', style: { 'active-bg-size': 0 } },
  ];
  return rules;
}

// Thousands of elements: straight edges without arrows or labels, and names only on the nodes that
// matter (selected, expanded, on the path); the entity panel names any node that is clicked.
function large_stylesheet() {
  return [
    ...stylesheet(),
    { selector: 'edge', style: { 'curve-style': 'haystack', label: '', 'target-arrow-shape': 'none', width: 1 } },
    { selector: 'node', style: { label: '' } },
    { selector: 'node.center, node.selected, node.on-path', style: { label: 'data(label)' } },
  ];
}

function element_data(n) {
  return { id: n.id, label: n.name, kind: n.kind };
}

const edge_id = (e) => `e${e.id}`;

function node_classes(n) {
  return [`kind-${n.kind}`, n.selected && 'selected', n.center && 'center', n.on_path && 'on-path'].filter(Boolean).join(' ');
}

export function create_canvas(container, { on_select, on_expand }) {
  const cy = cytoscape({
    container,
    style: stylesheet(),
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: false,
    selectionType: 'single',
    motionBlur: false,
    pixelRatio: 1,
  });
  let last_layout = null;
  let is_large = false;

  cy.on('tap', 'node', (event) => on_select(event.target.id()));
  cy.on('tap', (event) => { if (event.target === cy) on_select(null); });
  cy.on('dbltap', 'node', (event) => on_expand(event.target.id()));

  function set_scale(count) {
    const now_large = count > large;
    if (now_large === is_large) return;
    is_large = now_large;
    cy.style(now_large ? large_stylesheet() : stylesheet());
    // while panning or zooming a big graph, draw a cached bitmap instead of every element
    cy.renderer().hideEdgesOnViewport = now_large;
    cy.renderer().textureOnViewport = now_large;
  }

  function sync(graph) {
    const wanted = new Set([...graph.nodes.map((n) => n.id), ...graph.edges.map(edge_id)]);
    const gone = cy.elements().filter((el) => !wanted.has(el.id()));
    let changed = gone.length > 0;
    cy.batch(() => {
      gone.remove();
      const fresh = [];
      for (const n of graph.nodes) {
        const el = cy.getElementById(n.id);
        if (el.nonempty()) {
          el.data(element_data(n));
          el.classes(node_classes(n));
        } else {
          fresh.push({ group: 'nodes', data: element_data(n), classes: node_classes(n) });
        }
      }
      for (const e of graph.edges) {
        const el = cy.getElementById(edge_id(e));
        const classes = e.on_path ? 'on-path' : '';
        if (el.nonempty()) el.classes(classes);
        else fresh.push({ group: 'edges', data: { id: edge_id(e), source: e.source, target: e.target, type: e.type }, classes });
      }
      if (fresh.length) {
        changed = true;
        cy.add(fresh);
      }
    });
    return changed;
  }

  // Places nodes at computed positions and fits the view to them without asking Cytoscape for
  // bounding boxes (which measure every label: seconds on thousands of nodes).
  function place(positions) {
    cy.batch(() => cy.nodes().positions((node) => positions.get(node.id()) ?? { x: 0, y: 0 }));
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (const { x, y } of positions.values()) {
      x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y);
    }
    const margin = 60;
    const fitting = Math.min(cy.width() / (x1 - x0 + 2 * margin), cy.height() / (y1 - y0 + 2 * margin), 1.6);
    const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), fitting));
    cy.viewport({ zoom, pan: { x: cy.width() / 2 - zoom * (x0 + x1) / 2, y: cy.height() / 2 - zoom * (y0 + y1) / 2 } });
  }

  function run_layout(layout, center, graph) {
    if (layout === 'chain') {
      place(chain_positions(graph.nodes, graph.edges, center));
      return Promise.resolve();
    }
    if (graph.nodes.length > large) {
      place(force_positions(graph.nodes.map((n) => n.id), graph.edges, { length: 70 }));
      return Promise.resolve();
    }
    const options = {
      name: 'fcose', animate: false, fit: true, padding: 30, randomize: true, quality: 'default',
      nodeRepulsion: 6000, idealEdgeLength: 90, numIter: 2500, nodeDimensionsIncludeLabels: true, packComponents: true,
    };
    return new Promise((resolve) => {
      const run = cy.layout(options);
      run.one('layoutstop', resolve);
      run.run();
    });
  }

  const next_frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

  return {
    async show(graph, { layout = 'force', center = null } = {}) {
      const t0 = performance.now();
      set_scale(graph.nodes.length + graph.edges.length);
      const changed = sync(graph);
      const key = `${layout}|${center}`;
      const t1 = performance.now();
      if (changed || key !== last_layout) {
        last_layout = key;
        if (graph.nodes.length) await run_layout(layout, center ?? graph.nodes[0].id, graph);
      }
      const t2 = performance.now();
      await next_frame();
      const t3 = performance.now();
      return { nodes: cy.nodes().length, edges: cy.edges().length, ms: t3 - t0,
        add_ms: t1 - t0, layout_ms: t2 - t1, draw_ms: t3 - t2 };
    },
    png() { // the whole graph, about 2,400 pixels on its longer side (never more than twice the screen scale)
      const box = cy.elements().renderedBoundingBox();
      const scale = Math.min(2, 2400 / Math.max(box.w, box.h, 1));
      return cy.png({ output: 'blob', bg: '#ffffff', full: true, scale });
    },
    fit() {
      cy.fit(undefined, 30);
    },
    rendered_position(id) { // where a node is drawn, in CSS pixels from the container's corner
      const node = cy.getElementById(id);
      return node.nonempty() ? node.renderedPosition() : null;
    },
    pan_by(dx, dy) {
      cy.panBy({ x: dx, y: dy });
    },
    info() {
      return { nodes: cy.nodes().length, edges: cy.edges().length, zoom: cy.zoom(), large: is_large,
        path_edges: cy.edges('.on-path').length, selected: cy.nodes('.selected').map((n) => n.id()) };
    },
    kinds: Object.keys(kind_styles),
  };
}
