/**
 * "Coop'alpha — Bègles" → "coop-alpha-begles": lower case, no accents, dashes between words, at
 * most `maxLength` characters, never a dash at either end. One pass over the text.
 */
export function slugify(input: string, maxLength = 80): string {
  const plain = input
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  let slug = '';
  let gap = false;
  for (let i = 0; i < plain.length; i += 1) {
    const c = plain.charCodeAt(i);
    const alphanumeric = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (!alphanumeric) {
      gap = slug.length > 0;
      continue;
    }
    const next = gap ? 2 : 1;
    if (slug.length + next > maxLength) break;
    slug += gap ? `-${plain[i]}` : plain[i];
    gap = false;
  }
  return slug;
}
