/**
 * The countries of the world's people: where customers live (weights follow the mix named in
 * issue 3), where overseas Filipino workers work, their zones, currencies, languages, phone
 * numbering and e-mail providers. Figures are plausible, not statistics. A data table, long
 * because it has one entry per country; the logic that reads it lives elsewhere.
 */
import { zone, type Zone } from './time-zones.ts';

export type Lang =
  'en' | 'de' | 'nl' | 'sv' | 'no' | 'da' | 'fr' | 'es' | 'it' | 'pl' | 'tl' | 'ceb' | 'taglish';
export type NameCulture =
  | 'anglo'
  | 'german'
  | 'dutch'
  | 'swedish'
  | 'norwegian'
  | 'danish'
  | 'finnish'
  | 'french'
  | 'spanish'
  | 'italian'
  | 'polish'
  | 'japanese'
  | 'korean'
  | 'chinese'
  | 'arabic'
  | 'filipino';

export interface PhonePlan {
  readonly cc: string;
  /** Trunk prefix written before national numbers ('' where none). */
  readonly trunk: string;
  /** Mobile prefixes of the national significant number. */
  readonly prefixes: readonly string[];
  readonly nsnLength: number;
  /** Group sizes of the NSN when written with spaces. */
  readonly groups: readonly number[];
  readonly style: 'space' | 'nanp' | 'hyphen';
}

export interface Country {
  readonly code: string;
  /** Relative weight among customer persons (buyers, talkers). */
  readonly customerWeight: number;
  /** Relative weight among overseas Filipino workers' host countries. */
  readonly ofwWeight: number;
  readonly zones: readonly (readonly [Zone, number])[];
  readonly currency: string;
  /** Languages a resident may write in besides English, with weights. */
  readonly langs: readonly (readonly [Lang, number])[];
  readonly culture: NameCulture;
  readonly phone: PhonePlan;
  readonly emailDomains: readonly string[];
  readonly cities: readonly string[];
}

const sp = (
  cc: string,
  trunk: string,
  prefixes: string[],
  nsnLength: number,
  groups: number[],
): PhonePlan => ({
  cc,
  trunk,
  prefixes,
  nsnLength,
  groups,
  style: 'space',
});
const EU = 'eu' as const;
const COMMON = ['gmail.com', 'yahoo.com', 'hotmail.com', 'outlook.com'];

