/** Polish customer lines. */
import type { Lexicon } from './intents.ts';

export const PL: Lexicon = {
  cGreet: ['cześć {name}', 'dzień dobry', 'dobry wieczór', 'hej, jesteś?'],
  cSmall: [
    'jaka jest pogoda u ciebie',
    'dużo pracy w tym tygodniu',
    'właśnie wróciłem do domu',
    'tutaj pada cały dzień',
    'u mnie wszystko dobrze',
    'ok nie ma problemu',
    'dzięki',
    'tak',
    'zmęczony dzisiaj',
  ],
  cSchedAsk: [
    'jesteś dziś online o {time}?',
    'masz czas {day} o {time}?',
    'o której jesteś online {day}?',
    'ta sama godzina co w zeszłym tygodniu?',
  ],
  cPriceAsk: ['ile?', 'ile kosztuje {day}?', 'ta sama cena?'],
  cPaySent: ['wysłane', 'pieniądze wysłane', 'wysłałem {amount}', 'wysłane przez {provider}'],
  cPaySentRef: ['wysłane, numer {ref}', 'MTCN {ref}', 'numer referencyjny {ref} kwota {amount}'],
  cPayCheck: ['doszło?', 'dostałaś pieniądze?'],
  cEmail: ['mój mail to {email}'],
  cPhone: ['mój numer {phone}', 'zadzwoń na {phone}'],
  cTravel: ['ląduję w {city} {date}, lot {flight}', 'przylatuję na filipiny {date}'],
  cBye: ['dobranoc', 'do {day}', 'na razie', 'pa'],
  cLater: ['może w przyszłym tygodniu', 'dziś nie, przepraszam'],
};
