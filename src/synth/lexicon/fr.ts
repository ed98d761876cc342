/** French customer lines. */
import type { Lexicon } from './intents.ts';

export const FR: Lexicon = {
  cGreet: ['salut {name}', 'bonjour', 'bonsoir', 'coucou, tu es là ?', 'salut ça va ?'],
  cSmall: [
    'quel temps fait-il chez toi',
    'beaucoup de travail cette semaine',
    'je viens de rentrer',
    'il pleut toute la journée ici',
    'tout va bien ici',
    'ok pas de problème',
    'merci',
    'oui',
    'fatigué aujourd’hui',
  ],
  cSchedAsk: [
    'en ligne ce soir {time} ?',
    'tu es libre {day} à {time} ?',
    'à quelle heure tu es en ligne {day} ?',
    'même heure que la semaine dernière ?',
  ],
  cPriceAsk: ['combien ?', 'c’est combien pour {day} ?', 'même prix ?', 'combien je dois envoyer ?'],
  cPaySent: ['envoyé', 'l’argent est parti', 'j’ai envoyé {amount}', 'envoyé par {provider}', 'c’est fait'],
  cPaySentRef: ['envoyé, numéro {ref}', 'MTCN {ref}', 'référence {ref} montant {amount}'],
  cPayCheck: ['tu l’as reçu ?', 'l’argent est arrivé ?'],
  cEmail: ['mon mail est {email}'],
  cPhone: ['mon numéro {phone}', 'appelle-moi au {phone}'],
  cTravel: ['j’atterris à {city} le {date}, vol {flight}', 'j’arrive aux philippines le {date}'],
  cBye: ['bonne nuit', 'à {day}', 'à plus', 'salut'],
  cLater: ['peut-être la semaine prochaine', 'pas ce soir, désolé'],
};