export const COUNTRIES: readonly Country[] = [
  {
    code: 'US',
    customerWeight: 22,
    ofwWeight: 6,
    zones: [
      [zone('America/New_York', -5, 'us'), 45],
      [zone('America/Chicago', -6, 'us'), 28],
      [zone('America/Denver', -7, 'us'), 7],
      [zone('America/Phoenix', -7, 'none'), 3],
      [zone('America/Los_Angeles', -8, 'us'), 17],
    ],
    currency: 'USD',
    langs: [['en', 1]],
    culture: 'anglo',
    phone: {
      cc: '1',
      trunk: '',
      prefixes: [
        '212',
        '310',
        '312',
        '404',
        '415',
        '503',
        '602',
        '617',
        '702',
        '713',
        '720',
        '813',
        '917',
        '206',
        '214',
        '305',
      ],
      nsnLength: 10,
      groups: [3, 3, 4],
      style: 'nanp',
    },
    emailDomains: [...COMMON, 'aol.com', 'comcast.net', 'icloud.com', 'att.net'],
    cities: [
      'Houston',
      'Phoenix',
      'Chicago',
      'San Diego',
      'Columbus',
      'Tampa',
      'Denver',
      'Portland',
      'Atlanta',
      'Sacramento',
    ],
  },
  {
    code: 'GB',
    customerWeight: 10,
    ofwWeight: 3,
    zones: [[zone('Europe/London', 0, EU), 1]],
    currency: 'GBP',
    langs: [['en', 1]],
    culture: 'anglo',
    phone: sp(
      '44',
      '0',
      ['7700', '7712', '7723', '7734', '7801', '7812', '7900', '7911', '7944', '7958'],
      10,
      [4, 6],
    ),
    emailDomains: [...COMMON, 'hotmail.co.uk', 'btinternet.com', 'yahoo.co.uk', 'sky.com'],
    cities: ['Leeds', 'Bristol', 'Manchester', 'Birmingham', 'Norwich', 'Reading', 'Cardiff', 'Glasgow'],
  },
  {
    code: 'DE',
    customerWeight: 8,
    ofwWeight: 1,
    zones: [[zone('Europe/Berlin', 1, EU), 1]],
    currency: 'EUR',
    langs: [['de', 1]],
    culture: 'german',
    phone: sp('49', '0', ['151', '152', '157', '160', '162', '170', '171', '172', '176', '177'], 11, [3, 8]),
    emailDomains: ['gmx.de', 'web.de', 't-online.de', 'gmail.com', 'yahoo.de', 'freenet.de'],
    cities: ['Köln', 'Hamburg', 'Dortmund', 'Nürnberg', 'Bremen', 'Leipzig', 'Düsseldorf', 'Hannover'],
  },
  {
    code: 'AU',
    customerWeight: 7,
    ofwWeight: 2,
    zones: [
      [zone('Australia/Sydney', 10, 'au'), 40],
      [zone('Australia/Melbourne', 10, 'au'), 30],
      [zone('Australia/Brisbane', 10, 'none'), 16],
      [zone('Australia/Perth', 8, 'none'), 10],
      [zone('Australia/Adelaide', 9.5, 'au'), 4],
    ],
    currency: 'AUD',
    langs: [['en', 1]],
    culture: 'anglo',
    phone: sp(
      '61',
      '0',
      ['400', '401', '403', '404', '407', '412', '413', '418', '421', '423', '433', '438'],
      9,
      [3, 3, 3],
    ),
    emailDomains: [...COMMON, 'bigpond.com', 'optusnet.com.au', 'hotmail.com.au'],
    cities: ['Sydney', 'Melbourne', 'Brisbane', 'Perth', 'Geelong', 'Newcastle', 'Cairns'],
  },
  {
    code: 'CA',
    customerWeight: 6,
    ofwWeight: 3,
    zones: [
      [zone('America/Toronto', -5, 'us'), 60],
      [zone('America/Vancouver', -8, 'us'), 25],
      [zone('America/Edmonton', -7, 'us'), 15],
    ],
    currency: 'CAD',
    langs: [['en', 1]],
    culture: 'anglo',
    phone: {
      cc: '1',
      trunk: '',
      prefixes: ['416', '604', '403', '613', '905', '780', '647', '778'],
      nsnLength: 10,
      groups: [3, 3, 4],
      style: 'nanp',
    },
    emailDomains: [...COMMON, 'shaw.ca', 'rogers.com', 'sympatico.ca'],
    cities: ['Toronto', 'Calgary', 'Ottawa', 'Vancouver', 'Hamilton', 'Edmonton', 'Mississauga'],
  },
  euCountry(
    'NL',
    4,
    0.3,
    'Europe/Amsterdam',
    1,
    [['nl', 1]],
    'dutch',
    sp('31', '0', ['6'], 9, [1, 8]),
    ['ziggo.nl', 'kpnmail.nl', 'hotmail.nl', 'gmail.com', 'live.nl'],
    ['Utrecht', 'Eindhoven', 'Rotterdam', 'Tilburg', 'Groningen', 'Almere'],
  ),
  euCountry(
    'SE',
    3,
    0.2,
    'Europe/Stockholm',
    1,
    [['sv', 1]],
    'swedish',
    sp('46', '0', ['70', '72', '73', '76', '79'], 9, [2, 3, 2, 2]),
    ['telia.com', 'gmail.com', 'hotmail.se', 'live.se', 'yahoo.se'],
    ['Göteborg', 'Malmö', 'Uppsala', 'Västerås', 'Örebro', 'Linköping'],
  ),
  euCountry(
    'NO',
    2,
    0.3,
    'Europe/Oslo',
    1,
    [['no', 1]],
    'norwegian',
    sp('47', '', ['4', '9'], 8, [3, 2, 3]),
    ['online.no', 'gmail.com', 'hotmail.no', 'live.no'],
    ['Bergen', 'Trondheim', 'Stavanger', 'Drammen', 'Kristiansand'],
  ),
  euCountry(
    'DK',
    2,
    0.1,
    'Europe/Copenhagen',
    1,
    [['da', 1]],
    'danish',
    sp('45', '', ['2', '3', '4', '5', '6'], 8, [2, 2, 2, 2]),
    ['mail.dk', 'gmail.com', 'hotmail.dk', 'jubii.dk', 'live.dk'],
    ['Aarhus', 'Odense', 'Aalborg', 'Esbjerg', 'Randers'],
  ),
  euCountry(
    'FI',
    1,
    0,
    'Europe/Helsinki',
    2,
    [['en', 1]],
    'finnish',
    sp('358', '0', ['40', '44', '45', '50'], 9, [2, 3, 4]),
    ['gmail.com', 'luukku.com', 'hotmail.fi', 'suomi24.fi'],
    ['Tampere', 'Espoo', 'Turku', 'Oulu'],
  ),
  euCountry(
    'FR',
    4,
    0.3,
    'Europe/Paris',
    1,
    [['fr', 1]],
    'french',
    sp('33', '0', ['6', '7'], 9, [1, 2, 2, 2, 2]),
    ['orange.fr', 'free.fr', 'laposte.net', 'gmail.com', 'hotmail.fr', 'sfr.fr'],
    ['Lyon', 'Toulouse', 'Lille', 'Nantes', 'Bordeaux', 'Rennes'],
  ),
  euCountry(
    'ES',
    3,
    0.8,
    'Europe/Madrid',
    1,
    [['es', 1]],
    'spanish',
    sp('34', '', ['6', '7'], 9, [3, 3, 3]),
    ['gmail.com', 'hotmail.es', 'yahoo.es', 'telefonica.net'],
    ['Valencia', 'Sevilla', 'Zaragoza', 'Málaga', 'Bilbao', 'Alicante'],
  ),
  euCountry(
    'BE',
    2,
    0.2,
    'Europe/Brussels',
    1,
    [
      ['nl', 6],
      ['fr', 4],
    ],
    'dutch',
    sp('32', '0', ['470', '471', '472', '475', '476', '477', '484', '485', '486', '496'], 9, [3, 2, 2, 2]),
    ['telenet.be', 'skynet.be', 'gmail.com', 'hotmail.be', 'proximus.be'],
    ['Antwerpen', 'Gent', 'Liège', 'Brugge', 'Leuven', 'Charleroi'],
  ),
  euCountry(
    'AT',
    2,
    0.4,
    'Europe/Vienna',
    1,
    [['de', 1]],
    'german',
    sp('43', '0', ['650', '660', '664', '676', '680', '699'], 10, [3, 7]),
    ['gmx.at', 'aon.at', 'chello.at', 'gmail.com', 'yahoo.de'],
    ['Graz', 'Linz', 'Salzburg', 'Innsbruck', 'Klagenfurt'],
  ),
  euCountry(
    'CH',
    2,
    0.3,
    'Europe/Zurich',
    1,
    [
      ['de', 7],
      ['fr', 3],
    ],
    'german',
    sp('41', '0', ['76', '77', '78', '79'], 9, [2, 3, 2, 2]),
    ['bluewin.ch', 'gmx.ch', 'gmail.com', 'hispeed.ch'],
    ['Zürich', 'Basel', 'Bern', 'Lausanne', 'Luzern', 'St. Gallen'],
  ),
  euCountry(
    'IT',
    3,
    3,
    'Europe/Rome',
    1,
    [['it', 1]],
    'italian',
    sp('39', '', ['320', '328', '333', '338', '340', '347', '349', '366'], 10, [3, 3, 4]),
    ['libero.it', 'virgilio.it', 'alice.it', 'gmail.com', 'hotmail.it', 'tiscali.it'],
    ['Torino', 'Bologna', 'Firenze', 'Genova', 'Verona', 'Bari'],
  ),
  euCountry(
    'IE',
    1.5,
    0.3,
    'Europe/Dublin',
    0,
    [['en', 1]],
    'anglo',
    sp('353', '0', ['83', '85', '86', '87', '89'], 9, [2, 3, 4]),
    ['eircom.net', 'gmail.com', 'hotmail.com', 'yahoo.ie'],
    ['Cork', 'Galway', 'Limerick', 'Waterford', 'Dublin'],
  ),
  euCountry(
    'PL',
    1.5,
    0.1,
    'Europe/Warsaw',
    1,
    [['pl', 1]],
    'polish',
    sp('48', '', ['50', '51', '53', '60', '66', '69', '72', '78', '79', '88'], 9, [3, 3, 3]),
    ['wp.pl', 'o2.pl', 'onet.pl', 'interia.pl', 'gmail.com'],
    ['Kraków', 'Wrocław', 'Poznań', 'Gdańsk', 'Łódź', 'Lublin'],
  ),
  {
    code: 'NZ',
    customerWeight: 1.5,
    ofwWeight: 1,
    zones: [[zone('Pacific/Auckland', 12, 'nz'), 1]],
    currency: 'NZD',
    langs: [['en', 1]],
    culture: 'anglo',
    phone: sp('64', '0', ['21', '22', '27'], 9, [2, 3, 4]),
    emailDomains: [...COMMON, 'xtra.co.nz', 'slingshot.co.nz'],
    cities: ['Auckland', 'Hamilton', 'Christchurch', 'Tauranga', 'Dunedin'],
  },
  asian(
    'JP',
    2,
    3,
    'Asia/Tokyo',
    9,
    'JPY',
    'japanese',
    { cc: '81', trunk: '0', prefixes: ['80', '90', '70'], nsnLength: 10, groups: [2, 4, 4], style: 'hyphen' },
    ['yahoo.co.jp', 'docomo.ne.jp', 'ezweb.ne.jp', 'gmail.com'],
    ['Osaka', 'Nagoya', 'Yokohama', 'Fukuoka', 'Sapporo'],
  ),
  asian(
    'KR',
    1.5,
    2,
    'Asia/Seoul',
    9,
    'KRW',
    'korean',
    { cc: '82', trunk: '0', prefixes: ['10'], nsnLength: 10, groups: [2, 4, 4], style: 'hyphen' },
    ['naver.com', 'daum.net', 'gmail.com', 'hanmail.net'],
    ['Busan', 'Incheon', 'Daegu', 'Seoul', 'Suwon'],
  ),
  asian(
    'SG',
    1.5,
    6,
    'Asia/Singapore',
    8,
    'SGD',
    'chinese',
    sp('65', '', ['8', '9'], 8, [4, 4]),
    ['singnet.com.sg', 'gmail.com', 'yahoo.com.sg', 'hotmail.com'],
    ['Singapore'],
  ),
  asian(
    'HK',
    1.5,
    8,
    'Asia/Hong_Kong',
    8,
    'HKD',
    'chinese',
    sp('852', '', ['5', '6', '9'], 8, [4, 4]),
    ['netvigator.com', 'yahoo.com.hk', 'gmail.com', 'hotmail.com'],
    ['Hong Kong', 'Kowloon', 'Sha Tin', 'Tsuen Wan'],
  ),
  asian(
    'AE',
    1.5,
    14,
    'Asia/Dubai',
    4,
    'AED',
    'arabic',
    sp('971', '0', ['50', '52', '55', '56'], 9, [2, 3, 4]),
    ['emirates.net.ae', 'gmail.com', 'yahoo.com', 'hotmail.com'],
    ['Dubai', 'Abu Dhabi', 'Sharjah', 'Al Ain'],
  ),
  asian(
    'SA',
    1,
    14,
    'Asia/Riyadh',
    3,
    'SAR',
    'arabic',
    sp('966', '0', ['50', '53', '54', '55', '56'], 9, [2, 3, 4]),
    ['gmail.com', 'hotmail.com', 'yahoo.com'],
    ['Riyadh', 'Jeddah', 'Dammam', 'Khobar'],
  ),
  asian(
    'QA',
    0.5,
    5,
    'Asia/Qatar',
    3,
    'QAR',
    'arabic',
    sp('974', '', ['33', '55', '66', '77'], 8, [4, 4]),
    ['gmail.com', 'qatar.net.qa', 'yahoo.com'],
    ['Doha', 'Al Rayyan', 'Al Wakrah'],
  ),
  asian(
    'KW',
    0.5,
    5,
    'Asia/Kuwait',
    3,
    'KWD',
    'arabic',
    sp('965', '', ['5', '6', '9'], 8, [4, 4]),
    ['gmail.com', 'hotmail.com', 'yahoo.com'],
    ['Kuwait City', 'Hawalli', 'Salmiya'],
  ),
];

