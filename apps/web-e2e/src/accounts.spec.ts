import { expect, test, type Page } from '@playwright/test';
import { linkIn, readMail } from './mailbox';
import { expectAccessible, screenshot } from './support';

const email = `camille.${Date.now()}@exemple.fr`;
const password = 'une phrase de passe solide';
const newPassword = 'une autre phrase tout aussi solide';

async function signIn(page: Page, address: string, secret: string) {
  await page.goto('/connexion');
  await page.getByLabel(/^Adresse e-mail/).fill(address);
  await page.getByLabel(/^Mot de passe/).fill(secret);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

test.describe.serial('An account, from sign-up to a new password', () => {
  test('a social entrepreneur signs up, with errors shown next to their fields first', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: "S'inscrire" }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Rejoindre le mouvement' })).toBeVisible();
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await expect(page.getByText('Ce champ est obligatoire.').first()).toBeVisible();
    await page.getByLabel(/^Adresse e-mail/).fill('pas-une-adresse');
    await page.getByLabel(/^Mot de passe/).fill('court');
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await expect(page.getByText('Adresse e-mail invalide.')).toBeVisible();
    await expect(page.getByText('Au moins 10 caractères.', { exact: true })).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'sign-up-errors');

    await page.getByLabel(/^Adresse e-mail/).fill(email);
    await page.getByLabel(/^Mot de passe/).fill(password);
    await page.getByLabel(/^Nom affiché/).fill('Camille Martin');
    await page.getByRole('radio', { name: 'Entrepreneur·e social·e' }).check();
    await page.getByRole('combobox', { name: 'Région' }).click();
    await page.getByRole('option', { name: 'Nouvelle-Aquitaine' }).click();
    await page.getByRole('combobox', { name: 'Département (facultatif)' }).click();
    await page.getByRole('option', { name: 'Gironde (33)' }).click();
    await page.getByRole('checkbox', { name: /J'accepte les conditions/ }).check();
    await page.getByRole('checkbox', { name: "J'ai au moins 15 ans" }).check();
    await screenshot(page, 'sign-up-filled');
    await page.getByRole('button', { name: 'Créer mon compte' }).click();

    // No session yet: the link in the mail signs in.
    await expect(page.getByRole('heading', { level: 1, name: 'Vérifiez votre boîte de réception' })).toBeVisible();
    await expect(page.getByRole('status')).toContainText(email);
    await expect(page.getByRole('link', { name: "S'inscrire" })).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'sign-up-check-inbox');
  });

  test('the confirmation link confirms the address and signs in, once', async ({ page }) => {
    const mail = await readMail(email, /Confirmez votre adresse/);
    const link = linkIn(mail.text, '/verifier-email');
    await page.goto(link);
    await expect(page.getByRole('heading', { level: 1, name: 'Mon profil' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Bienvenue dans le mouvement !' })).toContainText(
      'Merci, votre adresse e-mail est confirmée.',
    );
    await expect(page.getByRole('link', { name: 'Camille Martin' })).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'email-confirmed');
    // The session survives a reload through the refresh cookie.
    await page.reload();
    await expect(page.getByRole('link', { name: 'Camille Martin' })).toBeVisible();
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await expect(page.getByRole('banner').getByRole('link', { name: 'Se connecter' })).toBeVisible();

    await page.goto(link);
    await expect(page.getByRole('alert')).toHaveText("Ce lien n'est plus valide : il a expiré ou a déjà servi.");
    await expect(page.getByRole('main').getByRole('link', { name: 'Se connecter' })).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'email-link-used');
  });

  test('signing up again with the same address answers the same, and the owner is told by mail (phone width)', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/inscription');
    await page.getByLabel(/^Adresse e-mail/).fill(email);
    await page.getByLabel(/^Mot de passe/).fill('un tout autre mot de passe');
    await page.getByLabel(/^Nom affiché/).fill('Quelqu’un d’autre');
    await page.getByRole('radio', { name: 'Sympathisant·e' }).check();
    await page.getByRole('combobox', { name: 'Région' }).click();
    await page.getByRole('option', { name: 'Bretagne' }).click();
    await page.getByRole('checkbox', { name: /J'accepte les conditions/ }).check();
    await page.getByRole('checkbox', { name: "J'ai au moins 15 ans" }).check();
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Vérifiez votre boîte de réception' })).toBeVisible();
    await expect(page.getByRole('status')).toContainText(email);
    await expectAccessible(page);
    await screenshot(page, 'sign-up-check-inbox-phone');
    const notice = await readMail(email, /Quelqu’un a essayé de créer un compte/);
    expect(notice.text).toContain('/connexion');
    expect(notice.text).toContain('/mot-de-passe-oublie');
  });

  test('a wrong password gets one clear message, the right one signs in, and sign-out works', async ({ page }) => {
    await signIn(page, email, 'pas le bon mot de passe');
    await expect(page.getByRole('alert')).toContainText('Adresse e-mail ou mot de passe incorrect.');
    await expectAccessible(page);
    await screenshot(page, 'sign-in-error');
    await page.getByLabel(/^Mot de passe/).fill(password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expect(page.getByRole('link', { name: 'Camille Martin' })).toBeVisible();
    // The session survives a reload through the refresh cookie.
    await page.reload();
    await expect(page.getByRole('link', { name: 'Camille Martin' })).toBeVisible();
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await expect(page.getByRole('link', { name: 'Se connecter' })).toBeVisible();
  });

  test('a forgotten password is reset from the emailed link', async ({ page }) => {
    await page.goto('/connexion');
    await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
    await page.getByLabel(/^Adresse e-mail/).fill(email);
    await page.getByRole('button', { name: 'Envoyer le lien' }).click();
    await expect(page.getByRole('status')).toContainText('Si un compte existe');
    await expectAccessible(page);
    await screenshot(page, 'forgot-password');

    const mail = await readMail(email, /Réinitialisez/);
    await page.goto(linkIn(mail.text, '/nouveau-mot-de-passe'));
    await page.getByLabel(/^Nouveau mot de passe/).fill(newPassword);
    await page.getByLabel(/^Confirmez le mot de passe/).fill(newPassword);
    await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
    await expect(page.getByText('Votre mot de passe est changé.')).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'reset-password-done');

    await signIn(page, email, newPassword);
    await expect(page.getByRole('link', { name: 'Camille Martin' })).toBeVisible();
  });

  test('the profile is edited and its visibility chosen, with the keyboard, then the interface switches to English', async ({ page }) => {
    await signIn(page, email, newPassword);
    await page.getByRole('link', { name: 'Camille Martin' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mon profil' })).toBeVisible();
    await page.getByRole('textbox', { name: 'Présentation' }).fill('Coopératrice en Gironde, mobilité partagée.');
    await page.getByRole('checkbox', { name: 'Mobilité' }).focus();
    await page.keyboard.press('Space');
    await page.getByRole('group', { name: 'Ce que les autres membres voient' }).getByRole('checkbox', { name: 'Présentation' }).check();
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByText('Profil enregistré.')).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'profile-saved');
    await page.reload();
    await expect(page.getByRole('textbox', { name: 'Présentation' })).toHaveValue('Coopératrice en Gironde, mobilité partagée.');
    await expect(page.getByRole('checkbox', { name: 'Mobilité' })).toBeChecked();

    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'My profile' })).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'profile-en');
  });
});
