import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, sqlOf, type AppConfig, type RequestContext } from '@mouvement/api-core';
import { digest, randomToken, requireViewer } from '@mouvement/api-auth';
import { MailService } from '@mouvement/api-mail';
import { GROUP_LIMITS, GroupMembershipStatus, GroupRole, type Locale } from '@mouvement/shared-domain';
import { DataSource, type EntityManager } from 'typeorm';
import { GroupAuditAction } from './group-audit.entity';
import { GroupErrors } from './group.exception';
import type { CreatedGroupInviteLink, GroupInviteLink } from './group-invite-link.model';
import { invitationMail } from './group.mails';
import { GroupMemberEntity } from './group-member.entity';
import type { Group } from './group.model';
import { GroupsService } from './groups.service';

/** "camille.dupont@exemple.fr" → "c***@exemple.fr": enough to recognise one's address, not to learn someone else's. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '***';
  return `${[...email.slice(0, at)][0]}***${email.slice(at)}`;
}

export const INVITE_LINK_COLUMNS = `l.id, l.group_id AS "groupId", l.created_at AS "createdAt", l.use_count AS "useCount",
  l.last_used_at AS "lastUsedAt", a.display_name AS "createdByName"`;
export const INVITE_LINK_FROM = `group_invite_link l LEFT JOIN account a ON a.id = l.created_by_id`;

/**
 * Joining a group by invitation. An emailed invitation is for one address: only the account with
 * that address accepts it, once, within 14 days. A coordinator who wants a link to share creates
 * one on purpose: anyone holding it joins, until a coordinator revokes it; each use is counted.
 */