function euCountry(
  code: string,
  customerWeight: number,
  ofwWeight: number,
  zoneName: string,
  std: number,
  langs: (readonly [Lang, number])[],
  culture: NameCulture,
  phone: PhonePlan,
  emailDomains: string[],
  cities: string[],
): Country {
  const currency =
    ({ SE: 'SEK', NO: 'NOK', DK: 'DKK', CH: 'CHF', PL: 'PLN' } as Record<string, string>)[code] ?? 'EUR';
  return {
    code,
    customerWeight,
    ofwWeight,
    zones: [[zone(zoneName, std, EU), 1]],
    currency,
    langs,
    culture,
    phone,
    emailDomains,
    cities,
  };
}

function asian(
  code: string,
  customerWeight: number,
  ofwWeight: number,
  zoneName: string,
  std: number,
  currency: string,
  culture: NameCulture,
  phone: PhonePlan,
  emailDomains: string[],
  cities: string[],
): Country {
  return {
    code,
    customerWeight,
    ofwWeight,
    zones: [[zone(zoneName, std, 'none'), 1]],
    currency,
    langs: [['en', 1]],
    culture,
    phone,
    emailDomains,
    cities,
  };
}

export const PHILIPPINES: Country = {
  code: 'PH',
  customerWeight: 0,
  ofwWeight: 0,
  zones: [[zone('Asia/Manila', 8, 'none'), 1]],
  currency: 'PHP',
  langs: [
    ['tl', 5],
    ['ceb', 3],
    ['taglish', 6],
  ],
  culture: 'filipino',
  phone: sp(
    '63',
    '0',
    [
      '905',
      '906',
      '915',
      '916',
      '917',
      '918',
      '919',
      '920',
      '921',
      '927',
      '928',
      '929',
      '939',
      '945',
      '947',
      '949',
      '955',
      '956',
      '966',
      '977',
      '995',
      '997',
      '998',
      '999',
    ],
    10,
    [3, 3, 4],
  ),
  emailDomains: ['gmail.com', 'yahoo.com', 'yahoo.com.ph', 'ymail.com'],
  cities: ['Manila'],
};

