import { renderMarkdown } from './markdown';

describe(renderMarkdown.name, () => {
  it('renders markdown to HTML', () => {
    expect(renderMarkdown('**Faire** mouvement\n\n- un\n- deux')).toBe(
      '<p><strong>Faire</strong> mouvement</p>\n<ul>\n<li>un</li>\n<li>deux</li>\n</ul>\n',
    );
  });

  it('removes script tags, javascript: links and event handlers', () => {
    const html = renderMarkdown(
      '<script>alert(1)</script>\n\n[clic](javascript:alert(1)) <img src=x onerror="alert(1)"> <a href="https://ess.fr" onclick="x()">x</a> [lien](https://ess.fr)',
    );
    // Raw HTML is shown as text, never as tags; javascript: links are not links.
    expect(html).not.toMatch(/<script|<img|<a [^>]*onclick|href="javascript:/i);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('<a href="https://ess.fr" rel="noopener noreferrer nofollow ugc" target="_blank">lien</a>');
  });

  it('keeps nothing for empty input', () => {
    expect(renderMarkdown(null)).toBe('');
  });
});
