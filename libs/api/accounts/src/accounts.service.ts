import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, DomainException, type AppConfig, type RequestContext } from '@mouvement/api-core';
import { clientSource, hashPassword, requireViewer, verifyPassword } from '@mouvement/api-auth';
import { MailService } from '@mouvement/api-mail';
import { TerritoriesService } from '@mouvement/api-territories';
import {
  EMAIL_VERIFICATION_HOURS,
  PASSWORD_RESET_MINUTES,
  PlatformRole,
  PRIVACY_VERSION,
  TERMS_VERSION,
  type Locale,
} from '@mouvement/shared-domain';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { AccountErrors } from './account.exception';
import { consumeLink, issueLink, voidLinks, type LinkRecipient } from './account-links';
import { passwordChangedMail, passwordResetMail, pendingSignUpMail, signUpAttemptMail, verifyEmailMail } from './account.mails';
import { AccountEntity } from './account.entity';
import { normaliseEmail, toAccount } from './account.mapper';
import type { ChangePasswordInput, ResetPasswordInput, SignInInput, SignUpInput, UpdateProfileInput } from './account.input';
import type { Account, AuthPayload, SignUpPayload } from './account.model';
import { AccountTokenPurpose } from './account-token.entity';
import { SessionsService } from './sessions.service';
import { SignInThrottle } from './sign-in-throttle';

const UNIQUE_VIOLATION = '23505';
/** The "someone tried to sign up with your address" mail goes at most this often to one account. */
const SIGN_UP_NOTICE_MINUTES = 10;

