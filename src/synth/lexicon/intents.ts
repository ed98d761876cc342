/**
 * What a chat line does. Customer lines (c*), seller lines (s*) and family/contact lines (f*).
 * Slots in templates: {name} {time} {day} {amount} {ref} {provider} {rname} {rcity} {email}
 * {phone} {handle} {platform} {date} {city} {flight} {place} {myname}.
 */
export const INTENTS = [
  'cGreet',
  'cSmall',
  'cSchedAsk',
  'cPriceAsk',
  'cPaySent',
  'cPaySentRef',
  'cPayCheck',
  'cEmail',
  'cPhone',
  'cHandle',
  'cName',
  'cTravel',
  'cTravelVague',
  'cBye',
  'cLater',
  'cNoMoney',
  'sGreet',
  'sSmall',
  'sSchedReply',
  'sPriceQuote',
  'sPayWhere',
  'sAskRef',
  'sConfirm',
  'sOffer',
  'sBye',
  'sLater',
  'sTravelReply',
  'fGreet',
  'fSmall',
  'fLoad',
  'fPadala',
  'fPadalaRef',
  'fConfirm',
  'fHome',
  'fBye',
  'fShop',
] as const;
export type Intent = (typeof INTENTS)[number];
export type Lexicon = Partial<Record<Intent, readonly string[]>>;
