import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resumeKey, type MediaResult } from '../media-result.ts';
import { tempDir } from '../testing/temp-dir.ts';
import { appendResults, readDoneKeys } from './results-file.ts';

const r = (file: string): MediaResult => ({
  file,
  size: 10,
  mtimeMs: 1234.5,
  md5: '',
  sha1: '',
  sha256: '',
  mime: 'image/jpeg',
  kind: 'image',
  pdq: null,
  quality: null,
  width: null,
  height: null,
  exif: null,
  ms: 1,
});

describe('results file', () => {
  it('round-trips resume keys and survives a torn last line or a missing file', async () => {
    const path = join(tempDir('vigil-results-'), 'media.jsonl');
    expect(await readDoneKeys(path)).toEqual(new Set());
    await appendResults(path, [r('a.jpg'), r('b.jpg')]);
    appendFileSync(path, '{"file":"c.jpg","si');
    expect(await readDoneKeys(path)).toEqual(new Set([resumeKey(r('a.jpg')), resumeKey(r('b.jpg'))]));
  });
});