@Injectable()
export class AccountsService {
  private readonly logger = new Logger('Accounts');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionsService,
    private readonly throttle: SignInThrottle,
    private readonly mail: MailService,
    private readonly territories: TerritoriesService,
  ) {}

  private get accounts() {
    return this.dataSource.getRepository(AccountEntity);
  }

  /**
   * Answers the same whether or not the address has an account, and starts no session: a new
   * address gets the confirmation link (which signs in), an address with an account gets a mail
   * saying someone tried. Both hash the password and send their mail in the background, so the
   * time of the answer does not tell them apart either.
   */
  async signUp(ctx: RequestContext, input: SignUpInput): Promise<SignUpPayload> {
    await this.territories.assertTerritory(input.regionCode, input.departmentCode);
    const email = normaliseEmail(input.email);
    const passwordHash = await hashPassword(input.password);
    // The answer leaves once the password is hashed, whatever the address: creating the account or
    // telling its owner happens after, so that neither the answer nor its time says which it was.
    void this.completeSignUp(ctx, input, email, passwordHash).catch((error: unknown) =>
      this.logger.error(`Sign-up could not be completed: ${error instanceof Error ? error.message : String(error)}`),
    );
    return { emailSent: true };
  }

  private async completeSignUp(ctx: RequestContext, input: SignUpInput, email: string, passwordHash: string): Promise<void> {
    const taken = await this.dataSource.query(`SELECT 1 FROM account WHERE lower(email) = $1`, [email]);
    const created = (taken as unknown[]).length ? null : await this.createAccount(ctx, input, email, passwordHash);
    if (created) this.sendLink(AccountTokenPurpose.VERIFY_EMAIL, created);
    else await this.noticeSignUpAttempt(email);
  }

  /** The new account and its confirmation link, or null when the address was taken meanwhile. */
  private async createAccount(ctx: RequestContext, input: SignUpInput, email: string, passwordHash: string) {
    const now = new Date();
    const locale: Locale = input.locale ?? ctx.locale;
    try {
      return await this.dataSource.transaction(async (m) => {
        const account = await m.getRepository(AccountEntity).save(
          m.getRepository(AccountEntity).create({
            email,
            passwordHash,
            displayName: input.displayName,
            kind: input.kind,
            role: PlatformRole.MEMBER,
            regionCode: input.regionCode,
            departmentCode: input.departmentCode ?? null,
            locale,
            termsVersion: TERMS_VERSION,
            privacyVersion: PRIVACY_VERSION,
            termsAcceptedAt: now,
            ageConfirmedAt: now,
          }),
        );
        return issueLink(m, AccountTokenPurpose.VERIFY_EMAIL, { accountId: account.id }, EMAIL_VERIFICATION_HOURS * 60);
      });
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) return null;
      throw error;
    }
  }

  /** At most one notice per SIGN_UP_NOTICE_MINUTES, so repeated sign-ups cannot flood the inbox. */
  private async noticeSignUpAttempt(email: string): Promise<void> {
    const rows = (await this.dataSource.query(
      `UPDATE account SET sign_up_notice_at = now()
       WHERE lower(email) = $1 AND deleted_at IS NULL
         AND (sign_up_notice_at IS NULL OR sign_up_notice_at < now() - make_interval(mins => $2))
       RETURNING email, display_name AS "displayName", locale, email_verified_at IS NOT NULL AS confirmed`,
      [email, SIGN_UP_NOTICE_MINUTES],
    )) as [(Omit<LinkRecipient, 'token'> & { confirmed: boolean })[], number];
    const to = rows[0]?.[0];
    if (!to) return;
    const base = this.config.publicUrl;
    if (!to.confirmed) {
      // An account never confirmed may have been created by someone else with this address: the
      // owner of the inbox gets a link that confirms it and lets them choose its password (it ends
      // every session, and the other links), so nobody keeps a password they set for them.
      const link = await issueLink(this.dataSource.manager, AccountTokenPurpose.RESET_PASSWORD, { email }, PASSWORD_RESET_MINUTES);
      if (link) {
        void this.mail.send({
          to: link.email,
          ...pendingSignUpMail(link.locale, link.displayName, `${base}/nouveau-mot-de-passe?token=${link.token}`),
        });
      }
      return;
    }
    void this.mail.send({
      to: to.email,
      ...signUpAttemptMail(to.locale, to.displayName, `${base}/connexion`, `${base}/mot-de-passe-oublie`),
    });
  }

  /**
   * Signs in with a confirmed address. Failures are counted per (address, source) and across
   * sources (SignInThrottle); an unknown address costs the same statements and the same argon2
   * verification (on a dummy hash) as a known one, and gets the same answer. The right password
   * for an unconfirmed address also gets that answer (telling it apart would reveal, after a
   * sign-up, whether the address was new), and a fresh confirmation link.
   */
  async signIn(ctx: RequestContext, input: SignInInput): Promise<AuthPayload> {
    const email = normaliseEmail(input.email);
    const source = clientSource(ctx.req.ip);
    const emailDigest = this.throttle.emailDigest(email);
    if (!(await this.throttle.admit(emailDigest, source))) throw AccountErrors.tooManyFailures();
    const account = await this.findByEmail(email);
    const ok = await verifyPassword(account?.passwordHash ?? null, input.password);
    if (!account || !ok) throw AccountErrors.wrongCredentials();
    if (!account.emailVerifiedAt) {
      void issueLink(this.dataSource.manager, AccountTokenPurpose.VERIFY_EMAIL, { accountId: account.id }, EMAIL_VERIFICATION_HOURS * 60)
        .then((to) => to && this.sendLink(AccountTokenPurpose.VERIFY_EMAIL, to))
        .catch(() => undefined);
      throw AccountErrors.wrongCredentials();
    }
    await this.throttle.succeeded(emailDigest, source);
    await this.accounts.update(account.id, { lastSignInAt: new Date() });
    return this.sessions.start(ctx, account);
  }

  refreshSession(ctx: RequestContext): Promise<AuthPayload> {
    return this.sessions.refresh(ctx);
  }

  signOut(ctx: RequestContext): Promise<boolean> {
    return this.sessions.signOut(ctx);
  }

  async me(ctx: RequestContext): Promise<Account> {
    return toAccount(await this.viewerAccount(ctx));
  }

  /** Confirms the address with the emailed link and signs the person in (a new session and its cookie). */
  async verifyEmail(ctx: RequestContext, token: string): Promise<AuthPayload> {
    const account = await this.dataSource.transaction(async (m) => {
      const used = await consumeLink(m, AccountTokenPurpose.VERIFY_EMAIL, token);
      // Once the address is confirmed, the other confirmation links (which sign in) are void.
      await m.query(`UPDATE account_token SET used_at = now() WHERE account_id = $1 AND purpose = $2 AND used_at IS NULL`, [
        used.accountId,
        AccountTokenPurpose.VERIFY_EMAIL,
      ]);
      await m.query(
        `UPDATE account SET email_verified_at = coalesce(email_verified_at, now()), last_sign_in_at = now(), updated_at = now()
         WHERE id = $1`,
        [used.accountId],
      );
      const found = await m.getRepository(AccountEntity).findOneBy({ id: used.accountId, deletedAt: IsNull() });
      if (!found) throw AccountErrors.linkInvalid();
      return found;
    });
    return this.sessions.start(ctx, account);
  }

  async resendVerification(ctx: RequestContext): Promise<boolean> {
    const account = await this.viewerAccount(ctx);
    if (account.emailVerifiedAt) return true;
    const to = await issueLink(
      this.dataSource.manager,
      AccountTokenPurpose.VERIFY_EMAIL,
      { accountId: account.id },
      EMAIL_VERIFICATION_HOURS * 60,
    );
    if (to) this.sendLink(AccountTokenPurpose.VERIFY_EMAIL, to);
    return true;
  }

  /** Same answer, same single statement and same time whether or not the address has an account. */
  async requestPasswordReset(email: string): Promise<boolean> {
    const to = await issueLink(
      this.dataSource.manager,
      AccountTokenPurpose.RESET_PASSWORD,
      { email: normaliseEmail(email) },
      PASSWORD_RESET_MINUTES,
    );
    if (to) this.sendLink(AccountTokenPurpose.RESET_PASSWORD, to);
    return true;
  }

  /**
   * Sets the new password with a reset link: confirms the address (the link proved it), voids
   * every other link of the account, forgets the failures counted against the old password, and
   * ends every session.
   */
  async resetPassword(input: ResetPasswordInput): Promise<boolean> {
    const passwordHash = await hashPassword(input.password);
    await this.dataSource.transaction(async (m) => {
      const used = await consumeLink(m, AccountTokenPurpose.RESET_PASSWORD, input.token);
      const rows = (await m.query(
        `UPDATE account SET password_hash = $2, email_verified_at = coalesce(email_verified_at, now()), updated_at = now()
         WHERE id = $1 AND deleted_at IS NULL RETURNING email`,
        [used.accountId, passwordHash],
      )) as [{ email: string }[], number];
      const account = rows[0]?.[0];
      if (!account) throw AccountErrors.linkInvalid();
      await this.afterPasswordChange(m, used.accountId, account.email);
    });
    return true;
  }

  /** Changes the password: every other session ends (this one stays), and every outstanding link is void. */
  async changePassword(ctx: RequestContext, input: ChangePasswordInput): Promise<boolean> {
    const viewer = requireViewer(ctx);
    const account = await this.viewerAccount(ctx);
    if (!(await verifyPassword(account.passwordHash, input.currentPassword))) throw AccountErrors.wrongCurrentPassword();
    const passwordHash = await hashPassword(input.newPassword);
    await this.dataSource.transaction(async (m) => {
      await m.getRepository(AccountEntity).update(account.id, { passwordHash });
      await this.afterPasswordChange(m, account.id, account.email, viewer.sessionId);
    });
    return true;
  }

  private async afterPasswordChange(m: EntityManager, accountId: string, email: string, keepSession?: string): Promise<void> {
    await voidLinks(m, accountId);
    await this.throttle.forget(m, email);
    await this.sessions.revokeAll(m, accountId, keepSession);
    // Its owner hears of it, so that a change they did not make does not go unnoticed.
    const [to] = (await m.query(`SELECT email, display_name AS "displayName", locale FROM account WHERE id = $1`, [accountId])) as Omit<
      LinkRecipient,
      'token'
    >[];
    if (to) {
      const base = this.config.publicUrl;
      void this.mail.send({ to: to.email, ...passwordChangedMail(to.locale, to.displayName, `${base}/mot-de-passe-oublie`) });
    }
  }

  async updateProfile(ctx: RequestContext, input: UpdateProfileInput): Promise<Account> {
    const account = await this.viewerAccount(ctx);
    const regionCode = input.regionCode ?? account.regionCode;
    // Moving to another region without naming a department clears the old one.
    const departmentCode =
      input.departmentCode !== undefined
        ? input.departmentCode
        : input.regionCode && input.regionCode !== account.regionCode
          ? null
          : account.departmentCode;
    await this.territories.assertTerritory(regionCode, departmentCode);
    const patch: Partial<AccountEntity> = { regionCode, departmentCode };
    if (input.displayName !== undefined) patch.displayName = input.displayName;
    if (input.kind !== undefined) patch.kind = input.kind;
    if (input.bio !== undefined) patch.bio = input.bio === '' ? null : input.bio;
    if (input.skills !== undefined) patch.skills = input.skills;
    if (input.themes !== undefined) patch.themes = input.themes;
    if (input.publicFields !== undefined) patch.publicFields = input.publicFields;
    if (input.locale !== undefined) patch.locale = input.locale;
    await this.accounts.update(account.id, patch);
    return toAccount({ ...account, ...patch } as AccountEntity);
  }

  private async viewerAccount(ctx: RequestContext): Promise<AccountEntity> {
    const viewer = requireViewer(ctx);
    const account = await this.accounts.findOneBy({ id: viewer.id, deletedAt: IsNull() });
    if (!account) throw DomainException.unauthenticated();
    return account;
  }

  /** Through the index on lower(email). */
  private findByEmail(email: string): Promise<AccountEntity | null> {
    return this.accounts.createQueryBuilder('a').where('lower(a.email) = :email AND a.deleted_at IS NULL', { email }).getOne();
  }

  /** Mails a link in the background: the answer does not wait for (nor reveal) the mail. */
  private sendLink(purpose: AccountTokenPurpose, to: LinkRecipient): void {
    const base = this.config.publicUrl;
    const mail =
      purpose === AccountTokenPurpose.VERIFY_EMAIL
        ? verifyEmailMail(to.locale, to.displayName, `${base}/verifier-email?token=${to.token}`)
        : passwordResetMail(to.locale, to.displayName, `${base}/nouveau-mot-de-passe?token=${to.token}`);
    void this.mail.send({ to: to.email, ...mail });
  }
}
