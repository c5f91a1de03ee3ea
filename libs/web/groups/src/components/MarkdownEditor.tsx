import { useLazyQuery } from '@apollo/client/react';
import { Alert, Loader, Tabs, Textarea, Typography } from '@mantine/core';
import { PreviewMarkdownDocument, toApiProblem } from '@mouvement/web-data-access';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export interface MarkdownEditorProps {
  label: string;
  description?: string;
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
  minRows?: number;
  error?: string;
}

/** A markdown text area with a preview rendered by the API, exactly as readers will see it. */
export function MarkdownEditor({ label, description, value, onChange, maxLength, minRows = 3, error }: MarkdownEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const [preview, previewState] = useLazyQuery(PreviewMarkdownDocument);
  return (
    <Tabs defaultValue="write" onChange={(tab) => tab === 'preview' && void preview({ variables: { body: value } })}>
      <Tabs.List>
        <Tabs.Tab value="write" id={`${id}-write`}>
          {t('groups.feed.write')}
        </Tabs.Tab>
        <Tabs.Tab value="preview" id={`${id}-preview`}>
          {t('groups.feed.preview')}
        </Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="write" pt="sm">
        <Textarea
          label={label}
          description={description ?? t('groups.feed.bodyHint')}
          value={value}
          onChange={(e) => onChange(e.currentTarget.value)}
          autosize
          minRows={minRows}
          maxLength={maxLength}
          error={error}
        />
      </Tabs.Panel>
      <Tabs.Panel value="preview" pt="sm">
        {previewState.loading ? (
          <Loader role="status" size="sm" aria-label={t('app.loading')} />
        ) : previewState.error ? (
          <Alert color="red" role="alert">
            {toApiProblem(previewState.error, t('app.error')).message}
          </Alert>
        ) : (
          <Typography>
            <div className="post-body" dangerouslySetInnerHTML={{ __html: previewState.data?.previewMarkdown ?? '' }} />
          </Typography>
        )}
      </Tabs.Panel>
    </Tabs>
  );
}
