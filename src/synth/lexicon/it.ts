/** Italian customer lines. */
import type { Lexicon } from './intents.ts';

export const IT: Lexicon = {
  cGreet: ['ciao {name}', 'buonasera', 'ciao, ci sei?', 'salve'],
  cSmall: [
    'che tempo fa lì?',
    'tanto lavoro questa settimana',
    'sono appena tornato a casa',
    'qui piove tutto il giorno',
    'tutto bene qui',
    'ok nessun problema',
    'grazie',
    'sì',
    'stanco oggi',
  ],
  cSchedAsk: [
    'online stasera alle {time}?',
    'sei libera {day} alle {time}?',
    'a che ora sei online {day}?',
    'stessa ora della settimana scorsa?',
  ],
  cPriceAsk: ['quanto?', 'quanto costa {day}?', 'stesso prezzo?'],
  cPaySent: ['inviato', 'ho mandato i soldi', 'inviati {amount}', 'inviato con {provider}'],
  cPaySentRef: ['inviato, numero {ref}', 'MTCN {ref}', 'riferimento {ref} importo {amount}'],
  cPayCheck: ['è arrivato?', 'hai ricevuto i soldi?'],
  cEmail: ['la mia email è {email}'],
  cPhone: ['il mio numero {phone}', 'chiamami al {phone}'],
  cTravel: ['atterro a {city} il {date}, volo {flight}', 'arrivo nelle filippine il {date}'],
  cBye: ['buonanotte', 'a {day}', 'a dopo', 'ciao ciao'],
  cLater: ['forse la settimana prossima', 'stasera no, scusa'],
};
