import { LIMITS } from './limits';
import { normaliseLink } from './link';

describe('normaliseLink', () => {
  it('answers the address as the WHATWG parser writes it', () => {
    expect(normaliseLink('https://Example.com/visio')).toBe('https://example.com/visio');
    expect(normaliseLink('  HTTPS://WWW.Exemple.FR  ')).toBe('https://www.exemple.fr/');
    expect(normaliseLink('https://exemple.fr/salle de réunion?x=1#bas')).toBe('https://exemple.fr/salle%20de%20r%C3%A9union?x=1#bas');
    expect(normaliseLink('https://café.fr/')).toBe('https://xn--caf-dma.fr/');
    expect(normaliseLink('http://visio.exemple.org:8443/r/1')).toBe('http://visio.exemple.org:8443/r/1');
    expect(normaliseLink('https://exemple.fr./')).toBe('https://exemple.fr./');
  });

  it('refuses what is not a web address of a named site', () => {
    for (const bad of [
      '',
      '   ',
      'exemple.fr',
      'javascript:alert(1)',
      'ftp://exemple.fr/',
      'mailto:a@exemple.fr',
      'https://localhost/',
      'https://192.168.1.10/',
      'http://[::1]/',
      'https://exemple/',
      'https://exemple.123/',
      'https://bank.fr@evil.example/',
      'https://user:pass@exemple.fr/',
      'https://-exemple.fr/',
      'https://exemple.fr-/',
      'https://ex_emple.f_r/',
      `https://${'a'.repeat(64)}.fr/`,
      `https://exemple.fr/${'a'.repeat(LIMITS.urlMax)}`,
    ]) {
      expect([bad, normaliseLink(bad)]).toEqual([bad, null]);
    }
  });

  it('keeps a normalised address as it is', () => {
    const once = normaliseLink('https://Exemple.fr/a b/../c?q=é') as string;
    expect(normaliseLink(once)).toBe(once);
  });
});
