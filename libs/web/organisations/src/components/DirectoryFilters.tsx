import { Select, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { useRegions } from '@mouvement/web-data-access';
import { THEME_LABELS, THEMES } from '@mouvement/shared-domain';
import { useLocale } from '@mouvement/web-accounts';
import { useTranslation } from 'react-i18next';
import type { SetURLSearchParams } from 'react-router';

/** Reads and writes a filter in the address, so a filtered directory can be shared and bookmarked. */
export function useParam(params: URLSearchParams, setParams: SetURLSearchParams) {
  return (name: string) => ({
    value: params.get(name),
    set: (value: string | null) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          if (value) next.set(name, value);
          else next.delete(name);
          return next;
        },
        { replace: true },
      ),
  });
}

/** A text filter typed freely and written to the address once the person pauses. */
export function useDebouncedParam(params: URLSearchParams, setParams: SetURLSearchParams, name: string): [string, (value: string) => void] {
  const [value, setValue] = useState(params.get(name) ?? '');
  const [debounced] = useDebouncedValue(value, 300);
  const write = useRef(useParam(params, setParams)(name).set);
  write.current = useParam(params, setParams)(name).set;
  useEffect(() => write.current(debounced.trim() || null), [debounced]);
  return [value, setValue];
}

export function SearchField({ value, onChange, label }: { value: string; onChange: (v: string) => void; label: string }) {
  const { t } = useTranslation();
  return (
    <TextInput
      label={label}
      placeholder={t('directory.searchPlaceholder')}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      type="search"
    />
  );
}

export function RegionFilter({ value, onChange }: { value: string | null; onChange: (v: string | null) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const regions = useRegions();
  return (
    <Select
      label={t('directory.region')}
      placeholder={t('directory.all')}
      clearable
      searchable
      data={(regions.data?.regions ?? []).map((r) => ({ value: r.code, label: locale === 'en' ? r.nameEn : r.name }))}
      value={value}
      onChange={onChange}
    />
  );
}

export function ThemeFilter({ value, onChange }: { value: string | null; onChange: (v: string | null) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Select
      label={t('directory.theme')}
      placeholder={t('directory.all')}
      clearable
      data={THEMES.map((theme) => ({ value: theme, label: THEME_LABELS[theme][locale] }))}
      value={value}
      onChange={onChange}
    />
  );
}
