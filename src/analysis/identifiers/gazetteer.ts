/**
 * A small offline gazetteer: Philippine cities, provinces and islands (where the sellers are), and
 * countries and major cities of the buyers' likely countries. Names are matched case-insensitively
 * on word boundaries; several names (and spellings in the lexicon languages) map to one place.
 */
export interface Place {
  readonly place: string;
  readonly country: string;
}

const PH_PLACES = [
  'Manila',
  'Metro Manila',
  'Quezon City',
  'Makati',
  'Pasay',
  'Pasig',
  'Taguig',
  'Caloocan',
  'Mandaluyong',
  'Paranaque|Parañaque',
  'Las Pinas|Las Piñas',
  'Muntinlupa',
  'Marikina',
  'Malabon',
  'Navotas',
  'Valenzuela',
  'San Juan',
  'Antipolo',
  'Cebu|Cebu City',
  'Lapu-Lapu|Lapu Lapu',
  'Mandaue',
  'Davao|Davao City',
  'Cagayan de Oro',
  'Iloilo|Iloilo City',
  'Bacolod',
  'Zamboanga',
  'General Santos',
  'Baguio',
  'Tacloban',
  'Dumaguete',
  'Legazpi',
  'Puerto Princesa',
  'Angeles|Angeles City',
  'Olongapo',
  'Subic',
  'Clark',
  'Pampanga',
  'Bulacan',
  'Cavite',
  'Laguna',
  'Batangas',
  'Rizal',
  'Tagbilaran',
  'Bohol',
  'Palawan',
  'Boracay',
  'Leyte',
  'Samar',
  'Negros',
  'Panay',
  'Luzon',
  'Visayas',
  'Mindanao',
  'Cotabato',
  'Butuan',
  'Iligan',
  'Tarlac',
  'Naga',
  'Lucena',
  'San Fernando',
  'Dasmarinas|Dasmariñas',
  'Bacoor',
  'Calamba',
  'Santa Rosa',
  'Ormoc',
  'Roxas City',
  'Surigao',
];

/** Countries: `ISO: names…` (English and the names used in the lexicon languages). */
const COUNTRIES: Readonly<Record<string, string>> = {
  PH: 'Philippines|Philippine|Pilipinas|Filipinas|Philippinen|Filipijnen|Filippinerna|Filippinene|Filippinerne|Filippine|Filipiny|Phils',
  US: 'United States|USA|America|Amerika|Vereinigte Staaten|Estados Unidos|Stati Uniti|États-Unis|Etats-Unis',
  GB: 'United Kingdom|UK|England|Scotland|Wales|Great Britain|Britain|Großbritannien|Engeland|England|Inglaterra|Inghilterra|Angleterre|Royaume-Uni|Wielka Brytania|Storbritannien|Storbritannia',
  DE: 'Germany|Deutschland|Duitsland|Tyskland|Allemagne|Alemania|Germania|Niemcy',
  AT: 'Austria|Österreich|Oostenrijk|Österrike|Østerrike|Østrig|Autriche',
  CH: 'Switzerland|Schweiz|Zwitserland|Suisse|Suiza|Svizzera|Szwajcaria',
  NL: 'Netherlands|Holland|Nederland|Niederlande|Pays-Bas|Países Bajos|Paesi Bassi|Holandia|Nederländerna',
  BE: 'Belgium|België|Belgien|Belgique|Bélgica|Belgio|Belgia',
  FR: 'France|Frankreich|Frankrijk|Frankrike|Frankrig|Francia|Francja',
  ES: 'Spain|Spanien|Spanje|Espagne|España|Spagna|Hiszpania|Spania',
  IT: 'Italy|Italien|Italië|Italie|Italia|Włochy',
  SE: 'Sweden|Sverige|Schweden|Zweden|Suède|Suecia|Svezia|Szwecja',
  NO: 'Norway|Norge|Norwegen|Noorwegen|Norvège|Noruega|Norvegia|Norwegia',
  DK: 'Denmark|Danmark|Dänemark|Denemarken|Danemark|Dinamarca|Danimarca|Dania',
  PL: 'Poland|Polska|Polen|Pologne|Polonia',
  IE: 'Ireland|Irland|Ierland|Irlande|Irlanda',
  PT: 'Portugal',
  FI: 'Finland|Suomi|Finnland',
  CZ: 'Czech Republic|Czechia|Tschechien',
  AU: 'Australia|Australien|Australië|Australie',
  NZ: 'New Zealand|Neuseeland|Nieuw-Zeeland',
  CA: 'Canada|Kanada',
  JP: 'Japan|Japon|Japón|Giappone',
  SG: 'Singapore|Singapur',
  HK: 'Hong Kong',
  AE: 'Dubai|UAE|United Arab Emirates',
  TH: 'Thailand|Thaïlande|Tailandia',
  VN: 'Vietnam|Viet Nam',
  ID: 'Indonesia|Indonesien',
  MY: 'Malaysia',
  KR: 'South Korea|Korea',
  CN: 'China|Chine',
  IN: 'India|Indien|Inde',
  KH: 'Cambodia|Kambodscha',
  BR: 'Brazil|Brasil|Brasilien',
  MX: 'Mexico|México|Mexiko',
  ZA: 'South Africa',
  IL: 'Israel',
  TR: 'Turkey|Türkei|Turquía|Turkije',
  GR: 'Greece|Griechenland|Grecia',
};

