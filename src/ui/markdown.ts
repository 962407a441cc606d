// A small Markdown reader for the teacher guide and the student handout, building DOM nodes (never HTML strings):
// headings, paragraphs, lists, block quotes, tables, rules, images, bold, italics, code and links. Links to a shipped
// scenario file open that scenario; links to the lessons report mark a figure quoted from it; web links open outside.
import { h } from './dom';

type Inline = Node | string;

const SCENARIO_LINK = /(?:^|\/)scenarios\/([a-z0-9-]+)\.json$/;
const LESSONS_LINK = /(?:^|\/)test\/bench\/lessons\.md(#.*)?$/;

/** The page a link leads to in the game, or null when it only marks its text. */
function linkOf(text: Inline[], href: string): Inline {
  const scenario = SCENARIO_LINK.exec(href);
  if (scenario) return h('a', { href: `?scenario=${scenario[1]}` }, ...text);
  if (LESSONS_LINK.test(href)) return h('span', { class: 'figure', title: 'npm run lessons' }, ...text);
  if (/^https:\/\//.test(href)) return h('a', { href, target: '_blank', rel: 'noopener noreferrer' }, ...text);
  return h('span', {}, ...text);
}

/** Bold, italics, code and links within a line. */
export function inline(text: string): Inline[] {
  const out: Inline[] = [];
  const pattern = /(\*\*([^*]+)\*\*)|(`([^`]+)`)|(\[([^\]]+)\]\(([^)\s]+)\))|(\*([^*]+)\*)|(_([^_]+)_)/g;
  let last = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match.index > last) out.push(text.slice(last, match.index));
    if (match[2] !== undefined) out.push(h('strong', {}, ...inline(match[2])));
    else if (match[4] !== undefined) out.push(h('code', {}, match[4]));
    else if (match[6] !== undefined) out.push(linkOf(inline(match[6]), match[7]!));
    else out.push(h('em', {}, ...inline(match[9] ?? match[11] ?? '')));
    last = pattern.lastIndex;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

const cells = (line: string) => line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());

/** Where an image the text names is served from (the build's own address for it), or undefined when the game has none. */
export type ImageSource = (path: string) => string | undefined;

/** Markdown text as a list of block elements; a line that is only an image (`![what it shows](path)`) is a figure. */
export function renderMarkdown(markdown: string, images: ImageSource = () => undefined): HTMLElement[] {
  const lines = markdown.replace(/\r\n/g, '\n').split('\n');
  const blocks: HTMLElement[] = [];
  let i = 0;
  const isBlockStart = (line: string) => /^(#{1,6} |[-*] |\d+\. |> |\||---+\s*$|<!--)/.test(line);
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.trim() === '') { i += 1; continue; }
    if (line.startsWith('<!--')) {
      // A comment for the repository's readers, such as a page break marker: `<!-- page break -->`.
      if (/page break/.test(line)) blocks.push(h('div', { class: 'page-break' }));
      while (i < lines.length && !lines[i]!.includes('-->')) i += 1;
      i += 1;
      continue;
    }
    const heading = /^(#{1,6}) (.*)$/.exec(line);
    if (heading) {
      const level = Math.min(6, heading[1]!.length + 1) as 2 | 3 | 4 | 5 | 6;
      blocks.push(h(`h${level}`, {}, ...inline(heading[2]!)));
      i += 1;
      continue;
    }
    if (/^---+\s*$/.test(line)) { blocks.push(h('hr')); i += 1; continue; }
    const image = /^!\[([^\]]*)\]\(([^)\s]+)\)\s*$/.exec(line);
    if (image) {
      const src = images(image[2]!);
      if (src) blocks.push(h('figure', { class: 'guide-shot' }, h('img', { src, alt: image[1]! }), h('figcaption', {}, image[1]!)));
      i += 1;
      continue;
    }
    if (line.startsWith('|')) {
      const rows: string[][] = [];
      while (i < lines.length && lines[i]!.startsWith('|')) {
        if (!/^\|[\s:|-]+\|?\s*$/.test(lines[i]!)) rows.push(cells(lines[i]!));
        i += 1;
      }
      const [head, ...body] = rows;
      blocks.push(h('table', {},
        h('thead', {}, h('tr', {}, ...(head ?? []).map((c) => h('th', { scope: 'col' }, ...inline(c))))),
        h('tbody', {}, ...body.map((r) => h('tr', {}, ...r.map((c) => h('td', {}, ...inline(c))))))));
      continue;
    }
    if (line.startsWith('> ')) {
      const quoted: string[] = [];
      while (i < lines.length && lines[i]!.startsWith('>')) quoted.push(lines[i++]!.replace(/^> ?/, ''));
      blocks.push(h('blockquote', {}, ...renderMarkdown(quoted.join('\n'), images)));
      continue;
    }
    const bullet = /^[-*] /.test(line);
    if (bullet || /^\d+\. /.test(line)) {
      const items: string[] = [];
      const marker = bullet ? /^[-*] / : /^\d+\. /;
      while (i < lines.length && (marker.test(lines[i]!) || (/^ {2,}\S/.test(lines[i]!) && items.length > 0))) {
        if (marker.test(lines[i]!)) items.push(lines[i]!.replace(marker, ''));
        else items[items.length - 1] = joinLines(items[items.length - 1]!, lines[i]!.trim());
        i += 1;
      }
      // A numbered list goes on from its first number (a list broken by a picture keeps counting).
      const start = bullet ? {} : { start: String(Number(/^\d+/.exec(line)![0])) };
      blocks.push(h(bullet ? 'ul' : 'ol', start, ...items.map((item) => h('li', {}, ...inline(item)))));
      continue;
    }
    const paragraph: string[] = [];
    while (i < lines.length && lines[i]!.trim() !== '' && (paragraph.length === 0 || !isBlockStart(lines[i]!))) paragraph.push(lines[i++]!.trim());
    blocks.push(h('p', {}, ...inline(paragraph.reduce(joinLines))));
  }
  return blocks;
}

/** Chinese, Japanese and their punctuation: a line break between such characters is no space. */
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/** Two lines of one paragraph as one: a space between them, except where a line break falls between CJK characters. */
function joinLines(before: string, after: string): string {
  return CJK.test(before.slice(-1)) || CJK.test(after.charAt(0)) ? `${before}${after}` : `${before} ${after}`;
}
