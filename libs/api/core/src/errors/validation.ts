import { BadRequestException, ValidationPipe, type ArgumentMetadata } from '@nestjs/common';
import { LIMITS, type Labels } from '@mouvement/shared-domain';
import { getMetadataStorage, type ValidationError } from 'class-validator';
import { DomainException, type FieldProblem } from './domain.exception';
import { NO_INVISIBLE_CHARACTERS } from './invisible-characters';

type Constraints = unknown[];

/** Localised messages for class-validator's constraints, given the constraint's own arguments. */
const CONSTRAINT_MESSAGES: Record<string, (c: Constraints) => Labels> = {
  isEmail: () => ({ fr: 'Adresse e-mail invalide.', en: 'Invalid email address.' }),
  minLength: ([n]) => ({ fr: `Au moins ${n} caractères.`, en: `At least ${n} characters.` }),
  maxLength: ([n]) => ({ fr: `Au plus ${n} caractères.`, en: `At most ${n} characters.` }),
  isNotEmpty: () => ({ fr: 'Ce champ est obligatoire.', en: 'This field is required.' }),
  isString: () => ({ fr: 'Un texte est attendu.', en: 'Text is expected.' }),
  isInt: () => ({ fr: 'Un nombre entier est attendu.', en: 'A whole number is expected.' }),
  isBoolean: () => ({ fr: 'Oui ou non est attendu.', en: 'Yes or no is expected.' }),
  min: ([n]) => ({ fr: `Au moins ${n}.`, en: `At least ${n}.` }),
  max: ([n]) => ({ fr: `Au plus ${n}.`, en: `At most ${n}.` }),
  isEnum: () => ({ fr: 'Valeur non reconnue.', en: 'Unknown value.' }),
  isIn: () => ({ fr: 'Valeur non reconnue.', en: 'Unknown value.' }),
  isUuid: () => ({ fr: 'Identifiant invalide.', en: 'Invalid identifier.' }),
  isUrl: () => ({ fr: 'Adresse web invalide (https://…).', en: 'Invalid web address (https://…).' }),
  isLink: () => ({
    fr: `Adresse web invalide : une adresse https://… d’un site, de ${LIMITS.urlMax} caractères au plus.`,
    en: `Invalid web address: the https://… address of a site, of at most ${LIMITS.urlMax} characters.`,
  }),
  arrayMaxSize: ([n]) => ({ fr: `Au plus ${n} éléments.`, en: `At most ${n} items.` }),
  arrayUnique: () => ({ fr: 'Les éléments doivent être différents.', en: 'Items must be different.' }),
  matches: () => ({ fr: 'Format invalide.', en: 'Invalid format.' }),
  equals: () => ({ fr: 'Ce choix est obligatoire.', en: 'This choice is required.' }),
  isSiret: () => ({
    fr: 'SIRET invalide : 14 chiffres dont la clé est correcte.',
    en: 'Invalid SIRET: 14 digits with a valid check digit.',
  }),
  isPassword: () => ({ fr: 'Au moins 10 caractères.', en: 'At least 10 characters.' }),
  isDefined: () => ({
    fr: 'Ce champ ne peut pas être effacé : donnez une valeur ou ne l’envoyez pas.',
    en: 'This field cannot be cleared: give a value or leave it out.',
  }),
  [NO_INVISIBLE_CHARACTERS]: () => ({
    fr: 'Ce nom contient un caractère invisible ou de mise en forme (inversion du sens d’écriture, espace de largeur nulle…) : retirez-le.',
    en: 'This name contains an invisible or formatting character (a direction override, a zero-width space…): remove it.',
  }),
};

/** The exact case (`extensions.reason`) of each constraint. */
const CONSTRAINT_REASONS: Record<string, string> = {
  isEmail: 'INVALID_EMAIL',
  minLength: 'TOO_SHORT',
  maxLength: 'TOO_LONG',
  isNotEmpty: 'REQUIRED',
  isString: 'NOT_TEXT',
  isInt: 'NOT_INTEGER',
  isBoolean: 'NOT_BOOLEAN',
  min: 'TOO_SMALL',
  max: 'TOO_LARGE',
  isEnum: 'UNKNOWN_VALUE',
  isIn: 'UNKNOWN_VALUE',
  isUuid: 'INVALID_ID',
  isUrl: 'INVALID_URL',
  arrayMaxSize: 'TOO_MANY_ITEMS',
  arrayUnique: 'DUPLICATE_ITEMS',
  matches: 'INVALID_FORMAT',
  equals: 'REQUIRED_CHOICE',
  isSiret: 'INVALID_SIRET',
  isPassword: 'PASSWORD_TOO_SHORT',
  isDefined: 'NULL_NOT_ALLOWED',
  [NO_INVISIBLE_CHARACTERS]: 'INVISIBLE_CHARACTER',
};

const GENERIC: Labels = { fr: 'Valeur invalide.', en: 'Invalid value.' };

function constraintArgs(target: object | undefined, property: string, type: string): Constraints {
  if (!target) return [];
  const metas = getMetadataStorage().getTargetValidationMetadatas(target.constructor, '', true, false);
  const meta = metas.find((m) => m.propertyName === property && (m.name === type || m.type === type || m.constraints?.[0] === type));
  return (meta?.constraints as Constraints | undefined) ?? [];
}

/** Flattens nested validation errors into `field.path` problems with a localised message. */
export function toFieldProblems(errors: ValidationError[], prefix = ''): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const constraintNames = Object.keys(error.constraints ?? {});
    const first = constraintNames[0];
    if (first) {
      const make = CONSTRAINT_MESSAGES[first];
      out.push({
        field,
        message: make ? make(constraintArgs(error.target, error.property, first)) : GENERIC,
        reason: CONSTRAINT_REASONS[first] ?? 'INVALID_FIELD',
      });
    }
    if (error.children?.length) out.push(...toFieldProblems(error.children, field));
  }
  return out;
}

/**
 * Validates GraphQL arguments only (Nest hands them to pipes as 'body'). Global pipes run for every
 * parameter of every resolver, field resolvers included: for the parent and context parameters of a
 * 50-item page this returns at once instead of going through the whole pipe.
 */
class ArgsValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'body') return value;
    return super.transform(value, metadata);
  }
}

/** The pipe every GraphQL input goes through: whitelist, transform, localised per-field details. */
export function createValidationPipe(): ValidationPipe {
  return new ArgsValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    stopAtFirstError: true,
    validationError: { target: true, value: false },
    exceptionFactory: (errors: ValidationError[]) => {
      const problems = toFieldProblems(errors);
      // One problem: its own message says what to fix; several: a summary, each field with its own.
      const only = problems.length === 1 ? problems[0] : undefined;
      return DomainException.badInput(problems, only?.message, problems[0]?.reason ?? 'INVALID_INPUT');
    },
  });
}

export { BadRequestException };
