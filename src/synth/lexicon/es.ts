/** Spanish customer lines. */
import type { Lexicon } from './intents.ts';

export const ES: Lexicon = {
  cGreet: ['hola {name}', 'buenas noches', 'hola, ¿estás?', 'qué tal'],
  cSmall: [
    '¿qué tiempo hace allí?',
    'mucho trabajo esta semana',
    'acabo de llegar a casa',
    'aquí llueve todo el día',
    'todo bien por aquí',
    'vale, no pasa nada',
    'gracias',
    'sí',
    'cansado hoy',
  ],
  cSchedAsk: [
    '¿conectada esta noche a las {time}?',
    '¿puedes el {day} a las {time}?',
    '¿a qué hora estás {day}?',
    '¿a la misma hora que la semana pasada?',
  ],
  cPriceAsk: ['¿cuánto?', '¿cuánto cuesta {day}?', '¿el mismo precio?'],
  cPaySent: ['enviado', 'ya mandé el dinero', 'envié {amount}', 'enviado por {provider}'],
  cPaySentRef: ['enviado, número {ref}', 'MTCN {ref}', 'referencia {ref} importe {amount}'],
  cPayCheck: ['¿te llegó?', '¿recibiste el dinero?'],
  cEmail: ['mi correo es {email}'],
  cPhone: ['mi número {phone}', 'llámame al {phone}'],
  cTravel: ['aterrizo en {city} el {date}, vuelo {flight}', 'llego a filipinas el {date}'],
  cBye: ['buenas noches', 'hasta {day}', 'hasta luego', 'chao'],
  cLater: ['quizás la semana que viene', 'hoy no, lo siento'],
};
