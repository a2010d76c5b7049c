import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { root } from './helpers.ts';

/**
 * The import boundaries of eslint.config.js: a stage imports only the stages
 * before it (model ← document ← decision ← engine ← render; pipeline, cli
 * and preview on top), no package reaches into another by path, and what the
 * page bundles uses no Node built-in.
 */
const eslint = new ESLint({ cwd: root });

async function restricted(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  return result.messages
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => /'([^']+)' import/.exec(m.message)?.[1] ?? m.message);
}

describe('import boundaries', () => {
  it('a stage imports the stages before it, not those after', async () => {
    const code = "import '@amend/model';\nimport '@amend/document';\nimport '@amend/render';\nimport '@amend/pipeline';\n";
    expect(await restricted('packages/engine/src/x.ts', code)).toEqual(['@amend/render', '@amend/pipeline']);
    expect(await restricted('packages/model/src/x.ts', code)).toEqual([
      '@amend/model',
      '@amend/document',
      '@amend/render',
      '@amend/pipeline',
    ]);
    expect(
      await restricted('packages/pipeline/src/x.ts', "import '@amend/engine';\nimport '@amend/render';\nimport '@amend/pipeline';\n"),
    ).toEqual(['@amend/pipeline']);
  });

  it('the command line and the preview sit on top; the page never imports the command line', async () => {
    const code = "import '@amend/pipeline';\nimport '@amend/render';\nimport '@amend/preview';\n";
    expect(await restricted('packages/cli/src/x.ts', code)).toEqual([]);
    expect(await restricted('packages/preview/src/app/x.ts', "import '@amend/pipeline';\nimport '@amend/cli';\n")).toEqual(['@amend/cli']);
  });

  it('no package reaches into another by path', async () => {
    expect(await restricted('packages/cli/src/commands/x.ts', "import '../../../engine/src/apply.ts';\n")).toEqual([
      '../../../engine/src/apply.ts',
    ]);
    expect(await restricted('packages/engine/src/ops/x.ts', "import '../apply.ts';\n")).toEqual([]);
  });

  it('what runs in the browser uses no Node built-in', async () => {
    expect(await restricted('packages/render/src/x.ts', "import 'node:fs';\n")).toEqual(['node:fs']);
    expect(await restricted('packages/preview/src/app/x.ts', "import 'node:path';\n")).toEqual(['node:path']);
    expect(await restricted('packages/preview/src/server-x.ts', "import 'node:http';\n")).toEqual([]);
  });
});
