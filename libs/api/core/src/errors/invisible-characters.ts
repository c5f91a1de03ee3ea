import { findInvisibleCharacter } from '@mouvement/shared-domain';
import { ValidateBy, type ValidationOptions } from 'class-validator';

/** The constraint's name, which the validation pipe maps to its message and to the reason INVISIBLE_CHARACTER. */
export const NO_INVISIBLE_CHARACTERS = 'noInvisibleCharacters';

/**
 * For names people read (of a person, a group, an organisation): refuses bidirectional overrides,
 * zero-width and other invisible formatting characters (see `findInvisibleCharacter`).
 */
export function NoInvisibleCharacters(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: NO_INVISIBLE_CHARACTERS,
      validator: { validate: (value: unknown) => typeof value !== 'string' || findInvisibleCharacter(value) === null },
    },
    options,
  );
}
