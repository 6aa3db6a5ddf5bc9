import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ReportFormatError } from './types.js';

export type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: true,
  removeNSPrefix: true,
  // Every element may repeat: readers then never have to ask "one or many?".
  isArray: (_name, _path, _isLeaf, isAttribute) => !isAttribute,
});

/** Root element name of an XML document, cheaply, for format detection. */
export function xmlRootName(text: string): string | undefined {
  const body = text
    .replace(/^\uFEFF/, '')
    .replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/g, '');
  return /^\s*<([A-Za-z_][\w.:-]*)/.exec(body)?.[1]?.replace(/^.*:/, '');
}

/** Parse after validating, so a truncated or broken file gives its line and column, not garbage. */
export function parseXml(text: string, file: string): XmlNode {
  const verdict = XMLValidator.validate(text);
  if (verdict !== true) {
    const { msg, line, col } = verdict.err;
    // The validator reports unclosed elements as a JSON-ish list at 1:1; say what it means.
    const unclosed = /^Invalid '\[([\s\S]*)\]' found/.exec(msg);
    if (unclosed) {
      const names = unclosed[1]!.replace(/[\s"]/g, '').split(',').filter(Boolean);
      throw new ReportFormatError(
        file,
        `malformed XML: the file ends before <${names.join('>, <')}> are closed (truncated or still being written?)`,
      );
    }
    throw new ReportFormatError(file, `malformed XML at line ${line}, column ${col}: ${msg}`);
  }
  return parser.parse(text) as XmlNode;
}

export function children(node: unknown, name: string): XmlNode[] {
  if (!node || typeof node !== 'object') return [];
  const value = (node as XmlNode)[name];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

export function attr(node: XmlNode, name: string): string | undefined {
  const value = node[`@${name}`];
  return typeof value === 'string' ? value : undefined;
}

/** Text content of an element (string child or `#text`), joined. */
export function text(node: unknown): string | undefined {
  if (typeof node === 'string') return node;
  if (!node || typeof node !== 'object') return undefined;
  const value = (node as XmlNode)['#text'];
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.join('');
  return undefined;
}
