/**
 * The parts of a reply (批复, 答复, 复函) written without articles or points,
 * which the rule parser keeps as the paragraphs of its 引言:
 *
 *   北京市高级人民法院：                      ← addressee line
 *   你院…《关于…的请示》收悉。经研究，答复如下：  ┐
 *   当事人持…的，人民法院应予受理。              ┘ 正文 (body); its last paragraph 答复内容 (answer)
 *   此复。                                    ← closing formula
 *
 * 正文 is what lies between the addressee line and the closing formula;
 * 答复内容 what follows 答复如下： (批复如下：, 函复如下：) within it. A part the
 * words do not mark off (no addressee line; the answer run on in the 收悉
 * paragraph, 经研究，我们认为，…) is undefined: what the decision means by
 * it cannot be told.
 */
export interface ReplyParts {
  /** Paragraph indexes, end exclusive. */
  body?: { from: number; to: number };
  answer?: { from: number; to: number };
}

/**
 * 北京市高级人民法院： / 各省、自治区、直辖市高级人民法院，解放军军事法院： — a line naming whom the reply is
 * to: one clause ending in an office, not a lead-in (为了…，作如下规定：).
 */
const ADDRESSEE = /^(?!为了|根据|依照|按照)[^。！？；]+(?:院|厅|局|委员会|委|政府|部|办|处|室|会|署|司|庭|所|中心|兵团)[：:]$/;
const CLOSING = /^(?:此复|特此批复|特此答复|特此函复)[。.]?$/;
const ANSWER_OPENS = /(?:答复|批复|函复|复函)如下[：:]$/;

export function replyParts(paragraphs: readonly { text: string }[]): ReplyParts {
  const texts = paragraphs.map((p) => p.text.trim());
  const out: ReplyParts = {};
  if (texts.length < 2 || !ADDRESSEE.test(texts[0])) return out;
  const to = CLOSING.test(texts[texts.length - 1]) ? texts.length - 1 : texts.length;
  if (to <= 1) return out;
  out.body = { from: 1, to };
  const opens = texts.slice(1, to).flatMap((t, i) => (ANSWER_OPENS.test(t) ? [i + 1] : []));
  if (opens.length === 1 && opens[0] + 1 < to) out.answer = { from: opens[0] + 1, to };
  return out;
}

/**
 * A reply written with points (一、二、): the rule parser keeps the addressee
 * line and the paragraph before the points (…收悉。经研究，答复如下：) as its
 * 引言, the points as its body, and the closing formula (此复。) as the last
 * paragraph of the last point. 正文 is the 引言 after the addressee line and
 * every point; 答复内容 the points, when the paragraph before them ends
 * 答复如下：. A part the words do not mark off is false.
 */
export interface PointedReplyParts {
  body: boolean;
  answer: boolean;
  /** 此复。 closing the last point, kept where it is when the points are restated. */
  closing?: { text: string };
}

type Block = { kind: string; text?: string; children?: readonly Block[] };

export function pointedReplyParts(preamble: readonly { text: string }[], children: readonly Block[]): PointedReplyParts {
  const out: PointedReplyParts = { body: false, answer: false };
  if (!preamble.length || !children.length || !ADDRESSEE.test(preamble[0].text.trim())) return out;
  if (!children.every((c) => c.kind === 'point')) return out;
  out.body = true;
  out.answer = preamble.length >= 2 && ANSWER_OPENS.test(preamble[preamble.length - 1].text.trim());
  const last = children[children.length - 1].children ?? [];
  const end = last[last.length - 1];
  if (end?.kind === 'paragraph' && end.text !== undefined && CLOSING.test(end.text.trim())) out.closing = { text: end.text };
  return out;
}
