import { BadRequestException, ValidationPipe, type ArgumentMetadata } from '@nestjs/common';
import type { Labels } from '@mouvement/shared-domain';
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
  arrayMaxSize: ([n]) => ({ fr: `Au plus ${n} éléments.`, en: `At most ${n} items.` }),
  arrayUnique: () => ({ fr: 'Les éléments doivent être différents.', en: 'Items must be different.' }),
  matches: () => ({ fr: 'Format invalide.', en: 'Invalid format.' }),
  equals: () => ({ fr: 'Ce choix est obligatoire.', en: 'This choice is required.' }),
  isSiret: () => ({
    fr: 'SIRET invalide : 14 chiffres dont la clé est correcte.',
    en: 'Invalid SIRET: 14 digits with a valid check digit.',
  }),
  isPassword: () => ({ fr: 'Au moins 10 caractères.', en: 'At least 10 characters.' }),
  [NO_INVISIBLE_CHARACTERS]: () => ({
    fr: 'Ce nom contient un caractère invisible ou de mise en forme (inversion du sens d’écriture, espace de largeur nulle…) : retirez-le.',
    en: 'This name contains an invisible or formatting character (a direction override, a zero-width space…): remove it.',
  }),
};

/** Constraints whose failure is a case of its own (`extensions.reason`), rather than INVALID_INPUT. */
const CONSTRAINT_REASONS: Record<string, string> = {
  [NO_INVISIBLE_CHARACTERS]: 'INVISIBLE_CHARACTER',
};

/** The reason of the first failed constraint that has one of its own. */
function reasonOf(errors: ValidationError[]): string | undefined {
  for (const error of errors) {
    const own = Object.keys(error.constraints ?? {})
      .map((name) => CONSTRAINT_REASONS[name])
      .find(Boolean);
    const found = own ?? reasonOf(error.children ?? []);
    if (found) return found;
  }
  return undefined;
}

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
      out.push({ field, message: make ? make(constraintArgs(error.target, error.property, first)) : GENERIC });
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
      const reason = reasonOf(errors);
      return reason ? DomainException.badInput(problems, problems[0]?.message, reason) : DomainException.badInput(problems);
    },
  });
}

export { BadRequestException };
