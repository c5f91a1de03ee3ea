import { expect, test } from '@playwright/test';
import { expectAccessible, screenshot } from './support';

test.describe('The public site', () => {
  test('the home page speaks French, shows the regions with a data table, and passes axe', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Faire mouvement' })).toBeVisible();
    await expect(page.locator('.figures div', { hasText: 'régions' })).toContainText('18');
    await expect(page.locator('.figures div', { hasText: 'membres' })).not.toContainText('…');
    await expect(page.getByRole('table', { name: 'Les régions du mouvement' })).toBeVisible();
    await expect(page.getByRole('rowheader', { name: 'Nouvelle-Aquitaine' })).toBeVisible();
    await expect(page).toHaveTitle('Faire mouvement – Mouvement');
    await expectAccessible(page);
    await screenshot(page, 'home-fr');
  });

  test('English is one click away and stays chosen', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Move together' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Move together' })).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'home-en');
    await page.getByRole('button', { name: 'Passer en français' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Faire mouvement' })).toBeVisible();
  });

  test('the legal notice, privacy notice and accessibility statement are reachable with the keyboard', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Aller au contenu' })).toBeFocused();
    for (const [link, heading, file] of [
      ['Mentions légales', 'Mentions légales', 'legal-notice'],
      ['Confidentialité', 'Politique de confidentialité', 'privacy'],
      ['Accessibilité : partiellement conforme', "Déclaration d'accessibilité", 'accessibility'],
    ] as const) {
      await page.getByRole('contentinfo').getByRole('link', { name: link }).focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expectAccessible(page);
      await screenshot(page, file);
    }
  });

  test('an unknown address shows a page that leads home', async ({ page }) => {
    await page.goto('/nulle-part');
    await expect(page.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('link', { name: "Retour à l'accueil" }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Faire mouvement' })).toBeVisible();
  });

  test('on a phone, the menu opens with the keyboard and the pages fit the screen', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Faire mouvement' })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Navigation principale' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').getByRole('link', { name: 'Organisations' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Organisations' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Autocool' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await expectAccessible(page);
    await screenshot(page, 'mobile-organisations');
  });
});
