import { Injectable } from '@nestjs/common';
import { AccountRateLimiter, DomainException, type AccountLimit, type RequestContext } from '@mouvement/api-core';
import { requireViewer } from '@mouvement/api-auth';
import { PRACTICE_LIMITS, SectionKind, parseCahier } from '@mouvement/shared-domain';
import type { CreatePracticeInput } from './practice.input';
import type { CahierImport } from './practice.model';
import { PracticesService } from './practices.service';

/** Reading a pasted sheet is the heaviest text work a member can ask for: far more than a person imports. */
export const IMPORT_LIMIT: AccountLimit = {
  action: 'practices.import',
  max: 30,
  windowSeconds: 3600,
  reason: 'TOO_MANY_IMPORTS',
  message: (minutes) => ({
    fr: `Vous avez importé beaucoup de fiches en une heure : réessayez dans ${minutes} min.`,
    en: `You imported many sheets within an hour: try again in ${minutes} min.`,
  }),
};

export const ImportErrors = {
  empty: () => DomainException.field('text', { fr: 'Le texte est vide.', en: 'The text is empty.' }, 'EMPTY_TEXT'),
};

@Injectable()
export class CahierImportService {
  constructor(
    private readonly practices: PracticesService,
    private readonly limits: AccountRateLimiter,
  ) {}

  /** A draft from the text of an initiative sheet, with the lines that were not placed; a blank text makes none. */
  async importCahier(ctx: RequestContext, text: string): Promise<CahierImport> {
    const viewer = requireViewer(ctx);
    if (!text.trim()) throw ImportErrors.empty();
    await this.limits.consume(viewer.id, IMPORT_LIMIT);
    const parsed = parseCahier(text);
    const sections = [...parsed.sections];
    let summary = parsed.summary;
    if (summary && summary.length > PRACTICE_LIMITS.summaryMax) {
      // Too long for a summary: kept whole as a section.
      sections.unshift({ kind: SectionKind.OTHER, heading: 'Introduction', body: summary });
      summary = null;
    }
    // Counted in characters as PostgreSQL counts them (an emoji is one), not in UTF-16 units.
    const title = [...parsed.title.trim()].length >= PRACTICE_LIMITS.titleMin ? parsed.title : 'Fiche importée';
    const practice = await this.practices.create(ctx, Object.assign({} as CreatePracticeInput, { title, summary, sections }));
    return { practice, unplaced: parsed.unplaced };
  }
}
