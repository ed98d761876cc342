/** Tagalog lines: sellers with their customers and family, and family/contacts. */
import type { Lexicon } from './intents.ts';

export const TL: Lexicon = {
  sSmall: ['sige po', 'opo', 'salamat po', 'ang init dito ngayon', 'wala kuryente kanina', 'kumain na kami', 'wait lang po', 'pasensya late reply'],
  sConfirm: ['natanggap ko na po, salamat', 'nakuha ko na', 'ok na po, salamat'],
  fGreet: ['musta na?', 'kumusta ka', 'uy {name}', 'magandang gabi', 'hello po tita', 'nandyan ka ba?'],
  fSmall: [
    'kumain ka na?', 'san ka na?', 'umuulan dito', 'ingat ka lagi', 'sige sige', 'ok lang kami dito', 'pauwi na ako', 'nasa palengke ako',
    'bukas na lang', 'tawag ka mamaya', 'walang signal dito', 'mahal na ng bigas', 'sino kasama mo?', 'antok na ako', 'may bagyo daw',
  ],
  fLoad: ['pa-load naman {amount}', 'paload po 100', 'naubos load ko', 'pasaload naman'],
  fPadala: ['padala ko na {amount}', 'nagpadala na ako sa {provider}', 'kunin mo na sa {provider}', 'pinadala ko na pambayad ng kuryente'],
  fPadalaRef: ['padala ko na, ref {ref}', 'control number {ref}', '{provider} {ref}, pangalan {rname}', 'eto ang number {ref}'],
  fConfirm: ['nakuha ko na, salamat', 'natanggap na namin', 'ok na, nakuha na', 'salamat sa padala'],
  fHome: ['uuwi ako sa {date}', 'baka uwi ako sa pasko', 'kelan ka uuwi?', 'uwi na ako next month'],
  fBye: ['sige ingat', 'bye', 'tulog na ako', 'ingat ka'],
  fShop: ['may stock pa ba ng bigas?', 'magkano ang isang sako?', 'pakuha ng dalawang kilo', 'bukas ba kayo mamaya?', 'pa-reserve ng isang case'],
};