@Injectable()
export class GroupInvitationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly groups: GroupsService,
    private readonly mail: MailService,
  ) {}

  /** Emails an invitation valid 14 days to each address (members are invited at their account's address). */
  async invite(ctx: RequestContext, groupId: string, memberIds: string[], emails: string[]): Promise<number> {
    const viewer = requireViewer(ctx);
    const group = await this.groups.requireCoordinator(this.dataSource.manager, viewer, groupId);
    const sql = sqlOf(this.dataSource);
    const people = memberIds.length
      ? await sql<{ email: string; locale: Locale }>(`SELECT email, locale FROM account WHERE id = ANY($1) AND deleted_at IS NULL`, [
          memberIds,
        ])
      : [];
    const inviter =
      (await sql<{ display_name: string }>(`SELECT display_name FROM account WHERE id = $1`, [viewer.id]))[0]?.display_name ?? 'Mouvement';
    const targets = new Map<string, Locale>(people.map((p) => [p.email, p.locale]));
    for (const email of emails) if (!targets.has(email.trim().toLowerCase())) targets.set(email.trim().toLowerCase(), ctx.locale);
    const links: { email: string; locale: Locale; token: string }[] = [];
    await this.dataSource.transaction(async (m) => {
      for (const [email, locale] of targets) {
        const token = randomToken();
        await m.query(
          `INSERT INTO group_invitation (group_id, email, token_hash, invited_by_id, expires_at) VALUES ($1, $2, $3, $4, now() + make_interval(days => $5))`,
          [groupId, email, digest(token), viewer.id, GROUP_LIMITS.invitationDays],
        );
        await this.groups.audit(m, groupId, viewer.id, GroupAuditAction.INVITE, null, email);
        links.push({ email, locale, token });
      }
    });
    for (const link of links) {
      await this.mail.send({
        to: link.email,
        ...invitationMail(link.locale, group.name, inviter, link.email, this.invitationUrl(link.token)),
      });
    }
    return links.length;
  }

  /**
   * Accepts an emailed invitation (by the account with its address, once, atomically: of two
   * parallel acceptances one wins) or uses a shareable link (counted once per person who joins).
   */
  async accept(ctx: RequestContext, token: string): Promise<Group> {
    const viewer = requireViewer(ctx);
    const hash = digest(token);
    const groupId = await this.dataSource.transaction(async (m) => {
      const [account] = (await m.query(`SELECT email FROM account WHERE id = $1`, [viewer.id])) as { email: string }[];
      const [accepted] = (await m.query(
        `UPDATE group_invitation SET accepted_at = now(), accepted_by_id = $2
         WHERE token_hash = $1 AND accepted_at IS NULL AND expires_at > now() AND email = lower($3) RETURNING group_id`,
        [hash, viewer.id, account?.email ?? ''],
      )) as [{ group_id: string }[], number];
      const invitation = accepted[0];
      if (invitation) {
        await this.join(m, invitation.group_id, viewer.id);
        return invitation.group_id;
      }
      const [forOther] = (await m.query(
        `SELECT email FROM group_invitation WHERE token_hash = $1 AND accepted_at IS NULL AND expires_at > now()`,
        [hash],
      )) as { email: string }[];
      if (forOther) throw GroupErrors.invitationForAnotherAddress(maskEmail(forOther.email));
      return this.useLink(m, hash, viewer.id);
    });
    return (await this.groups.byId(groupId)) as Group;
  }

  /** Joins through a shareable link; the link's row lock orders uses and a revocation. */
  private async useLink(m: EntityManager, hash: string, accountId: string): Promise<string> {
    const [link] = (await m.query(`SELECT id, group_id FROM group_invite_link WHERE token_hash = $1 AND revoked_at IS NULL FOR UPDATE`, [
      hash,
    ])) as { id: string; group_id: string }[];
    if (!link) throw GroupErrors.invitationInvalid();
    if (await this.join(m, link.group_id, accountId)) {
      await m.query(`UPDATE group_invite_link SET use_count = use_count + 1, last_used_at = now() WHERE id = $1`, [link.id]);
      await this.groups.audit(m, link.group_id, accountId, GroupAuditAction.JOIN_BY_LINK, null, null);
    }
    return link.group_id;
  }

  /** Makes the person an active member; false when they already were. Banned people stay out. */
  private async join(m: EntityManager, groupId: string, accountId: string): Promise<boolean> {
    await this.groups.lockGroup(m, groupId);
    const repo = m.getRepository(GroupMemberEntity);
    const existing = await repo.findOneBy({ groupId, accountId });
    if (existing?.status === GroupMembershipStatus.BANNED) throw GroupErrors.banned();
    if (existing?.status === GroupMembershipStatus.ACTIVE) return false;
    if (existing) await repo.update(existing.id, { status: GroupMembershipStatus.ACTIVE, decidedAt: new Date() });
    else await repo.insert({ groupId, accountId, role: GroupRole.MEMBER, status: GroupMembershipStatus.ACTIVE, decidedAt: new Date() });
    return true;
  }

  // ---- shareable links --------------------------------------------------------------------

  /** A new link for the group's coordinators (and admins) to share; its address is shown this once. */
  async createLink(ctx: RequestContext, groupId: string): Promise<CreatedGroupInviteLink> {
    const viewer = requireViewer(ctx);
    const token = randomToken();
    const id = await this.dataSource.transaction(async (m) => {
      await this.groups.lockGroup(m, groupId);
      await this.groups.requireCoordinator(m, viewer, groupId);
      const [{ n }] = (await m.query(`SELECT count(*)::int AS n FROM group_invite_link WHERE group_id = $1 AND revoked_at IS NULL`, [
        groupId,
      ])) as [{ n: number }];
      if (n >= GROUP_LIMITS.inviteLinksMax) throw GroupErrors.tooManyInviteLinks(GROUP_LIMITS.inviteLinksMax);
      const [row] = (await m.query(`INSERT INTO group_invite_link (group_id, token_hash, created_by_id) VALUES ($1, $2, $3) RETURNING id`, [
        groupId,
        digest(token),
        viewer.id,
      ])) as [{ id: string }];
      await this.groups.audit(m, groupId, viewer.id, GroupAuditAction.INVITE_LINK_CREATE, null, null);
      return row.id;
    });
    const [link] = await sqlOf(this.dataSource)<GroupInviteLink>(`SELECT ${INVITE_LINK_COLUMNS} FROM ${INVITE_LINK_FROM} WHERE l.id = $1`, [
      id,
    ]);
    return { url: this.invitationUrl(token), link: link as GroupInviteLink };
  }

  /** Stops a link from working; those who joined through it stay members. */
  async revokeLink(ctx: RequestContext, linkId: string): Promise<boolean> {
    const viewer = requireViewer(ctx);
    await this.dataSource.transaction(async (m) => {
      const [link] = (await m.query(`SELECT group_id FROM group_invite_link WHERE id = $1 AND revoked_at IS NULL FOR UPDATE`, [
        linkId,
      ])) as {
        group_id: string;
      }[];
      if (!link) throw GroupErrors.inviteLinkNotFound();
      await this.groups.requireCoordinator(m, viewer, link.group_id);
      await m.query(`UPDATE group_invite_link SET revoked_at = now(), revoked_by_id = $2 WHERE id = $1`, [linkId, viewer.id]);
      await this.groups.audit(m, link.group_id, viewer.id, GroupAuditAction.INVITE_LINK_REVOKE, null, null);
    });
    return true;
  }

  private invitationUrl(token: string): string {
    return `${this.config.publicUrl}/invitations/${token}`;
  }
}
