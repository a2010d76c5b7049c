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