/** Thailand appears only as a place buyers travel through and pay from. */
export const THAILAND: Country = {
  code: 'TH',
  customerWeight: 0,
  ofwWeight: 0,
  zones: [[zone('Asia/Bangkok', 7, 'none'), 1]],
  currency: 'THB',
  langs: [['en', 1]],
  culture: 'anglo',
  phone: sp('66', '0', ['81', '82', '86', '89', '91', '95'], 9, [2, 3, 4]),
  emailDomains: ['gmail.com'],
  cities: ['Bangkok', 'Pattaya', 'Phuket'],
};

const BY_CODE = new Map<string, Country>([...COUNTRIES, PHILIPPINES, THAILAND].map((c) => [c.code, c]));

export function countryOf(code: string): Country {
  const c = BY_CODE.get(code);
  if (c === undefined) throw new Error(`unknown country ${code}`);
  return c;
}

/** Rough USD value of one unit of each currency (fixed; the world does not model exchange rates over time). */
export const USD_PER_UNIT: Readonly<Record<string, number>> = {
  USD: 1,
  GBP: 1.27,
  EUR: 1.09,
  AUD: 0.67,
  CAD: 0.74,
  SEK: 0.095,
  NOK: 0.094,
  DKK: 0.146,
  CHF: 1.12,
  PLN: 0.25,
  NZD: 0.61,
  JPY: 0.0068,
  KRW: 0.00075,
  SGD: 0.74,
  HKD: 0.128,
  AED: 0.272,
  SAR: 0.267,
  QAR: 0.275,
  KWD: 3.25,
  PHP: 0.0178,
  THB: 0.028,
};

