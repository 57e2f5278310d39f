// The "Import data" dialog: the user drops or chooses files (CSV, GEXF, GraphML, Cytoscape JSON, GLEIF .zip) and gives the server's import token once (kept for this tab in sessionStorage). "Check" sends
// them with dry_run, so the report (every error's file:line:column and reason) is shown before
// anything changes; "Import" is offered only for files that checked out, and on success the page
// reopens on the new graph, saying which version it now shows.
//   import_dialog({ on_imported: (report) => … })  → { open() }
import { api } from './api.js';
import { h, fill, clear } from './dom.js';
import { part_for, check_parts } from './upload_parts.js';
import { describe_import } from './import_report.js';

const token_key = 'chainex.import-token';

async function first_line(file) {
  return (await file.slice(0, 4096).text()).split('\n', 1)[0];
}

export function import_dialog({ on_imported }) {
  let chosen = []; // [{name, part, file}]
  let checked = false; // the chosen files passed a check with this token

  const file_input = h('input', { type: 'file', id: 'import-files', multiple: true,
    accept: '.csv,.tsv,.txt,.gexf,.graphml,.xml,.json,.cyjs,.zip' });
  const drop = h('label', { class: 'drop-zone', for: 'import-files' },
    h('strong', { text: 'Drop files here' }), ' or choose them: nodes and edges CSV (chainex, Gephi, neo4j-admin, GLEIF, ICIJ), GLEIF’s .zip as published, or one GEXF, GraphML or Cytoscape JSON file.', file_input);
  const file_list = h('ul', { class: 'import-files', 'aria-label': 'Files to import' });
  const token_input = h('input', { type: 'password', id: 'import-token', autocomplete: 'off', value: sessionStorage.getItem(token_key) ?? '' });
  const report = h('div', { class: 'import-report', role: 'status', 'aria-live': 'polite' });
  const check_button = h('button', { type: 'button', id: 'import-check' }, 'Check');
  const import_button = h('button', { type: 'button', id: 'import-apply', disabled: true }, 'Import');
  const close_button = h('button', { type: 'button', id: 'import-close' }, 'Close');
  const dialog = h('dialog', { id: 'import-dialog', 'aria-labelledby': 'import-heading' },
    h('h2', { id: 'import-heading', text: 'Import data' }),
    h('p', { class: 'hint', text: 'The files replace the graph this server shows, for everyone, once they import without errors.' }),
    drop, file_list,
    h('label', { for: 'import-token', text: 'Import token (the contents of the server’s --token-file)' }), token_input,
    h('div', { class: 'import-actions' }, check_button, import_button, close_button),
    report);
  document.body.append(dialog);

  function show(outcome) {
    clear(report).classList.toggle('failed', !outcome.ok);
    fill(report, h('p', { class: 'import-summary', text: outcome.summary }),
      outcome.errors.length ? h('ul', { class: 'import-errors', 'aria-label': 'Errors' }, outcome.errors.map((e) => h('li', { text: e }))) : null,
      outcome.warnings.length ? h('details', {}, h('summary', { text: `Warnings (${outcome.warnings.length})` }),
        h('ul', {}, outcome.warnings.map((w) => h('li', { text: w })))) : null);
  }

  async function choose(files) {
    chosen = await Promise.all([...files].map(async (file) => ({ name: file.name, file, part: part_for(file.name, await first_line(file)) })));
    checked = false;
    import_button.disabled = true;
    clear(file_list).append(...chosen.map((c) => h('li', {}, h('span', { class: 'badge', text: c.part }), ` ${c.name}`)));
    const problem = check_parts(chosen);
    clear(report);
    if (problem) show({ ok: false, summary: problem, errors: [], warnings: [] });
  }

  async function send(dry_run) {
    const problem = check_parts(chosen);
    if (problem) return show({ ok: false, summary: problem, errors: [], warnings: [] });
    const token = token_input.value.trim();
    if (!token) return show({ ok: false, summary: 'Enter the import token first.', errors: [], warnings: [] });
    sessionStorage.setItem(token_key, token);
    check_button.disabled = import_button.disabled = true;
    show({ ok: true, summary: dry_run ? 'Checking the files…' : 'Importing…', errors: [], warnings: [] });
    try {
      const { status, body } = await api.import_files(chosen, { token, dry_run });
      const outcome = describe_import(status, body, { dry_run });
      show(outcome);
      checked = dry_run && outcome.ok;
      if (!dry_run && outcome.ok) on_imported(body);
    } catch (error) {
      show({ ok: false, summary: error.message, errors: [], warnings: [] });
    } finally {
      check_button.disabled = false;
      import_button.disabled = !checked;
    }
  }

  file_input.addEventListener('change', () => choose(file_input.files));
  for (const type of ['dragenter', 'dragover']) drop.addEventListener(type, (event) => { event.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (event) => { event.preventDefault(); drop.classList.remove('over'); choose(event.dataTransfer.files); });
  token_input.addEventListener('input', () => { checked = false; import_button.disabled = true; });
  check_button.addEventListener('click', () => send(true));
  import_button.addEventListener('click', () => send(false));
  close_button.addEventListener('click', () => dialog.close());

  return { open: () => dialog.showModal() };
}
