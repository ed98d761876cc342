/**
 * Rarer names, built from stems and endings typical of each culture, so that most people have a
 * name few others share while the common names of names.ts still recur (COMMON_SURNAME_RATE).
 * Korean and Chinese surnames are concentrated in life too; there the given names vary.
 */
import type { NameCulture } from './countries.ts';
import type { Rng } from './prng.ts';

export const COMMON_SURNAME_RATE = 0.15;

const w = (s: string): string[] => s.split(',');

const SURNAME_PARTS: Partial<Record<NameCulture, readonly [readonly string[], readonly string[]]>> = {
  anglo: [
    w(
      'Ash,Brad,Bur,Cal,Craw,Dun,Ells,Fair,Gar,Hart,Hol,Kings,Lang,Mar,Nor,Pen,Rad,Ship,Stan,Thorn,Wal,Whit,Wood,Har,Ald,Brom,Cart,Dor,Fen,Gold,Hux,Lock,Mid,Pick,Sel,Tal,Ux,Wins',
    ),
    w('ford,ley,ton,wood,worth,field,by,well,man,er,ridge,combe,ham,stead,cliffe,ington,more,shaw,brook'),
  ],
  german: [
    w(
      'Alt,Bach,Berg,Brand,Eich,Feld,Gross,Hahn,Heil,Hirsch,Holz,Kalt,Kirch,Lang,Lind,Mittel,Neu,Ober,Rosen,Sauer,Stein,Wald,Weiß,Wies,Zell,Hof,Dorn,Kessel,Tann,Ruh,Am,Falk',
    ),
    w('mann,er,berg,feld,hofer,bauer,meier,hausen,inger,ner,huber,stätter,müller,wald,reiter,eder'),
  ],
  dutch: [
    w(
      'Bos,Hoog,Wester,Ooster,Zand,Kloos,Brink,Dijk,Hout,Molen,Ter,Riet,Groen,Vliet,Bakke,Stok,Wil,Kor,Hel,Slot',
    ),
    w('sma,stra,ink,ing,hof,veld,huis,kamp,berg,man,ens,ema,inga,horst'),
  ],
  swedish: [
    w('Berg,Lind,Sjö,Ek,Gran,Holm,Ljung,Ny,Sand,Ström,Dahl,Alm,Björk,Hag,Lund,Ros,Sten,Wall'),
    w('ström,gren,berg,qvist,lund,dahl,man,bäck,blad,holm,kvist,stedt,ling'),
  ],
  norwegian: [
    w('Berg,Lind,Sol,Ås,Gran,Holm,Fjell,Ny,Sand,Strand,Dahl,Bjørk,Haug,Lund,Ro,Sten,Vik,Mo'),
    w('rud,heim,vik,stad,land,haug,bakken,dal,nes,li,sæter,voll,set,aas'),
  ],
  danish: [
    w('Bak,Dal,Eng,Fog,Grøn,Hald,Kjær,Lind,Møl,Niel,Ros,Skov,Vest,Øster,Bro,Hav'),
    w('gaard,strup,holm,bæk,toft,skov,lund,dal,rup,sted,by,ager'),
  ],
  finnish: [
    w('Vir,Kos,Hei,Lah,Mäk,Nie,Pel,Saa,Tuo,Val,Kar,Laa,Har,Jär,Ran,Sil'),
    w('tanen,kinen,nonen,lainen,ala,inen,maa,järvi,lahti,korpi,nen'),
  ],
  french: [
    w('Beau,Bel,Bon,Chau,Du,La,Le,Mont,Ro,Val,Fon,Gar,Lam,Mar,Ri,Ver,Cha,Bou,Bris'),
    w('champ,lieu,mont,fort,val,court,ville,nier,chard,det,tier,zac,rand,quet,lon'),
  ],
  spanish: [
    w('Al,Bal,Bel,Cas,Cer,Es,Gal,Lar,Mar,Mon,Pal,Qui,Sal,Tor,Vil,Ar,Bar,Or,Ur'),
    w('caraz,deras,mendi,tagena,ribas,rano,lejo,tillo,varez,ranco,zano,rejón,goitia,daña'),
  ],
  italian: [
    w('Bar,Bel,Cal,Car,Fa,Gal,Mar,Pel,Ros,San,Ser,Tor,Val,Vi,Zan,Cor,Fer,Lo,Mo'),
    w('etti,elli,oni,ucci,ini,ardi,ari,esi,otti,acci,aldi,one,ano'),
  ],
  polish: [
    w('Bar,Bor,Chmiel,Dud,Gór,Jas,Kacz,Kraw,Kr,Lis,Mak,Now,Pio,Sob,Wil,Zaj,Kub,Ost,Sik,Wal'),
    w('owski,ewski,czyk,iak,ek,ski,wicz,arz,ula,ecki,iński'),
  ],
  japanese: [
    w('Ara,Fuji,Hira,Ishi,Kawa,Kita,Matsu,Mori,Naka,Nishi,Oka,Saka,Taka,Yoshi,Haya,Kuro,Shira,Ono,Ue,Miya'),
    w('da,kawa,moto,mura,no,saki,shima,ta,yama,zawa,hara,oka,uchi,gawa'),
  ],
  arabic: [
    w('Al '),
    w(
      'Nuaimi,Suwaidi,Falasi,Ketbi,Marri,Hajri,Naqbi,Shehhi,Blooshi,Zaabi,Rumaithi,Dhaheri,Mazrouei,Ameri,Kaabi,Mheiri,Hammadi,Qasimi,Hosani,Jaber,Sayed,Saadi,Shamari,Enezi,Rashidi,Sulaiti,Khulaifi,Subaie,Yami,Shahrani,Malki,Balushi,Farsi,Ajmi',
    ),
  ],
  filipino: [
    w('Ba,Ca,Da,Ma,Pa,Sa,Ta,Vi,Lo,Me,Ri,Go,Bu,Qui,Ala,Ban,Cor,Dum,Lag,Sal,Tol,Ve'),
    w('langon,nog,bayan,tan,pal,gatan,lon,sig,mag,con,guit,daya,rales,ñeda,gbanua,baga'),
  ],
};

