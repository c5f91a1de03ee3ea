import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

const ALLOWED = {
  allowedTags: [
    'p',
    'br',
    'strong',
    'em',
    'del',
    'code',
    'pre',
    'blockquote',
    'ul',
    'ol',
    'li',
    'a',
    'h2',
    'h3',
    'h4',
    'hr',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  allowedAttributes: { a: ['href', 'title'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  transformTags: {
    // Links written by members open safely and say they are external.
    a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow ugc', target: '_blank' }),
    // User content sits under the page's own h1 and a section h2: its headings start at h3.
    h1: 'h3',
    h2: 'h3',
    h3: 'h4',
  },
} satisfies sanitizeHtml.IOptions;

// Raw HTML in the source is escaped by markdown-it and stripped again by the sanitiser.
const md = new MarkdownIt({ html: false, linkify: true, breaks: true });

/**
 * The one renderer for user markdown: stored as written, served as HTML that can run no script
 * (allow-list sanitiser after rendering), so previews and readers see the same thing.
 */
export function renderMarkdown(source: string | null | undefined): string {
  if (!source) return '';
  const html = md.render(source);
  return sanitizeHtml(html, { ...ALLOWED, allowedAttributes: { a: ['href', 'title', 'rel', 'target'] } });
}
