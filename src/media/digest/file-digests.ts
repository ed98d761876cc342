import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

export interface Digests {
  md5: string;
  sha1: string;
  sha256: string;
  size: number;
}

/** MD5, SHA-1 and SHA-256 of a file in one streamed read; works for any bytes, decodable or not. */
export async function fileDigests(path: string): Promise<Digests> {
  const md5 = createHash('md5');
  const sha1 = createHash('sha1');
  const sha256 = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    md5.update(chunk);
    sha1.update(chunk);
    sha256.update(chunk);
    size += chunk.length;
  }
  return { md5: md5.digest('hex'), sha1: sha1.digest('hex'), sha256: sha256.digest('hex'), size };
}

/** The same three digests of bytes already in memory. */
export function bufferDigests(data: Uint8Array): Digests {
  return {
    md5: createHash('md5').update(data).digest('hex'),
    sha1: createHash('sha1').update(data).digest('hex'),
    sha256: createHash('sha256').update(data).digest('hex'),
    size: data.length,
  };
}
