// A search field with suggestions, following the WAI-ARIA combobox pattern (list autocomplete):
// the input has role=combobox, aria-expanded and aria-activedescendant; suggestions are `option`s
// in a `listbox`. Arrow keys move, Enter picks, Escape closes; typing asks the server after a short
// pause and older answers are dropped. Usage:
//   search_box(input_el, list_el, {search: (q) => promise of results, on_pick: (summary) => …})
import { h, clear, country_name } from './dom.js';
import { kind_style } from './kinds.js';

export function search_box(input, list, { search, on_pick, on_error }) {
  let results = [];
  let active = -1;
  let asked = 0;
  let timer = null;

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('autocomplete', 'off');
  list.setAttribute('role', 'listbox');
  list.hidden = true;

  const option_id = (i) => `${list.id}-option-${i}`;

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function mark_active(i) {
    active = i;
    for (const [j, li] of [...list.children].entries()) li.setAttribute('aria-selected', String(j === i));
    if (i >= 0) {
      input.setAttribute('aria-activedescendant', option_id(i));
      list.children[i]?.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function show(query) {
    clear(list);
    list.dataset.query = query;
    if (!results.length) {
      list.append(h('li', { class: 'empty', role: 'option', 'aria-disabled': 'true', 'aria-selected': 'false', text: `No match for “${query}”` }));
    }
    results.forEach((r, i) => {
      const style = kind_style(r.kind);
      list.append(
        h('li', { id: option_id(i), role: 'option', 'aria-selected': 'false', 'data-id': r.id,
          onmousedown: (event) => event.preventDefault(), onclick: () => pick(i) },
        h('span', { class: 'option-name', text: r.name }),
        r.name_zh && r.name_zh !== r.name ? h('span', { class: 'option-zh', lang: 'zh', text: r.name_zh }) : null,
        h('span', { class: 'badge', 'data-kind': r.kind, text: style.label }),
        r.country ? h('span', { class: 'option-country', text: country_name(r.country) }) : null),
      );
    });
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    mark_active(-1);
  }

  function pick(i) {
    const r = results[i];
    if (!r) return;
    clearTimeout(timer); // a question still pending would reopen the list
    ++asked;
    input.value = r.name;
    input.dataset.id = r.id;
    close();
    on_pick(r);
  }

  async function ask() {
    const query = input.value.trim();
    const ticket = ++asked;
    if (!query) {
      results = [];
      close();
      return;
    }
    input.setAttribute('aria-busy', 'true');
    try {
      const answer = await search(query);
      if (ticket !== asked) return;
      results = answer.results ?? [];
      show(query);
    } catch (error) {
      if (ticket === asked) on_error?.(error);
    } finally {
      if (ticket === asked) input.removeAttribute('aria-busy');
    }
  }

  input.addEventListener('input', () => {
    delete input.dataset.id;
    clearTimeout(timer);
    timer = setTimeout(ask, 120);
  });
  input.addEventListener('keydown', (event) => {
    const open = !list.hidden && results.length > 0;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (!open) ask();
      else mark_active((active + 1) % results.length);
    } else if (event.key === 'ArrowUp' && open) {
      event.preventDefault();
      mark_active(active <= 0 ? results.length - 1 : active - 1);
    } else if (event.key === 'Enter' && open) {
      event.preventDefault();
      pick(active >= 0 ? active : 0);
    } else if (event.key === 'Escape') {
      if (!list.hidden) close();
      else input.value = '';
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));

  return {
    set(summary) {
      input.value = summary ? summary.name : '';
      if (summary) input.dataset.id = summary.id;
      else delete input.dataset.id;
    },
    value: () => input.dataset.id ?? null,
  };
}
