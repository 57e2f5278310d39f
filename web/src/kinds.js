// How each node kind looks, in one place for the canvas, the legend and the badges:
// a colour and a Cytoscape shape per kind, with a fallback for kinds a CSV brings that we do not
// know. Colours pass 4.5:1 contrast on white for the badge text; shapes differ so colour is not
// the only cue. `kind_style(kind)` → {label, color, shape, size}.

export const kind_styles = {
  enterprise: { label: 'Enterprise', color: '#b91c1c', shape: 'round-rectangle', size: 34 },
  subsidiary: { label: 'Subsidiary', color: '#c2410c', shape: 'ellipse', size: 26 },
  market: { label: 'Market', color: '#1d4ed8', shape: 'diamond', size: 30 },
  role: { label: 'Role', color: '#15803d', shape: 'round-triangle', size: 24 },
  person: { label: 'Person', color: '#7e22ce', shape: 'round-hexagon', size: 24 },
};

const other = { label: 'Other', color: '#4b5563', shape: 'ellipse', size: 22 };

export const kind_style = (kind) => kind_styles[kind] ?? { ...other, label: kind };
