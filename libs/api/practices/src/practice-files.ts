import { Body, Controller, Get, Inject, Injectable, Param, ParseUUIDPipe, Put, Query as HttpQuery, Req, Res } from '@nestjs/common';
import { Args, ArgsType, Field, ID, Mutation, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Ctx,
  DomainException,
  FILE_STORAGE,
  PracticeFileKind,
  PublicResponseCache,
  sniffFileType,
  sqlOf,
  storedFileName,
  type SniffedType,
  type FileStorage,
  type RequestContext,
  type Viewer,
} from '@mouvement/api-core';
import { isAdmin, requireViewer, sessionError, ViewerSessions } from '@mouvement/api-auth';
import { FILE_LIMITS } from '@mouvement/shared-domain';
import { IsUUID } from 'class-validator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { PracticeFile } from './practice.model';
import { PracticeErrors } from './practices.service';

@ArgsType()
export class PracticeFileIdArgs {
  @Field(() => ID) @IsUUID() fileId!: string;
}

export interface PracticeFileRow {
  id: string;
  practice_id: string;
  kind: PracticeFileKind;
  name: string;
  mime_type: string;
  size_bytes: number;
  storage_key: string;
  created_at: Date;
}

export const FILE_COLUMNS = `f.id, f.practice_id, f.kind, f.name, f.mime_type, f.size_bytes, f.storage_key, f.created_at`;

export function toPracticeFile(r: PracticeFileRow): PracticeFile {
  return {
    id: r.id,
    kind: r.kind,
    name: servedName(r),
    mimeType: r.mime_type,
    sizeBytes: r.size_bytes,
    url: `/fichiers/${r.id}/${encodeURIComponent(servedName(r))}`,
    createdAt: r.created_at,
  };
}

const FileErrors = {
  notFound: () => DomainException.notFound({ fr: 'Fichier', en: 'File' }),
  tooBig: () =>
    DomainException.field('file', {
      fr: `Le fichier dépasse ${FILE_LIMITS.maxBytes / 1024 / 1024} Mo.`,
      en: `The file is larger than ${FILE_LIMITS.maxBytes / 1024 / 1024} MB.`,
    }),
  empty: () => DomainException.field('file', { fr: 'Le fichier est vide.', en: 'The file is empty.' }),
  badType: (cover: boolean) =>
    DomainException.field(
      'file',
      cover
        ? { fr: 'La couverture doit être une image JPEG, PNG, WebP ou GIF.', en: 'The cover must be a JPEG, PNG, WebP or GIF image.' }
        : {
            fr: 'Seules les images (JPEG, PNG, WebP, GIF) et les PDF sont acceptés.',
            en: 'Only images (JPEG, PNG, WebP, GIF) and PDFs are accepted.',
          },
    ),
  tooMany: () =>
    DomainException.conflict({
      fr: `Une fiche a au plus ${FILE_LIMITS.attachmentsMax} pièces jointes : retirez-en une d’abord.`,
      en: `A practice has at most ${FILE_LIMITS.attachmentsMax} attachments: remove one first.`,
    }),
};

/**
 * The name a file is served under. Names stored before names took their type's extension (a PNG
 * uploaded as `photo.exe`) are corrected here too; for the others it changes nothing.
 */
function servedName(r: Pick<PracticeFileRow, 'name' | 'mime_type' | 'kind'>): string {
  return storedFileName(r.name, r.mime_type as SniffedType, fallbackName(r.kind), FILE_LIMITS.nameMax);
}

const fallbackName = (kind: PracticeFileKind) => (kind === PracticeFileKind.COVER ? 'couverture' : 'piece-jointe');

