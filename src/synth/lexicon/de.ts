/** German customer lines. */
import type { Lexicon } from './intents.ts';

export const DE: Lexicon = {
  cGreet: ['hallo {name}', 'hi', 'guten abend', 'servus', 'hallo, bist du da?', 'moin {name}'],
  cSmall: [
    'wie ist das wetter bei dir',
    'viel arbeit diese woche',
    'bin gerade nach hause gekommen',
    'hier regnet es den ganzen tag',
    'alles gut bei mir',
    'ok kein problem',
    'danke',
    'ja',
    'bin müde heute',
    'morgen wieder früh arbeiten',
  ],
  cSchedAsk: [
    'heute abend {time} online?',
    'hast du {day} um {time} zeit?',
    'wann bist du {day} online?',
    'gleiche zeit wie letzte woche?',
    'passt dir {time}?',
  ],
  cPriceAsk: [
    'wie viel?',
    'was kostet es {day}?',
    'gleicher preis wie immer?',
    'wie viel soll ich schicken?',
  ],
  cPaySent: [
    'geschickt',
    'geld ist unterwegs',
    'habe {amount} geschickt',
    'über {provider} geschickt',
    'erledigt',
  ],
  cPaySentRef: [
    'gesendet, nummer {ref}',
    'MTCN {ref}',
    'referenz {ref}, betrag {amount}',
    'kontrollnummer: {ref}',
  ],
  cPayCheck: ['ist es angekommen?', 'hast du das geld bekommen?', 'kannst du bei {provider} nachsehen?'],
  cEmail: ['meine mail ist {email}', 'schreib mir an {email}'],
  cPhone: ['meine nummer {phone}', 'ruf mich an unter {phone}'],
  cTravel: [
    'ich lande am {date} in {city}, flug {flight}',
    'ich komme am {date} auf die philippinen',
    'bin ab {date} in {city}',
  ],
  cBye: ['tschüss', 'gute nacht', 'bis {day}', 'bis später', 'ciao'],
  cLater: ['vielleicht nächste woche', 'heute nicht, sorry', 'ich melde mich morgen'],
};
