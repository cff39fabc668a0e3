import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Lints probe sources as if they sat in each folder, with the project's own config. Type-aware
 * rules are switched off because the probe files do not exist on disk; the boundary rules work
 * on resolved import paths and do not need types.
 */
async function lintAs(filePath: string, code: string): Promise<string[]> {
  const eslint = new ESLint({
    cwd: root,
    overrideConfig: [
      tseslint.configs.disableTypeChecked,
      { languageOptions: { parserOptions: { project: null, projectService: false } } },
    ],
  });
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

describe('import boundaries are enforced by lint', () => {
  it('fails a renderer file that imports the station backend or Electron', async () => {
    const messages = await lintAs(
      'renderer/probe.ts',
      "import { openStation } from '../electron/station/station';\nimport { app } from 'electron';\nimport { readFileSync } from 'node:fs';\nexport const x = [openStation, app, readFileSync];\n",
    );
    expect(messages).toEqual([
      expect.stringMatching(/^import-x\/no-restricted-paths: .*contract client/),
      expect.stringMatching(/^no-restricted-imports: .*'electron'/),
      expect.stringMatching(/^no-restricted-imports: .*no Node APIs/),
    ]);
  });

  it('fails shared code that reaches for Node, the DOM or an app', async () => {
    const messages = await lintAs(
      'shared/domain/probe.ts',
      "import { createHash } from 'crypto';\nimport { useState } from 'react';\nimport { methods } from '../../renderer/api/station-client';\nexport const x = [createHash, useState, methods];\n",
    );
    expect(messages).toHaveLength(3);
  });

  it("fails the station backend importing 'electron' or the Electron main process", async () => {
    const messages = await lintAs(
      'electron/station/probe.ts',
      "import { app } from 'electron';\nimport * as main from '../main/index';\nexport const x = [app, main];\n",
    );
    expect(messages).toEqual([
      expect.stringMatching(/^no-restricted-imports/),
      expect.stringMatching(/^import-x\/no-restricted-paths/),
    ]);
  });

  it('lets each layer import what the architecture allows', async () => {
    expect(
      await lintAs(
        'electron/host/probe.ts',
        "import { openStation } from '../station/station';\nimport { methods } from '../../shared/contract';\nexport const x = [openStation, methods];\n",
      ),
    ).toEqual([]);
    expect(
      await lintAs(
        'renderer/probe.ts',
        "import { methods } from '../shared/contract';\nexport const x = methods;\n",
      ),
    ).toEqual([]);
  });
});
