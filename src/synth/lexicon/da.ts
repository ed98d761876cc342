/** Danish customer lines. */
import type { Lexicon } from './intents.ts';

export const DA: Lexicon = {
  cGreet: ['hej {name}', 'hallo', 'god aften', 'hej, er du der?'],
  cSmall: [
    'hvordan er vejret der',
    'meget arbejde i denne uge',
    'er lige kommet hjem',
    'det regner hele dagen her',
    'alt godt her',
    'ok intet problem',
    'tak',
    'ja',
    'træt i dag',
  ],
  cSchedAsk: [
    'online i aften {time}?',
    'har du tid {day} klokken {time}?',
    'hvornår er du online {day}?',
    'samme tid som sidste uge?',
  ],
  cPriceAsk: ['hvor meget?', 'hvad koster det {day}?', 'samme pris?'],
  cPaySent: ['sendt', 'pengene er sendt', 'sendte {amount}', 'sendt med {provider}'],
  cPaySentRef: ['sendt, nummer {ref}', 'MTCN {ref}', 'reference {ref} beløb {amount}'],
  cPayCheck: ['er det kommet frem?', 'fik du pengene?'],
  cEmail: ['min mail er {email}'],
  cPhone: ['mit nummer {phone}', 'ring til mig på {phone}'],
  cTravel: ['jeg lander i {city} den {date}, fly {flight}', 'jeg kommer til filippinerne den {date}'],
  cBye: ['hej hej', 'godnat', 'vi ses {day}'],
  cLater: ['måske næste uge', 'ikke i aften, undskyld'],
};
