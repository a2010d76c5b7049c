/** Checks that tags nest and close properly: enough to catch a printer emitting broken XML. */
export function wellFormed(xml: string): boolean {
  const stack: string[] = [];
  const body = xml.replace(/^<\?xml[^>]*\?>/, '');
  for (const m of body.matchAll(/<(\/?)([\w:.-]+)[^<>]*?(\/?)>/g)) {
    const [, close, name, selfClose] = m;
    if (selfClose) continue;
    if (!close) stack.push(name);
    else if (stack.pop() !== name) return false;
  }
  // Every < must have started a tag: text must not hold a raw one.
  const tags = [...body.matchAll(/</g)].length;
  const parsed = [...body.matchAll(/<(\/?)([\w:.-]+)[^<>]*?(\/?)>/g)].length;
  return stack.length === 0 && tags === parsed;
}
