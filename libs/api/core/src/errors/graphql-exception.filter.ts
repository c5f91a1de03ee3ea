import { Catch, HttpException, Logger, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter, HttpAdapterHost } from '@nestjs/core';
import { GqlArgumentsHost, type GqlExceptionFilter } from '@nestjs/graphql';
import { DEFAULT_LOCALE, type Labels, type Locale } from '@mouvement/shared-domain';
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

  private sendHttp(host: ArgumentsHost, status: number, problem: HttpProblem): unknown {
    return this.answerHttp(host, status, { code: problem.code, reason: problem.reason, message: problem.message[localeOfRequest(host)] });
  }

  /**
   * Answers a plain HTTP route's error: the JSON body clients read, or, for a person who followed a
   * link in a browser (a dead calendar or file address), a short page in their language.
   */
  private answerHttp(host: ArgumentsHost, status: number, body: { code: string; reason?: string; message: string }): unknown {
    const reply = host.switchToHttp().getResponse<{
      status(code: number): { type(t: string): { send(body: unknown): unknown }; send(body: unknown): unknown };
    }>();
    const request = host.switchToHttp().getRequest<{ headers?: Record<string, string | string[] | undefined> }>();
    const accept = String(request?.headers?.['accept'] ?? '');
    if (accept.includes('text/html')) {
      const locale = localeOfRequest(host);
      const home = locale === 'fr' ? 'Retour à l’accueil' : 'Back to the home page';
      const page = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(body.message)} – Mouvement</title></head><body><main><h1>${escapeHtml(body.message)}</h1><p><a href="/">${home}</a></p></main></body></html>`;
      return reply.status(status).type('text/html; charset=utf-8').send(page);
    }
    return reply.status(status).send(body);
  }

  catch(raw: unknown, host: ArgumentsHost): unknown {
    const fromDatabase = clientDatabaseError(raw);
    if (fromDatabase) this.logger.warn(`Input refused by the database (SQLSTATE ${sqlState(raw)}): ${fromDatabase.reason}`);
    const exception = fromDatabase ?? raw;
    if (host.getType<string>() !== 'graphql') {
      // Plain HTTP routes (calendar files, files, health): domain errors get their HTTP status, and
      // the framework's own refusals (no such route, a malformed id, a body too large) the same
      // body as everything else, in the reader's language, without echoing what was sent.
      const http = exception instanceof HttpException ? httpRefusal(exception) : null;
      if (http) return this.sendHttp(host, http.status, http.problem);
      if (exception instanceof DomainException) {
        const locale = localeOfRequest(host);
        return this.answerHttp(host, HTTP_STATUS[exception.code], {
          code: exception.code,
          ...(exception.reason ? { reason: exception.reason } : {}),
          message: exception.messages[locale],
          ...(exception.fields.length ? { fields: exception.fields.map((f) => fieldOut(f, locale)) } : {}),
        });
      }
      if (exception instanceof HttpException) return this.http.catch(exception, host);
      this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
      return this.sendHttp(host, 500, UNEXPECTED_HTTP);
    }
    const context = GqlArgumentsHost.create(host).getContext<{ locale?: Locale } | undefined>();
    const locale = context?.locale ?? DEFAULT_LOCALE;
    return toGraphqlError(exception, locale, this.logger);
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function localeOfRequest(host: ArgumentsHost): Locale {
  const request = host.switchToHttp().getRequest<{ headers?: Record<string, string | string[] | undefined> }>();
  return /^en\b/i.test(String(request?.headers?.['accept-language'] ?? '')) ? 'en' : 'fr';
}

function fieldOut(f: FieldProblem, locale: Locale) {
  return { field: f.field, message: f.message[locale], ...(f.reason ? { reason: f.reason } : {}) };
}

interface HttpProblem {
  code: ErrorCode;
  reason: string;
  message: Labels;
}

const UNEXPECTED_HTTP: HttpProblem = {
  code: ErrorCode.INTERNAL_SERVER_ERROR,
  reason: 'UNEXPECTED',
  message: { fr: 'Une erreur inattendue est survenue. Réessayez plus tard.', en: 'Something went wrong. Please try again later.' },
};

/** The framework's refusals on plain HTTP routes, as the API's own errors. */
function httpRefusal(exception: HttpException): { status: number; problem: HttpProblem } | null {
  const status = exception.getStatus();
  if (status === 429) return null;
  const byStatus: Record<number, HttpProblem> = {
    400: {
      code: ErrorCode.BAD_USER_INPUT,
      reason: 'BAD_REQUEST',
      message: { fr: 'Cette requête est mal formée.', en: 'This request is malformed.' },
    },
    404: {
      code: ErrorCode.NOT_FOUND,
      reason: 'NO_SUCH_ADDRESS',
      message: { fr: 'Cette adresse ne mène nulle part.', en: 'This address leads nowhere.' },
    },
    405: {
      code: ErrorCode.BAD_USER_INPUT,
      reason: 'METHOD_NOT_ALLOWED',
      message: { fr: 'Cette méthode n’est pas acceptée ici.', en: 'This method is not accepted here.' },
    },
    413: {
      code: ErrorCode.BAD_USER_INPUT,
      reason: 'BODY_TOO_LARGE',
      message: { fr: 'Ce que vous envoyez est trop volumineux.', en: 'What you are sending is too large.' },
    },
    415: {
      code: ErrorCode.BAD_USER_INPUT,
      reason: 'UNSUPPORTED_MEDIA_TYPE',
      message: { fr: 'Ce type de contenu n’est pas accepté ici.', en: 'This type of content is not accepted here.' },
    },
  };
  const problem = byStatus[status] ?? (status >= 400 && status < 500 ? byStatus[400] : undefined);
  if (!problem) return null;
  // Nest's pipes say which argument was wrong (`Validation failed (uuid is expected)`).
  const said = exception.message;
  if (status === 400 && typeof said === 'string' && said.includes('uuid is expected')) {
    return { status: 404, problem: byStatus[404] as HttpProblem };
  }
  return { status: status in byStatus ? status : 400, problem };
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
