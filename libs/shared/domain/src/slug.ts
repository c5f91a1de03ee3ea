/** "Coop'alpha — Bègles" → "coop-alpha-begles": lower case, no accents, dashes between words. */
export function slugify(input: string, maxLength = 80): string {
  return input
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/g, '');
}
