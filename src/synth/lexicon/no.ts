/** Norwegian customer lines. */
import type { Lexicon } from './intents.ts';

export const NO: Lexicon = {
  cGreet: ['hei {name}', 'hallo', 'god kveld', 'hei, er du der?'],
  cSmall: [
    'hvordan er været der',
    'mye jobb denne uka',
    'kom akkurat hjem',
    'det regner hele dagen her',
    'alt bra her',
    'ok ikke noe problem',
    'takk',
    'ja',
    'sliten i dag',
  ],
  cSchedAsk: [
    'pålogget i kveld {time}?',
    'har du tid {day} klokka {time}?',
    'når er du pålogget {day}?',
    'samme tid som forrige uke?',
  ],
  cPriceAsk: ['hvor mye?', 'hva koster det {day}?', 'samme pris?'],
  cPaySent: ['sendt', 'pengene er sendt', 'sendte {amount}', 'sendt med {provider}'],
  cPaySentRef: ['sendt, nummer {ref}', 'MTCN {ref}', 'referanse {ref} beløp {amount}'],
  cPayCheck: ['har det kommet fram?', 'fikk du pengene?'],
  cEmail: ['e-posten min er {email}'],
  cPhone: ['nummeret mitt {phone}', 'ring meg på {phone}'],
  cTravel: ['jeg lander i {city} {date}, fly {flight}', 'jeg kommer til filippinene {date}'],
  cBye: ['ha det', 'god natt', 'snakkes {day}'],
  cLater: ['kanskje neste uke', 'ikke i kveld, beklager'],
};
