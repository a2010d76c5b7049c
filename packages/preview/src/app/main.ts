import type { Diagnostic, ReferenceReport } from '@amend/model';
import { fetchCorpus, fetchExample, fetchRule } from './api-client.ts';
import { byId, el } from './dom.ts';
import { createEditor } from './editor.ts';
import { Linker, type Shown } from './focus.ts';
import { downloadDocx, downloadTable, downloadText, downloadTracked } from './downloads.ts';
import { PASTED, Session, type Outcome } from './session.ts';
import { renderOps } from './views/ops.ts';
import { renderReferences, renderWarnings } from './views/reports.ts';
import { renderRule, renderUnamended } from './views/rule.ts';
import { renderTable } from './views/table-view.ts';
import { TextMode } from './text-mode.ts';
import { downloadDecision, readTextFile, saveDecision, savedDecision, type DecisionText } from './saved-work.ts';

/**
 * The page: the decision on the left, re-applied in the browser shortly after
 * every keystroke; the consolidated rule, 对照表, references and warnings on
 * the right.
 */

/** Long enough to skip the intermediate states of a word being typed, short enough to feel live. */
const DEBOUNCE_MS = 120;
/** Small corpora are read whole so rules can be matched by the title inside the file. */
const PRELOAD_LIMIT = 100;

const session = new Session();
const ui = {
  amendment: byId<HTMLSelectElement>('amendment'),
  base: byId<HTMLSelectElement>('base'),
  status: byId('status'),
  ops: byId('ops'),
  opCount: byId('op-count'),
  rule: byId('consolidated'),
  redline: byId<HTMLInputElement>('show-redline'),
  table: byId('table'),
  xref: byId('xref'),
  warnings: byId('warnings'),
  warnCount: byId('warn-count'),
  provenance: byId('provenance'),
  blocked: byId('blocked'),
  downloads: [byId<HTMLButtonElement>('dl-text'), byId<HTMLButtonElement>('dl-docx'), byId<HTMLButtonElement>('dl-table')],
  pasteDialog: byId<HTMLDialogElement>('paste-dialog'),
  pasteText: byId<HTMLTextAreaElement>('paste-text'),
};

let timer: ReturnType<typeof setTimeout> | undefined;
const editor = createEditor(byId('editor'), () => {
  clearTimeout(timer);
  timer = setTimeout(update, DEBOUNCE_MS);
});
const textMode = new TextMode({
  session,
  decision: editor,
  outcome: () => outcome,
  update,
  say(message) {
    ui.status.textContent = message;
    ui.status.classList.add('has-errors');
  },
});
let tab = 'text';
const linker = new Linker(editor, ui.provenance, () => tab);
let shown: Shown = { ops: [] };
let outcome: Outcome | undefined;
/** How many times the decision was applied; the status line carries it for anyone waiting on the next one. */
let runs = 0;

function update(): void {
  clearTimeout(timer);
  const started = performance.now();
  outcome = session.compute(editor.text());
  saveDecision({ name: session.decisionName, text: editor.text() });
  const o = outcome;
  const missing = o.amendment && !o.base ? session.baseName(o.decision, o.amendment) : undefined;
  if (missing !== undefined && session.files.has(missing) && session.files.get(missing) === undefined) fetchBase(missing);
  const c = o.consolidation;
  linker.clear();
  editor.showDiagnostics(o.diagnostics.filter((d) => d.file === session.decisionName || d.file === undefined));
  fillAmendments(o);
  fillBases(o);
  shown = { amendment: o.amendment, consolidation: c, ops: [] };
  shown.ops = renderOps(ui.ops, o.amendment, o.diagnostics, (op) => linker.operation(op, shown));
  ui.opCount.textContent = o.amendment ? `${shown.ops.length} 条指令` : '';
  if (c) {
    shown.rule = renderRule(ui.rule, c);
    for (const v of shown.rule.byId.values()) {
      const change = v.change;
      if (change && change.status !== 'unchanged') v.element.addEventListener('click', () => linker.change(change, shown, v.article));
    }
    shown.table = renderTable(ui.table, c);
    for (const { element, row } of shown.table.rows) {
      const change = c.changes.find((ch) => [...ch.before, ...ch.after].some((a) => a.id === row.left?.id || a.id === row.right?.id));
      if (change) element.addEventListener('click', () => linker.change(change, shown));
    }
    renderReferences(ui.xref, c.references, pickReference);
  } else if (o.base) {
    // Blocked, as on the command line: the rule as it was, and nothing to download as amended.
    shown.rule = renderUnamended(ui.rule, o.base.doc);
    for (const box of [ui.table, ui.xref]) box.replaceChildren(el('p', { class: 'empty-note' }, '决定有错误，修改未能适用。'));
  } else {
    const why = !o.amendment
      ? '决定中没有找到修改规章的事项。'
      : `没有《${o.amendment.title}》的底本：请在“底本”中选择一个文件，或粘贴规章全文。`;
    for (const box of [ui.rule, ui.table, ui.xref]) box.replaceChildren(el('p', { class: 'empty-note' }, why));
  }
  renderWarnings(ui.warnings, o.diagnostics, pickDiagnostic);
  const errors = o.diagnostics.filter((d) => d.severity === 'error').length;
  // All or nothing: with an error the rule is shown as it was, and the downloads are off.
  ui.blocked.hidden = !(o.base && !c);
  ui.blocked.textContent = `决定有 ${errors} 个错误，修改未能适用，右侧为修改前的文本，不提供下载。请修正左侧标红的指令（悬停可见原因）。`;
  for (const b of ui.downloads) b.disabled = !c;
  const warnings = o.diagnostics.filter((d) => d.severity === 'warning').length;
  ui.warnCount.textContent = [errors ? `${errors} 错误` : '', warnings ? `${warnings} 警告` : ''].filter(Boolean).join(' · ');
  ui.status.textContent = `${errors ? `${errors} 个错误 · ` : ''}合成用时 ${o.ms.toFixed(1)} ms`;
  ui.status.dataset.ms = o.ms.toFixed(2);
  ui.status.dataset.runs = String(++runs);
  ui.status.dataset.renderMs = (performance.now() - started - o.ms).toFixed(2);
  ui.status.classList.toggle('has-errors', errors > 0);
  textMode.afterUpdate(o);
}

