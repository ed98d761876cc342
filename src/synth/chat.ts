/**
 * One conversation's messages, generated from its plan: a burst around every transfer (the
 * "sent" line minutes after it when the plan says so, quoting the reference when it says so),
 * travel talk before trips, disclosures, and ordinary bursts at the customer's local hours.
 * Output is bounded by the conversation's size, never by the world's.
 */
import type { Lang } from './countries.ts';
import { countryOf } from './countries.ts';
import type { Intent } from './lexicon/index.ts';
import { formatPhone } from './phones.ts';
import { Rng } from './prng.ts';
import { drawInstant } from './rhythm.ts';
import { clockText, dateText, dayWord, emptySlots, line, type Slots } from './text.ts';
import { offsetMinutes } from './time-zones.ts';
import type { Conversation, Transfer } from './world-types.ts';

export interface ChatMessage {
  t: number;
  fromCustomer: boolean;
  body: string;
  attachment: string;
}

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
export const ATTACHMENT_RATE = 0.005;
export const MULTILINE_REF_RATE = 0.1;

type Pool = readonly (readonly [Intent, number])[];
const POOLS: Record<'buyer' | 'talker' | 'family', { c: Pool; s: Pool }> = {
  buyer: {
    c: [
      ['cSmall', 60],
      ['cSchedAsk', 20],
      ['cLater', 10],
      ['cPriceAsk', 6],
      ['cPayCheck', 4],
    ],
    s: [
      ['sSmall', 60],
      ['sSchedReply', 25],
      ['sLater', 10],
      ['sPriceQuote', 5],
    ],
  },
  talker: {
    c: [
      ['cSmall', 55],
      ['cSchedAsk', 12],
      ['cPriceAsk', 13],
      ['cNoMoney', 10],
      ['cLater', 10],
    ],
    s: [
      ['sSmall', 55],
      ['sPriceQuote', 14],
      ['sSchedReply', 14],
      ['sLater', 14],
      ['sPayWhere', 3],
    ],
  },
  family: {
    c: [
      ['fSmall', 72],
      ['fGreet', 8],
      ['fShop', 8],
      ['fLoad', 6],
      ['fHome', 6],
    ],
    s: [
      ['fSmall', 75],
      ['fGreet', 8],
      ['fLoad', 7],
      ['fShop', 5],
      ['fConfirm', 5],
    ],
  },
};

function pick(rng: Rng, pool: Pool): Intent {
  return rng.weighted(pool);
}

function chatAmount(rng: Rng, amount: string, currency: string): string {
  const n = String(Math.round(Number(amount)));
  const sym: Record<string, string> = { USD: '$', EUR: '€', GBP: '£' };
  const s = sym[currency];
  if (s !== undefined && rng.chance(0.5)) return `${s}${n}`;
  return `${n} ${rng.chance(0.5) ? currency.toLowerCase() : currency}`;
}

function hex(rng: Rng, n: number): string {
  return rng.alnum(n, '0123456789abcdef');
}

