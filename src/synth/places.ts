/** Philippine cities where networks operate, and street addresses in each naming culture. */
import type { NameCulture } from './countries.ts';
import type { Rng } from './prng.ts';
import type { PhCity } from './world-types.ts';

export const PH_CITIES: readonly PhCity[] = [
  { name: 'Manila', province: 'Metro Manila', lat: 14.5995, lon: 120.9842, lang: 'tl' },
  { name: 'Quezon City', province: 'Metro Manila', lat: 14.676, lon: 121.0437, lang: 'taglish' },
  { name: 'Taguig', province: 'Metro Manila', lat: 14.5176, lon: 121.0509, lang: 'taglish' },
  { name: 'Caloocan', province: 'Metro Manila', lat: 14.6507, lon: 120.9676, lang: 'tl' },
  { name: 'Las Piñas', province: 'Metro Manila', lat: 14.4445, lon: 120.9939, lang: 'tl' },
  { name: 'Angeles City', province: 'Pampanga', lat: 15.145, lon: 120.5887, lang: 'tl' },
  { name: 'Olongapo', province: 'Zambales', lat: 14.8292, lon: 120.2828, lang: 'tl' },
  { name: 'Cebu City', province: 'Cebu', lat: 10.3157, lon: 123.8854, lang: 'ceb' },
  { name: 'Lapu-Lapu City', province: 'Cebu', lat: 10.3103, lon: 123.9494, lang: 'ceb' },
  { name: 'Mandaue', province: 'Cebu', lat: 10.3236, lon: 123.9223, lang: 'ceb' },
  { name: 'Cagayan de Oro', province: 'Misamis Oriental', lat: 8.4542, lon: 124.6319, lang: 'ceb' },
  { name: 'Davao City', province: 'Davao del Sur', lat: 7.1907, lon: 125.4553, lang: 'ceb' },
  { name: 'Bacolod', province: 'Negros Occidental', lat: 10.6765, lon: 122.9509, lang: 'taglish' },
  { name: 'Iloilo City', province: 'Iloilo', lat: 10.7202, lon: 122.5621, lang: 'taglish' },
  { name: 'Tacloban', province: 'Leyte', lat: 11.2444, lon: 125.0039, lang: 'taglish' },
  { name: 'General Santos', province: 'South Cotabato', lat: 6.1164, lon: 125.1716, lang: 'ceb' },
];

const BARANGAYS = [
  'San Isidro',
  'Poblacion',
  'Santo Niño',
  'San Roque',
  'Bagong Silang',
  'Mabolo',
  'Lahug',
  'Pardo',
  'Tisa',
  'Malate',
  'Tondo',
  'Pulo',
  'Balibago',
  'Talamban',
  'Bankal',
  'Pusok',
];
const PH_STREETS = [
  'Rizal',
  'Mabini',
  'Bonifacio',
  'Luna',
  'Del Pilar',
  'Burgos',
  'Quezon',
  'Osmeña',
  'Magsaysay',
  'Aguinaldo',
  'Sampaguita',
  'Gumamela',
];
const EN_STREETS = [
  'Oak St',
  'Maple Ave',
  'Church Road',
  'High Street',
  'Park Lane',
  'Elm Street',
  'Station Road',
  'Cedar Drive',
  'Victoria Road',
  'Mill Lane',
  'Lake Blvd',
  'Sunset Way',
];
const DE_STREETS = [
  'Hauptstraße',
  'Bahnhofstraße',
  'Gartenstraße',
  'Schulweg',
  'Lindenallee',
  'Bergstraße',
  'Dorfstraße',
  'Kirchgasse',
  'Waldweg',
  'Mühlenstraße',
];
const NL_STREETS = [
  'Kerkstraat',
  'Dorpsstraat',
  'Molenweg',
  'Schoolstraat',
  'Stationsweg',
  'Beukenlaan',
  'Julianastraat',
];
const NORDIC_STREETS = [
  'Storgatan',
  'Kirkeveien',
  'Skolegade',
  'Parkvägen',
  'Strandvejen',
  'Bjørkeveien',
  'Kungsgatan',
  'Østergade',
];
const FR_STREETS = [
  'rue de la Paix',
  'avenue Victor Hugo',
  'rue des Lilas',
  'boulevard Voltaire',
  'rue du Moulin',
  'place de l’Église',
];
const ES_STREETS = [
  'Calle Mayor',
  'Calle del Sol',
  'Avenida de la Constitución',
  'Calle Real',
  'Paseo de Gracia',
];
const IT_STREETS = ['Via Roma', 'Via Garibaldi', 'Via Mazzini', 'Corso Italia', 'Via Dante', 'Via Verdi'];
const PL_STREETS = [
  'ul. Polna',
  'ul. Leśna',
  'ul. Słoneczna',
  'ul. Kościuszki',
  'ul. Mickiewicza',
  'ul. Ogrodowa',
];
const ASIA_STREETS = [
  'Nathan Road',
  'Orchard Road',
  'Sheikh Zayed Road',
  'King Fahd Road',
  'Gangnam-daero',
  'Chuo-dori',
  'Salwa Road',
];

export function streetAddress(rng: Rng, culture: NameCulture): string {
  const n = rng.int(1, 240);
  switch (culture) {
    case 'filipino':
      return `${n} ${rng.pick(PH_STREETS)} St., Brgy. ${rng.pick(BARANGAYS)}`;
    case 'german':
      return `${rng.pick(DE_STREETS)} ${n}`;
    case 'dutch':
      return `${rng.pick(NL_STREETS)} ${n}`;
    case 'swedish':
    case 'norwegian':
    case 'danish':
    case 'finnish':
      return `${rng.pick(NORDIC_STREETS)} ${n}`;
    case 'french':
      return `${n} ${rng.pick(FR_STREETS)}`;
    case 'spanish':
      return `${rng.pick(ES_STREETS)} ${n}, ${rng.int(1, 6)}º`;
    case 'italian':
      return `${rng.pick(IT_STREETS)} ${n}`;
    case 'polish':
      return `${rng.pick(PL_STREETS)} ${n}/${rng.int(1, 40)}`;
    case 'anglo':
      return `${n} ${rng.pick(EN_STREETS)}`;
    default:
      return `${rng.int(1, 60)} ${rng.pick(ASIA_STREETS)}, Unit ${rng.int(1, 30)}${rng.pick(['A', 'B', 'C', 'D'])}`;
  }
}

/** A point within `km` of a city centre (uniform in the disc, flat-earth approximation). */
export function near(rng: Rng, lat: number, lon: number, km: number): readonly [number, number] {
  const r = km * Math.sqrt(rng.next());
  const a = 2 * Math.PI * rng.next();
  const dLat = (r * Math.cos(a)) / 111.32;
  const dLon = (r * Math.sin(a)) / (111.32 * Math.cos((lat * Math.PI) / 180));
  return [Math.round((lat + dLat) * 1e6) / 1e6, Math.round((lon + dLon) * 1e6) / 1e6];
}

/** Places abroad buyers travel through (Thailand) and pay from. */
export const TRAVEL_STOPS = ['Bangkok', 'Pattaya', 'Phuket'];
