/** Builds the job summary as GitHub-flavoured markdown; the runner appends it, the CLI prints it. */
export class Summary {
  private readonly parts: string[] = [];

  heading(text: string, level: 1 | 2 | 3 | 4 = 2): this {
    this.parts.push(`${'#'.repeat(level)} ${text}\n`);
    return this;
  }

  paragraph(text: string): this {
    this.parts.push(`${text}\n`);
    return this;
  }

  list(items: string[]): this {
    if (items.length > 0) this.parts.push(`${items.map((item) => `- ${item}`).join('\n')}\n`);
    return this;
  }

  /** A markdown table; cells are escaped so a `|` or newline in user data cannot break it. */
  table(header: string[], rows: (string | number)[][]): this {
    if (rows.length === 0) return this;
    const line = (cells: (string | number)[]) =>
      `| ${cells.map((c) => escapeCell(String(c))).join(' | ')} |`;
    this.parts.push(
      [line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n') +
        '\n',
    );
    return this;
  }

  code(text: string, language = ''): this {
    const fence = text.includes('```') ? '~~~~' : '```';
    this.parts.push(`${fence}${language}\n${text.replace(/\n$/, '')}\n${fence}\n`);
    return this;
  }

  /** A collapsible section. */
  details(title: string, body: string): this {
    this.parts.push(
      `<details><summary>${escapeHtml(title)}</summary>\n\n${body.replace(/\n$/, '')}\n\n</details>\n`,
    );
    return this;
  }

  raw(markdown: string): this {
    this.parts.push(markdown.endsWith('\n') ? markdown : `${markdown}\n`);
    return this;
  }

  isEmpty(): boolean {
    return this.parts.length === 0;
  }

  toMarkdown(): string {
    return this.parts.join('\n');
  }
}

export function escapeCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
