/** What the identifier extractor finds in a message body. */
export const IDENTIFIER_TYPES = [
  'email',
  'phone',
  'handle',
  'transfer_ref',
  'amount',
  'iban',
  'crypto',
  'url',
  'ip',
  'date',
  'travel',
  'place',
] as const;
export type IdentifierType = (typeof IDENTIFIER_TYPES)[number];

/**
 * One hit: `value` is normalised (E.164 phone, lower-case e-mail, `platform:handle`, `50 USD`,
 * ISO date, ISO country code for places and travel); `raw` is the text at `[start, end)`.
 */
export interface IdentifierHit {
  readonly type: IdentifierType;
  readonly value: string;
  readonly raw: string;
  readonly start: number;
  readonly end: number;
  /** handle: the platform named; crypto: `btc` or `eth`. */
  readonly platform?: string;
  /** amount: decimal string with a dot. */
  readonly amount?: string;
  /** amount: ISO 4217 code. */
  readonly currency?: string;
  /** place, travel, phone, iban: ISO 3166-1 alpha-2 country. */
  readonly country?: string;
  /** date and travel: `YYYY-MM-DD` when it could be resolved against the message time. */
  readonly date?: string;
  /** place and travel: the place name as normalised in the gazetteer. */
  readonly place?: string;
}

/** What the extractor knows about the message beyond its text. */
export interface ExtractContext {
  /** The sender's likely country (ISO alpha-2); reads national phone formats and d/m order. */
  readonly senderCountry?: string | null;
  /** Epoch ms of the message; resolves "next week", "12 March" to a date. */
  readonly sentAt?: number | null;
}

export function hit(
  type: IdentifierType,
  value: string,
  text: string,
  start: number,
  end: number,
  extra?: Omit<IdentifierHit, 'type' | 'value' | 'raw' | 'start' | 'end'>,
): IdentifierHit {
  return { type, value, raw: text.slice(start, end), start, end, ...extra };
}
