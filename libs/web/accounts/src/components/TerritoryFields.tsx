import { Select } from '@mantine/core';
import { useDepartments, useRegions } from '@mouvement/web-data-access';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../hooks/useLocale';

export interface TerritoryFieldsProps {
  regionCode: string | null;
  departmentCode: string | null;
  onChange: (value: { regionCode: string | null; departmentCode: string | null }) => void;
  regionError?: React.ReactNode;
  departmentError?: React.ReactNode;
  required?: boolean;
}

/** Region then department; choosing another region clears a department that is not in it. */
export function TerritoryFields({
  regionCode,
  departmentCode,
  onChange,
  regionError,
  departmentError,
  required = true,
}: TerritoryFieldsProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const regions = useRegions();
  const departments = useDepartments(regionCode);
  return (
    <>
      <Select
        label={t('accounts.region')}
        required={required}
        searchable
        data={(regions.data?.regions ?? []).map((r) => ({ value: r.code, label: locale === 'en' ? r.nameEn : r.name }))}
        value={regionCode}
        onChange={(value) => onChange({ regionCode: value, departmentCode: null })}
        error={regionError}
        nothingFoundMessage="—"
      />
      <Select
        label={t('accounts.department')}
        searchable
        clearable
        disabled={!regionCode}
        data={(departments.data?.departments ?? []).map((d) => ({ value: d.code, label: `${d.name} (${d.code})` }))}
        value={departmentCode}
        onChange={(value) => onChange({ regionCode, departmentCode: value })}
        error={departmentError}
      />
    </>
  );
}
