/**
 * Checks that tell a real secret from something shaped like one: documentation placeholders,
 * references to a secret store, identifiers. Shared by the rules in rules.ts.
 */

/** Shannon entropy in bits per character. */
export function shannonEntropy(text: string): number {
  if (text.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const ch of text) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / text.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/** How many of: lower case, upper case, digits, symbols. */
export function characterClasses(text: string): number {
  let classes = 0;
  if (/[a-z]/.test(text)) classes++;
  if (/[A-Z]/.test(text)) classes++;
  if (/[0-9]/.test(text)) classes++;
  if (/[^A-Za-z0-9]/.test(text)) classes++;
  return classes;
}

/**
 * Case-sensitive on purpose: a random token contains "YOUr" or "xAmPlE" now and then, while
 * placeholders are written in one case ("your", "YOUR", "Your").
 */
const PLACEHOLDER_WORDS = new RegExp(
  [
    'your[_-]',
    'YOUR[_-]',
    'Your[A-Z_-]',
    ...[
      'example',
      'placeholder',
      'changeme',
      'change_me',
      'dummy',
      'redacted',
      'insert',
      'replace',
      'sample',
    ].flatMap((w) => [w, w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1)]),
    '<',
    '>',
    // Masks ("********", "****1234") and elisions at either end ("abc...", "...abcd"); "***" or
    // "..." inside a longer value can be random, so they do not count there.
    '^\\*{3,}[^*]{0,6}$',
    '^[^*]{0,6}\\*{3,}$',
    '^\\.{3}',
    '\\.{3}$',
    '…',
  ].join('|'),
);

/**
 * Documentation and template values: `ghp_xxxxxxxx`, `<YOUR_TOKEN>`, `AKIA...EXAMPLE`,
 * `000000000`, `${{ secrets.X }}`, `[REDACTED:...]`. A random token has none of these.
 */
export function isPlaceholder(value: string): boolean {
  if (PLACEHOLDER_WORDS.test(value)) return true;
  if (/(.)\1{6,}/.test(value)) return true; // seven identical characters in a row: a filler
  if (/^[$%@]\{|^\$[A-Z_]|\{\{|^%[A-Z_]+%$/.test(value)) return true; // template references
  if (/REDACTED/.test(value)) return true;
  if (/abcdef|ABCDEF|123456|qwerty|QWERTY/.test(value)) return true;
  return false;
}

/** `process.env.TOKEN`, `secrets.GITHUB_TOKEN`, `os.environ.get` ... a reference, not a value. */
export function isReference(value: string): boolean {
  if (
    /^(?:env:|vault:|secrets\.|vars\.|inputs\.|env\.|process\.env|os\.environ|github\.)/.test(value)
  )
    return true;
  return /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(value) && looksLikeIdentifier(value);
}

/** A fixed-prefix token's random body: long enough, varied enough, not a placeholder. */
export function looksRandom(body: string, minEntropy = 3): boolean {
  if (isPlaceholder(body)) return false;
  const distinct = new Set(body).size;
  if (distinct < Math.min(8, Math.ceil(body.length / 4))) return false;
  // Hex has 16 symbols: a random 32-character hex string dips below 3 bits now and then.
  const floor = /^[0-9a-f]+$/i.test(body) ? Math.min(minEntropy, 2.6) : minEntropy;
  return shannonEntropy(body) >= floor;
}

/** For a value found by name alone (`password=...`): it must look generated, not like a word. */
export function looksLikeGeneratedSecret(value: string): boolean {
  if (value.length < 12) return false;
  if (isPlaceholder(value) || isReference(value)) return false;
  if (/^(?:true|false|null|none|undefined|nil)$/i.test(value)) return false;
  if (/^\d+(?:\.\d+)*$/.test(value)) return false; // numbers and versions
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) return false; // a UUID is an id
  if (/^(?:https?|file):\/\//i.test(value) && !/:[^/@]+@/.test(value)) return false;
  if (/^[\w./-]+\.(?:json|ya?ml|txt|pem|key|env|ts|js|sh)$/i.test(value)) return false; // a path
  if (alphanumericClasses(value) < 2) return false;
  if (looksLikeIdentifier(value)) return false;
  return shannonEntropy(value) >= 3.2;
}

/** How many of: lower case, upper case, digits (symbols alone do not make a value random). */
function alphanumericClasses(text: string): number {
  return (/[a-z]/.test(text) ? 1 : 0) + (/[A-Z]/.test(text) ? 1 : 0) + (/\d/.test(text) ? 1 : 0);
}

/**
 * `someVeryLongVariableName2`, `my-service-account`, `config.database.url`: words, not noise.
 * Split on separators and case changes; if nearly all letters sit in pronounceable words of
 * three letters or more, the value was written by a person.
 */
export function looksLikeIdentifier(value: string): boolean {
  if (!/^[A-Za-z0-9_.$-]+$/.test(value)) return false;
  if ((value.match(/\d/g)?.length ?? 0) > 4) return false;
  if ((value.match(/\d+/g)?.length ?? 0) > 1) return false; // digits sprinkled through: noise
  const words = value.match(/[A-Z]?[a-z]+|[A-Z]+(?![a-z])/g) ?? [];
  const letters = words.reduce((n, w) => n + w.length, 0);
  if (letters === 0) return false;
  const wordLetters = words
    .filter(
      (w) =>
        w.length >= 3 &&
        /[aeiouy]/i.test(w) &&
        !/[^aeiouy]{5}/i.test(w) &&
        (w.match(/[jqxzvk]/gi)?.length ?? 0) < 3, // "Dpoqmozhaxmuz" is not a word
    )
    .reduce((n, w) => n + w.length, 0);
  return wordLetters / letters >= 0.85;
}

/** A JWT's header must decode to JSON naming an algorithm. */
export function isJwtHeader(segment: string): boolean {
  try {
    const json = Buffer.from(segment, 'base64url').toString('utf8');
    const header: unknown = JSON.parse(json);
    return typeof header === 'object' && header !== null && 'alg' in header;
  } catch {
    return false;
  }
}

/** The body of a PEM block: enough base64 to be a key, not `...` or a placeholder. */
export function isPemKeyBody(block: string): boolean {
  const body = block
    .replace(/-----(?:BEGIN|END)[^-]{0,60}-----/g, '')
    .replace(/\\n|\\r/g, '')
    .replace(/^[A-Za-z-]+: .*$/gm, ''); // Proc-Type / DEK-Info headers of encrypted keys
  const base64 = body.replace(/[^A-Za-z0-9+/=]/g, '');
  if (base64.length < 64) return false;
  return !/x{8}|\.{3}|…/i.test(body) && shannonEntropy(base64) >= 4;
}
