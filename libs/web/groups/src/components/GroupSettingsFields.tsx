import { MultiSelect, Select, Textarea, TextInput } from '@mantine/core';
import {
  GROUP_LIMITS,
  GroupVisibility,
  JOIN_POLICY_LABELS,
  JoinPolicy,
  LIMITS,
  THEME_LABELS,
  THEMES,
  VISIBILITY_LABELS,
  type Theme,
} from '@mouvement/shared-domain';
import { useLocale } from '@mouvement/web-accounts';
import { useTranslation } from 'react-i18next';
import { MarkdownEditor } from './MarkdownEditor';

/** What a coordinator can change in a group, the same fields on creation and in the settings. */
export interface GroupSettingsValues {
  name: string;
  themes: Theme[];
  description: string;
  charter: string;
  /** Join questions, one per line. */
  questions: string;
  visibility: GroupVisibility;
  joinPolicy: JoinPolicy;
}

export function settingsInput(values: GroupSettingsValues) {
  return {
    name: values.name.trim(),
    themes: values.themes,
    description: values.description.trim() || null,
    charter: values.charter.trim() || null,
    joinQuestions: values.questions
      .split('\n')
      .map((q) => q.trim())
      .filter(Boolean),
    visibility: values.visibility,
    joinPolicy: values.joinPolicy,
  };
}

export function GroupSettingsFields({
  values,
  onChange,
  errors,
}: {
  values: GroupSettingsValues;
  onChange: (values: GroupSettingsValues) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const set = <K extends keyof GroupSettingsValues>(key: K, value: GroupSettingsValues[K]) => onChange({ ...values, [key]: value });
  return (
    <>
      <TextInput
        label={t('groups.create.name')}
        required
        maxLength={GROUP_LIMITS.nameMax}
        value={values.name}
        onChange={(e) => set('name', e.currentTarget.value)}
        error={errors['name']}
      />
      <MultiSelect
        label={t('groups.create.themes')}
        data={THEMES.map((theme) => ({ value: theme, label: THEME_LABELS[theme][locale] }))}
        value={values.themes}
        onChange={(v) => set('themes', v as Theme[])}
        maxValues={LIMITS.themesMax}
        searchable
        error={errors['themes']}
        clearable
      />
      <Textarea
        label={t('groups.create.description')}
        autosize
        minRows={3}
        maxLength={GROUP_LIMITS.descriptionMax}
        value={values.description}
        onChange={(e) => set('description', e.currentTarget.value)}
        error={errors['description']}
      />
      <MarkdownEditor
        label={t('groups.create.charter')}
        value={values.charter}
        onChange={(v) => set('charter', v)}
        maxLength={GROUP_LIMITS.charterMax}
        minRows={4}
        error={errors['charter']}
      />
      <Select
        label={t('groups.create.joinPolicy')}
        allowDeselect={false}
        data={Object.values(JoinPolicy).map((p) => ({ value: p, label: JOIN_POLICY_LABELS[p][locale] }))}
        value={values.joinPolicy}
        onChange={(v) => set('joinPolicy', (v as JoinPolicy) ?? JoinPolicy.ON_REQUEST)}
      />
      {values.joinPolicy === JoinPolicy.ON_REQUEST && (
        <Textarea
          label={t('groups.create.questions')}
          autosize
          minRows={2}
          value={values.questions}
          onChange={(e) => set('questions', e.currentTarget.value)}
          error={errors['joinQuestions']}
        />
      )}
      <Select
        label={t('groups.create.visibility')}
        allowDeselect={false}
        data={Object.values(GroupVisibility).map((v) => ({ value: v, label: VISIBILITY_LABELS[v][locale] }))}
        value={values.visibility}
        onChange={(v) => set('visibility', (v as GroupVisibility) ?? GroupVisibility.PUBLIC)}
      />
    </>
  );
}