/** Major cities: `ISO: names…`. */
const CITIES: Readonly<Record<string, string>> = {
  GB: 'London|Manchester|Birmingham|Leeds|Glasgow|Edinburgh|Liverpool|Bristol|Newcastle|Sheffield|Cardiff|Belfast',
  DE: 'Berlin|Hamburg|München|Munich|Köln|Cologne|Frankfurt|Stuttgart|Düsseldorf|Dortmund|Essen|Leipzig|Bremen|Dresden|Hannover|Nürnberg|Nuremberg',
  AT: 'Wien|Vienna|Graz|Linz|Salzburg|Innsbruck',
  CH: 'Zürich|Zurich|Geneva|Genève|Basel|Bern|Lausanne',
  NL: 'Amsterdam|Rotterdam|Den Haag|The Hague|Utrecht|Eindhoven|Groningen|Tilburg',
  BE: 'Brussels|Bruxelles|Brussel|Antwerp|Antwerpen|Anvers|Ghent|Gent|Liège|Charleroi',
  FR: 'Paris|Marseille|Lyon|Toulouse|Nice|Nantes|Strasbourg|Montpellier|Bordeaux|Lille',
  ES: 'Madrid|Barcelona|Valencia|Sevilla|Seville|Zaragoza|Málaga|Malaga|Bilbao',
  IT: 'Roma|Rome|Milano|Milan|Napoli|Naples|Torino|Turin|Palermo|Genova|Bologna|Firenze|Florence',
  SE: 'Stockholm|Göteborg|Gothenburg|Malmö|Uppsala',
  NO: 'Oslo|Bergen|Trondheim|Stavanger',
  DK: 'København|Copenhagen|Aarhus|Odense|Aalborg',
  PL: 'Warszawa|Warsaw|Kraków|Krakow|Łódź|Wrocław|Poznań|Gdańsk',
  IE: 'Dublin|Cork',
  US: 'New York|Los Angeles|Chicago|Houston|Phoenix|Philadelphia|San Antonio|San Diego|Dallas|Seattle|Boston|Miami|Atlanta|Denver|Las Vegas|San Francisco',
  CA: 'Toronto|Montreal|Montréal|Vancouver|Calgary|Ottawa',
  AU: 'Sydney|Melbourne|Brisbane|Perth|Adelaide',
  NZ: 'Auckland|Wellington|Christchurch',
  JP: 'Tokyo|Osaka',
  TH: 'Bangkok|Pattaya|Phuket',
  KH: 'Phnom Penh',
  VN: 'Hanoi|Ho Chi Minh City|Saigon',
  HK: 'Kowloon',
};

function build(): Map<string, Place> {
  const m = new Map<string, Place>();
  const add = (names: string, country: string): void => {
    const list = names.split('|');
    const place = list[0]!;
    for (const n of list) m.set(n.toLowerCase(), { place, country });
  };
  for (const p of PH_PLACES) add(p, 'PH');
  for (const [cc, names] of Object.entries(COUNTRIES)) add(names, cc);
  for (const [cc, names] of Object.entries(CITIES)) for (const city of names.split('|')) add(city, cc);
  return m;
}

/** Lower-cased name → place. */
export const GAZETTEER: ReadonlyMap<string, Place> = build();

/** Splits text into word tokens the way gazetteer names are split. */
export const WORD = /[\p{L}\p{N}]+/gu;

export interface GazetteerEntry {
  readonly tokens: readonly string[];
  readonly name: string;
  readonly place: Place;
}

function buildIndex(): Map<string, GazetteerEntry[]> {
  const index = new Map<string, GazetteerEntry[]>();
  for (const [name, place] of GAZETTEER) {
    const tokens = name.match(WORD) ?? [];
    const first = tokens[0];
    if (!first) continue;
    const list = index.get(first) ?? [];
    list.push({ tokens, name, place });
    list.sort((a, b) => b.tokens.length - a.tokens.length);
    index.set(first, list);
  }
  return index;
}

/** First lower-cased token → names starting with it, longest first. */
export const GAZETTEER_INDEX: ReadonlyMap<string, readonly GazetteerEntry[]> = buildIndex();
/** Names that are also common words or initialisms; they count only when written with a capital. */
export const CASE_SENSITIVE_NAMES: ReadonlySet<string> = new Set([
  'naga',
  'clark',
  'rizal',
  'uk',
  'usa',
  'america',
  'nice',
  'essen',
  'bern',
  'phoenix',
  'cork',
  'gent',
  'san juan',
  'korea',
]);
