import { DomainException, type RequestContext, type Viewer } from '@mouvement/api-core';
import { PlatformRole } from '@mouvement/shared-domain';
import { sessionError } from './viewer-sessions.service';

type ViewerContext = Pick<RequestContext, 'viewer'> & Partial<Pick<RequestContext, 'sessionExpired' | 'sessionRevoked'>>;

/** The signed-in viewer, or UNAUTHENTICATED (saying whether the session expired or ended). Services call this first. */
export function requireViewer(ctx: ViewerContext): Viewer {
  if (!ctx.viewer) throw sessionError(ctx);
  return ctx.viewer;
}

export function isAdmin(viewer: Viewer | null | undefined): boolean {
  return viewer?.role === PlatformRole.ADMIN;
}

/** The viewer if they are a platform admin, else FORBIDDEN. */
export function requireAdmin(ctx: ViewerContext): Viewer {
  const viewer = requireViewer(ctx);
  if (!isAdmin(viewer)) {
    throw DomainException.forbidden({ fr: 'Réservé aux administrateurs.', en: 'Administrators only.' });
  }
  return viewer;
}
