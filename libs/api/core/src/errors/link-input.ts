import { normaliseLink } from '@mouvement/shared-domain';
import { Transform } from 'class-transformer';
import { ValidateBy } from 'class-validator';

/**
 * The one decorator of every field that holds a web address (an event's online link, an
 * organisation's site…): the text is trimmed (empty clears the field), checked once by
 * `normaliseLink` (the WHATWG parser, http or https, a named host, at most `LIMITS.urlMax`
 * characters) and stored as the parser writes it, so that nothing downstream (calendars, browsers)
 * ever sees an address that was not normalised. Use it with `@IsOptional()` for optional fields.
 */
export function IsLink(): PropertyDecorator {
  const normalise = Transform(({ value }: { value: unknown }) => {
    if (typeof value !== 'string') return value;
    if (!value.trim()) return null;
    // Left as written when it is not a web address: the check below refuses it with its message.
    return normaliseLink(value) ?? value;
  });
  const check = ValidateBy({
    name: 'isLink',
    validator: { validate: (value: unknown) => typeof value === 'string' && normaliseLink(value) !== null },
  });
  return (target, key) => {
    normalise(target, key);
    check(target, key);
  };
}
