import type { Labels } from '@mouvement/shared-domain';
import { ErrorCode } from './error-code';

/** One invalid field of an input, with a message a person understands. */
export interface FieldProblem {
  field: string;
  message: Labels;
}

/**
 * The one error type services throw. It carries its code and its message in both languages;
 * the GraphQL filter picks the reader's language.
 */
export class DomainException extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messages: Labels,
    readonly fields: FieldProblem[] = [],
  ) {
    super(messages.en);
    this.name = 'DomainException';
  }

  static badInput(
    fields: FieldProblem[],
    messages: Labels = { fr: 'Certains champs ne sont pas valides.', en: 'Some fields are not valid.' },
  ) {
    return new DomainException(ErrorCode.BAD_USER_INPUT, messages, fields);
  }
  static field(field: string, message: Labels) {
    return DomainException.badInput([{ field, message }], message);
  }
  static unauthenticated() {
    return new DomainException(ErrorCode.UNAUTHENTICATED, {
      fr: 'Vous devez être connecté·e pour faire cela.',
      en: 'You need to be signed in to do that.',
    });
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
    return new DomainException(ErrorCode.RATE_LIMITED, {
      fr: 'Trop de tentatives. Réessayez dans quelques minutes.',
      en: 'Too many attempts. Try again in a few minutes.',
    });
  }
}
