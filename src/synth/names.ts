/**
 * Given names and surnames per naming culture, most common first: names are drawn with a
 * Zipf-like weight so common names ("John Smith", "Thomas Müller", "Maria Santos") recur
 * across unrelated people, as they do in real transfer records.
 */
import type { NameCulture } from './countries.ts';
import { builtGivenName, rareSurname } from './name-parts.ts';
import type { Rng } from './prng.ts';

interface NameList {
  readonly male: readonly string[];
  readonly female: readonly string[];
  readonly surnames: readonly string[];
}

const w = (s: string): string[] => s.split(',').map((x) => x.trim());

export const NAMES: Readonly<Record<NameCulture, NameList>> = {
  anglo: {
    male: w(
      'James,John,Robert,Michael,David,William,Richard,Thomas,Mark,Paul,Steven,Daniel,Kevin,Brian,Gary,Peter,Christopher,Andrew,Anthony,Stephen,Timothy,Jeffrey,Scott,Gregory,Kenneth,Ronald,Douglas,Keith,Graham,Neil,Craig,Wayne,Dennis,Gordon,Leonard,Trevor,Malcolm,Ross,Dale,Barry',
    ),
    female: w(
      'Mary,Patricia,Linda,Susan,Karen,Sarah,Lisa,Nancy,Sandra,Donna,Julie,Michelle,Helen,Angela,Carol',
    ),
    surnames: w(
      "Smith,Johnson,Williams,Brown,Jones,Miller,Davis,Wilson,Taylor,Anderson,Thomas,Moore,White,Harris,Martin,Thompson,Clark,Lewis,Walker,Hall,Allen,Wright,King,Baker,Green,Hill,Campbell,Mitchell,Roberts,Evans,Turner,Phillips,Parker,Collins,Edwards,Stewart,Morris,Murphy,Cook,Rogers,Morgan,Cooper,Peterson,Reed,Bailey,Kelly,Howard,Ward,Cox,Richardson,Wood,Watson,Brooks,Bennett,Gray,Hughes,Price,Sanders,Myers,Long,Ross,Foster,Sullivan,Russell,Fletcher,Hayes,Doyle,McKenzie,Walsh,Lynch,Byrne,O'Brien,Gallagher",
    ),
  },
  german: {
    male: w(
      'Thomas,Michael,Andreas,Stefan,Frank,Markus,Christian,Peter,Klaus,Jürgen,Wolfgang,Uwe,Matthias,Ralf,Dieter,Bernd,Jörg,Holger,Sven,Torsten,Günter,Hans-Peter,Karl-Heinz,Dirk,Rainer',
    ),
    female: w('Sabine,Petra,Andrea,Claudia,Susanne,Monika,Birgit,Stefanie,Katrin,Ute'),
    surnames: w(
      'Müller,Schmidt,Schneider,Fischer,Weber,Meyer,Wagner,Becker,Schulz,Hoffmann,Schäfer,Koch,Bauer,Richter,Klein,Wolf,Schröder,Neumann,Schwarz,Zimmermann,Braun,Krüger,Hofmann,Hartmann,Lange,Schmitt,Werner,Krause,Meier,Lehmann,Köhler,Maier,Huber,Gruber,Weiß,Jäger,Vogel,Frühauf,Brandstätter,Oberhäuser',
    ),
  },
  dutch: {
    male: w(
      'Jan,Pieter,Kees,Johannes,Hendrik,Willem,Dirk,Marcel,Erik,Bart,Ruud,Sander,Joost,Maarten,Wim,Gert,Koen,Luc,Stijn,Frank',
    ),
    female: w('Anna,Maria,Els,Ingrid,Marieke,Sanne,Annelies,Petra'),
    surnames: w(
      'de Jong,Jansen,de Vries,van den Berg,van Dijk,Bakker,Janssen,Visser,Smit,Meijer,de Boer,Mulder,de Groot,Bos,Vos,Peters,Hendriks,van Leeuwen,Dekker,Brouwer,de Wit,Dijkstra,Smits,de Graaf,van der Meer,Peeters,Maes,Claes,Wouters,Willems',
    ),
  },
  swedish: {
    male: w(
      'Lars,Anders,Johan,Per,Erik,Karl,Mikael,Peter,Jan,Hans,Stefan,Mats,Magnus,Björn,Göran,Ulf,Fredrik,Jörgen',
    ),
    female: w('Anna,Eva,Maria,Karin,Kristina,Lena,Birgitta,Ingrid'),
    surnames: w(
      'Andersson,Johansson,Karlsson,Nilsson,Eriksson,Larsson,Olsson,Persson,Svensson,Gustafsson,Pettersson,Jonsson,Jansson,Hansson,Bengtsson,Jönsson,Lindberg,Lindström,Åberg,Sjöberg',
    ),
  },
  norwegian: {
    male: w('Jan,Per,Bjørn,Ole,Lars,Kjell,Knut,Arne,Svein,Thomas,Geir,Hans,Tor,Øyvind,Rune,Terje,Morten,Odd'),
    female: w('Anne,Inger,Kari,Marit,Ingrid,Liv,Eva,Berit'),
    surnames: w(
      'Hansen,Johansen,Olsen,Larsen,Andersen,Pedersen,Nilsen,Kristiansen,Jensen,Karlsen,Johnsen,Pettersen,Eriksen,Berg,Haugen,Hagen,Johannessen,Andreassen,Jacobsen,Dahl,Halvorsen,Sætre,Løvås,Strøm',
    ),
  },
  danish: {
    male: w(
      'Jens,Peter,Lars,Michael,Henrik,Søren,Thomas,Jan,Niels,Morten,Jesper,Anders,Poul,Ole,Carsten,Bent',
    ),
    female: w('Anne,Kirsten,Hanne,Mette,Anna,Helle,Susanne,Lene'),
    surnames: w(
      'Nielsen,Jensen,Hansen,Pedersen,Andersen,Christensen,Larsen,Sørensen,Rasmussen,Jørgensen,Petersen,Madsen,Kristensen,Olsen,Thomsen,Christiansen,Poulsen,Johansen,Møller,Mortensen',
    ),
  },
  finnish: {
    male: w('Juha,Timo,Matti,Kari,Mikko,Jari,Antti,Jukka,Mika,Markku,Pekka,Hannu'),
    female: w('Anne,Tuula,Päivi,Riitta,Leena,Sari'),
    surnames: w(
      'Korhonen,Virtanen,Mäkinen,Nieminen,Mäkelä,Hämäläinen,Laine,Heikkinen,Koskinen,Järvinen,Lehtonen,Lehtinen,Saarinen,Salminen',
    ),
  },
  french: {
    male: w(
      'Jean,Philippe,Michel,Alain,Patrick,Nicolas,Christophe,Pierre,Christian,Éric,Frédéric,Laurent,Stéphane,David,Pascal,Daniel,Thierry,Olivier,Jérôme,François',
    ),
    female: w('Marie,Nathalie,Isabelle,Sylvie,Catherine,Françoise,Valérie,Christine'),
    surnames: w(
      'Martin,Bernard,Dubois,Thomas,Robert,Richard,Petit,Durand,Leroy,Moreau,Simon,Laurent,Lefèvre,Michel,Garcia,David,Bertrand,Roux,Vincent,Fournier,Morel,Girard,André,Lefèbvre,Mercier,Dupont,Lambert,Bonnet,François,Martinez',
    ),
  },
  spanish: {
    male: w(
      'Antonio,José,Manuel,Francisco,David,Juan,Javier,José Luis,Daniel,Francisco Javier,Jesús,Carlos,Alejandro,Miguel,Rafael,Pedro,Ángel,Pablo,Fernando,Sergio',
    ),
    female: w('María,Carmen,Ana,Isabel,Laura,Cristina,Marta,Lucía'),
    surnames: w(
      'García,Rodríguez,González,Fernández,López,Martínez,Sánchez,Pérez,Gómez,Martín,Jiménez,Ruiz,Hernández,Díaz,Moreno,Muñoz,Álvarez,Romero,Alonso,Gutiérrez,Navarro,Torres,Domínguez,Vázquez,Ramos,Gil,Ramírez,Serrano,Blanco,Molina',
    ),
  },
  italian: {
    male: w(
      'Giuseppe,Giovanni,Antonio,Mario,Luigi,Francesco,Angelo,Vincenzo,Pietro,Salvatore,Carlo,Franco,Domenico,Bruno,Paolo,Michele,Giorgio,Aldo,Sergio,Luciano,Marco,Stefano,Roberto,Massimo',
    ),
    female: w('Maria,Anna,Giuseppina,Rosa,Angela,Giovanna,Teresa,Lucia'),
    surnames: w(
      'Rossi,Russo,Ferrari,Esposito,Bianchi,Romano,Colombo,Ricci,Marino,Greco,Bruno,Gallo,Conti,De Luca,Mancini,Costa,Giordano,Rizzo,Lombardi,Moretti,Barbieri,Fontana,Santoro,Mariani,Rinaldi',
    ),
  },
  polish: {
    male: w(
      'Piotr,Krzysztof,Andrzej,Tomasz,Paweł,Jan,Michał,Marcin,Stanisław,Jakub,Adam,Marek,Łukasz,Grzegorz,Mateusz,Wojciech,Mariusz,Dariusz,Zbigniew,Jerzy',
    ),
    female: w('Anna,Maria,Katarzyna,Małgorzata,Agnieszka,Barbara,Ewa,Krystyna'),
    surnames: w(
      'Nowak,Kowalski,Wiśniewski,Wójcik,Kowalczyk,Kamiński,Lewandowski,Zieliński,Szymański,Woźniak,Dąbrowski,Kozłowski,Jankowski,Mazur,Kwiatkowski,Krawczyk,Piotrowski,Grabowski,Nowakowski,Pawłowski',
    ),
  },
  japanese: {
    male: w('Hiroshi,Takashi,Makoto,Kenji,Satoshi,Tetsuya,Kazuo,Yoshio,Masahiro,Akira,Naoki,Daisuke'),
    female: w('Yoko,Keiko,Yumi,Naoko,Akiko,Tomoko'),
    surnames: w(
      'Sato,Suzuki,Takahashi,Tanaka,Watanabe,Ito,Yamamoto,Nakamura,Kobayashi,Kato,Yoshida,Yamada,Sasaki,Yamaguchi,Matsumoto',
    ),
  },
  korean: {
    male: w('Min-jun,Seo-jun,Jae-ho,Sung-min,Dong-hyun,Young-ho,Jin-woo,Sang-hoon,Hyun-woo,Jung-ho'),
    female: w('Ji-yeon,Min-ji,Seo-yeon,Eun-ji,Hye-jin'),
    surnames: w('Kim,Lee,Park,Choi,Jung,Kang,Cho,Yoon,Jang,Lim,Han,Oh,Seo,Shin,Kwon'),
  },
  chinese: {
    male: w(
      'Wei,Ming,Jun,Kwok Wai,Chi Keung,Ka Ho,Wing Kin,Siu Ming,Kok Leong,Boon Huat,Chee Keong,Jason,Kelvin,Alan,Eric,Raymond',
    ),
    female: w('Mei Ling,Siew Ling,Wai Man,Li Na,Grace,Joyce'),
    surnames: w('Chan,Wong,Lee,Cheung,Lau,Ng,Tan,Lim,Leung,Ho,Lam,Chow,Goh,Chua,Ong,Teo,Koh,Yeo'),
  },
  arabic: {
    male: w(
      'Mohammed,Ahmed,Abdullah,Khalid,Omar,Ali,Hassan,Saeed,Faisal,Youssef,Ibrahim,Sultan,Rashid,Nasser',
    ),
    female: w('Fatima,Aisha,Mariam,Noura,Huda,Layla'),
    surnames: w(
      'Al Hashimi,Al Mansoori,Al Qahtani,Al Otaibi,Al Harbi,Al Shamsi,Al Mutairi,Al Dosari,Al Zahrani,Al Ghamdi,Khan,Hussain,Rahman,Al Kuwari,Al Sabah',
    ),
  },
  filipino: {
    male: w(
      'Jose,Juan,Mark,John Paul,Michael,Jerome,Ronaldo,Ramon,Rodel,Jun,Reynaldo,Arnel,Rolando,Eduardo,Joel,Danilo,Romeo,Alvin,Jayson,Christian,Renato,Noel,Edwin,Ariel,Rey,Bong,Dindo,Efren,Fernando,Gilbert,Herminio,Isagani,Jomar,Kristoffer,Leonardo,Marvin,Nestor,Orlando,Patrick,Rommel,Sherwin,Teodoro,Virgilio,Wilfredo,Zaldy',
    ),
    female: w(
      'Maria,Mary Grace,Jocelyn,Marites,Rowena,Maricel,Lorna,Jennifer,Rosalie,Analyn,Cristina,Lovely,Joy,Rosemarie,Melanie,Divina,Erlinda,Teresita,Gemma,Liza,Charmaine,Kristine,Jenny,Lea,Evelyn,Abigail,Bernadette,Carmelita,Daisy,Elvira,Florencia,Gloria,Hazel,Imelda,Janeth,Katherine,Luzviminda,Marilou,Nenita,Ofelia,Precious,Rhodora,Shiela,Trining,Vilma,Wilma,Zenaida',
    ),
    surnames: w(
      'Santos,Reyes,Cruz,Bautista,Ocampo,Garcia,Mendoza,Torres,Tomas,Andrada,Castillo,Flores,Villanueva,Ramos,Castro,Rivera,Aquino,Navarro,Salazar,Mercado,Dela Cruz,Del Rosario,Gonzales,Lopez,Fernandez,Pascual,Manalo,Dizon,Soriano,Cabrera,Domingo,Santiago,Villareal,Macaraeg,Evangelista,Lacson,Magbanua,Abellana,Cabahug,Pepito,Alcantara,Buenaventura,Lim,Tan,Sy',
    ),
  },
};

