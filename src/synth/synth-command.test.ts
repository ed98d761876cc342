import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { registerSynth } from '../cli/synth.command.ts';

const root = mkdtempSync(join(tmpdir(), 'vigil-synth-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function run(args: string[]): Promise<string> {
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => {
    out += String(s);
    return true;
  });
  try {
    const program = new Command('vigil').option('--json').exitOverride();
    registerSynth(program);
    await program.parseAsync(args, { from: 'user' });
  } finally {
    spy.mockRestore();
  }
  return out;
}

describe('vigil synth', () => {
  it('--json prints only the summary: counts per file, persons by kind, seconds', async () => {
    const out = join(root, 'b');
    const summary = JSON.parse(
      await run(['synth', '--out', out, '--scale', 'tiny', '--seed', '5', '--bad-rows', '--json']),
    ) as Record<string, unknown>;
    expect(summary).toMatchObject({ scale: 'tiny', seed: 5, out });
    expect(Object.keys(summary.files as object)).toEqual(
      expect.arrayContaining([
        'messages-01.csv',
        'transactions.csv',
        'truth/persons.csv',
        'truth/bad_rows.csv',
      ]),
    );
    expect(summary.persons_by_kind).toMatchObject({ buyer: expect.any(Number), talker: expect.any(Number) });
    expect(typeof summary.seconds).toBe('number');
    expect(existsSync(join(out, 'truth', 'networks.csv'))).toBe(true);
  });

  it('prints a readable summary without --json', async () => {
    const text = await run(['synth', '--out', join(root, 'c'), '--scale', 'tiny']);
    expect(text).toMatch(/^Wrote a tiny world \(seed 1\)/);
    expect(text).toMatch(/leads \d+/);
  });

  it('refuses an unknown scale or a bad seed with one sentence', async () => {
    await expect(run(['synth', '--out', join(root, 'd'), '--scale', 'huge'])).rejects.toThrow(
      /--scale takes tiny, small or seed/,
    );
    await expect(run(['synth', '--out', join(root, 'd'), '--seed', '-3'])).rejects.toThrow(
      /--seed takes a whole number/,
    );
  });
});