@Injectable()
export class PracticeFilesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  /** Authors and admins add the cover (replacing the previous one) or an attachment (five at most). */
  async upload(viewer: Viewer, practiceId: string, kind: PracticeFileKind, name: string | undefined, data: Buffer): Promise<PracticeFile> {
    if (!data.length) throw FileErrors.empty();
    if (data.length > FILE_LIMITS.maxBytes) throw FileErrors.tooBig();
    const type = sniffFileType(data);
    const cover = kind === PracticeFileKind.COVER;
    if (!type || (cover && type === 'application/pdf')) throw FileErrors.badType(cover);
    const key = randomUUID();
    await this.storage.put(key, data);
    try {
      const row = await this.dataSource.transaction(async (m) => {
        const rows = (await m.query(
          `SELECT p.status, EXISTS (SELECT 1 FROM practice_author pa WHERE pa.practice_id = p.id AND pa.account_id = $2) AS is_author
           FROM practice p WHERE p.id = $1 AND p.deleted_at IS NULL FOR UPDATE`,
          [practiceId, viewer.id],
        )) as { status: string; is_author: boolean }[];
        if (!rows[0] || (!rows[0].is_author && !isAdmin(viewer) && rows[0].status === 'DRAFT')) throw PracticeErrors.notFound();
        if (!rows[0].is_author) throw PracticeErrors.notAuthor();
        if (cover) {
          await m.query(`UPDATE practice_file SET deleted_at = now() WHERE practice_id = $1 AND kind = 'COVER' AND deleted_at IS NULL`, [
            practiceId,
          ]);
        } else {
          const [{ n }] = (await m.query(
            `SELECT count(*)::int AS n FROM practice_file WHERE practice_id = $1 AND kind = 'ATTACHMENT' AND deleted_at IS NULL`,
            [practiceId],
          )) as [{ n: number }];
          if (n >= FILE_LIMITS.attachmentsMax) throw FileErrors.tooMany();
        }
        const [inserted] = (await m.query(
          `INSERT INTO practice_file (practice_id, kind, name, mime_type, size_bytes, storage_key, uploaded_by_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id, practice_id, kind, name, mime_type, size_bytes, storage_key, created_at`,
          [practiceId, kind, storedFileName(name, type, fallbackName(kind), FILE_LIMITS.nameMax), type, data.length, key, viewer.id],
        )) as [PracticeFileRow];
        return inserted;
      });
      return toPracticeFile(row);
    } catch (error) {
      await this.storage.remove(key);
      throw error;
    }
  }

  /** The bytes of a file; its random id is the capability (drafts' covers show in their editor). */
  async read(id: string): Promise<{ row: PracticeFileRow; data: Buffer }> {
    const rows = await sqlOf(this.dataSource)<PracticeFileRow>(
      `SELECT ${FILE_COLUMNS} FROM practice_file f JOIN practice p ON p.id = f.practice_id AND p.deleted_at IS NULL
       WHERE f.id = $1 AND f.deleted_at IS NULL`,
      [id],
    );
    const row = rows[0];
    const data = row ? await this.storage.read(row.storage_key) : null;
    if (!row || !data) throw FileErrors.notFound();
    return { row, data };
  }

  /** Authors and admins remove a file (kept on disk and in the database, no longer shown). */
  async remove(ctx: RequestContext, fileId: string): Promise<boolean> {
    const viewer = requireViewer(ctx);
    const rows = await sqlOf(this.dataSource)<{ practice_id: string; is_author: boolean }>(
      `SELECT f.practice_id, EXISTS (SELECT 1 FROM practice_author pa WHERE pa.practice_id = f.practice_id AND pa.account_id = $2) AS is_author
       FROM practice_file f WHERE f.id = $1 AND f.deleted_at IS NULL`,
      [fileId, viewer.id],
    );
    if (!rows[0]) throw FileErrors.notFound();
    if (!rows[0].is_author) throw PracticeErrors.notAuthor();
    await sqlOf(this.dataSource)(`UPDATE practice_file SET deleted_at = now() WHERE id = $1`, [fileId]);
    return true;
  }
}

/** Uploads (raw bytes, one file per request, so that the browser can show progress) and downloads. */
@Controller()
export class PracticeFilesController {
  constructor(
    private readonly files: PracticeFilesService,
    private readonly sessions: ViewerSessions,
    private readonly publicCache: PublicResponseCache,
  ) {}

  @Put('pratiques/:id/fichiers')
  async upload(
    @Param('id', new ParseUUIDPipe()) practiceId: string,
    @HttpQuery('type') type: string | undefined,
    @HttpQuery('nom') name: string | undefined,
    @Req() req: FastifyRequest,
    @Body() body: unknown,
  ): Promise<PracticeFile> {
    const { viewer, state } = await this.sessions.fromAuthorization(req.headers.authorization);
    if (!viewer) throw sessionError({ sessionExpired: state === 'expired', sessionRevoked: state === 'revoked' });
    if (!Buffer.isBuffer(body))
      throw DomainException.field('file', {
        fr: 'Envoyez le fichier tel quel (application/octet-stream).',
        en: 'Send the file as is (application/octet-stream).',
      });
    const kind = type === 'couverture' ? PracticeFileKind.COVER : PracticeFileKind.ATTACHMENT;
    try {
      return await this.files.upload(viewer, practiceId, kind, name, body);
    } finally {
      // A new cover shows on the library's cards.
      this.publicCache.invalidate();
    }
  }

  @Get('fichiers/:id/:name')
  async download(@Param('id', new ParseUUIDPipe()) id: string, @Res() reply: FastifyReply) {
    const { row, data } = await this.files.read(id);
    const inline = row.mime_type.startsWith('image/');
    return reply
      .header('content-type', row.mime_type)
      .header('content-disposition', `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(servedName(row))}`)
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "default-src 'none'; img-src 'self'; sandbox")
      .header('cache-control', 'private, max-age=3600')
      .send(data);
  }
}

@Resolver(() => PracticeFile)
export class PracticeFilesResolver {
  constructor(private readonly files: PracticeFilesService) {}

  @Mutation(() => Boolean, { description: 'Authors and admins remove a cover or an attachment.' })
  removePracticeFile(@Ctx() ctx: RequestContext, @Args() { fileId }: PracticeFileIdArgs): Promise<boolean> {
    return this.files.remove(ctx, fileId);
  }
}
