import type { AppConfig } from '@mouvement/api-core';
import { REFRESH_TOKEN_DAYS } from '@mouvement/shared-domain';
import { parse, serialize } from 'cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';

export const REFRESH_COOKIE = 'mouvement_refresh';
/** The refresh cookie only travels to the GraphQL endpoint, where `refreshSession` reads it. */
const COOKIE_PATH = '/graphql';

function options(config: AppConfig) {
  return { httpOnly: true, sameSite: 'lax' as const, secure: config.nodeEnv === 'production', path: COOKIE_PATH };
}

export function setRefreshCookie(res: FastifyReply, token: string, config: AppConfig) {
  void res.header('set-cookie', serialize(REFRESH_COOKIE, token, { ...options(config), maxAge: REFRESH_TOKEN_DAYS * 24 * 3600 }));
}

export function clearRefreshCookie(res: FastifyReply, config: AppConfig) {
  void res.header('set-cookie', serialize(REFRESH_COOKIE, '', { ...options(config), expires: new Date(0) }));
}

export function readRefreshCookie(req: FastifyRequest): string | null {
  const value = req.headers.cookie ? parse(req.headers.cookie)[REFRESH_COOKIE] : undefined;
  return typeof value === 'string' && value.length > 0 && value.length < 200 ? value : null;
}
