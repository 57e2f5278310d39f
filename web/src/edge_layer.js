// The edges of a large graph, drawn on a plain canvas beneath Cytoscape's. Cytoscape styles, measures
// and caches every element on its first draw (about 0.1 ms each, cold, on this machine); thousands of
// plain grey lines need none of that, so above the canvas's `large` threshold they are drawn here in
// one stroke per frame, following Cytoscape's viewport, while the few that matter (on the path) stay
// Cytoscape edges. Used by canvas.js only:
//   const layer = edge_layer(container);   // a <canvas> inserted under the Cytoscape one
//   layer.set(lines, positions)            // lines [{source, target}], positions Map id → {x, y}
//   layer.move(id, {x, y}); layer.draw({zoom, pan}); layer.paint(context, {zoom, pan}) for PNG export

const color = '#9ca3af';

export function edge_layer(container) {
  const canvas = document.createElement('canvas');
  canvas.className = 'edge-layer';
  canvas.setAttribute('aria-hidden', 'true');
  canvas.style.cssText = 'position:absolute;inset:0;width:100%;height:100%;pointer-events:none';
  container.prepend(canvas);
  let lines = [];
  let at = new Map();

  // Strokes every line in model coordinates under the transform zoom/pan; lines thin out as the view
  // zooms out, never below a hairline.
  function paint(context, { zoom, pan }) {
    if (!lines.length) return;
    context.save();
    context.setTransform(zoom, 0, 0, zoom, pan.x, pan.y);
    context.lineWidth = Math.max(0.4, Math.min(1.2, zoom)) / zoom;
    context.strokeStyle = color;
    context.beginPath();
    for (const { source, target } of lines) {
      const a = at.get(source), b = at.get(target);
      if (!a || !b) continue;
      context.moveTo(a.x, a.y);
      context.lineTo(b.x, b.y);
    }
    context.stroke();
    context.restore();
  }

  return {
    set(next_lines, positions) {
      lines = next_lines;
      at = new Map(positions);
    },
    move(id, position) {
      if (at.has(id)) at.set(id, { x: position.x, y: position.y });
    },
    get count() {
      return lines.length;
    },
    draw(viewport) {
      const width = container.clientWidth, height = container.clientHeight;
      if (canvas.width !== width || canvas.height !== height) {
        canvas.width = width;
        canvas.height = height;
      }
      const context = canvas.getContext('2d');
      context.clearRect(0, 0, width, height);
      paint(context, viewport);
    },
    paint,
  };
}
