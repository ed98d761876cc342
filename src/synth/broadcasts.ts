/**
 * Seller broadcasts: one offer line sent to many customers at once (indicator S3). Each seller
 * account sends about BROADCASTS_PER_1000 per thousand of its chat messages, to the customers
 * whose conversations with it are open at that moment (up to MAX_RECIPIENTS).
 */
import { type ChatMessage } from './chat.ts';
import { Rng } from './prng.ts';
import { drawInstant } from './rhythm.ts';
import { emptySlots, line, clockText, dayWord } from './text.ts';
import type { Account, Conversation, World } from './world-types.ts';
import { formatRow, messageId } from './message-rows.ts';

export const BROADCASTS_PER_1000 = 4;
export const MAX_RECIPIENTS = 30;

export function* chatBroadcasts(world: World): Generator<string> {
  const bySeller = new Map<Account, Conversation[]>();
  for (const c of world.conversations) {
    if (c.kind !== 'buyer' && c.kind !== 'talker') continue;
    const list = bySeller.get(c.seller) ?? [];
    list.push(c);
    bySeller.set(c.seller, list);
  }
  let thread = world.conversations.length;
  for (const seller of world.accounts) {
    const convs = bySeller.get(seller);
    thread++;
    if (convs === undefined) continue;
    const rng = new Rng(`broadcast/${seller.platform}/${seller.handle}`, world.seed);
    const volume = convs.reduce((a, c) => a + c.size, 0);
    const n = Math.max(1, Math.round((volume * BROADCASTS_PER_1000) / 1000));
    const slots = emptySlots();
    const times: number[] = [];
    for (let i = 0; i < n; i++)
      times.push(drawInstant(seller.person.rhythm, seller.person.zone, rng, seller.from, seller.to));
    times.sort((a, b) => a - b);
    for (let i = 0; i < times.length; i++) {
      const t = times[i] as number;
      const open = convs.filter((c) => c.from <= t && c.to > t);
      if (open.length < 2) continue;
      const to = rng.sample(open, Math.min(MAX_RECIPIENTS, open.length)).map((c) => c.customer.handle);
      slots.time = clockText(rng, 'en', rng.int(18, 23));
      slots.day = dayWord(rng, 'en');
      const m: ChatMessage = {
        t,
        fromCustomer: false,
        body: line(rng, seller.person.lang === 'taglish' ? 'taglish' : 'en', 'sOffer', slots),
        attachment: '',
      };
      yield formatRow(
        seller.platform,
        messageId(seller.platform, thread, i),
        '',
        t,
        seller.handle,
        to.join(';'),
        m,
      );
    }
  }
}
