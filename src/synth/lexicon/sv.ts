/** Swedish customer lines. */
import type { Lexicon } from './intents.ts';

export const SV: Lexicon = {
  cGreet: ['hej {name}', 'hallå', 'god kväll', 'hej, är du där?'],
  cSmall: [
    'hur är vädret där',
    'mycket jobb den här veckan',
    'kom precis hem',
    'det regnar hela dagen här',
    'allt bra här',
    'ok inga problem',
    'tack',
    'ja',
    'trött idag',
  ],
  cSchedAsk: [
    'online ikväll {time}?',
    'har du tid {day} kl {time}?',
    'när är du online {day}?',
    'samma tid som förra veckan?',
  ],
  cPriceAsk: ['hur mycket?', 'vad kostar det {day}?', 'samma pris?'],
  cPaySent: ['skickat', 'pengarna är skickade', 'skickade {amount}', 'skickat via {provider}'],
  cPaySentRef: ['skickat, nummer {ref}', 'MTCN {ref}', 'referens {ref} belopp {amount}'],
  cPayCheck: ['har det kommit fram?', 'fick du pengarna?'],
  cEmail: ['min mejl är {email}'],
  cPhone: ['mitt nummer {phone}', 'ring mig på {phone}'],
  cTravel: ['jag landar i {city} den {date}, flyg {flight}', 'jag kommer till filippinerna den {date}'],
  cBye: ['hej då', 'god natt', 'vi hörs {day}', 'ses'],
  cLater: ['kanske nästa vecka', 'inte ikväll, förlåt'],
};
