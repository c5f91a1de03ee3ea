/** A label in the two languages the product speaks: French first, English second. */
export interface Labels {
  fr: string;
  en: string;
}

export type Locale = 'fr' | 'en';
export const LOCALES: readonly Locale[] = ['fr', 'en'];
export const DEFAULT_LOCALE: Locale = 'fr';

export function pickLocale(value: string | null | undefined): Locale {
  if (!value) return DEFAULT_LOCALE;
  // Accept-Language: "en-GB,en;q=0.9,fr;q=0.8" — the first supported tag wins.
  for (const part of value.split(',')) {
    const tag = part.split(';')[0]?.trim().slice(0, 2).toLowerCase();
    if (tag === 'fr' || tag === 'en') return tag;
  }
  return DEFAULT_LOCALE;
}
