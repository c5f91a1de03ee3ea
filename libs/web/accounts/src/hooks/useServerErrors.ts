import type { UseFormReturnType } from '@mantine/form';
import { toApiProblem, type ApiProblem } from '@mouvement/web-data-access';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Runs a submit and puts the API's per-field messages next to their fields; other problems are
 * returned for an alert above the form.
 */
export function useServerErrors<T extends Record<string, unknown>>(form: UseFormReturnType<T>) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const run = async (action: () => Promise<unknown>): Promise<boolean> => {
    setProblem(null);
    try {
      await action();
      return true;
    } catch (error) {
      const p = toApiProblem(error, t('app.error'));
      const known = Object.entries(p.fields).filter(([field]) => field in form.values);
      if (known.length) form.setErrors(Object.fromEntries(known));
      setProblem(p);
      return false;
    }
  };
  return { problem, setProblem, run };
}
