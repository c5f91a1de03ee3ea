import type { AccountEntity } from './account.entity';
import type { Account } from './account.model';

/** Addresses are stored trimmed and lower-cased, and looked up the same way. */
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
