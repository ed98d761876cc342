/** Dutch customer lines. */
import type { Lexicon } from './intents.ts';

export const NL: Lexicon = {
  cGreet: ['hoi {name}', 'hallo', 'goedenavond', 'hey, ben je er?', 'hoi hoe gaat het'],
  cSmall: [
    'hoe is het weer daar',
    'druk op het werk',
    'net thuis',
    'het regent hier de hele dag',
    'alles goed hier',
    'ok geen probleem',
    'dank je',
    'ja',
    'moe vandaag',
  ],
  cSchedAsk: [
    'vanavond {time} online?',
    'kan je {day} om {time}?',
    'hoe laat ben je {day} online?',
    'zelfde tijd als vorige week?',
  ],
  cPriceAsk: ['hoeveel?', 'wat kost het {day}?', 'zelfde prijs?', 'hoeveel moet ik sturen?'],
  cPaySent: ['verstuurd', 'geld is onderweg', '{amount} gestuurd', 'via {provider} gestuurd', 'gedaan'],
  cPaySentRef: ['verstuurd, nummer {ref}', 'MTCN {ref}', 'referentie {ref} bedrag {amount}'],
  cPayCheck: ['is het aangekomen?', 'heb je het geld?'],
  cEmail: ['mijn mail is {email}'],
  cPhone: ['mijn nummer {phone}', 'bel me op {phone}'],
  cTravel: ['ik land op {date} in {city}, vlucht {flight}', 'ik kom op {date} naar de filipijnen'],
  cBye: ['doei', 'welterusten', 'tot {day}', 'tot later'],
  cLater: ['misschien volgende week', 'vanavond niet sorry'],
};
