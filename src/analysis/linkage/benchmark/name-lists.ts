/**
 * Synthetic vocabulary for the benchmark: common given names and surnames of the buyers'
 * countries (frequency-ranked: earlier entries are drawn more often) and invented street and
 * town names. No record describes a real person.
 */
export const GIVEN_NAMES = (
  'michael john david james robert william thomas peter daniel paul andrew mark richard christopher stephen ' +
  'matthew anthony joseph steven brian kevin jan lars hans martin stefan andreas klaus jens karl henrik ' +
  'pieter dirk jeroen bas erik anders nils olav pierre jean luc francois carlos jose juan miguel antonio marco ' +
  'luca giovanni piotr tomasz krzysztof gary simon neil ian graham craig wayne dean scott alan keith ' +
  'mary patricia jennifer elizabeth linda barbara susan margaret sarah karen nancy lisa anna emma sophie ' +
  'julia laura maria claudia sabine petra ingrid astrid karin eva hanna marie camille lucia elena giulia ' +
  'katarzyna agnieszka joanna rebecca catherine deborah helen rachel louise nicola joanne amanda ' +
  'bernhard wolfgang jurgen gunther dieter horst uwe rolf sven bjorn magnus ragnar fredrik johan ' +
  'timothy kenneth gregory raymond walter leonard samuel benjamin patrick francis gerald lawrence ronald donald'
).split(' ');

export const SURNAMES = (
  'smith jones williams brown taylor davies wilson evans thomas johnson roberts walker wright robinson ' +
  'thompson white hughes edwards green hall wood harris lewis martin jackson clarke clark turner hill scott ' +
  'cooper morris ward moore king watson baker harrison morgan patel young allen mitchell james anderson ' +
  'phillips lee bell parker davis muller schmidt schneider fischer weber meyer wagner becker schulz hoffmann ' +
  'koch richter klein wolf schroder neumann schwarz zimmermann braun kruger hofmann hartmann lange schmitt ' +
  'werner krause meier lehmann devries jansen vandenberg bakker visser smit meijer deboer mulder degroot ' +
  'bos vos peters hendriks vanleeuwen dekker brouwer dewit dijkstra andersson johansson karlsson nilsson ' +
  'eriksson larsson olsson persson svensson gustafsson hansen johansen olsen larsen nielsen pedersen ' +
  'kristensen jensen rasmussen petersen sorensen martin bernard dubois durand lefebvre leroy moreau simon ' +
  'laurent michel garcia fernandez gonzalez rodriguez lopez martinez sanchez perez gomez rossi russo ' +
  'ferrari esposito bianchi romano colombo ricci marino greco nowak kowalski wisniewski wojcik kowalczyk ' +
  'kaminski lewandowski zielinski szymanski wozniak abernethy blackwood castellano delacroix eastwood ' +
  'fairweather gallagher hollingsworth ingram jablonski kavanagh lindqvist mcallister northcott oyelaran ' +
  'pemberton quartermaine rutherford stanislawski thorvaldsen underwood vasquez whitmore yardley zimmerli'
).split(' ');

const SYLLABLES =
  'ash bel bram cal dor el fen gar hal ing kel lin mar nor or pen quin ros sel tor ul val wen yar'.split(' ');
const TOWN_ENDS = 'ton field ford bury wick dale mouth stead ham ley burg dorp vik by holm'.split(' ');
const STREET_ENDS = [
  'street',
  'road',
  'avenue',
  'lane',
  'drive',
  'court',
  'place',
  'crescent',
  'close',
  'terrace',
];

export function inventedTown(i: number): string {
  const a = SYLLABLES[i % SYLLABLES.length]!;
  const b = SYLLABLES[Math.floor(i / SYLLABLES.length) % SYLLABLES.length]!;
  const c = TOWN_ENDS[Math.floor(i / 7) % TOWN_ENDS.length]!;
  return a + b + c;
}

export function inventedStreet(i: number): { name: string; type: string } {
  const a = SYLLABLES[(i * 7) % SYLLABLES.length]!;
  const b = SYLLABLES[Math.floor(i / 3) % SYLLABLES.length]!;
  return { name: a + b + (i % 2 ? 'ridge' : 'wood'), type: STREET_ENDS[i % STREET_ENDS.length]! };
}

export const STATES = ['north', 'south', 'east', 'west', 'central', 'coast', 'highlands', 'valley'];

/** Nicknames the corruption step may substitute for a given name. */
export const NICKNAMES: Readonly<Record<string, readonly string[]>> = {
  michael: ['mike', 'mick'],
  john: ['johnny', 'jack'],
  david: ['dave'],
  james: ['jim', 'jimmy'],
  robert: ['bob', 'rob'],
  william: ['bill', 'will'],
  thomas: ['tom', 'tommy'],
  peter: ['pete'],
  daniel: ['dan', 'danny'],
  andrew: ['andy', 'drew'],
  richard: ['rick', 'dick'],
  christopher: ['chris'],
  stephen: ['steve'],
  matthew: ['matt'],
  anthony: ['tony'],
  joseph: ['joe'],
  steven: ['steve'],
  elizabeth: ['liz', 'beth'],
  margaret: ['maggie', 'peggy'],
  susan: ['sue'],
  catherine: ['kate', 'cathy'],
  rebecca: ['becky'],
  deborah: ['debbie'],
  jennifer: ['jenny'],
  patricia: ['trish'],
  timothy: ['tim'],
  kenneth: ['ken'],
  gregory: ['greg'],
  samuel: ['sam'],
  benjamin: ['ben'],
  nicola: ['nicky'],
  alexander: ['alex'],
  francis: ['frank'],
  lawrence: ['larry'],
  ronald: ['ron'],
  donald: ['don'],
  walter: ['walt'],
  leonard: ['leo'],
  raymond: ['ray'],
  patrick: ['pat'],
  gerald: ['gerry'],
  andreas: ['andi'],
  johan: ['jan'],
};
