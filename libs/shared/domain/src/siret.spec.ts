import { isValidSiret, normaliseSiret } from './siret';
import { slugify } from './slug';
import { isSocialEconomy, OrganisationKind } from './organisation-kind';
import { pickLocale } from './labels';

describe('isValidSiret', () => {
  it('accepts a SIRET whose Luhn checksum is valid', () => {
    expect(isValidSiret('73282932000074')).toBe(true);
    expect(isValidSiret('732 829 320 00074')).toBe(true);
  });
  it('refuses a SIRET with a wrong checksum, a wrong length or letters', () => {
    expect(isValidSiret('73282932000075')).toBe(false);
    expect(isValidSiret('7328293200007')).toBe(false);
    expect(isValidSiret('7328293200007A')).toBe(false);
  });
  it('accepts La Poste establishments, whose digits add up to a multiple of 5', () => {
    expect(isValidSiret('35600000000048')).toBe(true);
    expect(isValidSiret('35600000049837')).toBe(true);
  });
  it('removes spaces and dots', () => {
    expect(normaliseSiret('732.829.320 00074')).toBe('73282932000074');
  });
});

describe('slugify', () => {
  it('drops accents and punctuation', () => {
    expect(slugify("Coop'alpha — Bègles")).toBe('coop-alpha-begles');
    expect(slugify('  Énergie & Île  ')).toBe('energie-ile');
  });
});

describe('isSocialEconomy', () => {
  it('counts statutory kinds and ESUS-approved companies', () => {
    expect(isSocialEconomy(OrganisationKind.COOPERATIVE, false)).toBe(true);
    expect(isSocialEconomy(OrganisationKind.CLASSIC_ENTERPRISE, false)).toBe(false);
    expect(isSocialEconomy(OrganisationKind.CLASSIC_ENTERPRISE, true)).toBe(true);
  });
});

describe('pickLocale', () => {
  it('takes the first supported language of Accept-Language, French by default', () => {
    expect(pickLocale('en-GB,en;q=0.9,fr;q=0.8')).toBe('en');
    expect(pickLocale('de-DE,fr;q=0.5')).toBe('fr');
    expect(pickLocale(undefined)).toBe('fr');
  });
});
