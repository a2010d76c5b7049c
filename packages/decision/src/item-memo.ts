import type { Point } from '@amend/model';
import type { FramedItem } from './framing-state.ts';
import type { DecisionSource } from './decision-source.ts';
import { readItem, type ReadItem, type ReadOptions } from './item-reading.ts';

/**
 * Items read by the previous parse of a text that is being edited (the
 * preview re-parses the decision on every keystroke). An item whose words,
 * lines and context are unchanged is not lexed, parsed and resolved again:
 * its earlier reading is copied, moved to where the item now is. A keystroke
 * thus re-reads one item, not all of them.
 *
 * The reading of an item depends on its lines, its original text (spans are
 * taken there), the column it starts at, its label and path, the file name,
 * `verbatim`, and the rules its laws resolve to; all of it is the key or is
 * checked on reuse. Only the previous parse is kept.
 */
export class ReadMemo {
  private previous = new Map<string, Entry[]>();
  private current = new Map<string, Entry[]>();

  /** A new parse begins: what the last one read becomes what can be reused. */
  begin(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  read(item: FramedItem, source: DecisionSource, opts: ReadOptions): ReadItem {
    const at = source.index.point(item.start);
    const key = keyOf(item, source, opts, at.column);
    const hit = this.find(this.previous, key, opts) ?? this.find(this.current, key, opts);
    const still = hit !== undefined && hit.at.offset === item.start && hit.at.line === at.line;
    if (hit && (still || hit.movable)) {
      // The entry is kept as it is: its points move from where it was read, wherever the item goes next.
      this.store(key, hit);
      return relocate(hit.result, item.start - hit.at.offset, at.line - hit.at.line);
    }
    const picks: [string | undefined, string][] = [];
    const result = readItem(item, source, {
      ...opts,
      pickRule: (law) => {
        const rule = opts.pickRule(law);
        picks.push([law, rule]);
        return rule;
      },
    });
    // A copy is kept: the caller may change what it was given.
    const movable = !result.diagnostics.some((d) => d.ruleId.startsWith('document/'));
    this.store(key, { result: relocate(result, 0, 0), at, picks, movable });
    return result;
  }

  private find(map: Map<string, Entry[]>, key: string, opts: ReadOptions): Entry | undefined {
    return map.get(key)?.find((e) => e.picks.every(([law, rule]) => opts.pickRule(law) === rule));
  }

  private store(key: string, entry: Entry): void {
    const list = this.current.get(key);
    if (list) list.push(entry);
    else this.current.set(key, [entry]);
  }
}

interface Entry {
  result: ReadItem;
  /** Where the item started when it was read. */
  at: Point;
  /** The rules its laws resolved to (law → rule), checked again before reuse. */
  picks: [string | undefined, string][];
  /**
   * Every point of the reading is a place in the file. Not so when the rule
   * parser found something in a payload: its spans are kept as that parser
   * gives them, in the payload's own text, and must not move with the item.
   * Such a reading is reused only where the item has not moved.
   */
  movable: boolean;
}

function keyOf(item: FramedItem, source: DecisionSource, opts: ReadOptions, column: number): string {
  const lines = item.lines.map((l) => [
    l.text,
    l.start - item.start,
    l.end - item.start,
    l.join,
    l.raw,
    l.dropLast,
    l.reopen,
    l.closeBefore,
  ]);
  const head = [
    opts.file ?? '',
    opts.verbatim,
    opts.narrative,
    item.label,
    item.num,
    item.path,
    item.implicit,
    item.general,
    item.cutByClosing,
    column,
  ];
  return JSON.stringify([head, lines, source.original.slice(item.start, item.end)]);
}

/** A deep copy of a reading with every point moved by `offset` characters and `line` lines (columns stay). */
function relocate<T>(value: T, offset: number, line: number): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((v) => relocate(v, offset, line)) as T;
  if (isPoint(value)) return { line: value.line + line, column: value.column, offset: value.offset + offset } as T;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value)) out[k] = relocate((value as Record<string, unknown>)[k], offset, line);
  return out as T;
}

function isPoint(v: object): v is Point {
  const p = v as Partial<Point>;
  return typeof p.line === 'number' && typeof p.column === 'number' && typeof p.offset === 'number' && Object.keys(v).length === 3;
}
