import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';

/**
 * A file's text in chunks: gunzipped when `gzip`, decoded as UTF-8 (a byte-order mark is kept for
 * the reader to drop; invalid bytes become U+FFFD, which readers report as invalid UTF-8).
 */
export async function* textChunks(path: string, gzip: boolean): AsyncGenerator<string> {
  const file = createReadStream(path, { highWaterMark: 1 << 20 });
  const bytes = gzip ? file.pipe(createGunzip({ chunkSize: 1 << 20 })) : file;
  if (gzip) file.on('error', (e) => bytes.destroy(e));
  const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
  for await (const chunk of bytes as AsyncIterable<Uint8Array>) {
    const text = decoder.decode(chunk, { stream: true });
    if (text.length > 0) yield text;
  }
  const tail = decoder.decode();
  if (tail.length > 0) yield tail;
}
