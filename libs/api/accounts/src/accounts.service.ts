import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, DomainException, type AppConfig, type RequestContext } from '@mouvement/api-core';
import { AccessTokenService, digest, hashPassword, randomToken, requireViewer, verifyPassword } from '@mouvement/api-auth';
import { MailService } from '@mouvement/api-mail';
import { TerritoriesService } from '@mouvement/api-territories';
import {
  EMAIL_VERIFICATION_HOURS,
  PASSWORD_RESET_MINUTES,
  PlatformRole,
  PRIVACY_VERSION,
  REFRESH_TOKEN_DAYS,
  SIGN_IN_FAILURE_WINDOW_MINUTES,
  SIGN_IN_MAX_FAILURES,
  TERMS_VERSION,
  type Locale,
} from '@mouvement/shared-domain';
import { randomUUID } from 'node:crypto';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { AccountErrors } from './account.exception';
import { verifyEmailMail, passwordResetMail } from './account.mails';
import { AccountEntity } from './account.entity';
import type { ChangePasswordInput, ResetPasswordInput, SignInInput, SignUpInput, UpdateProfileInput } from './account.input';
import { Account, AuthPayload } from './account.model';
import { AccountTokenEntity, AccountTokenPurpose } from './account-token.entity';
import { RefreshTokenEntity } from './refresh-token.entity';
import { clearRefreshCookie, readRefreshCookie, setRefreshCookie } from './session-cookie';

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function toAccount(e: AccountEntity): Account {
  return {
    id: e.id,
    email: e.email,
    emailVerified: e.emailVerifiedAt !== null,
    displayName: e.displayName,
    kind: e.kind,
    role: e.role,
    regionCode: e.regionCode,
    departmentCode: e.departmentCode,
    bio: e.bio,
    skills: e.skills,
    themes: e.themes,
    publicFields: e.publicFields,
    locale: e.locale,
    createdAt: e.createdAt,
  };
}

const UNIQUE_VIOLATION = '23505';

