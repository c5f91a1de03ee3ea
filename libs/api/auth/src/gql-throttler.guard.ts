import { Injectable, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { clientSource } from './client-source';

/**
 * Rate limits per client address on GraphQL root fields (sign-in, sign-up, password reset, email
 * confirmation): each operation has its own count, AUTH_RATE_LIMIT per AUTH_RATE_WINDOW_SECONDS.
 */
@Injectable()
export class GqlThrottlerGuard extends ThrottlerGuard {
  protected override getRequestResponse(context: ExecutionContext): { req: Record<string, unknown>; res: Record<string, unknown> } {
    if (context.getType<string>() === 'graphql') {
      const ctx = GqlExecutionContext.create(context).getContext<{ req: FastifyRequest; res: FastifyReply }>();
      return { req: ctx.req as unknown as Record<string, unknown>, res: ctx.res as unknown as Record<string, unknown> };
    }
    const http = context.switchToHttp();
    return { req: http.getRequest(), res: http.getResponse() };
  }

  protected override async getTracker(req: Record<string, unknown>): Promise<string> {
    return clientSource((req as unknown as FastifyRequest).ip);
  }
}
