/** Cebuano lines: sellers, family and contacts in Visayas and Mindanao. */
import type { Lexicon } from './intents.ts';

export const CEB: Lexicon = {
  sSmall: ['sige', 'oo', 'salamat kaayo', 'init kaayo diri karon', 'brownout na pud', 'nikaon na mi', 'kadali lang', 'sorry late reply'],
  sConfirm: ['nadawat na nako, salamat', 'nakuha na nako', 'ok na, salamat'],
  fGreet: ['kumusta?', 'unsa na?', 'uy {name}', 'maayong gabii', 'naa ka?'],
  fSmall: [
    'nikaon na ka?', 'asa naman ka?', 'nag-ulan diri', 'amping permi', 'sige sige', 'ok ra mi diri', 'pauli na ko', 'naa ko sa merkado',
    'ugma na lang', 'tawag ka unya', 'walay signal diri', 'mahal na ang bugas', 'kinsa imong kauban?', 'katulgon na ko',
  ],
  fLoad: ['pa-load ko {amount}', 'pa-load bi', 'nahurot akong load'],
  fPadala: ['napadala na nako {amount}', 'nagpadala ko sa {provider}', 'kuhaa na sa {provider}'],
  fPadalaRef: ['napadala na, ref {ref}', 'control number {ref}', '{provider} {ref}, ngalan {rname}'],
  fConfirm: ['nakuha na nako, salamat', 'nadawat na namo', 'salamat sa padala'],
  fHome: ['mouli ko sa {date}', 'basin mouli ko sa pasko', 'kanus-a ka mouli?'],
  fBye: ['sige amping', 'bye', 'matulog na ko'],
  fShop: ['naa pa moy bugas?', 'tagpila ang usa ka sako?', 'abli mo unya?'],
};
