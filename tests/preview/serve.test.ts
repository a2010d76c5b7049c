import { describe, expect, it } from 'vitest';
import { serveCommand } from '../../packages/cli/src/commands/serve.ts';

/** `amend serve` refuses bad options before building or listening. */
function capture() {
  let out = '';
  let err = '';
  return { io: { out: (t: string) => (out += t), err: (t: string) => (err += t) }, get: () => ({ out, err }) };
}

describe('amend serve options', () => {
  it.each(['http', '-1', '65536', '80.5', ''])('--port %j is a usage error (exit 2)', async (port) => {
    const c = capture();
    expect(await serveCommand({ port }, c.io)).toBe(2);
    expect(c.get().err).toContain('--port must be a number from 0 to 65535');
  });

  it('a corpus folder that does not exist is an I/O error (exit 3)', async () => {
    const c = capture();
    expect(await serveCommand({ corpus: '/nonexistent/rules', port: '0' }, c.io)).toBe(3);
    expect(c.get().err).toContain('file not found: /nonexistent/rules');
    expect(c.get().out).toBe('');
  });
});
