import { Compartment, EditorState, StateEffect, StateField, type Text } from '@codemirror/state';
import {
  Decoration,
  EditorView,
  drawSelection,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
  type DecorationSet,
} from '@codemirror/view';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { lintGutter, lintKeymap, setDiagnostics, type Diagnostic as CmDiagnostic } from '@codemirror/lint';
import type { Diagnostic, Point, Span } from '@amend/model';
import { expectedText, messageText } from '@amend/model';

/**
 * The decision editor: CodeMirror 6 with the grammar's and the engine's
 * diagnostics underlined where they point, explained on hover, and the span
 * of the operation in focus highlighted.
 */
export interface DecisionEditor {
  view: EditorView;
  text(): string;
  setText(text: string): void;
  showDiagnostics(list: readonly Diagnostic[]): void;
  /** Highlight a span of the decision and scroll it into view (undefined clears). */
  focusSpan(span: Span | undefined, scroll?: boolean): void;
  /** Read only while another editor drives the text (the edit-the-text mode). */
  setReadOnly(readOnly: boolean): void;
}

const setFocus = StateEffect.define<{ from: number; to: number } | undefined>();
const focusMark = Decoration.mark({ class: 'cm-op-focus' });

const focusField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(value, tr) {
    value = value.map(tr.changes);
    for (const e of tr.effects) {
      if (e.is(setFocus))
        value = e.value && e.value.to > e.value.from ? Decoration.set([focusMark.range(e.value.from, e.value.to)]) : Decoration.none;
    }
    return value;
  },
  provide: (f) => EditorView.decorations.from(f),
});

/** An editor of the page; `label` names it for assistive technology (the decision's, or the amended text's). */
export function createEditor(parent: HTMLElement, onChange: (text: string) => void, label = '修改决定'): DecisionEditor {
  const readOnly = new Compartment();
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: '',
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        highlightActiveLine(),
        drawSelection(),
        EditorView.lineWrapping,
        lintGutter(),
        history(),
        keymap.of([...defaultKeymap, ...historyKeymap, ...lintKeymap]),
        focusField,
        readOnly.of([]),
        EditorView.contentAttributes.of({ spellcheck: 'false', lang: 'zh-CN', 'aria-label': label }),
        EditorView.updateListener.of((u) => {
          if (u.docChanged) onChange(u.state.doc.toString());
        }),
      ],
    }),
  });
  return {
    view,
    text: () => view.state.doc.toString(),
    setText(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    showDiagnostics(list) {
      const doc = view.state.doc;
      const converted = list.flatMap((d) => (d.span ? [toCodeMirror(d, d.span, doc)] : []));
      view.dispatch(setDiagnostics(view.state, converted));
    },
    focusSpan(span, scroll = true) {
      const range = span ? toRange(span, view.state.doc) : undefined;
      const effects: StateEffect<unknown>[] = [setFocus.of(range)];
      if (range && scroll) effects.push(EditorView.scrollIntoView(range.from, { y: 'center' }));
      view.dispatch({ effects });
    },
    setReadOnly(on) {
      view.dispatch({ effects: readOnly.reconfigure(on ? [EditorState.readOnly.of(true), EditorView.editable.of(false)] : []) });
    },
  };
}

function toCodeMirror(d: Diagnostic, span: Span, doc: Text): CmDiagnostic {
  const { from, to } = toRange(span, doc);
  const text = messageText(d, 'zh');
  const message = d.expected ? `${text}（应为：${expectedText(d, 'zh')}）` : text;
  return { from, to, severity: d.severity, message, source: d.ruleId };
}

/**
 * A model span (line/column from 1, end exclusive) as CodeMirror offsets.
 * Lines and columns rather than raw offsets, because CodeMirror keeps its
 * text with `\n` line ends whatever the file had. An empty span is widened
 * to the character after it (or before it, at the end of a line) so that
 * there is something to underline.
 */
export function toRange(span: Span, doc: Text): { from: number; to: number } {
  let from = toOffset(span.start, doc);
  let to = Math.max(from, toOffset(span.end, doc));
  if (from === to) {
    const line = doc.lineAt(from);
    if (to < line.to) to++;
    else if (from > line.from) from--;
  }
  return { from, to };
}

function toOffset(p: Point, doc: Text): number {
  if (p.line < 1) return 0;
  if (p.line > doc.lines) return doc.length;
  const line = doc.line(p.line);
  return Math.min(line.from + Math.max(0, p.column - 1), line.to);
}
