import type { Locale } from '@mouvement/shared-domain';

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export interface MailContent {
  subject: string;
  greeting: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  /** A second, lesser link under the button (e.g. "forgot your password?"). */
  secondaryAction?: { label: string; url: string };
  footnote?: string;
}

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

const SIGNATURE: Record<Locale, string> = {
  fr: "L'équipe de Mouvement — le réseau collaboratif de l'ESS",
  en: 'The Mouvement team — the social economy network',
};

/** Plain text and HTML versions of one message, in the reader's language, with escaped content. */
export function renderMail(locale: Locale, content: MailContent): RenderedMail {
  const text = [
    content.greeting,
    '',
    ...content.paragraphs.flatMap((p) => [p, '']),
    ...(content.action ? [`${content.action.label} : ${content.action.url}`, ''] : []),
    ...(content.secondaryAction ? [`${content.secondaryAction.label} : ${content.secondaryAction.url}`, ''] : []),
    ...(content.footnote ? [content.footnote, ''] : []),
    '--',
    SIGNATURE[locale],
  ].join('\n');
  const html = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><title>${escape(content.subject)}</title></head>
<body style="font-family:system-ui,Arial,sans-serif;color:#1a1a1a;line-height:1.5;max-width:600px;margin:0 auto;padding:24px">
<p style="font-weight:700;color:#15603f;font-size:20px;margin:0 0 16px">Mouvement</p>
<p>${escape(content.greeting)}</p>
${content.paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}
${
  content.action
    ? `<p style="margin:24px 0"><a href="${escape(content.action.url)}" style="background:#15603f;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:600">${escape(content.action.label)}</a></p>
<p style="font-size:13px;color:#495057">${escape(content.action.url)}</p>`
    : ''
}
${
  content.secondaryAction
    ? `<p><a href="${escape(content.secondaryAction.url)}" style="color:#15603f">${escape(content.secondaryAction.label)}</a></p>`
    : ''
}
${content.footnote ? `<p style="font-size:13px;color:#495057">${escape(content.footnote)}</p>` : ''}
<hr style="border:none;border-top:1px solid #dee2e6;margin:24px 0">
<p style="font-size:13px;color:#495057">${escape(SIGNATURE[locale])}</p>
</body></html>`;
  return { subject: content.subject, text, html };
}
