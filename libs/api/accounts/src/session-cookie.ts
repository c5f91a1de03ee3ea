import type { AppConfig } from '@mouvement/api-core';
import { REFRESH_TOKEN_DAYS } from '@mouvement/shared-domain';
import type { Request, Response } from 'express';

export const REFRESH_COOKIE = 'mouvement_refresh';
/** The refresh cookie only travels to the GraphQL endpoint, where `refreshSession` reads it. */
const COOKIE_PATH = '/graphql';

export function setRefreshCookie(res: Response, token: string, config: AppConfig) {
  res.cookie(REFRESH_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: config.nodeEnv === 'production',
    path: COOKIE_PATH,
    maxAge: REFRESH_TOKEN_DAYS * 24 * 3600 * 1000,
  });
}

export function clearRefreshCookie(res: Response, config: AppConfig) {
  res.clearCookie(REFRESH_COOKIE, { httpOnly: true, sameSite: 'lax', secure: config.nodeEnv === 'production', path: COOKIE_PATH });
}

export function readRefreshCookie(req: Request): string | null {
  const value = (req.cookies as Record<string, string | undefined> | undefined)?.[REFRESH_COOKIE];
  return typeof value === 'string' && value.length > 0 && value.length < 200 ? value : null;
}
