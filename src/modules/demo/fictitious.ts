/**
 * Invented people for the demo and the benchmark: clearly fictitious Dutch names (made-up
 * surnames), invented street names in the towns of Haaglanden, and BSNs from the test range
 * (999990000–999999999, used by the BRP's test environments) that pass the elfproef. Nothing here
 * may ever resemble a real person's data (issue 5 §12).
 */
import { isValidBsn } from '../../platform/crypto/bsn.js';

export const firstNames = [
  'Sanne',
  'Daan',
  'Noor',
  'Bram',
  'Fleur',
  'Luuk',
  'Lotte',
  'Sem',
  'Yara',
  'Milan',
  'Anouk',
  'Jesse',
  'Iris',
  'Thijs',
  'Ilse',
  'Ruben',
  'Esmee',
  'Koen',
  'Naima',
  'Youssef',
  'Merel',
  'Stijn',
  'Fatima',
  'Bilal',
  'Roos',
  'Gijs',
  'Demi',
  'Ayoub',
  'Lieke',
  'Mees',
];

export const surnames = [
  'Tulpenveld',
  'Zonnedauw',
  'Wolkenberg',
  'Heidegaard',
  'Beukenoord',
  'Vlinderhof',
  'Duinroos',
  'Meeuwenberg',
  'Zilverspar',
  'Kievitsdal',
  'Lentevelde',
  'Molenbloesem',
  'van Zeewindt',
  'de Regenboogh',
  'van Duinkerkhof',
  'ter Heideveld',
  'Klaverwei',
  'Sterrenkamp',
];

export const streets = [
  'Lentebloesemlaan',
  'Duinroosstraat',
  'Meeuwenhof',
  'Zilversparweg',
  'Klaverweistraat',
  'Vlinderhofplein',
  'Heidegaardlaan',
  'Sterrenkampkade',
  'Tulpenveldpad',
  'Wolkenbergstraat',
];

export const towns = [
  { postcode: '2511', name: 'Den Haag' },
  { postcode: '2563', name: 'Den Haag' },
  { postcode: '2611', name: 'Delft' },
  { postcode: '2711', name: 'Zoetermeer' },
  { postcode: '2281', name: 'Rijswijk' },
  { postcode: '2671', name: 'Naaldwijk' },
  { postcode: '2262', name: 'Leidschendam' },
];

/** Every BSN of the test range that passes the elfproef (about 900 numbers), in order. */
export const testBsns: readonly string[] = (() => {
  const out: string[] = [];
  for (let n = 999_990_000; n <= 999_999_999; n++) {
    const s = String(n);
    if (isValidBsn(s)) out.push(s);
  }
  return out;
})();

export const isTestBsn = (bsn: string) => bsn.startsWith('99999') && isValidBsn(bsn);

/** A deterministic invented person for a sequence number (benchmark data). */
export function inventedPerson(n: number) {
  const first = firstNames[n % firstNames.length] as string;
  const last = surnames[Math.floor(n / firstNames.length) % surnames.length] as string;
  const street = streets[n % streets.length] as string;
  const town = towns[n % towns.length] as (typeof towns)[number];
  const letters = String.fromCharCode(65 + (n % 26), 65 + ((n >> 3) % 26));
  const year = 1955 + (n % 50);
  const month = String(1 + (n % 12)).padStart(2, '0');
  const day = String(1 + (n % 28)).padStart(2, '0');
  return {
    name: `${first} ${last}`,
    bsn: testBsns[n % testBsns.length] as string,
    birthDate: `${year}-${month}-${day}`,
    address: `${street} ${1 + (n % 180)}, ${town.postcode} ${letters} ${town.name}`,
  };
}
