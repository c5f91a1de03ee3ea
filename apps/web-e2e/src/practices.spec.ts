import { MOUVES_AQUITAINE_CAHIER } from '@mouvement/shared-domain';
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, screenshot } from './support';

/** A 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

async function signIn(page: Page, email: string) {
  await page.goto('/connexion');
  await page.getByLabel(/^Adresse e-mail/).fill(email);
  await page.getByLabel(/^Mot de passe/).fill('faire-mouvement');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('button', { name: 'Se déconnecter' })).toBeVisible();
}

test.describe.serial('The practice library', () => {
  test('a visitor searches “energie” without the accent and opens a result', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Pratiques' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Bonnes pratiques' })).toBeVisible();
    await page.getByLabel('Rechercher une pratique').fill('energie');
    const result = page.getByRole('article', { name: /Centrale solaire citoyenne/ });
    await expect(result).toBeVisible();
    await expect(result.locator('mark').first()).toHaveText(/énergie/i);
    await expect(page.getByRole('combobox', { name: 'Tri' })).toHaveValue('Pertinence');
    await expectAccessible(page);
    await screenshot(page, 'practice-library-search');
    await result.getByRole('link', { name: /Centrale solaire citoyenne/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Centrale solaire citoyenne/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Conditions pour la reproduire' })).toBeVisible();
    await expect(page.getByRole('link', { name: /Creative Commons BY-SA 4.0/ })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Pratiques proches' }).getByRole('article').first()).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'practice-page');
    await page.goto('/pratiques');
    // Filter chips are checkboxes: reachable and ticked with the keyboard.
    await page.getByRole('checkbox', { name: 'Mobilité' }).focus();
    await page.keyboard.press('Space');
    await expect(page.getByRole('checkbox', { name: 'Mobilité' })).toBeChecked();
    await expect(page.getByRole('article', { name: /Autocool/ })).toBeVisible();
    await expect(page.getByRole('article', { name: /Centrale solaire/ })).toHaveCount(0);
  });

  test('a member writes a practice with a preview of a section, and publishes it', async ({ page }) => {
    await signIn(page, 'jeune1@mouvement.demo');
    await page.goto('/pratiques');
    await page.getByRole('link', { name: 'Écrire une pratique' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Écrire une pratique' })).toBeVisible();
    await page.getByLabel(/^Titre/).fill('Repair café intergénérationnel');
    await page.getByLabel(/^Résumé/).fill('Des retraités et des lycéens réparent ensemble les objets du quartier, un samedi par mois.');
    await page.getByRole('combobox', { name: 'Thèmes (au moins un)' }).fill('Économie');
    await page.getByRole('option', { name: 'Économie circulaire' }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('combobox', { name: 'Région' }).fill('Bretagne');
    await page.getByRole('option', { name: 'Bretagne' }).click();
    await page.getByRole('combobox', { name: 'Ajouter une section' }).click();
    await page.getByRole('option', { name: 'Présentation de l’initiative (Quoi ?)' }).click();
    const presentation = page.getByRole('region', { name: 'Présentation de l’initiative (Quoi ?)' });
    await presentation.getByRole('textbox').fill('Un **atelier mensuel** dans la salle des fêtes.');
    await presentation.getByRole('tab', { name: 'Aperçu' }).click();
    await expect(presentation.getByRole('tabpanel').locator('strong')).toHaveText('atelier mensuel');
    await expectAccessible(page);
    await screenshot(page, 'practice-editor');
    await page.getByRole('button', { name: 'Enregistrer et publier' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Repair café intergénérationnel' })).toBeVisible();
    await expect(page.getByText('Pratique publiée : elle est maintenant dans la bibliothèque.')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Présentation de l’initiative (Quoi ?)' })).toBeVisible();

    await page.getByRole('link', { name: 'Modifier' }).click();
    await page.getByLabel(/^Titre/).fill('Repair café intergénérationnel de Quimper');
    // A cover image, sent with a progress bar; a program renamed .png is refused by its content.
    const files = page.locator('input[type=file]');
    await files
      .nth(1)
      .setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from('MZ\x90\x00 pas une image', 'latin1') });
    await expect(page.getByText('Seules les images (JPEG, PNG, WebP, GIF) et les PDF sont acceptés.')).toBeVisible();
    await files.nth(0).setInputFiles({ name: 'atelier.png', mimeType: 'image/png', buffer: PNG });
    await expect(page.getByText('« atelier.png » est enregistré.')).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'practice-editor-files');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Repair café intergénérationnel de Quimper' })).toBeVisible();
    await expect(page.locator('img.practice-cover')).toHaveAttribute('src', /\/fichiers\/.+\/atelier\.png$/);
    expect(await page.locator('img.practice-cover').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
    const history = page.getByRole('region', { name: 'Historique des versions' });
    await history.getByRole('button', { name: 'Voir la version 1' }).click();
    await expect(history.getByText('Repair café intergénérationnel', { exact: true })).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'practice-history');
  });

  test('a member imports the founding document’s sheet, reviews the draft and publishes it', async ({ page }) => {
    await signIn(page, 'entrepreneur3@mouvement.demo');
    await page.goto('/pratiques/importer');
    await page.getByLabel('Texte de la fiche').fill(MOUVES_AQUITAINE_CAHIER);
    const preview = page.getByRole('region', { name: 'Aperçu de la fiche lue' });
    await expect(preview.getByText('Quelles alliances positives ?')).toBeVisible();
    await expect(preview.getByText(/^Accueil > Le Labo/)).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'practice-import');
    await page.getByRole('button', { name: 'Créer le brouillon' }).click();
    await expect(page.getByText(/Brouillon créé à partir du cahier/)).toBeVisible();
    await expect(page.getByRole('region', { name: 'Témoignages' })).toBeVisible();
    await page.getByLabel(/^Résumé/).fill('Le collectif aquitain du MOUVES veut « faire Mouvement ».');
    await page.getByRole('combobox', { name: 'Thèmes (au moins un)' }).fill('Emploi');
    await page.getByRole('option', { name: 'Emploi' }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('combobox', { name: 'Région' }).fill('Nouvelle');
    await page.getByRole('option', { name: 'Nouvelle-Aquitaine' }).click();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Enregistrer et publier' }).click();
    await expect(page.getByText('Pratique publiée : elle est maintenant dans la bibliothèque.')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Synthèse de mon indignation en une seule phrase' })).toBeVisible();
    await expect(page.getByText('Bougeons avec le MOUVES !')).toBeVisible();
    await page.goto('/mes-pratiques');
    await expect(
      page.getByRole('article', { name: /^Le collectif aquitain des entrepreneurs sociaux/ }).getByText('Publiée'),
    ).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'my-practices');
  });

  test('a member declares replicating a practice and sees the map change', async ({ page }) => {
    await signIn(page, 'jeune4@mouvement.demo');
    await page.goto('/pratiques/autocool-autopartage');
    const table = page.getByRole('table', { name: 'Reproductions par région' });
    await expect(table.getByRole('row', { name: /Occitanie/ }).getByRole('cell')).toHaveText('0');
    await expect(page.getByText('Personne n’a encore déclaré la reproduire')).toBeVisible();
    const form = page.getByRole('form', { name: 'Je reproduis cette pratique' });
    await form.getByRole('combobox', { name: 'Région' }).fill('Occitanie');
    await page.getByRole('option', { name: 'Occitanie' }).click();
    await form.getByRole('combobox', { name: 'Où en êtes-vous ?' }).click();
    await page.getByRole('option', { name: 'En cours' }).click();
    await form.getByLabel('Quelques mots (facultatif)').fill('Une flotte de six voitures à Toulouse.');
    await form.getByRole('checkbox', { name: /J’accepte d’être contacté/ }).check();
    await form.getByRole('button', { name: 'Déclarer' }).click();
    await expect(page.getByText('Merci : votre reproduction est déclarée.')).toBeVisible();
    await expect(table.getByRole('row', { name: /Occitanie/ }).getByRole('cell')).toHaveText('1');
    await expect(page.getByText('Reproduite 1 fois, dans 1 région.')).toBeVisible();
    await expect(page.getByText('« Une flotte de six voitures à Toulouse. »')).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'practice-replication');
    await page.goto('/pratiques?reproduites=oui');
    await expect(page.getByRole('article', { name: /Autocool/ })).toBeVisible();
    await page.goto('/mes-pratiques');
    await expect(
      page.getByRole('region', { name: 'Les pratiques que je reproduis' }).getByRole('link', { name: 'Autocool, l’autopartage' }),
    ).toBeVisible();
  });

  test('a member finds a practice useful, comments on it, and its author replies', async ({ page }) => {
    await signIn(page, 'jeune4@mouvement.demo');
    await page.goto('/pratiques/recyclerie-de-quartier');
    const useful = page.getByRole('group', { name: 'Votre appréciation' }).getByRole('button', { name: /^Utile/ });
    await useful.click();
    await expect(useful).toHaveAttribute('aria-pressed', 'true');
    await expect(useful).toHaveText('Utile · 1');
    await page.getByLabel('Votre commentaire').fill('Nous lançons la même chose à **Pau** : merci !');
    await page.getByRole('button', { name: 'Publier le commentaire' }).click();
    await expect(page.getByText('Commentaire publié.')).toBeVisible();
    const comment = page.getByRole('article').filter({ hasText: 'la même chose à' });
    await expect(comment.locator('strong')).toHaveText('Pau');
    await expectAccessible(page);
    await screenshot(page, 'practice-comments');
    await page.getByRole('button', { name: 'Se déconnecter' }).click();

    await signIn(page, 'entrepreneur3@mouvement.demo');
    await page.goto('/pratiques/recyclerie-de-quartier');
    await comment.getByRole('button', { name: 'Répondre' }).click();
    await comment.getByLabel(/Votre réponse à/).fill('Avec plaisir, appelez-nous !');
    await comment.getByRole('button', { name: 'Envoyer la réponse' }).click();
    await expect(comment.getByText('Avec plaisir, appelez-nous !').first()).toBeVisible();
    await page.getByRole('button', { name: 'Se déconnecter' }).click();

    // A comment on a practice shared in no group is reported to the admins.
    await signIn(page, 'jeune5@mouvement.demo');
    await page.goto('/pratiques/recyclerie-de-quartier');
    const reported = page.getByRole('article').filter({ hasText: 'la même chose à' }).first();
    await reported.getByRole('button', { name: 'Signaler' }).first().click();
    await reported.getByLabel(/Pourquoi signalez-vous/).fill('Publicité pour une autre structure');
    await reported.getByRole('button', { name: 'Envoyer le signalement' }).click();
    await expect(reported.getByText('Merci : la coordination va examiner votre signalement.')).toBeVisible();
    await page.getByRole('button', { name: 'Se déconnecter' }).click();

    await signIn(page, 'admin@mouvement.demo');
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Modération' }).click();
    const queue = page.getByRole('region', { name: 'Signalements à examiner' });
    await expect(queue.getByText(/Publicité pour une autre structure/)).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'admin-moderation');
    await queue
      .getByRole('listitem')
      .filter({ hasText: 'Publicité pour une autre structure' })
      .getByRole('button', { name: 'Masquer' })
      .click();
    await expect(page.getByText('Décision enregistrée.')).toBeVisible();
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.goto('/pratiques/recyclerie-de-quartier');
    await expect(page.getByText('Commentaire masqué par la modération.')).toBeVisible();
  });

  test('a member reports a practice sheet; the admin hides it from the library, its author is told, then restores it', async ({ page }) => {
    await signIn(page, 'jeune5@mouvement.demo');
    await page.goto('/pratiques/epicerie-solidaire-etudiante');
    await page.getByRole('button', { name: 'Signaler cette fiche' }).click();
    await page.getByLabel('Pourquoi signalez-vous cette fiche ?').fill('Les prix annoncés sont faux');
    await expectAccessible(page);
    await screenshot(page, 'practice-report');
    await page.getByRole('button', { name: 'Envoyer le signalement' }).click();
    await expect(page.getByText('Merci : la coordination va examiner votre signalement.')).toBeVisible();
    await page.getByRole('button', { name: 'Se déconnecter' }).click();

    await signIn(page, 'admin@mouvement.demo');
    await page.goto('/admin/moderation');
    const item = page
      .getByRole('region', { name: 'Signalements à examiner' })
      .getByRole('listitem')
      .filter({ hasText: 'Les prix annoncés sont faux' });
    await expect(item.getByRole('link', { name: 'Épicerie solidaire étudiante' })).toHaveAttribute(
      'href',
      '/pratiques/epicerie-solidaire-etudiante',
    );
    await item.getByRole('button', { name: 'Masquer' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByText('Décision enregistrée.')).toBeVisible();
    await expect(item).toHaveCount(0);
    await page.getByRole('button', { name: 'Se déconnecter' }).click();

    // Out of the library and unreadable for visitors…
    await page.goto('/pratiques?q=épicerie étudiante');
    await expect(page.getByRole('article', { name: /Épicerie solidaire étudiante/ })).toHaveCount(0);
    await page.goto('/pratiques/epicerie-solidaire-etudiante');
    await expect(page.getByRole('heading', { level: 1, name: 'Pratique introuvable' })).toBeVisible();
    // …while its author reads it and is told why.
    await signIn(page, 'jeune2@mouvement.demo');
    await page.goto('/pratiques/epicerie-solidaire-etudiante');
    await expect(page.getByRole('status').filter({ hasText: 'Fiche masquée par la modération' })).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'practice-hidden-by-moderation');
    await page.getByRole('button', { name: 'Se déconnecter' }).click();

    // The admin reads it too, and restores it from its page.
    await signIn(page, 'admin@mouvement.demo');
    await page.goto('/pratiques/epicerie-solidaire-etudiante');
    await page.getByRole('button', { name: 'Rétablir la fiche (modération)' }).click();
    await expect(page.getByText('Décision enregistrée.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Masquer la fiche (modération)' })).toBeVisible();
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.goto('/pratiques/epicerie-solidaire-etudiante');
    await expect(page.getByRole('heading', { level: 1, name: 'Épicerie solidaire étudiante' })).toBeVisible();
  });

  test('on a phone, the library and a practice fit the screen', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/pratiques');
    await expect(page.getByRole('heading', { level: 1, name: 'Bonnes pratiques' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await screenshot(page, 'mobile-practice-library');
    await page.goto('/pratiques/mouves-aquitaine-faire-mouvement');
    await expect(page.getByRole('heading', { name: 'Témoignages' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await expectAccessible(page);
    await screenshot(page, 'mobile-practice-page');
  });
});