@Injectable()
export class AccountsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tokens: AccessTokenService,
    private readonly mail: MailService,
    private readonly territories: TerritoriesService,
  ) {}

  private get accounts() {
    return this.dataSource.getRepository(AccountEntity);
  }

  async signUp(ctx: RequestContext, input: SignUpInput): Promise<AuthPayload> {
    await this.territories.assertTerritory(input.regionCode, input.departmentCode);
    const now = new Date();
    const passwordHash = await hashPassword(input.password);
    const locale: Locale = input.locale ?? ctx.locale;
    const verification = randomToken();
    let account: AccountEntity;
    try {
      account = await this.dataSource.transaction(async (m) => {
        const created = await m.getRepository(AccountEntity).save(
          m.getRepository(AccountEntity).create({
            email: normaliseEmail(input.email),
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
            lastSignInAt: now,
          }),
        );
        await this.createOneTimeToken(m, created.id, AccountTokenPurpose.VERIFY_EMAIL, verification, EMAIL_VERIFICATION_HOURS * 60);
        return created;
      });
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) throw AccountErrors.emailTaken();
      throw error;
    }
    await this.mail.send({
      to: account.email,
      ...verifyEmailMail(account.locale, account.displayName, `${this.config.publicUrl}/verifier-email?token=${verification}`),
    });
    return this.startSession(ctx, account);
  }

  async signIn(ctx: RequestContext, input: SignInInput): Promise<AuthPayload> {
    const account = await this.accounts.findOneBy({ email: normaliseEmail(input.email), deletedAt: IsNull() });
    if (account && this.isThrottled(account)) throw AccountErrors.tooManyFailures();
    const ok = await verifyPassword(account?.passwordHash ?? null, input.password);
    if (!account || !ok) {
      if (account) {
        // One statement, so parallel failures all count.
        await this.dataSource.query(
          `UPDATE account SET
             failed_sign_ins = CASE WHEN last_failed_sign_in_at > now() - make_interval(mins => $2) THEN failed_sign_ins + 1 ELSE 1 END,
             last_failed_sign_in_at = now()
           WHERE id = $1`,
          [account.id, SIGN_IN_FAILURE_WINDOW_MINUTES],
        );
      }
      throw AccountErrors.wrongCredentials();
    }
    await this.accounts.update(account.id, { failedSignIns: 0, lastFailedSignInAt: null, lastSignInAt: new Date() });
    return this.startSession(ctx, account);
  }

  private isThrottled(account: AccountEntity): boolean {
    if (account.failedSignIns < SIGN_IN_MAX_FAILURES || !account.lastFailedSignInAt) return false;
    return account.lastFailedSignInAt.getTime() > Date.now() - SIGN_IN_FAILURE_WINDOW_MINUTES * 60_000;
  }

  /** A new refresh-token family (cookie) and an access token. */
  private async startSession(ctx: RequestContext, account: AccountEntity): Promise<AuthPayload> {
    const token = randomToken();
    await this.dataSource.getRepository(RefreshTokenEntity).insert({
      accountId: account.id,
      familyId: randomUUID(),
      tokenHash: digest(token),
      expiresAt: new Date(Date.now() + REFRESH_TOKEN_DAYS * 24 * 3600 * 1000),
      userAgent: ctx.req.headers['user-agent']?.slice(0, 300) ?? null,
    });
    setRefreshCookie(ctx.res, token, this.config);
    return this.payload(account);
  }

  private payload(account: AccountEntity): AuthPayload {
    const { token, expiresAt } = this.tokens.sign({ id: account.id, role: account.role, locale: account.locale });
    return { accessToken: token, accessTokenExpiresAt: expiresAt, account: toAccount(account) };
  }

  /**
   * Rotates the refresh token of the cookie. The token row is locked, so two refreshes with the same
   * token cannot both succeed; presenting an already-rotated token revokes its whole family.
   */
  async refreshSession(ctx: RequestContext): Promise<AuthPayload> {
    const presented = readRefreshCookie(ctx.req);
    if (!presented) throw AccountErrors.sessionInvalid();
    const next = randomToken();
    const outcome = await this.dataSource.transaction(async (m) => {
      const repo = m.getRepository(RefreshTokenEntity);
      const current = await repo.findOne({ where: { tokenHash: digest(presented) }, lock: { mode: 'pessimistic_write' } });
      if (!current) return { kind: 'invalid' as const };
      if (current.revokedAt || current.replacedById) {
        await repo.update({ familyId: current.familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
        return { kind: 'reused' as const };
      }
      if (current.expiresAt.getTime() <= Date.now()) return { kind: 'invalid' as const };
      const account = await m.getRepository(AccountEntity).findOneBy({ id: current.accountId, deletedAt: IsNull() });
      if (!account) return { kind: 'invalid' as const };
      const created = await repo.save(
        repo.create({
          accountId: current.accountId,
          familyId: current.familyId,
          tokenHash: digest(next),
          expiresAt: new Date(Date.now() + REFRESH_TOKEN_DAYS * 24 * 3600 * 1000),
          userAgent: ctx.req.headers['user-agent']?.slice(0, 300) ?? null,
        }),
      );
      await repo.update(current.id, { replacedById: created.id });
      return { kind: 'ok' as const, account };
    });
    if (outcome.kind !== 'ok') {
      clearRefreshCookie(ctx.res, this.config);
      throw AccountErrors.sessionInvalid();
    }
    setRefreshCookie(ctx.res, next, this.config);
    return this.payload(outcome.account);
  }

  /** Revokes the cookie's token family and clears the cookie; harmless without a session. */
  async signOut(ctx: RequestContext): Promise<boolean> {
    const presented = readRefreshCookie(ctx.req);
    if (presented) {
      const repo = this.dataSource.getRepository(RefreshTokenEntity);
      const token = await repo.findOneBy({ tokenHash: digest(presented) });
      if (token) await repo.update({ familyId: token.familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
    }
    clearRefreshCookie(ctx.res, this.config);
    return true;
  }

  async me(ctx: RequestContext): Promise<Account> {
    const viewer = requireViewer(ctx);
    const account = await this.accounts.findOneBy({ id: viewer.id, deletedAt: IsNull() });
    if (!account) throw DomainException.unauthenticated();
    return toAccount(account);
  }

  async verifyEmail(token: string): Promise<boolean> {
    await this.dataSource.transaction(async (m) => {
      const used = await this.consumeOneTimeToken(m, AccountTokenPurpose.VERIFY_EMAIL, token);
      await m.getRepository(AccountEntity).update({ id: used.accountId, emailVerifiedAt: IsNull() }, { emailVerifiedAt: new Date() });
    });
    return true;
  }

  async resendVerification(ctx: RequestContext): Promise<boolean> {
    const viewer = requireViewer(ctx);
    const account = await this.accounts.findOneBy({ id: viewer.id, deletedAt: IsNull() });
    if (!account || account.emailVerifiedAt) return true;
    const token = randomToken();
    await this.createOneTimeToken(
      this.dataSource.manager,
      account.id,
      AccountTokenPurpose.VERIFY_EMAIL,
      token,
      EMAIL_VERIFICATION_HOURS * 60,
    );
    await this.mail.send({
      to: account.email,
      ...verifyEmailMail(account.locale, account.displayName, `${this.config.publicUrl}/verifier-email?token=${token}`),
    });
    return true;
  }

  /** Same answer whether or not the address has an account; the email leaves in the background. */
  async requestPasswordReset(email: string): Promise<boolean> {
    const account = await this.accounts.findOneBy({ email: normaliseEmail(email), deletedAt: IsNull() });
    if (account) {
      const token = randomToken();
      await this.createOneTimeToken(this.dataSource.manager, account.id, AccountTokenPurpose.RESET_PASSWORD, token, PASSWORD_RESET_MINUTES);
      void this.mail.send({
        to: account.email,
        ...passwordResetMail(account.locale, account.displayName, `${this.config.publicUrl}/nouveau-mot-de-passe?token=${token}`),
      });
    }
    return true;
  }

  /** Sets the new password, consumes the link, confirms the email and signs out every session. */
  async resetPassword(input: ResetPasswordInput): Promise<boolean> {
    const passwordHash = await hashPassword(input.password);
    await this.dataSource.transaction(async (m) => {
      const used = await this.consumeOneTimeToken(m, AccountTokenPurpose.RESET_PASSWORD, input.token);
      const account = await m.getRepository(AccountEntity).findOneBy({ id: used.accountId });
      await m.getRepository(AccountEntity).update(used.accountId, {
        passwordHash,
        failedSignIns: 0,
        lastFailedSignInAt: null,
        emailVerifiedAt: account?.emailVerifiedAt ?? new Date(),
      });
      await m.getRepository(RefreshTokenEntity).update({ accountId: used.accountId, revokedAt: IsNull() }, { revokedAt: new Date() });
    });
    return true;
  }

  /** Changes the password and signs out every other session (this one stays). */
  async changePassword(ctx: RequestContext, input: ChangePasswordInput): Promise<boolean> {
    const viewer = requireViewer(ctx);
    const account = await this.accounts.findOneBy({ id: viewer.id, deletedAt: IsNull() });
    if (!account) throw DomainException.unauthenticated();
    if (!(await verifyPassword(account.passwordHash, input.currentPassword))) throw AccountErrors.wrongCurrentPassword();
    const passwordHash = await hashPassword(input.newPassword);
    const presented = readRefreshCookie(ctx.req);
    await this.dataSource.transaction(async (m) => {
      await m.getRepository(AccountEntity).update(account.id, { passwordHash });
      const current = presented ? await m.getRepository(RefreshTokenEntity).findOneBy({ tokenHash: digest(presented) }) : null;
      await m
        .createQueryBuilder()
        .update(RefreshTokenEntity)
        .set({ revokedAt: () => 'now()' })
        .where('account_id = :id AND revoked_at IS NULL', { id: account.id })
        .andWhere(current ? 'family_id <> :family' : 'TRUE', { family: current?.familyId })
        .execute();
    });
    return true;
  }

  async updateProfile(ctx: RequestContext, input: UpdateProfileInput): Promise<Account> {
    const viewer = requireViewer(ctx);
    const account = await this.accounts.findOneBy({ id: viewer.id, deletedAt: IsNull() });
    if (!account) throw DomainException.unauthenticated();
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

  private async createOneTimeToken(m: EntityManager, accountId: string, purpose: AccountTokenPurpose, token: string, minutes: number) {
    await m.getRepository(AccountTokenEntity).insert({
      accountId,
      purpose,
      tokenHash: digest(token),
      expiresAt: new Date(Date.now() + minutes * 60_000),
    });
  }

  /** Marks a one-time token used, atomically: of two parallel uses, one wins. */
  private async consumeOneTimeToken(m: EntityManager, purpose: AccountTokenPurpose, token: string): Promise<AccountTokenEntity> {
    const rows = (await m.query(
      `UPDATE account_token SET used_at = now()
       WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now()
       RETURNING id, account_id AS "accountId"`,
      [digest(token), purpose],
    )) as [Array<{ id: string; accountId: string }>, number];
    const row = rows[0]?.[0];
    if (!row) throw AccountErrors.linkInvalid();
    return row as AccountTokenEntity;
  }
}
