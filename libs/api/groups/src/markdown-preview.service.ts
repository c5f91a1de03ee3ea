import { Injectable } from '@nestjs/common';
import { AccountRateLimiter, renderMarkdown, type AccountLimit, type RequestContext } from '@mouvement/api-core';
import { requireViewer } from '@mouvement/api-auth';

/** A preview per click on the "Aperçu" tab: a person writing all day stays far below it. */
export const PREVIEW_LIMIT: AccountLimit = {
  action: 'markdown.preview',
  max: 120,
  windowSeconds: 600,
  reason: 'TOO_MANY_PREVIEWS',
  message: (minutes) => ({
    fr: `Vous avez demandé beaucoup d’aperçus en peu de temps : réessayez dans ${minutes} min.`,
    en: `You asked for many previews in a short time: try again in ${minutes} min.`,
  }),
};

/** The composer's preview: the one markdown renderer, for members, within a per-account limit. */
@Injectable()
export class MarkdownPreviewService {
  constructor(private readonly limits: AccountRateLimiter) {}

  async preview(ctx: RequestContext, body: string): Promise<string> {
    const viewer = requireViewer(ctx);
    await this.limits.consume(viewer.id, PREVIEW_LIMIT);
    return renderMarkdown(body);
  }
}
