/** Taglish lines: the code-switching most Manila and young sellers write. */
import type { Lexicon } from './intents.ts';

export const TAGLISH: Lexicon = {
  sGreet: ['hi po {name}', 'hello po sir', 'gud eve po'],
  sSmall: [
    'ok po sir',
    'sorry po late reply',
    'brownout kasi kanina',
    'wait lang po sir',
    'ang init today',
    'sige po',
  ],
  sSchedReply: ['ok po {time}', 'online po ako {day}', 'sige po sir later {time}', 'ready na po'],
  sPayWhere: ['send po kay {rname} {rcity}', 'sa {provider} po, name {rname}', 'new name po {rname}'],
  sAskRef: ['pa-send po ng control number', 'ano po ang ref number?', 'pic po ng receipt'],
  sConfirm: ['received na po, thank you', 'nakuha ko na po sir, thanks', 'ok na po sir'],
  sOffer: ['online po ako now', 'available po tonight {time}', 'hello po, free po {day}'],
  fGreet: ['hi {name}, musta?', 'uy, nandyan ka?', 'gud eve', 'hello hello'],
  fSmall: [
    'kain ka na ba?',
    'busy ako today',
    'traffic grabe',
    'ok lang, thanks',
    'sige later na lang',
    'tired na ako',
    'nasa mall ako',
  ],
  fLoad: ['pa-load naman {amount} please', 'paload po, na-expire na'],
  fPadala: ['sent ko na {amount} sa {provider}', 'padala done na, {amount}'],
  fPadalaRef: ['ref number {ref}, sa {provider}', 'eto yung control number {ref}'],
  fConfirm: ['received na, thanks', 'nakuha ko na, salamat ha'],
  fHome: ['uwi ako {date}', 'balikbayan box na-send ko na'],
  fBye: ['ingat, bye', 'sige, sleep na ako', 'later'],
  fShop: ['may available pa ba?', 'magkano na ngayon?', 'pa-deliver naman bukas'],
};
