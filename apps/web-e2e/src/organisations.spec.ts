import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, screenshot } from './support';

const PASSWORD = 'faire-mouvement';

async function signIn(page: Page, email: string) {
  await page.goto('/connexion');
  await page.getByLabel(/^Adresse e-mail/).fill(email);
  await page.getByLabel(/^Mot de passe/).fill(PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('button', { name: 'Se déconnecter' })).toBeVisible();
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page.getByRole('link', { name: 'Se connecter' })).toBeVisible();
}

test.describe.serial('Organisations and directories', () => {
  const name = `Ressourcerie des Graves ${Date.now() % 10000}`;

  test('an entrepreneur creates an organisation and finds it in the directory by search', async ({ page }) => {
    await signIn(page, 'entrepreneur3@mouvement.demo');
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Organisations' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Organisations' })).toBeVisible();
    await page.getByRole('link', { name: 'Ajouter une organisation' }).click();
    await page.getByRole('button', { name: 'Créer l’organisation' }).click();
    await expect(page.getByText('Ce champ est obligatoire.').first()).toBeVisible();
    await page.getByLabel(/^Nom/).fill(name);
    await page.getByRole('textbox', { name: /SIRET/ }).fill('123');
    await page.getByRole('combobox', { name: 'Type de structure' }).click();
    await page.getByRole('option', { name: 'Association' }).click();
    await page.getByRole('combobox', { name: 'Région' }).click();
    await page.getByRole('option', { name: 'Nouvelle-Aquitaine' }).click();
    await page.getByRole('combobox', { name: 'Département (facultatif)' }).click();
    await page.getByRole('option', { name: 'Gironde (33)' }).click();
    await page.getByRole('checkbox', { name: 'Économie circulaire' }).check();
    await page.getByLabel('Présentation (facultatif)').fill('Collecte, réemploi et vente solidaire d’objets du quotidien.');
    await page.getByRole('button', { name: 'Créer l’organisation' }).click();
    await expect(page.getByText('SIRET invalide : 14 chiffres dont la clé est correcte.')).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'organisation-form-errors');
    await page.getByRole('textbox', { name: /SIRET/ }).fill('');
    await page.getByRole('button', { name: 'Créer l’organisation' }).click();

    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page.getByText('Vous êtes propriétaire de cette organisation.')).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'organisation-page-owner');

    await page.goto('/organisations');
    await page.getByRole('searchbox', { name: 'Rechercher' }).fill('ressourcerie graves');
    await expect(page.getByRole('link', { name })).toBeVisible();
    // The unfiltered list shows the name too: wait for the search's own answer (one result).
    await expect(page.getByRole('status').filter({ hasText: /^1 résultat$/ })).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'organisation-directory-search');
  });

  test('a close name is shown before saving a second organisation', async ({ page }) => {
    await signIn(page, 'entrepreneur4@mouvement.demo');
    await page.goto('/organisations/nouvelle');
    await page.getByRole('combobox', { name: 'Région' }).click();
    await page.getByRole('option', { name: 'Nouvelle-Aquitaine' }).click();
    await page.getByRole('combobox', { name: 'Département (facultatif)' }).click();
    await page.getByRole('option', { name: 'Gironde (33)' }).click();
    await page.getByLabel(/^Nom/).fill(name.replace('Graves', 'Grave'));
    await expect(page.getByText('Des organisations au nom proche existent déjà')).toBeVisible();
    await expect(page.getByRole('link', { name })).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'organisation-near-duplicates');
  });

  test('a young member asks to join, the owner accepts from the organisation page', async ({ page }) => {
    await signIn(page, 'jeune5@mouvement.demo');
    await page.goto('/organisations');
    await page.getByRole('searchbox', { name: 'Rechercher' }).fill('ressourcerie graves');
    await expect(page.getByRole('status').filter({ hasText: /^\d+ résultats?$/ })).toHaveText(/^[12] résultats?$/);
    await page.getByRole('link', { name }).click();
    await page.getByLabel('Un mot pour les responsables (facultatif)').fill('Je voudrais aider le samedi.');
    await page.getByRole('button', { name: 'Demander à rejoindre' }).click();
    await expect(page.getByText('Votre demande est en attente.')).toBeVisible();
    await signOut(page);

    await signIn(page, 'entrepreneur3@mouvement.demo');
    await page.goto('/organisations');
    await page.getByRole('searchbox', { name: 'Rechercher' }).fill('ressourcerie graves');
    await expect(page.getByRole('status').filter({ hasText: /^\d+ résultats?$/ })).toHaveText(/^[12] résultats?$/);
    await page.getByRole('link', { name }).click();
    await expect(page.getByText('« Je voudrais aider le samedi. »')).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'organisation-join-requests');
    await page.getByRole('button', { name: /^Accepter/ }).click();
    await expect(page.getByText('Demande acceptée.')).toBeVisible();
    await expect(page.getByRole('region', { name: /Membres/ }).getByText(/— membre$/)).toBeVisible();
  });

  test('a member claims an unowned organisation of the founding document and an admin approves it', async ({ page }) => {
    await signIn(page, 'entrepreneur5@mouvement.demo');
    await page.goto('/organisations/zioum');
    await expect(page.getByText('Agence publicitaire qui propose un service Web sans apport personnel.')).toBeVisible();
    await page
      .getByLabel('Votre rôle dans l’organisation et comment le vérifier')
      .fill('Je suis co-fondatrice de Zioum, le Kbis est à mon nom.');
    await page.getByRole('button', { name: 'Revendiquer cette organisation' }).click();
    await expect(page.getByText('Revendication envoyée')).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'organisation-claim');
    await signOut(page);

    await signIn(page, 'admin@mouvement.demo');
    await page.getByRole('link', { name: 'Revendications' }).click();
    await expect(page.getByText('« Je suis co-fondatrice de Zioum, le Kbis est à mon nom. »')).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'admin-claims');
    await page.getByRole('button', { name: 'Approuver' }).first().click();
    await expect(page.getByText('Revendication approuvée.')).toBeVisible();
    await page.goto('/organisations/zioum');
    await expect(page.getByRole('region', { name: /Membres/ }).getByText(/— propriétaire$/)).toBeVisible();
  });

  test('the member directory shows only what people made public, filtered by region and kind', async ({ page }) => {
    await page.goto('/membres');
    await expect(page.getByText('L’annuaire des membres est réservé aux membres connectés.')).toBeVisible();
    await signIn(page, 'sympathisant2@mouvement.demo');
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Membres' }).click();
    await page.getByRole('combobox', { name: 'Type' }).click();
    await page.getByRole('option', { name: 'Partenaire' }).click();
    await page.getByRole('combobox', { name: 'Région' }).click();
    await page.getByRole('option', { name: 'Bretagne' }).click();
    await expect(page.getByRole('status').filter({ hasText: '2 résultats' })).toBeVisible();
    // Of the two Breton partners of the demo, one keeps a private profile: only name, kind and region show.
    await expect(page.getByText('Profil discret')).toHaveCount(1);
    await expectAccessible(page);
    await screenshot(page, 'member-directory');
  });

  test('a platform admin appoints another admin from the member directory', async ({ page }) => {
    await signIn(page, 'admin@mouvement.demo');
    await page.goto('/membres?type=PARTNER&region=53');
    await expect(page.getByRole('status').filter({ hasText: '2 résultats' })).toBeVisible();
    await page.getByRole('button', { name: 'Nommer administrateur·rice : Camille Diallo' }).click();
    await expect(page.getByText('Rôle de Camille Diallo mis à jour.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Retirer le rôle d’administrateur : Camille Diallo' })).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'member-directory-admin');
    await page.getByRole('button', { name: 'Retirer le rôle d’administrateur : Camille Diallo' }).click();
    await expect(page.getByRole('button', { name: 'Nommer administrateur·rice : Camille Diallo' })).toBeVisible();
  });
});
