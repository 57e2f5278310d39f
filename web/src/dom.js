// Small DOM helpers shared by the views: `h(tag, attributes, ...children)` builds an element
// (attributes starting with "on" become listeners, `class` and `text` are shortcuts, null children
// are skipped), `fill(el, ...children)` appends the same way, `clear(el)` empties one,
// `download(blob, name)` saves a file, and `country_name` names an ISO 3166 alpha-2 code via Intl.

export function h(tag, attributes = {}, ...children) {
  const svg = ['svg', 'g', 'path', 'circle', 'rect', 'text', 'title', 'line'].includes(tag);
  const el = svg ? document.createElementNS('http://www.w3.org/2000/svg', tag) : document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else if (key === 'text') el.textContent = value;
    else if (key === 'class') el.setAttribute('class', value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  return fill(el, children);
}

// Appends children (nested arrays allowed), skipping null, undefined and false.
export function fill(el, ...children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

export function clear(el) {
  el.replaceChildren();
  return el;
}

export function download(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const region_names = new Intl.DisplayNames(['en'], { type: 'region' });

export function country_name(code) {
  if (!code) return '';
  try {
    return region_names.of(code) ?? code;
  } catch {
    return code;
  }
}
