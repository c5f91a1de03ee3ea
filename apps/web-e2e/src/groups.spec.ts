import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, screenshot } from './support';

async function signIn(page: Page, email: string) {
  await page.goto('/connexion');
  await page.getByLabel(/^Adresse e-mail/).fill(email);
  await page.getByLabel(/^Mot de passe/).fill('faire-mouvement');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('button', { name: 'Se déconnecter' })).toBeVisible();
}

test.describe.serial('Groups of the movement', () => {
  test('a visitor browses the groups and reads the regional collective’s charter', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Groupes' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Groupes' })).toBeVisible();
    await page.getByRole('combobox', { name: 'Type' }).click();
    await page.getByRole('option', { name: 'Cercle thématique' }).click();
    await expect(page.getByRole('status').filter({ hasText: '2 résultats' })).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'group-directory');
    await page.goto('/groupes/collectif-nouvelle-aquitaine');
    await expect(page.getByRole('heading', { level: 1, name: 'Collectif Nouvelle-Aquitaine' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Charte', exact: true })).toBeVisible();
    await expect(page.getByText('langage de la preuve')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Cercle Énergie et environnement' })).toBeVisible();
    const feed = page.getByRole('link', { name: 'S’abonner à l’agenda du groupe' });
    await expect(feed).toHaveAttribute('href', '/groupes/collectif-nouvelle-aquitaine/agenda.ics');
    const calendar = await page.request.get('/groupes/collectif-nouvelle-aquitaine/agenda.ics');
    expect(calendar.headers()['content-type']).toContain('text/calendar');
    expect(await calendar.text()).toContain('SUMMARY:Assemblée régionale');
    await expectAccessible(page);
    await screenshot(page, 'group-page-visitor');
    // Visitors see the coordinators, not the members (those are for signed-in people).
    await expect(
      page.getByRole('region', { name: /Membres/ }).getByRole('link', { name: 'Connectez-vous pour voir les membres' }),
    ).toBeVisible();
    await page.goto('/groupes/cercle-jeunes-entrepreneurs');
    await expect(page.getByRole('link', { name: 'Connectez-vous pour voir les membres' })).toBeVisible();
  });

  test('a member asks to join with an answer, and a coordinator approves the request', async ({ page }) => {
    await signIn(page, 'sympathisant5@mouvement.demo');
    await page.goto('/groupes/collectif-nouvelle-aquitaine');
    await page.getByLabel('Quel est votre lien avec l’économie sociale et solidaire ?').fill('Bénévole dans une recyclerie');
    await page.getByLabel('Un mot pour la coordination (facultatif)').fill('Ravi de vous rejoindre.');
    await page.getByRole('button', { name: 'Demander à rejoindre' }).click();
    await expect(page.getByText('Votre demande est en attente.')).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'group-request-pending');
    await page.getByRole('button', { name: 'Se déconnecter' }).click();

    await signIn(page, 'entrepreneur1@mouvement.demo');
    await page.goto('/groupes/collectif-nouvelle-aquitaine');
    await expect(page.getByRole('heading', { name: 'Demandes en attente' })).toBeVisible();
    await expect(page.getByText('« Bénévole dans une recyclerie »')).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'group-requests-coordinator');
    const name =
      (
        await page
          .getByRole('button', { name: /^Accepter : / })
          .last()
          .getAttribute('aria-label')
      )?.replace('Accepter : ', '') ?? '';
    await page.getByRole('button', { name: `Accepter : ${name}` }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByText('Demande acceptée.')).toBeVisible();
    await expect(page.getByRole('region', { name: /Membres/ }).getByText(`${name} — membre`)).toBeVisible();
  });

  test('a coordinator publishes a pinned announcement with a preview, and a member replies', async ({ page }) => {
    await signIn(page, 'entrepreneur1@mouvement.demo');
    await page.goto('/groupes/collectif-nouvelle-aquitaine');
    await expect(page.getByText('Qui travaille sur des')).toBeVisible();
    await page.getByLabel('Votre message').fill('Rencontre **énergie citoyenne** jeudi à Bègles');
    await page.getByRole('tab', { name: 'Aperçu' }).click();
    await expect(page.getByRole('tabpanel').getByText('énergie citoyenne')).toBeVisible();
    await page.getByRole('tab', { name: 'Écrire' }).click();
    await page.getByRole('checkbox', { name: 'Annonce à tous les membres (épinglée)' }).check();
    await page.getByRole('button', { name: 'Publier' }).click();
    await expect(page.getByText('Message publié.')).toBeVisible();
    const announcement = page.getByRole('article').filter({ hasText: 'jeudi à Bègles' });
    await expect(announcement.getByText('Annonce', { exact: true })).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'group-feed-coordinator');
    await page.getByRole('button', { name: 'Se déconnecter' }).click();

    await signIn(page, 'jeune2@mouvement.demo');
    await page.goto('/groupes/collectif-nouvelle-aquitaine');
    const post = page.getByRole('article').filter({ hasText: 'jeudi à Bègles' });
    await post.getByRole('button', { name: 'Répondre' }).click();
    await post.getByLabel(/Votre réponse à/).fill('J’y serai !');
    await post.getByRole('button', { name: 'Envoyer la réponse' }).click();
    await expect(post.getByLabel(/Votre réponse à/)).toHaveCount(0);
    await expect(post.getByRole('article', { name: /^Répondre : / }).filter({ hasText: 'J’y serai !' })).toHaveCount(1);
    const assembly = page.getByRole('article', { name: /Assemblée régionale/ });
    await assembly.getByRole('button', { name: 'Je viens' }).click();
    await expect(assembly.getByText('Vous venez.')).toBeVisible();
    await expect(assembly.getByRole('link', { name: 'Ajouter à mon agenda (.ics)' })).toHaveAttribute('href', /\/evenements\/.+\.ics$/);
    await page.getByRole('article').filter({ hasText: 'jeudi à Bègles' }).getByRole('button', { name: 'Merci' }).click();
    await expect(page.getByRole('article').filter({ hasText: 'jeudi à Bègles' }).getByRole('button', { name: 'Merci · 1' })).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'group-feed-member');
  });

  test('a member reports a reply and a coordinator hides it from the report queue', async ({ page }) => {
    await signIn(page, 'jeune2@mouvement.demo');
    await page.goto('/groupes/collectif-nouvelle-aquitaine');
    const reply = page.getByRole('article', { name: /^Répondre : / }).filter({ hasText: 'part d’achats locaux' });
    await reply.getByRole('button', { name: 'Signaler' }).click();
    await reply.getByLabel('Pourquoi signalez-vous ce message ?').fill('Publicité déguisée');
    await reply.getByRole('button', { name: 'Envoyer le signalement' }).click();
    await expect(reply.getByText('Merci : la coordination va examiner votre signalement.')).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Se déconnecter' }).click();

    await signIn(page, 'entrepreneur1@mouvement.demo');
    await page.goto('/groupes/collectif-nouvelle-aquitaine');
    const queue = page.getByRole('region', { name: 'Signalements à examiner' });
    await expect(queue.getByText('Publicité déguisée', { exact: false })).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'group-report-queue');
    await queue.getByRole('button', { name: 'Masquer' }).click();
    await expect(page.getByText('Décision enregistrée.')).toBeVisible();
    await expect(page.getByText('Message masqué par la modération.')).toBeVisible();
    await expect(page.getByText('part d’achats locaux')).toHaveCount(0);
  });

  test('a regional coordinator creates a circle on request, invites by email and reads the coordination log', async ({ page }) => {
    await signIn(page, 'entrepreneur1@mouvement.demo');
    await page.goto('/groupes');
    await page.getByRole('link', { name: 'Créer un groupe' }).click();
    await page.getByLabel(/^Nom du groupe/).fill('Cercle Mobilité solidaire');
    await page.getByRole('combobox', { name: 'Groupe parent' }).click();
    await page.getByRole('option', { name: 'Collectif Nouvelle-Aquitaine' }).click();
    await page.getByLabel('Présentation').fill('Autopartage, covoiturage et mobilité pour tous.');
    await page.getByLabel(/Questions posées/).fill('Quel projet de mobilité portez-vous ?');
    await expectAccessible(page);
    await screenshot(page, 'group-create');
    await page.getByRole('button', { name: 'Créer le groupe' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Cercle Mobilité solidaire' })).toBeVisible();
    await expect(page.getByText('Vous êtes coordinateur·rice de ce groupe.')).toBeVisible();
    await page.getByLabel('Adresses e-mail (une par ligne)').fill('voisine@exemple.fr');
    await page.getByRole('button', { name: 'Envoyer les invitations' }).click();
    await expect(page.getByText('1 invitation envoyée.')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Journal de la coordination' }).getByText(/a invité voisine@exemple.fr/)).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'group-coordinator-tools');
  });

  test('a member of a members-only circle gets a personal calendar address and can revoke it', async ({ page }) => {
    await signIn(page, 'jeune4@mouvement.demo');
    await page.goto('/groupes/cercle-jeunes-entrepreneurs');
    await page.getByRole('button', { name: 'Créer mon adresse d’agenda personnelle' }).click();
    const address = page.getByRole('textbox', { name: 'S’abonner à l’agenda du groupe' });
    await expect(address).toHaveValue(/\/groupes\/cercle-jeunes-entrepreneurs\/agenda\.ics\?jeton=/);
    const url = new URL(await address.inputValue());
    expect((await page.request.get(url.pathname + url.search)).status()).toBe(200);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Révoquer cette adresse' }).click();
    await expect(page.getByText('Adresse révoquée.')).toBeVisible();
    expect((await page.request.get(url.pathname + url.search)).status()).toBe(404);
  });

  test('my calendar gathers the events of all my groups, upcoming and past', async ({ page }) => {
    await signIn(page, 'jeune2@mouvement.demo');
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Mon agenda' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mon agenda' })).toBeVisible();
    const assembly = page.getByRole('article', { name: /Assemblée régionale/ });
    await expect(assembly.getByRole('link', { name: 'Collectif Nouvelle-Aquitaine' })).toBeVisible();
    await expect(assembly.getByText('Vous venez.')).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'my-calendar');
    await page.getByText('Événements passés').click();
    await expect(page.getByRole('article', { name: 'Rencontre des porteurs de projets' })).toBeVisible();
  });

  test('a regional coordinator reads the dashboard rolled up over the circles, each chart with its table', async ({ page }) => {
    await signIn(page, 'entrepreneur1@mouvement.demo');
    await page.goto('/groupes/collectif-nouvelle-aquitaine');
    await page.getByRole('navigation', { name: 'Outils de coordination' }).getByRole('link', { name: 'Tableau de bord du groupe' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Tableau de bord — Collectif Nouvelle-Aquitaine' })).toBeVisible();
    await expect(page.getByText(/Chiffres de ce groupe et des \d+ groupes qui en dépendent/)).toBeVisible();
    const activity = page.getByRole('table', { name: 'Messages et réponses par semaine, sur 12 semaines' });
    await expect(activity.getByRole('row')).toHaveCount(13);
    const attendance = page.getByRole('table', { name: 'Participation aux derniers événements' });
    const meeting = attendance.getByRole('row').filter({ hasText: 'Rencontre des porteurs de projets' });
    await expect(meeting.getByRole('cell')).toHaveText(['4', '1', '1', '0']);
    const byGroup = page.getByRole('table', { name: 'Par groupe' });
    await expect(byGroup.getByRole('link', { name: 'Tableau de bord de Cercle Énergie et environnement' })).toBeVisible();
    await expect(page.locator('.recharts-surface').first()).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'group-dashboard-region');
    await byGroup.getByRole('link', { name: 'Tableau de bord de Cercle Énergie et environnement' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Tableau de bord — Cercle Énergie et environnement' })).toBeVisible();
    await expect(page.getByText('Chiffres de ce groupe.')).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'group-dashboard-circle');
    await page.getByRole('button', { name: 'Se déconnecter' }).click();

    await signIn(page, 'entrepreneur2@mouvement.demo');
    await page.goto('/groupes/collectif-nouvelle-aquitaine/tableau-de-bord');
    await expect(page.getByText(/Ce tableau de bord est réservé/)).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(0);
  });

  test('a coordinator changes the group’s settings, with a preview of the charter', async ({ page }) => {
    await signIn(page, 'entrepreneur1@mouvement.demo');
    await page.goto('/groupes/cercle-mobilite-solidaire');
    await page.getByRole('link', { name: 'Paramètres du groupe' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Paramètres — Cercle Mobilité solidaire' })).toBeVisible();
    await page.getByLabel('Présentation').fill('Autopartage, covoiturage et transport solidaire en Nouvelle-Aquitaine.');
    await page.getByRole('combobox', { name: 'Thèmes' }).fill('Mobil');
    await page.getByRole('option', { name: 'Mobilité' }).click();
    await page.keyboard.press('Escape');
    await page.getByLabel('Charte (Markdown)').fill('## Nos engagements\n\n- Partager nos **retours d’expérience**');
    await page.getByRole('tab', { name: 'Aperçu' }).click();
    await expect(page.getByRole('tabpanel').getByText('retours d’expérience')).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'group-settings');
    await page.getByRole('button', { name: 'Enregistrer les paramètres' }).click();
    await expect(page.getByText('Paramètres enregistrés.')).toBeVisible();
    await page.getByRole('link', { name: 'Retour au groupe' }).click();
    await expect(page.getByText('transport solidaire en Nouvelle-Aquitaine')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Nos engagements' })).toBeVisible();
  });

  test('a coordinator creates an event with a description, which members then find on its own page', async ({ page }) => {
    await signIn(page, 'entrepreneur1@mouvement.demo');
    await page.goto('/groupes/cercle-mobilite-solidaire');
    await page.getByRole('button', { name: 'Créer un événement' }).click();
    await page.getByLabel(/^Titre/).fill('Atelier autopartage en milieu rural');
    await page.getByLabel('Description (Markdown)').fill('Avec **Autocool** : comment lancer un service d’autopartage.');
    const day = new Date(Date.now() + 14 * 86400_000).toISOString().slice(0, 10);
    await page.getByLabel(/^Début/).fill(`${day}T18:00`);
    await page.getByLabel(/^Fin/).fill(`${day}T20:00`);
    await page.getByLabel('Lieu (facultatif)').fill('Mont-de-Marsan');
    await page.getByLabel('Places (facultatif)').fill('20');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Créer l’événement' }).click();
    await expect(page.getByText('Événement créé.')).toBeVisible();
    const card = page.getByRole('article', { name: 'Atelier autopartage en milieu rural' });
    await expect(card.getByText('0 / 20 places')).toBeVisible();
    await expect(card.getByText(/18:00/)).toBeVisible();
    await card.getByRole('link', { name: 'Atelier autopartage en milieu rural' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Atelier autopartage en milieu rural' })).toBeVisible();
    await expect(page.getByText('comment lancer un service d’autopartage')).toBeVisible();
    await expect(page.getByRole('strong').filter({ hasText: 'Autocool' })).toBeVisible();
    await expectAccessible(page);
  });

  test('a member edits a reply, reads the earlier version, then deletes it', async ({ page }) => {
    await signIn(page, 'jeune2@mouvement.demo');
    await page.goto('/groupes/collectif-nouvelle-aquitaine');
    const reply = page.getByRole('article', { name: /^Répondre : / }).filter({ hasText: 'J’y serai !' });
    await reply.getByRole('button', { name: 'Modifier' }).click();
    await reply.getByLabel('Votre message modifié').fill('J’y serai, avec deux collègues !');
    await page.getByRole('button', { name: 'Enregistrer la modification' }).click();
    const edited = page.getByRole('article', { name: /^Répondre : / }).filter({ hasText: 'avec deux collègues' });
    await expect(edited).toHaveCount(1);
    await edited.getByRole('button', { name: 'Versions précédentes' }).click();
    await expect(edited.getByText('J’y serai !', { exact: true })).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'group-post-history');
    page.once('dialog', (dialog) => void dialog.accept());
    await edited.getByRole('button', { name: 'Supprimer' }).click();
    await expect(page.getByText('avec deux collègues')).toHaveCount(0);
  });

  test('a member opens an event’s page, answers and reports it; the coordinators see the report', async ({ page }) => {
    await signIn(page, 'jeune2@mouvement.demo');
    await page.goto('/groupes/collectif-nouvelle-aquitaine');
    await page.getByRole('link', { name: /^Assemblée régionale/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Assemblée régionale/ })).toBeVisible();
    await expect(page.getByText('Témoignages, ateliers en petits groupes')).toBeVisible();
    await expect(page.getByText('Vous venez.')).toBeVisible();
    await page.getByRole('button', { name: 'Peut-être' }).click();
    await expect(page.getByRole('button', { name: 'Peut-être' })).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('button', { name: 'Signaler' }).click();
    await page.getByLabel(/Pourquoi signalez-vous/).fill('Le lieu a changé, l’adresse est fausse');
    await page.getByRole('button', { name: 'Envoyer le signalement' }).click();
    await expect(page.getByText(/Merci : la coordination va examiner/)).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'event-page');
    await page.getByRole('button', { name: 'Se déconnecter' }).click();

    await signIn(page, 'entrepreneur1@mouvement.demo');
    await page.goto('/groupes/collectif-nouvelle-aquitaine');
    await expect(page.getByRole('region', { name: 'Signalements à examiner' }).getByText(/l’adresse est fausse/)).toBeVisible();
  });

  test('on a phone, the group, its dashboard and an event fit the screen', async ({ page }) => {
    await signIn(page, 'entrepreneur1@mouvement.demo');
    await page.setViewportSize({ width: 390, height: 844 });
    const fits = async () =>
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.goto('/groupes/collectif-nouvelle-aquitaine');
    await expect(page.getByRole('heading', { level: 1, name: 'Collectif Nouvelle-Aquitaine' })).toBeVisible();
    await fits();
    await expectAccessible(page);
    await screenshot(page, 'mobile-group-page');
    await page.getByRole('link', { name: 'Tableau de bord du groupe' }).click();
    await expect(page.getByRole('table', { name: 'Par groupe' })).toBeVisible();
    await fits();
    await expectAccessible(page);
    await screenshot(page, 'mobile-group-dashboard');
    await page.goto('/groupes/collectif-nouvelle-aquitaine');
    await page.getByRole('link', { name: /^Assemblée régionale/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Assemblée régionale/ })).toBeVisible();
    await fits();
    await expectAccessible(page);
    await screenshot(page, 'mobile-event-page');
    await page.goto('/groupes');
    await expect(page.getByRole('heading', { level: 1, name: 'Groupes' })).toBeVisible();
    await fits();
    await screenshot(page, 'mobile-group-directory');
  });
});