export function conversationMessages(conv: Conversation, seed: number): ChatMessage[] {
  const rng = new Rng(`chat/${conv.index}`, seed);
  const cust = conv.customer.person;
  const seller = conv.seller.person;
  const family = conv.kind === 'contact' || conv.kind === 'ofw';
  const cLang: Lang = family ? seller.lang : cust.lang;
  const sLang: Lang = family ? seller.lang : seller.lang === 'taglish' && rng.chance(0.4) ? 'taglish' : 'en';
  const pools = POOLS[family ? 'family' : conv.kind === 'buyer' ? 'buyer' : 'talker'];
  const slots: Slots = emptySlots();
  const sellerName = conv.seller.displayName.split(' ')[0] ?? 'dear';
  const custName = conv.customer.displayName.split(' ')[0] ?? cust.name.given;
  slots.email = cust.email;
  const defaults = (): void => {
    slots.rname = `${seller.name.given} ${seller.name.surname}`;
    slots.rcity = seller.city;
    slots.provider = 'Western Union';
    const usd = 5 * rng.int(4, 30);
    slots.amount = rng.chance(0.6) ? `$${usd}` : `${Math.round(usd / 0.0178 / 100) * 100} php`;
  };
  const out: ChatMessage[] = [];
  let budget = conv.size;

  const say = (t: number, fromCustomer: boolean, intent: Intent): number => {
    slots.name = fromCustomer ? sellerName : custName;
    const body = line(rng, fromCustomer ? cLang : sLang, intent, slots);
    out.push({ t, fromCustomer, body, attachment: '' });
    budget--;
    return t;
  };
  const gap = (): number => 5_000 + Math.floor(rng.exponential(70_000));
  const localHour = (t: number): number => {
    const h = new Date(t + offsetMinutes(cust.zone, t) * MIN).getUTCHours();
    return h;
  };
  const burstSlots = (t: number): void => {
    const h = (localHour(t) + rng.int(0, 2)) % 24;
    slots.time = clockText(rng, cLang, h < 9 || (h < 17 && rng.chance(0.7)) ? rng.int(18, 23) : h);
    slots.day = dayWord(rng, cLang);
  };
  const setTransfer = (tr: Transfer): void => {
    slots.amount = chatAmount(rng, tr.amount, tr.currency);
    slots.ref = tr.id;
    slots.provider = tr.provider;
    slots.rname = `${tr.receiver.name.given} ${tr.receiver.name.surname}`;
    slots.rcity = tr.receiver.city;
  };

  for (const tr of conv.transfers) {
    setTransfer(tr);
    const t = tr.sentAt;
    if (tr.purpose === 'session') {
      let at = t - rng.int(5, 40) * MIN;
      burstSlots(at);
      if (rng.chance(0.4)) at = say(at, true, 'cGreet') + gap();
      at = say(at, true, 'cSchedAsk') + gap();
      at = say(at, false, 'sSchedReply') + gap();
      if (rng.chance(0.35)) {
        at = say(at, true, 'cPriceAsk') + gap();
        at = say(at, false, 'sPriceQuote') + gap();
      }
      if (rng.chance(0.5) && at < t && tr.receiver !== seller)
        say(Math.min(at, t - 30_000), false, 'sPayWhere');
      let paid: number;
      if (tr.sentMessage) {
        paid = t + rng.int(1, 12) * MIN + rng.int(0, 59) * 1000;
        if (tr.quoted && rng.chance(MULTILINE_REF_RATE)) {
          out.push({
            t: paid,
            fromCustomer: true,
            body: `sent ${slots.amount}\nref ${tr.id}`,
            attachment: '',
          });
          budget--;
        } else say(paid, true, tr.quoted ? 'cPaySentRef' : 'cPaySent');
        if (rng.chance(0.1))
          out.push({ t: paid + 2000, fromCustomer: true, body: '', attachment: hex(rng, 64) });
      } else {
        paid = t + rng.int(2, 36) * HOUR;
        if (rng.chance(0.5)) say(paid, true, rng.chance(0.5) ? 'cPaySent' : 'cPayCheck');
      }
      if (!tr.quoted && rng.chance(0.25)) say(paid + gap(), false, 'sAskRef');
      say(paid + rng.int(5, 120) * MIN, false, 'sConfirm');
    } else {
      const at = t + rng.int(1, 30) * MIN;
      if (tr.quoted) say(at, true, 'fPadalaRef');
      else if (tr.sentMessage) say(at, true, 'fPadala');
      say(at + rng.int(1, 30) * HOUR, false, 'fConfirm');
    }
  }

  const trip = conv.travelTalk;
  if (trip !== null) {
    slots.city = trip.city;
    slots.flight = trip.flight;
    slots.date = dateText(rng, trip.from);
    const n = trip.flight === '' ? 1 : 2;
    for (let k = 0; k < n; k++) {
      let at = Math.max(conv.from, Math.min(conv.to - HOUR, trip.from - rng.int(5, 60) * DAY));
      at = drawInstant(cust.rhythm, cust.zone, rng, at - DAY, at + DAY);
      at = say(at, true, trip.flight === '' ? 'cTravelVague' : 'cTravel') + gap();
      if (trip.flight !== '') at = say(at, true, 'cTravel') + gap();
      say(at, false, 'sTravelReply');
    }
  }

  const disclosures: Intent[] = [];
  const d = conv.disclose;
  if (d.email) disclosures.push('cEmail');
  if (d.phone) {
    disclosures.push('cPhone');
    slots.phone = formatPhone(
      cust.phone,
      countryOf(cust.phone.country).phone,
      rng.chance(0.6) ? 'national' : 'intl',
    );
  }
  if (d.handle !== null) {
    disclosures.push('cHandle');
    slots.handle = d.handle.handle;
    slots.platform = d.handle.platform;
  }
  if (d.name) {
    disclosures.push('cName');
    slots.myname = `${cust.name.given} ${cust.name.surname}`;
  }

  let first = true;
  while (budget > 0 || disclosures.length > 0) {
    let at = drawInstant(cust.rhythm, cust.zone, rng, conv.from, conv.to);
    burstSlots(at);
    defaults();
    let n = Math.max(1, Math.min(Math.max(budget, 1), 1 + Math.floor(rng.exponential(7))));
    if (first || rng.chance(0.4)) {
      at = say(at, true, family ? 'fGreet' : 'cGreet') + gap();
      n--;
      first = false;
    }
    let fromCustomer = rng.chance(0.5);
    for (let k = 0; k < n; k++) {
      if (rng.chance(ATTACHMENT_RATE)) {
        out.push({ t: at, fromCustomer, body: '', attachment: hex(rng, 64) });
        budget--;
      } else {
        const next =
          disclosures.length > 0 && fromCustomer && rng.chance(0.3) ? disclosures.shift() : undefined;
        say(at, fromCustomer, next ?? pick(rng, fromCustomer ? pools.c : pools.s));
      }
      at += gap();
      if (rng.chance(0.55)) fromCustomer = !fromCustomer;
    }
    if (budget <= 0 && disclosures.length > 0) {
      const next = disclosures.shift();
      if (next !== undefined) say(at, true, next);
    }
  }
  out.sort((a, b) => a.t - b.t);
  return out;
}
