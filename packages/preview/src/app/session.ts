import { parseRule } from '@amend/document';
import { ReadMemo } from '@amend/decision';
import { findAmendment } from '@amend/engine';
import type { Consolidation, Decision, Diagnostic, Document, Result, RuleAmendment } from '@amend/model';
import { amendParsed, readDecision } from '@amend/pipeline';

/**
 * What the page shows, computed in the browser from the texts it holds: the
 * decision (from the editor), the candidate base rules (corpus files and a
 * pasted text), the rule chosen. Parses are cached by text so a keystroke in
 * the decision re-parses the decision and re-applies one rule, nothing else.
 */

export interface RuleSource {
  name: string;
  text: string;
}

/** Which text the selected rule is amended from. */
export type BaseChoice = { kind: 'auto' } | { kind: 'file'; name: string } | { kind: 'pasted' };

export const PASTED = '粘贴的底本';

export interface Outcome {
  decision: Decision;
  /** The decision's amendment of the selected rule. */
  amendment?: RuleAmendment;
  base?: { name: string; doc: Document };
  /**
   * The amended rule, only when nothing stopped it (as on the command line:
   * @amend/pipeline decides). With a base and no consolidation the page is
   * blocked: it says why and offers nothing to download.
   */
  consolidation?: Consolidation;
  /** Everything found: decision, base rule, engine. */
  diagnostics: Diagnostic[];
  /** Time to parse the decision and apply it, in ms (what a keystroke costs). */
  ms: number;
}

export class Session {
  decisionName = 'decision.md';
  /** Rule files by name; the text is undefined until fetched (large corpora are read on demand). */
  readonly files = new Map<string, string | undefined>();
  /** Names among `files` that are the bundled example's rules: a user's own file of the same rule wins over them. */
  readonly bundled = new Set<string>();
  pasted: string | undefined;
  base: BaseChoice = { kind: 'auto' };
  /** Title of the selected rule; kept across edits while the decision still amends it. */
  selected: string | undefined;

  private lastDecision: { text: string; file: string; result: Result<Decision> } | undefined;
  /** The items read by the last parse: a keystroke re-reads only the item it changed. */
  private readonly memo = new ReadMemo();
  private readonly rules = new Map<string, { text: string; result: Result<Document> }>();

  /** The decision read as the command line reads it (a whole gazette issue too), once per text. */
  readDecision(text: string): Result<Decision> {
    if (this.lastDecision?.text !== text || this.lastDecision.file !== this.decisionName) {
      this.lastDecision = { text, file: this.decisionName, result: readDecision({ file: this.decisionName, text }, { memo: this.memo }) };
    }
    return this.lastDecision.result;
  }

  /** A rule parsed once per text. */
  parseRule(name: string, text: string): Result<Document> {
    const hit = this.rules.get(name);
    if (hit?.text === text) return hit.result;
    const result = parseRule(text, { file: name });
    this.rules.set(name, { text, result });
    return result;
  }

  /**
   * The file whose name or parsed title matches the rule the decision
   * amends: the user's own files first, the bundled example's only when none
   * of the user's is that rule.
   */
  autoBase(decision: Decision, amendment: RuleAmendment): string | undefined {
    const names = [...this.files.keys()];
    for (const group of [names.filter((n) => !this.bundled.has(n)), names.filter((n) => this.bundled.has(n))]) {
      for (const name of group) if (findAmendment(decision, stem(name)) === amendment) return name;
      for (const name of group) {
        const text = this.files.get(name);
        if (text === undefined) continue;
        if (findAmendment(decision, this.parseRule(name, text).value.title) === amendment) return name;
      }
    }
    return undefined;
  }

  /** Parse and apply; cheap when only the decision changed. */
  compute(decisionText: string): Outcome {
    const t0 = performance.now();
    const parsed = this.readDecision(decisionText);
    const decision = parsed.value;
    const amendment = decision.amendments.find((a) => a.title === this.selected) ?? decision.amendments[0];
    this.selected = amendment?.title;
    if (!amendment) return { decision, diagnostics: [...parsed.diagnostics], ms: performance.now() - t0 };
    const base = this.baseFor(decision, amendment);
    if (!base) return { decision, amendment, diagnostics: [...parsed.diagnostics], ms: performance.now() - t0 };
    const rule = { source: { file: base.name, text: base.text }, result: this.parseRule(base.name, base.text) };
    const amended = amendParsed(rule, { source: { file: this.decisionName, text: decisionText }, result: parsed }, amendment.title);
    const ms = performance.now() - t0;
    return {
      decision,
      amendment,
      base: { name: base.name, doc: amended.rule },
      ...(amended.consolidation ? { consolidation: amended.consolidation } : {}),
      diagnostics: amended.diagnostics,
      ms,
    };
  }

  /** The name of the base file the selected rule needs, whether or not its text is here yet. */
  baseName(decision: Decision, amendment: RuleAmendment): string | undefined {
    if (this.base.kind === 'pasted') return undefined;
    return this.base.kind === 'file' ? this.base.name : this.autoBase(decision, amendment);
  }

  private baseFor(decision: Decision, amendment: RuleAmendment): RuleSource | undefined {
    if (this.base.kind === 'pasted') return this.pasted === undefined ? undefined : { name: PASTED, text: this.pasted };
    const name = this.baseName(decision, amendment);
    const text = name === undefined ? undefined : this.files.get(name);
    return name === undefined || text === undefined ? undefined : { name, text };
  }
}

function stem(name: string): string {
  return name.replace(/\.(txt|md|docx|docm|dotx|dotm)$/i, '').replace(/[(（]\d{4}-\d{2}-\d{2}[)）]$/, '');
}
