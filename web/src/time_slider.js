// The time slider (issue 13): "As of" a year, from the data's first dated year to this year, then "now".
// A native range input (an ARIA slider: arrow keys, Page Up/Down, Home, End) labelled, with its value
// spoken as a year or "now", and a Play button that steps a year at a time and stops at now.
//   const slider = time_slider($('timebar'), {first: 2005, last: 2026, on_change: (year) => …});  slider.set(2019)
import { h, fill, clear } from './dom.js';

const step_ms = 1200; // a step on play; the views redraw in well under 200 ms on the bundled data

export function time_slider(root, { first, last, on_change }) {
  const now = last + 1; // the position after the last year
  const input = h('input', { type: 'range', id: 'as-of', min: first, max: now, step: 1, value: now, 'aria-describedby': 'as-of-hint' });
  const shown = h('output', { id: 'as-of-value', for: 'as-of' });
  const play = h('button', { type: 'button', id: 'as-of-play', 'aria-pressed': 'false' }, 'Play');
  let timer = null;

  const year_of = (value) => (Number(value) >= now ? null : Number(value));
  function show(year) {
    input.value = String(year ?? now);
    const text = year === null ? 'now' : `end of ${year}`;
    shown.textContent = text;
    input.setAttribute('aria-valuetext', text);
  }
  function stop() {
    clearInterval(timer);
    timer = null;
    play.textContent = 'Play';
    play.setAttribute('aria-pressed', 'false');
  }
  function start() {
    if (year_of(input.value) === null) { show(first); on_change(first); }
    play.textContent = 'Pause';
    play.setAttribute('aria-pressed', 'true');
    timer = setInterval(() => {
      const next = year_of(Number(input.value) + 1);
      show(next);
      on_change(next);
      if (next === null) stop();
    }, step_ms);
  }

  input.addEventListener('input', () => { const year = year_of(input.value); show(year); on_change(year); });
  play.addEventListener('click', () => (timer ? stop() : start()));
  fill(clear(root), h('label', { for: 'as-of', id: 'as-of-label', text: 'As of' }), input, shown, play,
    h('span', { id: 'as-of-hint', class: 'hint', text: `${first}–${last}; undated items are always shown` }));
  show(null);
  return { set: show, stop };
}
