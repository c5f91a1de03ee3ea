import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { RequestContext } from '@mouvement/api-core';
import { IS_PUBLIC } from './public.decorator';
import { sessionError } from './viewer-sessions.service';

/**
 * Global guard on root fields (field resolvers carry no enhancers, see TOOLCHAIN.md): denied unless a
 * viewer is signed in or the field is marked @Public(). Forgetting the decorator fails closed.
 */
@Injectable()
export class AuthenticatedGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql') return true;
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    const ctx = GqlExecutionContext.create(context).getContext<RequestContext>();
    if (ctx.viewer) return true;
    throw sessionError(ctx);
  }
}
