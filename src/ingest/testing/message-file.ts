import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

const PHRASES = [
  'online tonight 9pm?',
  'sent the money, ref',
  'ok received thanks',
  'what time works for you',
  'my email is',
  'call me on',
  'flight lands in manila on friday',
  'see you at the mall',
  'price same as last time?',
  'good morning, how are you',
  'will pay tomorrow after work',
  'add me on viber',
];
const PLATFORMS = ['skype', 'messenger', 'yahoo', 'whatsapp', 'viber'];

/** A deterministic pseudo-random generator (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Writes a canonical messages CSV of `rows` neutral chat lines, for benchmarks and crash tests.
 * Every 1000th message carries a unique reference so selective searches have something to find.
 */
export async function writeMessageFile(path: string, rows: number, seed = 1): Promise<void> {
  const out = createWriteStream(path, { highWaterMark: 1 << 20 });
  const rand = rng(seed);
  const start = Date.UTC(2012, 0, 1);
  let buf = 'message_id,platform,conversation_id,sent_at,sender,recipients,body,attachments\n';
  for (let i = 0; i < rows; i++) {
    const p = PLATFORMS[Math.floor(rand() * PLATFORMS.length)]!;
    const buyer = `user${Math.floor(rand() * 12000)}`;
    const seller = `shop${Math.floor(rand() * 100)}`;
    const [from, to] = rand() < 0.5 ? [buyer, seller] : [seller, buyer];
    const phrase = PHRASES[Math.floor(rand() * PHRASES.length)]!;
    const extra =
      i % 1000 === 0 ? ` ref${i.toString(36)}x ${7000000000 + i}` : ` ${Math.floor(rand() * 500)}`;
    const t = new Date(start + Math.floor((i / rows) * 378_000_000_000)).toISOString();
    buf += `${p}-${i},${p},${buyer}-${seller},${t},${from},${to},"${phrase}${extra}",\n`;
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await once(out, 'drain');
      buf = '';
    }
  }
  out.end(buf);
  await once(out, 'finish');
}
