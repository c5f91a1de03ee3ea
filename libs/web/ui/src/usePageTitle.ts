import { useEffect } from 'react';

/** Each page sets its own title (RGAA 8.6): "Page – Mouvement". */
export function usePageTitle(title: string, appName = 'Mouvement') {
  useEffect(() => {
    document.title = title ? `${title} – ${appName}` : appName;
  }, [title, appName]);
}
