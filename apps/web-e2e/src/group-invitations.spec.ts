import { expect, test, type Page } from '@playwright/test';
import { readMail } from './mailbox';
import { expectAccessible, screenshot } from './support';

async function signIn(page: Page, email: string) {
  await page.goto('/connexion');
  await signInHere(page, email);
}
async function signInHere(page: Page, email: string) {
  await page.getByLabel(/^Adresse e-mail/).fill(email);
  await page.getByLabel(/^Mot de passe/).fill('faire-mouvement');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('button', { name: 'Se déconnecter' })).toBeVisible();
}
const signOut = (page: Page) => page.getByRole('button', { name: 'Se déconnecter' }).click();
const fits = async (page: Page) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

test.describe.serial('Invitations to a group', () => {
  let linkUrl = '';

  test('a coordinator creates a shareable link in the group settings, copies it once, and sees it listed', async ({ page }) => {
    await signIn(page, 'jeune1@mouvement.demo');
    await page.goto('/groupes/cercle-jeunes-entrepreneurs/parametres');
    const panel = page.getByRole('region', { name: 'Liens d’invitation' });
    await expect(panel.getByText('Aucun lien actif.')).toBeVisible();
    await panel.getByRole('button', { name: 'Créer un lien d’invitation' }).click();
    const dialog = page.getByRole('dialog', { name: 'Lien d’invitation créé' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByText('il ne sera plus affiché')).toBeVisible();
    linkUrl = await dialog.getByRole('textbox', { name: 'Adresse du lien' }).inputValue();
    expect(linkUrl).toMatch(/\/invitations\/[A-Za-z0-9_-]{43}$/);
    await expect(dialog.getByRole('button', { name: 'Copier le lien' })).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'group-invite-link-created');
    await dialog.getByRole('button', { name: 'Fermer', exact: true }).click();
    await expect(dialog).toHaveCount(0);
    await expect(panel.getByText(/^Créé le /)).toHaveCount(1);
    await expect(panel.getByText(/0 utilisation/)).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'group-invite-links');
  });

  test('someone outside the members-only circle joins through the link', async ({ page }) => {
    await signIn(page, 'sympathisant8@mouvement.demo');
    await page.goto(new URL(linkUrl).pathname);
    await expect(
      page.getByText('Invitation acceptée : vous êtes membre de « Cercle des jeunes entrepreneurs »', { exact: false }),
    ).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'group-invite-link-joined');
    await page.getByRole('link', { name: 'Voir le groupe' }).click();
    await expect(page.getByText('Vous êtes membre de ce groupe.')).toBeVisible();
  });

  test('the coordinator sees the use and revokes the link after confirming', async ({ page }) => {
    await signIn(page, 'jeune1@mouvement.demo');
    await page.goto('/groupes/cercle-jeunes-entrepreneurs/parametres');
    const panel = page.getByRole('region', { name: 'Liens d’invitation' });
    await expect(panel.getByText(/1 utilisation · dernière le/)).toBeVisible();
    await panel.getByRole('button', { name: /^Révoquer le lien créé le / }).click();
    const dialog = page.getByRole('dialog', { name: 'Révoquer ce lien ?' });
    await expect(dialog.getByText('restent membres du groupe')).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'group-invite-link-revoke');
    await dialog.getByRole('button', { name: 'Révoquer le lien' }).click();
    await expect(panel.getByText('Lien révoqué : il ne fonctionne plus.')).toBeVisible();
    await expect(panel.getByText('Aucun lien actif.')).toBeVisible();
    await signOut(page);

    await signIn(page, 'sympathisant10@mouvement.demo');
    await page.goto(new URL(linkUrl).pathname);
    await expect(page.getByRole('alert').getByText(/n'est plus valide/)).toBeVisible();
  });

  test('an emailed invitation opened by another account says where it was sent, and switching account accepts it', async ({ page }) => {
    await signIn(page, 'jeune1@mouvement.demo');
    await page.goto('/groupes/cercle-jeunes-entrepreneurs');
    await page.getByLabel('Adresses e-mail (une par ligne)').fill('sympathisant9@mouvement.demo');
    await page.getByRole('button', { name: 'Envoyer les invitations' }).click();
    await expect(page.getByText('1 invitation envoyée.')).toBeVisible();
    await signOut(page);
    const mail = await readMail('sympathisant9@mouvement.demo', /^Invitation à rejoindre/);
    expect(mail.text).toContain('sympathisant9@mouvement.demo');
    const path = /\/invitations\/[A-Za-z0-9_-]+/.exec(mail.text)?.[0] as string;

    await signIn(page, 'sympathisant8@mouvement.demo');
    await page.goto(path);
    await expect(page.getByRole('alert')).toContainText('Cette invitation a été envoyée à s***@mouvement.demo');
    await expectAccessible(page);
    await screenshot(page, 'group-invitation-other-address');
    await page.getByRole('button', { name: 'Changer de compte' }).click();
    await expect(page).toHaveURL(/\/connexion\?suite=/);
    await signInHere(page, 'sympathisant9@mouvement.demo');
    await expect(
      page.getByText('Invitation acceptée : vous êtes membre de « Cercle des jeunes entrepreneurs »', { exact: false }),
    ).toBeVisible();
  });

  test('on a phone, the links and their dialogs fit the screen', async ({ page }) => {
    await signIn(page, 'jeune1@mouvement.demo');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/groupes/cercle-jeunes-entrepreneurs/parametres');
    const panel = page.getByRole('region', { name: 'Liens d’invitation' });
    await panel.getByRole('button', { name: 'Créer un lien d’invitation' }).click();
    const dialog = page.getByRole('dialog', { name: 'Lien d’invitation créé' });
    await expect(dialog.getByRole('textbox', { name: 'Adresse du lien' })).toHaveValue(/\/invitations\//);
    await fits(page);
    await expectAccessible(page);
    await screenshot(page, 'mobile-group-invite-link-created');
    await dialog.getByRole('button', { name: 'Fermer', exact: true }).click();
    await panel.getByRole('button', { name: /^Révoquer le lien créé le / }).click();
    await expect(page.getByRole('dialog', { name: 'Révoquer ce lien ?' })).toBeVisible();
    await fits(page);
    await expectAccessible(page);
    await screenshot(page, 'mobile-group-invite-link-revoke');
    await page.getByRole('dialog', { name: 'Révoquer ce lien ?' }).getByRole('button', { name: 'Annuler' }).click();
    await fits(page);
    await screenshot(page, 'mobile-group-invite-links');
  });
});