/** Large corpora are read file by file: fetch the base the selected rule needs, then apply again. */
const fetching = new Set<string>();
function fetchBase(name: string): void {
  if (fetching.has(name)) return;
  fetching.add(name);
  fetchRule(name)
    .then((text) => {
      session.files.set(name, text);
      update();
    })
    .catch((e: Error) => {
      ui.status.textContent = `无法读取底本：${e.message}`;
      ui.status.classList.add('has-errors');
    })
    .finally(() => fetching.delete(name));
}

function fillAmendments(o: Outcome): void {
  const titles = o.decision.amendments.map((a) => `${a.label}${a.title}`);
  if (ui.amendment.dataset.titles !== titles.join('\n')) {
    ui.amendment.replaceChildren(...o.decision.amendments.map((a, k) => el('option', { value: a.title }, titles[k])));
    ui.amendment.dataset.titles = titles.join('\n');
  }
  ui.amendment.value = o.amendment?.title ?? '';
  ui.amendment.disabled = o.decision.amendments.length < 2;
}

function fillBases(o: Outcome): void {
  const auto = o.amendment ? session.autoBase(o.decision, o.amendment) : undefined;
  // Rebuilt only when the choices change, not on every keystroke (a corpus may hold a thousand files).
  const signature = `${auto}\n${session.files.size}\n${session.bundled.size}\n${session.pasted !== undefined}`;
  if (ui.base.dataset.signature !== signature) {
    ui.base.replaceChildren(
      el('option', { value: 'auto' }, `按标题匹配${auto ? `（${auto}）` : '（未找到）'}`),
      ...[...session.files.keys()].map((name) =>
        el('option', { value: `file:${name}` }, session.bundled.has(name) ? `${name}（示例）` : name),
      ),
      ...(session.pasted !== undefined ? [el('option', { value: 'pasted' }, PASTED)] : []),
    );
    ui.base.dataset.signature = signature;
  }
  const b = session.base;
  ui.base.value = b.kind === 'file' ? `file:${b.name}` : b.kind;
}

function pickReference(r: ReferenceReport): void {
  const view = [...(shown.rule?.byId ?? new Map()).entries()].find(([id]) => r.where === id || r.where.startsWith(id + '__'));
  if (!view) return;
  selectTab('text');
  view[1].element.scrollIntoView({ block: 'center' });
}

function pickDiagnostic(d: Diagnostic): void {
  if (d.span && (d.file === session.decisionName || d.file === undefined)) {
    editor.focusSpan(d.span);
    editor.view.focus();
  }
}

function selectTab(name: string): void {
  tab = name;
  // (NodeList is not iterable under the project's `lib`; forEach is.)
  document
    .querySelectorAll<HTMLButtonElement>('[role=tab]')
    .forEach((b) => b.setAttribute('aria-selected', String(b.dataset.tab === name)));
  document.querySelectorAll<HTMLElement>('[role=tabpanel]').forEach((p) => (p.hidden = p.dataset.panel !== name));
}

/** Whether the corpus is the user's own folder (`amend serve --corpus`). */
let ownCorpus = false;

/**
 * The bundled decree 119 example: its decision in the editor, its rules
 * beside the corpus — as fallbacks only: a rule the user's corpus has, under
 * any file name, is always taken from the user's file.
 */
