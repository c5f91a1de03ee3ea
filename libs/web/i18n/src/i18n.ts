import i18next, { type i18n } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { fr } from './fr';

export const LANGUAGE_STORAGE_KEY = 'mouvement.lang';

/** French by default; English when the person chose it (stored) or their browser asks for it first. */
export function createI18n(): i18n {
  const instance = i18next.createInstance();
  void instance
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources: { fr: { translation: fr }, en: { translation: en } },
      supportedLngs: ['fr', 'en'],
      nonExplicitSupportedLngs: true,
      fallbackLng: 'fr',
      load: 'languageOnly',
      interpolation: { escapeValue: false },
      detection: {
        order: ['localStorage', 'navigator'],
        lookupLocalStorage: LANGUAGE_STORAGE_KEY,
        caches: ['localStorage'],
      },
      initImmediate: false,
    } as Parameters<i18n['init']>[0]);
  const syncHtmlLang = (lng: string) => {
    if (typeof document !== 'undefined') document.documentElement.lang = lng.startsWith('en') ? 'en' : 'fr';
  };
  syncHtmlLang(instance.language ?? 'fr');
  instance.on('languageChanged', syncHtmlLang);
  return instance;
}

export function currentLocale(instance: i18n): 'fr' | 'en' {
  return instance.language?.startsWith('en') ? 'en' : 'fr';
}
