import { useTranslation } from 'react-i18next';

export function useLocale(): 'fr' | 'en' {
  const { i18n } = useTranslation();
  return i18n.language?.startsWith('en') ? 'en' : 'fr';
}
