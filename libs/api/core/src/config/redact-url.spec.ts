import { redactUrl } from './redact-url';

const TOKEN = 'q3J9x_Zk-8aLmP0vRt2WcYs5NbE7uHdF1gKoIiQwXyA';

describe('redactUrl', () => {
  it.each([
    [`/groupes/cercle-energie/agenda.ics?jeton=${TOKEN}`, '/groupes/cercle-energie/agenda.ics?jeton=[redacted]'],
    [`/verifier-email?token=${TOKEN}`, '/verifier-email?token=[redacted]'],
    [`/nouveau-mot-de-passe?token=${TOKEN}&suite=/profil`, '/nouveau-mot-de-passe?token=[redacted]&suite=/profil'],
    [`/invitations/${TOKEN}`, '/invitations/[redacted]'],
    [`/invitations/${TOKEN.toLowerCase()}`, '/invitations/[redacted]'],
    [`/desabonnement/abc123`, '/desabonnement/[redacted]'],
    [
      `/api/x?apiKey=abc&access_token=def&Code=1&client_secret=2&password=3&sig=4`,
      '/api/x?apiKey=[redacted]&access_token=[redacted]&Code=[redacted]&client_secret=[redacted]&password=[redacted]&sig=[redacted]',
    ],
    [`/x?%74oken=abc`, '/x?%74oken=[redacted]'],
    [`/x?next=${TOKEN}`, '/x?next=[redacted]'],
    [`/un-lien-futur/${TOKEN}/confirmer`, '/un-lien-futur/[redacted]/confirmer'],
    [`/invitations/${TOKEN}#fragment`, '/invitations/[redacted]'],
  ])('hides the secret of %s', (url, expected) => {
    expect(redactUrl(url)).toBe(expected);
    expect(redactUrl(url)).not.toContain(TOKEN);
  });

  it('leaves ordinary addresses as they are', () => {
    for (const url of [
      '/graphql',
      '/health/ready',
      '/groupes/collectif-nouvelle-aquitaine/agenda.ics',
      '/pratiques/atelier-de-reparation-de-velos-et-recyclerie-solidaire',
      '/fichiers/3f1c2a4e-9b7d-4c1e-8f2a-6d5b4c3a2b1c/toit-solaire.png',
      '/organisations?page=2&tri=nom',
      '/evenements/3f1c2a4e-9b7d-4c1e-8f2a-6d5b4c3a2b1c.ics',
      '/',
      '',
    ]) {
      expect(redactUrl(url)).toBe(url);
    }
  });

  it('copes with malformed encodings and empty parameters', () => {
    expect(redactUrl('/x?token=%E0%A4%A&a')).toBe('/x?token=[redacted]&a');
    expect(redactUrl('/x?&&token&')).toBe('/x?&&token=[redacted]&');
    expect(redactUrl('/%E0%A4%A/invitations')).toBe('/%E0%A4%A/invitations');
  });
});
