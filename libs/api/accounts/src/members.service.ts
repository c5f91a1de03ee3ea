import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DomainException,
  keyset,
  keyedLoader,
  keysetPage,
  sqlOf,
  type ConnectionShape,
  type KeysetSort,
  type RequestContext,
  type Sql,
  type Viewer,
} from '@mouvement/api-core';
import { isAdmin, requireAdmin, requireViewer } from '@mouvement/api-auth';
import { PlatformRole, ProfileField, type MemberKind, type Theme } from '@mouvement/shared-domain';
import { TerritoriesService, type TerritorySnapshot } from '@mouvement/api-territories';
import { DataSource } from 'typeorm';
import type { Member } from './member.model';
import { MemberSort, type MemberFilter, type MembersArgs } from './members.args';

export interface MemberRow {
  id: string;
  display_name: string;
  kind: MemberKind;
  region_code: string;
  department_code: string | null;
  bio: string | null;
  skills: string[];
  themes: Theme[];
  public_fields: ProfileField[];
  email: string;
  role: PlatformRole;
}

export const MEMBER_COLUMNS = `a.id, a.display_name, a.kind, a.region_code, a.department_code, a.bio, a.skills, a.themes, a.public_fields, a.email, a.role`;

/**
 * Accounts by id, one statement per request whoever asks (authors of posts and comments, members
 * of groups and organisations). Deleted accounts are included: what they wrote keeps an author.
 */
export function memberByIdLoader(ctx: RequestContext, sql: Sql) {
  return ctx.loaders.get('account.byId', () =>
    keyedLoader<MemberRow>(
      (ids) => sql(`SELECT ${MEMBER_COLUMNS} FROM account a WHERE a.id = ANY($1)`, [ids]),
      (r) => r.id,
    ),
  );
}

/** What `viewer` may see of a member: public fields, or everything for themselves and admins. */
export function toMember(row: MemberRow, viewer: Viewer | null, territories: TerritorySnapshot): Member {
  const all = viewer?.id === row.id || isAdmin(viewer);
  const shows = (field: ProfileField) => all || row.public_fields.includes(field);
  const departmentCode = shows(ProfileField.DEPARTMENT) ? row.department_code : null;
  return {
    id: row.id,
    displayName: row.display_name,
    kind: row.kind,
    regionCode: row.region_code,
    region: territories.region(row.region_code),
    departmentCode,
    department: territories.department(departmentCode),
    bio: shows(ProfileField.BIO) ? row.bio : null,
    skills: shows(ProfileField.SKILLS) ? row.skills : null,
    themes: shows(ProfileField.THEMES) ? row.themes : null,
    email: isAdmin(viewer) ? row.email : null,
    role: isAdmin(viewer) ? row.role : null,
  };
}

const SORTS: Record<MemberSort, KeysetSort> = {
  NAME: { expr: 'a.name_key', direction: 'ASC', cast: 'text', idExpr: 'a.id' },
  NEWEST: { expr: 'a.created_at', direction: 'DESC', cast: 'timestamptz', idExpr: 'a.id' },
};

/** The member directory, open to signed-in members; filters only see what members made public. */
@Injectable()
export class MembersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly territories: TerritoriesService,
  ) {}

  async list(ctx: RequestContext, args: MembersArgs): Promise<ConnectionShape<Member>> {
    const viewer = requireViewer(ctx);
    const params: unknown[] = [];
    const conditions = this.filterSql(args.filter ?? {}, params, isAdmin(viewer));
    const territories = await this.territories.snapshot();
    return keysetPage<MemberRow, Member>(
      sqlOf(this.dataSource),
      {
        columns: MEMBER_COLUMNS,
        from: 'account a',
        where: conditions.sql,
        params,
        order: (p) => keyset(SORTS[args.sort], args.after, p),
        first: args.first,
      },
      (rows) => rows.map((r) => toMember(r, viewer, territories)),
    );
  }

  /** Platform admins appoint and remove admins; nobody removes their own admin role. */
  async setPlatformRole(ctx: RequestContext, accountId: string, role: PlatformRole): Promise<Member> {
    const admin = requireAdmin(ctx);
    if (accountId === admin.id && role !== PlatformRole.ADMIN) {
      throw DomainException.conflict({
        fr: "Vous ne pouvez pas retirer votre propre rôle d'administrateur : demandez-le à un autre administrateur.",
        en: 'You cannot remove your own admin role: ask another administrator.',
      });
    }
    const rows = (await this.dataSource.query(
      `UPDATE account a SET role = $2, updated_at = now() WHERE a.id = $1 AND a.deleted_at IS NULL RETURNING ${MEMBER_COLUMNS}`,
      [accountId, role],
    )) as [MemberRow[], number];
    const row = rows[0]?.[0];
    if (!row) throw DomainException.notFound({ fr: 'Membre', en: 'Member' });
    return toMember(row, ctx.viewer, await this.territories.snapshot());
  }

  private filterSql(filter: MemberFilter, params: unknown[], admin: boolean): { sql: string; paramCount: number } {
    const where = ['a.deleted_at IS NULL'];
    const add = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    if (filter.regionCode) where.push(`a.region_code = ${add(filter.regionCode)}`);
    if (filter.kind) where.push(`a.kind = ${add(filter.kind)}`);
    if (filter.theme) {
      where.push(`a.themes @> ARRAY[${add(filter.theme)}]::text[]`);
      if (!admin) where.push(`'THEMES' = ANY(a.public_fields)`);
    }
    if (filter.skill?.trim()) {
      where.push(`a.skills_key LIKE '%' || lower(mv_unaccent(${add(filter.skill.trim())})) || '%'`);
      if (!admin) where.push(`'SKILLS' = ANY(a.public_fields)`);
    }
    if (filter.search?.trim()) {
      const q = add(filter.search.trim());
      where.push(`(a.name_key LIKE '%' || lower(mv_unaccent(${q})) || '%' OR a.name_key % lower(mv_unaccent(${q})))`);
    }
    return { sql: where.join(' AND '), paramCount: params.length };
  }
}
