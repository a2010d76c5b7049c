import type { Diagnostic } from '@amend/model';
import { messageText } from '@amend/model';
import { byId } from './dom.ts';
import { createEditor, type DecisionEditor } from './editor.ts';
import { EDITED, editableText, redraft } from './redraft.ts';
import type { Outcome, Session } from './session.ts';
import { renderWarnings } from './views/reports.ts';

/**
 * The third way of working: the drafter edits the amended rule itself, in a
 * second editor above the decision, and the decision below is redrafted a
 * moment after each change (read only while the text drives it); the right
 * side follows the decision as always. A change the draft cannot say
 * exactly leaves the decision as it was and says why above the text.
 * Switching back to the decision editor keeps the decision last drafted.
 */

/** A draft is heavier than an application: wait for a pause in the typing. */
const REDRAFT_MS = 250;

export interface TextModeHost {
  session: Session;
  decision: DecisionEditor;
  outcome(): Outcome | undefined;
  /** Apply the decision the editor holds now and show the result. */
  update(): void;
  /** A line in the status bar. */
  say(message: string): void;
}

export class TextMode {
  active = false;
  private readonly editor: DecisionEditor;
  private readonly ui = {
    left: byId('left'),
    pane: byId('text-pane'),
    status: byId('draft-status'),
    problems: byId('draft-problems'),
    problemList: byId('draft-problem-list'),
    toDecision: byId<HTMLButtonElement>('mode-decision'),
    toText: byId<HTMLButtonElement>('mode-text'),
  };
  /** The rule and base the text was loaded for, and the decision it stands beside: another of either reloads it. */
  private loadedFor = '';
  private decisionText = '';
  /** Set while the page itself puts text in the editor. */
  private loading = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private drafts = 0;
  private failed = false;

  constructor(private readonly host: TextModeHost) {
    this.editor = createEditor(byId('text-editor'), () => this.changed(), EDITED);
    this.ui.toDecision.addEventListener('click', () => this.leave());
    this.ui.toText.addEventListener('click', () => this.enter());
  }

  /** Start editing the text: the rule as the decision leaves it. Refused, saying why, when there is none. */
  enter(): void {
    if (this.active) return;
    const o = this.host.outcome();
    if (!o) return;
    const start = editableText(o);
    if (start.text === undefined) {
      this.host.say(start.diagnostics.map((d) => messageText(d, 'zh')).join('；'));
      return;
    }
    this.active = true;
    this.load(start.text, o);
    this.show();
  }

  /** Back to the decision, which holds the last exact draft. */
  leave(): void {
    if (!this.active) return;
    if (this.timer !== undefined) this.redraftNow();
    this.active = false;
    this.show();
    if (this.failed) this.host.say('修改后文本的最近修改未能准确起草，决定保持为上一次准确起草的结果。');
  }

  /** After each application: a different rule or base, or a decision opened meanwhile, reloads the text. */
  afterUpdate(o: Outcome): void {
    if (!this.active || (this.key(o) === this.loadedFor && this.host.decision.text() === this.decisionText)) return;
    const start = editableText(o);
    if (start.text === undefined) {
      this.active = false;
      this.show();
      return;
    }
    this.load(start.text, o);
  }

  private load(text: string, o: Outcome): void {
    this.loadedFor = this.key(o);
    this.decisionText = this.host.decision.text();
    this.loading = true;
    this.editor.setText(text);
    this.loading = false;
    this.failed = false;
    this.showProblems([]);
    this.ui.status.textContent = '与决定一致';
  }

  private key(o: Outcome): string {
    return `${o.amendment?.title ?? ''}\n${o.base?.name ?? ''}`;
  }

  private changed(): void {
    if (this.loading || !this.active) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.redraftNow(), REDRAFT_MS);
  }

  private redraftNow(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const o = this.host.outcome();
    if (!o) return;
    const r = redraft(this.host.session, o, this.host.decision.text(), this.editor.text());
    this.failed = r.decision === undefined;
    if (r.decision !== undefined && r.decision !== this.host.decision.text()) this.host.decision.setText(r.decision);
    this.decisionText = this.host.decision.text();
    // Applied again either way: the page shows what the decision it holds gives.
    this.host.update();
    this.editor.showDiagnostics(r.diagnostics.filter((d) => d.file === EDITED && d.span));
    this.showProblems(r.decision === undefined ? r.diagnostics : []);
    this.ui.status.textContent = r.decision !== undefined ? `已起草 ${r.items} 项` : r.items ? '未能准确起草' : '没有需要起草的修改';
    this.ui.status.dataset.drafts = String(++this.drafts);
    this.ui.status.dataset.exact = String(r.decision !== undefined);
    this.ui.status.classList.toggle('has-errors', this.failed && r.diagnostics.some((d) => d.severity === 'error'));
  }

  private showProblems(list: Diagnostic[]): void {
    this.ui.problems.hidden = list.length === 0;
    if (list.length) renderWarnings(this.ui.problemList, list, () => {});
  }

  private show(): void {
    this.ui.pane.hidden = !this.active;
    this.ui.left.classList.toggle('text-mode', this.active);
    this.ui.toDecision.setAttribute('aria-pressed', String(!this.active));
    this.ui.toText.setAttribute('aria-pressed', String(this.active));
    this.host.decision.setReadOnly(this.active);
  }
}
