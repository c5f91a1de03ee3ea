import { Catch, HttpException, Logger, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter, HttpAdapterHost } from '@nestjs/core';
import { GqlArgumentsHost, type GqlExceptionFilter } from '@nestjs/graphql';
import { DEFAULT_LOCALE, type Locale } from '@mouvement/shared-domain';
import { GraphQLError } from 'graphql';
import { clientDatabaseError, sqlState } from './database-errors';
import { DomainException, type FieldProblem } from './domain.exception';
import { ErrorCode } from './error-code';

/**
 * Maps what services throw to GraphQL errors: a stable `extensions.code`, a message in the
 * reader's language and, for bad input, the list of invalid fields. Anything unexpected is logged
 * and answered with a generic message: no stack or SQL reaches the client.
 */
@Catch()
export class GraphqlExceptionFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('GraphQL');
  private readonly http: BaseExceptionFilter;

  constructor(adapterHost: HttpAdapterHost) {
    this.http = new BaseExceptionFilter(adapterHost.httpAdapter);
  }

  catch(raw: unknown, host: ArgumentsHost): unknown {
    const fromDatabase = clientDatabaseError(raw);
    if (fromDatabase) this.logger.warn(`Input refused by the database (SQLSTATE ${sqlState(raw)}): ${fromDatabase.reason}`);
    const exception = fromDatabase ?? raw;
    if (host.getType<string>() !== 'graphql') {
      // Plain HTTP routes (calendar files, health): domain errors get their HTTP status.
      if (exception instanceof DomainException) {
        const reply = host.switchToHttp().getResponse<{ status(code: number): { send(body: unknown): unknown } }>();
        const request = host.switchToHttp().getRequest<{ headers?: Record<string, string | string[] | undefined> }>();
        const language = String(request?.headers?.['accept-language'] ?? '');
        const locale: Locale = /^en\b/i.test(language) ? 'en' : 'fr';
        return reply.status(HTTP_STATUS[exception.code]).send({
          code: exception.code,
          ...(exception.reason ? { reason: exception.reason } : {}),
          message: exception.messages[locale],
          ...(exception.fields.length ? { fields: exception.fields.map((f) => fieldOut(f, locale)) } : {}),
        });
      }
      return this.http.catch(exception, host);
    }
    const context = GqlArgumentsHost.create(host).getContext<{ locale?: Locale } | undefined>();
    const locale = context?.locale ?? DEFAULT_LOCALE;
    return toGraphqlError(exception, locale, this.logger);
  }
}

function fieldOut(f: FieldProblem, locale: Locale) {
  return { field: f.field, message: f.message[locale], ...(f.reason ? { reason: f.reason } : {}) };
}

const HTTP_STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  INTERNAL_SERVER_ERROR: 500,
};

export function toGraphqlError(raw: unknown, locale: Locale, logger?: Logger): GraphQLError {
  if (raw instanceof GraphQLError) return raw;
  const exception = clientDatabaseError(raw) ?? raw;
  if (exception instanceof DomainException) {
    return new GraphQLError(exception.messages[locale], {
      extensions: {
        code: exception.code,
        ...(exception.reason ? { reason: exception.reason } : {}),
        ...(exception.fields.length ? { fields: exception.fields.map((f) => fieldOut(f, locale)) } : {}),
      },
    });
  }
  if (exception instanceof HttpException && exception.getStatus() === 429) {
    const rate = DomainException.rateLimited();
    return new GraphQLError(rate.messages[locale], { extensions: { code: ErrorCode.RATE_LIMITED, reason: rate.reason } });
  }
  logger?.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
  return new GraphQLError(
    locale === 'fr' ? 'Une erreur inattendue est survenue. Réessayez plus tard.' : 'Something went wrong. Please try again later.',
    { extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } },
  );
}
