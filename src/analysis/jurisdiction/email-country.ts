/** ccTLDs whose names differ from the ISO code. */
const TLD_TO_ISO: Readonly<Record<string, string>> = { uk: 'GB', su: 'RU' };
/** ccTLDs sold worldwide as generic names: they say nothing about where the user lives. */
const GENERIC_CCTLDS = new Set([
  'io',
  'co',
  'tv',
  'me',
  'ai',
  'fm',
  'ly',
  'cc',
  'ws',
  'to',
  'gg',
  'la',
  'nu',
  'tk',
  'ml',
  'ga',
  'cf',
  'gq',
  'sh',
  'ac',
  'vc',
  'im',
  'is',
  'am',
  'st',
  'pw',
  'cx',
  'fo',
  'ms',
  'gl',
  'so',
  'ps',
]);
/** Webmail domains whose country is known though the TLD is generic. */
const PROVIDER_COUNTRY: Readonly<Record<string, string>> = {
  'gmx.de': 'DE',
  'gmx.net': 'DE',
  'web.de': 'DE',
  't-online.de': 'DE',
  'freenet.de': 'DE',
  'gmx.at': 'AT',
  'gmx.ch': 'CH',
  'bluewin.ch': 'CH',
  'hotmail.co.uk': 'GB',
  'btinternet.com': 'GB',
  'sky.com': 'GB',
  'virginmedia.com': 'GB',
  'orange.fr': 'FR',
  'free.fr': 'FR',
  'laposte.net': 'FR',
  'sfr.fr': 'FR',
  'libero.it': 'IT',
  'virgilio.it': 'IT',
  'telia.com': 'SE',
  'telenet.be': 'BE',
  'skynet.be': 'BE',
  'ziggo.nl': 'NL',
  'kpnmail.nl': 'NL',
  'home.nl': 'NL',
  'wp.pl': 'PL',
  'o2.pl': 'PL',
  'onet.pl': 'PL',
  'interia.pl': 'PL',
  'online.no': 'NO',
  'yahoo.com.ph': 'PH',
  'bigpond.com': 'AU',
  'optusnet.com.au': 'AU',
  'shaw.ca': 'CA',
  'rogers.com': 'CA',
  'comcast.net': 'US',
  'verizon.net': 'US',
};

/**
 * The country an e-mail domain suggests: a national webmail provider, or a country-code TLD
 * (ignoring ccTLDs used as generic names). Weak evidence: anyone can register anywhere.
 */
export function emailCountry(email: string): { country: string; reason: string } | null {
  const at = email.lastIndexOf('@');
  if (at < 0) return null;
  const domain = email
    .slice(at + 1)
    .trim()
    .toLowerCase()
    .replace(/\.$/, '');
  for (const [d, cc] of Object.entries(PROVIDER_COUNTRY))
    if (domain === d || domain.endsWith('.' + d))
      return { country: cc, reason: `national mail provider ${d}` };
  const tld = domain.slice(domain.lastIndexOf('.') + 1);
  if (tld.length !== 2 || GENERIC_CCTLDS.has(tld) || !/^[a-z]{2}$/.test(tld)) return null;
  return { country: TLD_TO_ISO[tld] ?? tld.toUpperCase(), reason: `country-code domain .${tld}` };
}
