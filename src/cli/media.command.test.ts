import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { describe, expect, it, vi } from 'vitest';
import { imageVariant } from '../media/synthetic/image-variants.ts';
import { syntheticImage } from '../media/synthetic/synthetic-image.ts';
import { registerMedia } from './media.command.ts';
import { tempDir } from '../media/testing/temp-dir.ts';

async function run(args: string[]): Promise<unknown> {
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => {
    out += String(s);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    const program = new Command('vigil').exitOverride();
    registerMedia(program);
    await program.parseAsync(args, { from: 'user' });
  } finally {
    spy.mockRestore();
    err.mockRestore();
  }
  return JSON.parse(out);
}

describe('vigil media', () => {
  const dir = tempDir('vigil-media-cli-');

  it('hash --json prints exactly the cli.md shape, even for undecodable files', async () => {
    const img = join(dir, 'a.jpg');
    const bad = join(dir, 'b.jpg');
    writeFileSync(img, await syntheticImage({ seed: 1, kind: 'noise' }));
    writeFileSync(bad, 'not a picture');
    const out = (await run(['media', 'hash', img, bad, '--json'])) as { files: Record<string, unknown>[] };
    expect(out.files).toHaveLength(2);
    expect(Object.keys(out.files[0]!)).toEqual(['file', 'md5', 'sha1', 'sha256', 'pdq', 'quality', 'exif']);
    expect(out.files[0]).toMatchObject({ file: img, pdq: expect.stringMatching(/^[0-9a-f]{64}$/), exif: {} });
    expect(out.files[1]).toMatchObject({ file: bad, pdq: null, quality: 0 });
    process.exitCode = undefined;
  });

  it('scan writes a resumable JSONL results file and reports what could not be decoded', async () => {
    const folder = tempDir('vigil-media-scan-');
    writeFileSync(join(folder, 'a.jpg'), await syntheticImage({ seed: 4, kind: 'noise' }));
    writeFileSync(join(folder, 'empty.jpg'), '');
    const out = join(dir, 'media.jsonl');
    const first = (await run(['media', 'scan', folder, '--out', out, '--workers', '0', '--json'])) as {
      scanned: number;
      already_done: number;
      summary: { byReason: object };
    };
    expect(first).toMatchObject({ scanned: 2, already_done: 0, summary: { byReason: { empty: 1 } } });
    writeFileSync(join(folder, 'b.jpg'), await syntheticImage({ seed: 5, kind: 'noise' }));
    const second = (await run(['media', 'scan', folder, '--out', out, '--workers', '0', '--json'])) as {
      scanned: number;
      already_done: number;
    };
    expect(second).toMatchObject({ scanned: 1, already_done: 2 });
    expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(3);
  });

  it('match and stacks work over a plain folder and a hash list', async () => {
    const folder = tempDir('vigil-media-folder-');
    const base = await syntheticImage({ seed: 2, kind: 'noise' });
    writeFileSync(join(folder, 'one.jpg'), base);
    writeFileSync(join(folder, 'one-small.jpg'), await imageVariant(base, 'resized'));
    writeFileSync(join(folder, 'other.jpg'), await syntheticImage({ seed: 3, kind: 'pattern' }));
    const hashed = (await run(['media', 'hash', join(folder, 'one.jpg'), '--json'])) as {
      files: { md5: string; pdq: string }[];
    };
    const list = join(dir, 'list.csv');
    writeFileSync(list, `md5,pdq,category,list\n,${hashed.files[0]!.pdq},A1,test-list\n`);
    const m = (await run(['media', 'match', folder, '--list', list, '--workers', '0', '--json'])) as {
      matches: { file: string; matches: { by: string; category: string }[] }[];
    };
    expect(m.matches.map((x) => x.file)).toEqual(['one-small.jpg', 'one.jpg']);
    expect(m.matches[0]!.matches[0]).toMatchObject({ by: 'pdq', category: 'A1' });
    const s = (await run(['media', 'stacks', folder, '--workers', '0', '--json'])) as {
      stacks: { files: { file: string }[] }[];
    };
    expect(s.stacks.map((x) => x.files.map((f) => f.file))).toEqual([['one-small.jpg', 'one.jpg']]);
  });
});
