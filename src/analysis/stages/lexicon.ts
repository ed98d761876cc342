/**
 * The indicator lexicon (B8 and friends): investigators' configuration, per category and language.
 * The default below is deliberately neutral: wording about prices, scheduling a session, payment
 * confirmations, recordings and cover stories, as it appears in ordinary commerce chat.
 */
export type LexiconCategory = 'price' | 'schedule' | 'payment_sent' | 'recording' | 'cover_story' | 'offer';

export type Lexicon = Readonly<Record<LexiconCategory, readonly string[]>>;

export const DEFAULT_LEXICON: Lexicon = {
  price: [
    'how much',
    'price',
    'same price',
    'discount',
    'cheaper',
    'rate for',
    'magkano',
    'wie viel',
    'hoeveel',
    'combien',
    'cuánto',
    'quanto',
    'ile kosztuje',
    'hvor mye',
    'hur mycket',
    'hvor meget',
  ],
  schedule: [
    'online tonight',
    'show tonight',
    'session',
    'what time',
    'are you online',
    'be online',
    'same time',
    'book a',
    'heute abend',
    'vanavond',
    'ce soir',
    'esta noche',
    'stasera',
    'dziś wieczorem',
    'i kveld',
    'i kväll',
    'i aften',
    'mamaya',
    'mamayang gabi',
  ],
  payment_sent: [
    'sent',
    'paid',
    'transferred',
    'sent the money',
    'money sent',
    'just sent',
    'i sent',
    'sent already',
    'transfer done',
    'payment sent',
    'mtcn',
    'reference number',
    'ref number',
    'control number',
    'overwiesen',
    'geld gestuurd',
    "j'ai envoyé",
    'he enviado',
    'ho inviato',
    'wysłałem',
    'sendt',
    'skickat',
    'gesendet',
    'geschickt',
    'bezahlt',
    'betaald',
    'verstuurd',
    'envoyé',
    'payé',
    'enviado',
    'pagado',
    'inviato',
    'pagato',
    'wysłane',
    'zapłaciłem',
    'betalt',
    'skickade',
    'nagpadala',
    'napadala na',
    'padala',
  ],
  recording: [
    'record it',
    'recording',
    'send the video',
    'send video',
    'save the video',
    'video file',
    'aufnahme',
    'opname',
  ],
  cover_story: [
    'for school',
    'school fees',
    'tuition',
    'medicine',
    'hospital',
    'birthday gift',
    'for load',
    'phone load',
    'allowance',
  ],
  offer: [
    'available tonight',
    'new ones',
    'we have',
    'promo',
    'special price',
    'vip',
    'pay first',
    'payment first',
  ],
};

export type CompiledLexicon = readonly (readonly [LexiconCategory, RegExp])[];

/** Compiled once: one regular expression per category, matching whole words case-insensitively. */
export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return (Object.entries(lexicon) as [LexiconCategory, readonly string[]][]).map(([cat, terms]) => [
    cat,
    new RegExp(`(?:^|[^\\p{L}])(?:${terms.map(escape).join('|')})(?:$|[^\\p{L}])`, 'iu'),
  ]);
}
