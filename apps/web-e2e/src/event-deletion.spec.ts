import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, screenshot } from './support';

async function signIn(page: Page, email: string) {
  await page.goto('/connexion');
  await page.getByLabel(/^Adresse e-mail/).fill(email);
  await page.getByLabel(/^Mot de passe/).fill('faire-mouvement');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('button', { name: 'Se déconnecter' })).toBeVisible();
}

/** A coordinator creates an event through the group page and opens its own page. */
async function createEvent(page: Page, title: string) {
  await page.goto('/groupes/collectif-nouvelle-aquitaine');
  await page.getByRole('button', { name: 'Créer un événement' }).click();
  await page.getByLabel(/^Titre/).fill(title);
  const day = new Date(Date.now() + 21 * 86400_000).toISOString().slice(0, 10);
  await page.getByLabel(/^Début/).fill(`${day}T18:00`);
  await page.getByLabel(/^Fin/).fill(`${day}T20:00`);
  await page.getByLabel('Lien en ligne (facultatif)').fill('https://Visio.Exemple.org/soiree');
  await page.getByRole('button', { name: 'Créer l’événement' }).click();
  await expect(page.getByText('Événement créé.')).toBeVisible();
  await page.getByRole('article', { name: title }).getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  // The link is stored as the URL parser writes it.
  await expect(page.getByRole('link', { name: 'Rejoindre en ligne' })).toHaveAttribute('href', 'https://visio.exemple.org/soiree');
}

async function deleteWithConfirmation(page: Page, title: string, shots: string) {
  await page.getByRole('button', { name: 'Supprimer l’événement' }).click();
  const dialog = page.getByRole('dialog', { name: 'Supprimer cet événement ?' });
  await expect(dialog.getByText(`« ${title} » disparaîtra de l’agenda du groupe`)).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, `${shots}-dialog`);
  // Cancelling keeps it.
  await dialog.getByRole('button', { name: 'Annuler' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await page.getByRole('button', { name: 'Supprimer l’événement' }).click();
  await page.getByRole('dialog', { name: 'Supprimer cet événement ?' }).getByRole('button', { name: 'Oui, supprimer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Événement supprimé' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Il n’apparaît plus dans l’agenda du groupe.' })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, `${shots}-done`);
  await page.getByRole('link', { name: 'Retour au groupe Collectif Nouvelle-Aquitaine' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Collectif Nouvelle-Aquitaine' })).toBeVisible();
  await expect(page.getByRole('article', { name: /^Assemblée régionale/ })).toBeVisible();
  await expect(page.getByRole('article', { name: title })).toHaveCount(0);
}

test.describe.serial('Deleting an event', () => {
  test('a member sees no way to delete an event they did not create', async ({ page }) => {
    await signIn(page, 'jeune2@mouvement.demo');
    await page.goto('/groupes/collectif-nouvelle-aquitaine');
    await page.getByRole('link', { name: /^Assemblée régionale/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Assemblée régionale/ })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Supprimer l’événement' })).toHaveCount(0);
  });

  test('a coordinator deletes an event after confirming, and it leaves the group’s calendar', async ({ page }) => {
    await signIn(page, 'entrepreneur1@mouvement.demo');
    await createEvent(page, 'Soirée annulée (démo)');
    await expectAccessible(page);
    await screenshot(page, 'event-page-coordinator');
    await deleteWithConfirmation(page, 'Soirée annulée (démo)', 'event-delete');
    const calendar = await page.request.get('/groupes/collectif-nouvelle-aquitaine/agenda.ics');
    expect(calendar.status()).toBe(200);
    expect(await calendar.text()).not.toContain('Soirée annulée');
  });

  test('on a phone, the confirmation fits the screen', async ({ page }) => {
    await signIn(page, 'entrepreneur1@mouvement.demo');
    await page.setViewportSize({ width: 390, height: 844 });
    const fits = async () =>
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await createEvent(page, 'Atelier reporté (démo)');
    await fits();
    await page.getByRole('button', { name: 'Supprimer l’événement' }).click();
    await expect(page.getByRole('dialog', { name: 'Supprimer cet événement ?' })).toBeVisible();
    await fits();
    await page.getByRole('dialog').getByRole('button', { name: 'Annuler' }).click();
    await deleteWithConfirmation(page, 'Atelier reporté (démo)', 'mobile-event-delete');
    await fits();
  });
});