/** Cities of the zones of countries that span several, so a person's city and clock agree. */
export const ZONE_CITIES: Readonly<Record<string, readonly string[]>> = {
  'America/New_York': ['Columbus', 'Tampa', 'Atlanta', 'Charlotte', 'Philadelphia', 'Boston'],
  'America/Chicago': ['Houston', 'Chicago', 'Dallas', 'Minneapolis', 'San Antonio'],
  'America/Denver': ['Denver', 'Salt Lake City', 'Albuquerque'],
  'America/Phoenix': ['Phoenix', 'Tucson', 'Mesa'],
  'America/Los_Angeles': ['San Diego', 'Portland', 'Sacramento', 'Seattle', 'Fresno'],
  'America/Toronto': ['Toronto', 'Ottawa', 'Hamilton', 'Mississauga'],
  'America/Vancouver': ['Vancouver', 'Victoria', 'Surrey'],
  'America/Edmonton': ['Calgary', 'Edmonton'],
  'Australia/Sydney': ['Sydney', 'Newcastle', 'Wollongong'],
  'Australia/Melbourne': ['Melbourne', 'Geelong', 'Ballarat'],
  'Australia/Brisbane': ['Brisbane', 'Cairns', 'Gold Coast'],
  'Australia/Perth': ['Perth', 'Mandurah'],
  'Australia/Adelaide': ['Adelaide'],
};
