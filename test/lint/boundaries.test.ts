// The layering rules of DESIGN.md are lint rules: these cases prove each rule fires (and stays quiet where it should).
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

/** Rule ids ESLint reports for `code` as if it lived at `filePath`. */
async function violations(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer boundaries', () => {
  it.each([
    ['src/actions/anyAction.ts', "import { errorHandler } from '../http/app';\nexport const x = errorHandler;\n"],
    ['src/store/sql/anyStore.ts', "import { BODY_LIMIT } from '../../http/app';\nexport const x = BODY_LIMIT;\n"],
    ['src/realtime/anyHub.ts', "import { SESSION_COOKIE } from '../http/auth';\nexport const x = SESSION_COOKIE;\n"],
    ['src/domain/anything.ts', "import { LABELS } from '../moderation/types';\nexport const x = LABELS;\n"],
    ['src/domain/anything.ts', "import fs from 'node:fs';\nexport const x = fs;\n"],
    ['src/http/routes/anyRoute.ts', "import { trainModel } from '../../training/trainer';\nexport const x = trainModel;\n"],
    ['src/actions/anyAction.ts', "import { trainModel } from '../training/trainer';\nexport const x = trainModel;\n"],
    ['src/moderation/anyPart.ts', "import { trainModel } from '../training/trainer';\nexport const x = trainModel;\n"],
    ['src/moderation/anyPart.ts', "import pg from 'pg';\nexport const x = pg;\n"],
  ])('%s may not import what %s imports', async (filePath, code) => {
    expect(await violations(filePath, code)).not.toEqual([]);
  });

  it.each([
    ['src/actions/anyAction.ts', "import { AppError } from '../domain/errors';\nexport const x = AppError;\n"],
    ['src/http/routes/anyRoute.ts', "import { AppError } from '../../domain/errors';\nexport const x = AppError;\n"],
    ['src/moderation/anyPart.ts', "import { LABELS } from '../domain/verdict';\nexport const x = LABELS;\n"],
    ['src/cli/train.ts', "import { trainModel } from '../training/trainer';\nexport const x = trainModel;\n"],
  ])('%s may import what %s imports', async (filePath, code) => {
    expect(await violations(filePath, code)).toEqual([]);
  });
});