const GIVEN_SYLLABLES: Partial<Record<NameCulture, readonly [readonly string[], readonly string[]]>> = {
  korean: [
    w('Min,Seo,Ji,Jae,Sung,Dong,Young,Jin,Sang,Hyun,Jung,Tae,Kyung,Woo,Hye,Eun'),
    w('jun,ho,min,hyun,woo,hoon,soo,chul,sik,won,seok,yeon,jin'),
  ],
  chinese: [
    w('Wai,Chi,Ka,Wing,Siu,Kok,Boon,Chee,Kwok,Man,Yiu,Tak,Hon,Kin'),
    w('Ming,Keung,Ho,Kin,Leong,Huat,Wai,Fai,Lun,Chung,Hung,Sang'),
  ],
};

/** A surname: a common one at COMMON_SURNAME_RATE, else one built from the culture's parts. */
export function rareSurname(rng: Rng, culture: NameCulture): string | null {
  const parts = SURNAME_PARTS[culture];
  if (parts === undefined || rng.chance(COMMON_SURNAME_RATE)) return null;
  return rng.pick(parts[0]) + rng.pick(parts[1]);
}

/** A given name built from syllables, for cultures whose given names vary more than any list. */
export function builtGivenName(rng: Rng, culture: NameCulture): string | null {
  const parts = GIVEN_SYLLABLES[culture];
  if (parts === undefined || rng.chance(0.2)) return null;
  const [a, b] = [rng.pick(parts[0]), rng.pick(parts[1])];
  return culture === 'korean' ? `${a}-${b.toLowerCase()}` : `${a} ${b}`;
}