async function loadExample(): Promise<void> {
  const ex = await fetchExample();
  const current = editor.text();
  if (current.trim() && current !== ex.decision.text && !confirm('载入示例将替换编辑器中的决定（可先“保存决定”）。继续吗？')) return;
  for (const r of ex.rules) {
    if (session.files.has(r.name)) continue;
    session.files.set(r.name, r.text);
    if (ownCorpus) session.bundled.add(r.name);
  }
  setDecision({ name: ex.decision.name, text: ex.decision.text });
}

function setDecision(d: DecisionText): void {
  session.decisionName = d.name;
  session.base = { kind: 'auto' };
  session.selected = undefined;
  editor.setText(d.text);
  update();
}

async function loadCorpus(): Promise<void> {
  const { files, own } = await fetchCorpus();
  ownCorpus = own;
  const wanted = files.length <= PRELOAD_LIMIT ? files : [];
  const texts = await Promise.all(wanted.map((f) => fetchRule(f.name).catch(() => undefined)));
  // Large corpora: names are listed, texts fetched when needed.
  files.forEach((f) => session.files.set(f.name, undefined));
  wanted.forEach((f, k) => session.files.set(f.name, texts[k]));
}

/** The page opens on the work kept in this browser, else on the example (only when no corpus of the user's was given). */
async function start(): Promise<void> {
  await loadCorpus();
  const saved = savedDecision();
  if (saved) setDecision(saved);
  else if (!ownCorpus) await loadExample();
  else {
    update();
    ui.status.textContent = '请输入修改决定，或“打开决定…”';
  }
}

function wire(): void {
  document.querySelectorAll<HTMLButtonElement>('[role=tab]').forEach((b) => b.addEventListener('click', () => selectTab(b.dataset.tab!)));
  ui.amendment.addEventListener('change', () => {
    session.selected = ui.amendment.value;
    session.base = { kind: 'auto' };
    update();
  });
  ui.base.addEventListener('change', async () => {
    const v = ui.base.value;
    if (v.startsWith('file:')) {
      const name = v.slice(5);
      if (session.files.get(name) === undefined) session.files.set(name, await fetchRule(name));
      session.base = { kind: 'file', name };
    } else session.base = v === 'pasted' ? { kind: 'pasted' } : { kind: 'auto' };
    update();
  });
  ui.redline.addEventListener('change', () => ui.rule.classList.toggle('plain', !ui.redline.checked));
  byId('paste-rule').addEventListener('click', () => {
    ui.pasteText.value = session.pasted ?? '';
    ui.pasteDialog.showModal();
  });
  ui.pasteDialog.addEventListener('close', () => {
    if (ui.pasteDialog.returnValue !== 'use' || !ui.pasteText.value.trim()) return;
    session.pasted = ui.pasteText.value;
    session.base = { kind: 'pasted' };
    update();
  });
  byId('load-example').addEventListener('click', () => void loadExample());
  const picker = byId<HTMLInputElement>('decision-file');
  byId('open-decision').addEventListener('click', () => picker.click());
  picker.addEventListener('change', async () => {
    const file = picker.files?.[0];
    picker.value = '';
    if (file) await readOrSay(file, setDecision);
  });
  // A rule from disk (text or .docx) is the base, as a pasted one is.
  const rulePicker = byId<HTMLInputElement>('rule-file');
  byId('open-rule').addEventListener('click', () => rulePicker.click());
  rulePicker.addEventListener('change', async () => {
    const file = rulePicker.files?.[0];
    rulePicker.value = '';
    if (file)
      await readOrSay(file, (r) => {
        session.pasted = r.text;
        session.base = { kind: 'pasted' };
        update();
      });
  });
  byId('save-decision').addEventListener('click', () => downloadDecision({ name: session.decisionName, text: editor.text() }));
  byId('dl-text').addEventListener('click', () => outcome?.consolidation && downloadText(outcome.consolidation));
  byId('dl-docx').addEventListener('click', () => outcome?.consolidation && void downloadDocx(outcome.consolidation));
  byId('dl-table').addEventListener('click', () => outcome?.consolidation && downloadTable(outcome.consolidation));
  byId('dl-tracked').addEventListener(
    'click',
    () => outcome?.consolidation && void downloadTracked(outcome.consolidation, outcome.decision),
  );
}

/** Read a file the user picked; a file that cannot be read is said in the status line. */
async function readOrSay(file: File, use: (d: DecisionText) => void): Promise<void> {
  try {
    use(await readTextFile(file));
  } catch (e) {
    ui.status.textContent = (e as Error).message;
    ui.status.classList.add('has-errors');
  }
}

wire();
start().catch((e: Error) => {
  ui.status.textContent = `无法载入：${e.message}`;
  ui.status.classList.add('has-errors');
});
