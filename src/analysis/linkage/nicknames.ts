/**
 * Common given-name diminutives → a canonical form, so "Bill" and "William" compare as close.
 * English, German, Dutch, Nordic and Romance forms frequent in the buyers' countries.
 */
const GROUPS = [
  'william|bill|billy|will|willy|wil|liam|wilhelm|willem|guillaume|guillermo|guglielmo',
  'robert|bob|bobby|rob|robbie|bert|roberto|robbe',
  'richard|dick|rick|ricky|rich|richie|ricardo|riccardo',
  'james|jim|jimmy|jamie|diego|jacques|jacob|jakob|jaap|jake|giacomo|santiago',
  'john|jon|johnny|jack|johann|johannes|hans|jan|jens|juan|jean|giovanni|ivan|sean|shaun|johan',
  'joseph|joe|joey|jose|josef|giuseppe|pepe|beppe',
  'michael|mike|mikey|mick|micky|michel|miguel|michele|mikael|michal|mika',
  'thomas|tom|tommy|tomas|tomasz|thom|tommaso',
  'christopher|chris|kit|christoph|christophe|cristobal|cristoforo|krzysztof',
  'nicholas|nick|nicky|nico|nicolas|niklas|nikolaus|klaus|claus|nicola|mikolaj|niels|nils',
  'alexander|alex|alec|sandy|alexandre|alejandro|alessandro|aleksander|sascha|sasha',
  'anthony|tony|anton|antoine|antonio|antoni|toni',
  'daniel|dan|danny|dani|daan|daniele',
  'david|dave|davey|davide|dawid',
  'edward|ed|eddie|ted|teddy|eduard|edouard|eduardo|edoardo',
  'stephen|steven|steve|stevie|stefan|stephan|stephane|esteban|stefano|steffen',
  'matthew|matt|matty|matthias|mathias|mathieu|matteo|mateo|mateusz|mats|matthijs',
  'andrew|andy|drew|andreas|andre|andres|andrea|andrzej|anders',
  'peter|pete|piet|pieter|pierre|pedro|pietro|piotr|per|peer',
  'charles|charlie|chuck|carl|karl|carlos|carlo|karel|kalle|karol',
  'henry|harry|hank|heinrich|heinz|henri|enrique|enrico|henrik|hendrik|henk',
  'frederick|fred|freddie|fritz|friedrich|frederic|federico|fredrik',
  'benjamin|ben|benny|benji',
  'samuel|sam|sammy',
  'patrick|pat|paddy|patrik|patricio',
  'francis|frank|frankie|franz|francois|francisco|francesco|franciszek|frans',
  'gerald|gerry|jerry|gerard|gerardo|gerhard',
  'lawrence|larry|laurence|lorenzo|laurent|lars|lorenz',
  'ronald|ron|ronnie',
  'donald|don|donnie',
  'timothy|tim|timmy|timo',
  'kenneth|ken|kenny',
  'gregory|greg|gregor|gregoire|gregorio|grzegorz',
  'raymond|ray|raimund|ramon|raimondo',
  'walter|walt|wally|walther',
  'leonard|leo|leon|lenny|leonhard|leonardo',
  'elizabeth|liz|lizzie|beth|betty|betsy|eliza|elisabeth|elise|lisa|liesbeth|isabel|elisabetta|elzbieta',
  'margaret|maggie|meg|peggy|marge|greta|margarete|margriet|marguerite|margarita|margherita|malgorzata',
  'catherine|kate|katie|cathy|kathy|katharina|katrin|katarina|catalina|caterina|katarzyna|karin|kathrin',
  'susan|sue|susie|suzanne|susanne|susanna',
  'jennifer|jen|jenny|jenni',
  'patricia|patty|trish|tricia',
  'deborah|debbie|deb',
  'rebecca|becky|becca',
];

function build(): Map<string, string> {
  const m = new Map<string, string>();
  for (const g of GROUPS) {
    const names = g.split('|');
    for (const n of names) if (!m.has(n)) m.set(n, names[0]!);
  }
  return m;
}

const CANON = build();

/** The canonical given name for a diminutive ("bill" → "william"), else the name itself. */
export function canonicalGivenName(name: string): string {
  return CANON.get(name) ?? name;
}
