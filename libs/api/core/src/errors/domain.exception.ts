import type { Labels } from '@mouvement/shared-domain';
import { ErrorCode } from './error-code';

/** One invalid field of an input, with a message a person understands. */
export interface FieldProblem {
  field: string;
  message: Labels;
  /** The exact case for this field, e.g. TOO_LONG. */
  reason?: string;
}

/**
 * The one error type services throw. It carries its code (`extensions.code`: what kind of
 * problem), optionally its reason (`extensions.reason`: the exact case, e.g. `CONTROL_CHARACTER`,
 * `LAST_COORDINATOR`; stable, in SCREAMING_SNAKE_CASE) and its message in both languages; the
 * GraphQL filter picks the reader's language.
 */
export class DomainException extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messages: Labels,
    readonly fields: FieldProblem[] = [],
    readonly reason?: string,
  ) {
    super(messages.en);
    this.name = 'DomainException';
  }

  /** The same error with its exact case named. */
  because(reason: string): DomainException {
    return new DomainException(this.code, this.messages, this.fields, reason);
  }

  static badInput(
    fields: FieldProblem[],
    messages: Labels = { fr: 'Certains champs ne sont pas valides.', en: 'Some fields are not valid.' },
    reason = 'INVALID_INPUT',
  ) {
    return new DomainException(ErrorCode.BAD_USER_INPUT, messages, fields, reason);
  }
  static field(field: string, message: Labels, reason = 'INVALID_INPUT') {
    return DomainException.badInput([{ field, message }], message, reason);
  }
  static unauthenticated() {
    return new DomainException(
      ErrorCode.UNAUTHENTICATED,
      { fr: 'Vous devez être connecté·e pour faire cela.', en: 'You need to be signed in to do that.' },
      [],
      'SIGN_IN_REQUIRED',
    );
  }
  static forbidden(messages: Labels = { fr: "Vous n'avez pas le droit de faire cela.", en: 'You are not allowed to do that.' }) {
    return new DomainException(ErrorCode.FORBIDDEN, messages);
  }
  static notFound(what: Labels = { fr: 'Élément', en: 'Item' }) {
    return new DomainException(ErrorCode.NOT_FOUND, { fr: `${what.fr} introuvable.`, en: `${what.en} not found.` });
  }
  static conflict(messages: Labels) {
    return new DomainException(ErrorCode.CONFLICT, messages);
  }
  static rateLimited() {
    return new DomainException(
      ErrorCode.RATE_LIMITED,
      { fr: 'Trop de tentatives. Réessayez dans quelques minutes.', en: 'Too many attempts. Try again in a few minutes.' },
      [],
      'TOO_MANY_REQUESTS',
    );
  }
}
