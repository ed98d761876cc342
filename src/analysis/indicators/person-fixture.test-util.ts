import { extractIdentifiers } from '../identifiers/extract-identifiers.ts';
import { compileLexicon, matchLexicon } from './lexicon-match.ts';
import type { CaseContext, PersonData, PersonMessage, PersonTransfer } from './person-data.ts';

export const DAY = 86_400_000;
export const T0 = Date.parse('2019-01-01T20:00:00Z');
const LEX = compileLexicon();

export const CTX: CaseContext = { sellerCountries: ['PH'], now: T0 + 400 * DAY };

export function transfer(i: number, over: Partial<PersonTransfer> = {}): PersonTransfer {
  return {
    id: `tx${i}`,
    sentAt: T0 + i * 10 * DAY,
    amount: 50,
    currency: 'USD',
    receiverKey: 'maria santos',
    receiverName: 'Maria Santos',
    receiverCountry: 'PH',
    receiverSellerLinked: true,
    senderName: 'John Smith',
    senderDob: null,
    senderAddress: null,
    senderCountry: 'GB',
    provider: 'RemitCo',
    ...over,
  };
}

export function message(
  id: string,
  body: string,
  sentAt: number,
  over: Partial<PersonMessage> = {},
): PersonMessage {
  return {
    id,
    sentAt,
    fromPerson: true,
    counterpartSeller: true,
    lexicon: matchLexicon(body, LEX),
    identifiers: extractIdentifiers(body, { sentAt }),
    ...over,
  };
}

export function person(over: Partial<PersonData> = {}): PersonData {
  return { personId: 'p1', accounts: [], transfers: [], messages: [], ipEvents: [], ...over };
}