/** Index with a Zipf(1.0) weight: item i has weight 1/(i+1). */
export function zipfPick<T>(rng: Rng, items: readonly T[], s = 1): T {
  let total = 0;
  for (let i = 0; i < items.length; i++) total += 1 / Math.pow(i + 1, s);
  let x = rng.next() * total;
  for (let i = 0; i < items.length; i++) {
    x -= 1 / Math.pow(i + 1, s);
    if (x < 0) return items[i] as T;
  }
  return items[items.length - 1] as T;
}

export interface FullName {
  readonly given: string;
  readonly middle: string | null;
  readonly surname: string;
}

export function drawName(rng: Rng, culture: NameCulture, sex: 'm' | 'f', surname?: string): FullName {
  const list = NAMES[culture];
  const given = builtGivenName(rng, culture) ?? zipfPick(rng, sex === 'm' ? list.male : list.female, 0.6);
  let middle: string | null = null;
  if ((culture === 'anglo' || culture === 'filipino' || culture === 'arabic') && rng.chance(0.35)) {
    middle =
      culture === 'filipino'
        ? (rareSurname(rng, culture) ?? zipfPick(rng, list.surnames, 0.6))
        : zipfPick(rng, list.male, 0.6);
  }
  return {
    given,
    middle,
    surname: surname ?? rareSurname(rng, culture) ?? zipfPick(rng, list.surnames, 0.9),
  };
}

export function fullNameText(n: FullName): string {
  return n.middle === null ? `${n.given} ${n.surname}` : `${n.given} ${n.middle} ${n.surname}`;
}
