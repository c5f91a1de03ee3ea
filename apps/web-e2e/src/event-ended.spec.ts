import { expect, test } from '@playwright/test';
import { expectAccessible, screenshot } from './support';

test('a past event’s page shows its answers as closed, without the buttons to answer', async ({ page }) => {
  await page.goto('/connexion');
  await page.getByLabel(/^Adresse e-mail/).fill('jeune2@mouvement.demo');
  await page.getByLabel(/^Mot de passe/).fill('faire-mouvement');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('button', { name: 'Se déconnecter' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Mon agenda' }).click();
  await page.getByText('Événements passés').click();
  await page.getByRole('link', { name: 'Rencontre des porteurs de projets' }).click();
  const event = page.getByRole('article', { name: 'Rencontre des porteurs de projets' });
  await expect(event.getByRole('heading', { level: 1, name: 'Rencontre des porteurs de projets' })).toBeVisible();
  await expect(event.getByText('Événement terminé : les réponses sont closes.')).toBeVisible();
  await expect(event.getByText('Vous aviez dit venir.')).toBeVisible();
  await expect(event.getByRole('button', { name: 'Je viens' })).toHaveCount(0);
  await expect(event.getByRole('link', { name: 'Ajouter à mon agenda (.ics)' })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'event-ended');
});
