import { DomainException, type RequestContext, type Viewer } from '@mouvement/api-core';
import { PlatformRole } from '@mouvement/shared-domain';

/** The signed-in viewer, or UNAUTHENTICATED. Services call this first. */
export function requireViewer(ctx: Pick<RequestContext, 'viewer'>): Viewer {
  if (!ctx.viewer) throw DomainException.unauthenticated();
  return ctx.viewer;
}

export function isAdmin(viewer: Viewer | null | undefined): boolean {
  return viewer?.role === PlatformRole.ADMIN;
}

/** The viewer if they are a platform admin, else FORBIDDEN. */
export function requireAdmin(ctx: Pick<RequestContext, 'viewer'>): Viewer {
  const viewer = requireViewer(ctx);
  if (!isAdmin(viewer)) {
    throw DomainException.forbidden({ fr: 'Réservé aux administrateurs.', en: 'Administrators only.' });
  }
  return viewer;
}
