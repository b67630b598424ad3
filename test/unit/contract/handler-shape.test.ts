import fs from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { contract } from '../../../src/shared/contract';

/** `name: () => s.feature.useCase()` or `name: (input) => s.feature.useCase(input)`, nothing else. */
const oneLine = /^ {2}(\w+): (?:\(\) => s(?:\.\w+)+\(\)|\(input\) => s(?:\.\w+)+\(input\)),$/;

describe('handlers are one line into a service', () => {
  it('every handler of every domain calls one service function with the parsed input, and nothing more', async () => {
    for (const domain of Object.keys(contract)) {
      const text = await fs.readFile(`src/main/handlers/${domain}-handlers.ts`, 'utf8');
      const body = text
        .slice(text.indexOf('=> ({') + 5, text.lastIndexOf('});'))
        .trim()
        .split('\n');
      const names = body.map((line) => {
        const match = oneLine.exec(`  ${line.trim()}`);
        expect(match, `${domain}: ${line.trim()}`).not.toBeNull();
        return match?.[1];
      });
      expect(names.sort()).toEqual(Object.keys(contract[domain as keyof typeof contract]).sort());
    }
  });
});
