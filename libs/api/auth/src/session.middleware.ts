import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { RequestContext } from '@mouvement/api-core';
import type { NextFunction, Response } from 'express';
import { AccessTokenService } from './access-token.service';

type SessionRequest = RequestContext['req'] & { sessionExpired?: boolean };

/** Loads the viewer from `Authorization: Bearer …`; never rejects (guards and services decide). */
@Injectable()
export class SessionMiddleware implements NestMiddleware {
  constructor(private readonly tokens: AccessTokenService) {}

  use(req: SessionRequest, _res: Response, next: NextFunction) {
    req.viewer = null;
    const header = req.headers.authorization;
    if (header?.startsWith('Bearer ')) {
      const result = this.tokens.verify(header.slice(7).trim());
      if (result === 'expired') req.sessionExpired = true;
      else req.viewer = result;
    }
    next();
  }
}
