// The panel of a followed background job (job_follow.js): what it computes, a labelled <progress> with
// percent and ETA, a Cancel button, and a polite live region that speaks at each tenth and change of
// state. `job_panel(s, {nodes, on_cancel, on_retry})` builds it; `update_job_panel(panel, s, nodes)`
// refreshes it in place (no focus lost) and returns false when the panel must be built anew.
import { h } from './dom.js';
import { follow_text, percent, announcement_key } from './job_text.js';

const going = (s) => ['asking', 'busy', 'waiting', 'fetching'].includes(s.phase);

export function job_panel(s, { nodes, on_cancel, on_retry }) {
  const id = `job-${Math.random().toString(36).slice(2, 8)}`;
  const waiting = s.phase === 'waiting';
  const panel = h('div', { class: `job-panel job-${s.phase}`, 'data-phase': s.phase, 'data-job': s.job?.id ?? '' },
    h('label', { for: `${id}-bar`, class: 'job-label', text: follow_text(s, nodes) }),
    going(s) ? h('div', { class: 'job-bar' },
      h('progress', { id: `${id}-bar`, max: '100', value: waiting ? String(Math.floor((s.job.progress ?? 0) * 100)) : undefined }),
      h('span', { class: 'job-percent', 'aria-hidden': 'true', text: waiting ? percent(s.job.progress) : '' }),
      waiting ? h('button', { type: 'button', class: 'job-cancel', 'aria-disabled': s.cancel !== 'none' ? 'true' : undefined,
        onclick: (event) => { if (event.currentTarget.getAttribute('aria-disabled') !== 'true') on_cancel(); },
        text: s.cancel === 'none' ? 'Cancel' : 'Cancelling…' }) : null) : null,
    !going(s) && on_retry ? h('button', { type: 'button', class: 'job-retry', onclick: on_retry, text: 'Compute again' }) : null,
    h('p', { class: 'visually-hidden job-live', role: 'status', 'aria-live': 'polite', text: follow_text(s, nodes) }));
  panel.dataset.announced = announcement_key(s);
  return panel;
}

export function update_job_panel(panel, s, nodes) {
  if (!panel || panel.dataset.phase !== s.phase || panel.dataset.job !== (s.job?.id ?? '') || s.phase !== 'waiting') return false;
  const bar = panel.querySelector('progress');
  const button = panel.querySelector('.job-cancel');
  bar.value = Math.floor((s.job.progress ?? 0) * 100);
  panel.querySelector('.job-percent').textContent = percent(s.job.progress);
  panel.querySelector('.job-label').textContent = follow_text(s, nodes);
  if (button && s.cancel !== 'none') { button.setAttribute('aria-disabled', 'true'); button.textContent = 'Cancelling…'; } // stays focusable
  const key = announcement_key(s);
  if (panel.dataset.announced !== key) {
    panel.dataset.announced = key;
    panel.querySelector('.job-live').textContent = follow_text(s, nodes);
  }
  return true;
}
