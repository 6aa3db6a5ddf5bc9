import {
  isJwtHeader,
  isPlaceholder,
  isReference,
  isPemKeyBody,
  looksLikeGeneratedSecret,
  looksRandom,
  shannonEntropy,
} from './validators.js';

/** Where a candidate was found, for validators that look around it. */
export interface MatchContext {
  /** The full regex match (the secret may be only a capture group of it). */
  match: string;
  /** The line the match starts on. */
  line: string;
  /** The text right after the match (up to 16 characters). */
  after: string;
  /** The regex's capture groups (index 0 = the whole match). */
  groups: readonly (string | undefined)[];
}

/**
 * One kind of secret. Every regex is global with indices ('gd'), starts with a literal or a
 * narrow class and has only bounded or unambiguous quantifiers, so a scan is linear in the
 * text: no catastrophic backtracking on a 100,000-line log.
 */
export interface SecretRule {
  readonly id: string;
  readonly description: string;
  readonly regex: RegExp;
  /** Capture group holding the secret (0 = the whole match): `password=` stays readable. */
  readonly group?: number;
  readonly validate?: (secret: string, context: MatchContext) => boolean;
}

/** Last character of a token: the next one must not continue it. */
const END = '(?![A-Za-z0-9_])';
const body = (from: number) => (secret: string) => looksRandom(secret.slice(from));

/** The GitHub token kinds share a shape: prefix, 36+ base62 characters (the last 6 a checksum). */
function githubRule(id: string, prefix: string, description: string): SecretRule {
  return {
    id,
    description,
    regex: new RegExp(`\\b${prefix}[A-Za-z0-9]{36,251}${END}`, 'gd'),
    validate: body(prefix.length),
  };
}

/** Names under which a value is a credential (keys named `token_count` etc. are filtered later). */
const SECRET_NAME =
  '(?:password|passwd|passphrase|pwd|secret|token|api[_-]?key|apikey|access[_-]?key|auth[_-]?key|private[_-]?key|credentials?|client[_-]?secret|signing[_-]?key|encryption[_-]?key)';
const NOT_SECRET_NAME =
  /(?:hash|sha|digest|checksum|fingerprint|url|uri|file|path|name|type|length|count|limit|expir|ttl|size|id|len|usage|format|header|field|env|var|policy|prefix|kind)$/i;

export const SECRET_RULES: readonly SecretRule[] = [
  {
    id: 'private-key',
    description:
      'PEM private key (RSA, EC, DSA, OpenSSH, PGP, PKCS#8, encrypted), also inside JSON',
    regex:
      /-----BEGIN (?:[A-Z0-9]{1,12} ){0,3}PRIVATE KEY(?: BLOCK)?-----(?:[^-]|-(?!-{4})){16,16384}-----END (?:[A-Z0-9]{1,12} ){0,3}PRIVATE KEY(?: BLOCK)?-----/dg,
    validate: (secret) => isPemKeyBody(secret),
  },
  githubRule('github-pat', 'ghp_', 'GitHub personal access token (classic)'),
  githubRule('github-oauth-token', 'gho_', 'GitHub OAuth access token'),
  githubRule('github-user-to-server-token', 'ghu_', 'GitHub App user-to-server token'),
  githubRule('github-server-to-server-token', 'ghs_', 'GitHub App installation token'),
  githubRule('github-refresh-token', 'ghr_', 'GitHub refresh token'),
  {
    id: 'github-fine-grained-pat',
    description: 'GitHub fine-grained personal access token',
    regex: new RegExp(`\\bgithub_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}${END}`, 'gd'),
    validate: body('github_pat_'.length),
  },
  {
    id: 'aws-access-key-id',
    description: 'AWS access key id (long-term AKIA or temporary ASIA)',
    regex: /\b(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z2-7]{16}(?![A-Za-z0-9])/dg,
    // 16 characters from a 32-letter alphabet: repeats are common, so a lower entropy floor.
    validate: (secret) => looksRandom(secret.slice(4), 2.5),
  },
  {
    id: 'aws-secret-access-key',
    description: 'AWS secret access key in an assignment',
    regex:
      /(?:aws[_-]?secret[_-]?(?:access[_-]?)?key|secret[_-]?access[_-]?key)["']?\s{0,4}(?:[:=]|=>|:=)\s{0,4}["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/dgi,
    group: 1,
    validate: (secret) => looksRandom(secret, 4),
  },
  {
    id: 'gcp-api-key',
    description: 'Google Cloud / Firebase API key',
    regex: /\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/dg,
    validate: body(4),
  },
  {
    id: 'gcp-service-account-key-id',
    description:
      'Google Cloud service-account key id (the private_key field is the private-key rule)',
    regex: /"private_key_id"\s{0,4}:\s{0,4}"([a-f0-9]{40})"/dg,
    group: 1,
    validate: (secret) => shannonEntropy(secret) >= 3,
  },
  {
    id: 'azure-storage-connection-string',
    description: 'Azure storage connection string with its account key',
    regex:
      /DefaultEndpointsProtocol=https?;AccountName=[A-Za-z0-9]{3,24};AccountKey=[A-Za-z0-9+/]{86}==(?:;[A-Za-z]{1,40}=[^;\s"']{1,200}){0,4}/dg,
    validate: (secret) => looksRandom(secret.split('AccountKey=')[1] ?? '', 4),
  },
  {
    id: 'azure-storage-account-key',
    description: 'Azure storage account key (AccountKey= or an azure storage key assignment)',
    regex:
      /(?:AccountKey=|(?:azure|storage)[_-]?(?:account[_-]?)?key["']?\s{0,4}[:=]\s{0,4}["']?)([A-Za-z0-9+/]{86}==)/dgi,
    group: 1,
    validate: (secret) => looksRandom(secret, 4),
  },
  {
    id: 'azure-sas-token',
    description: 'Azure shared access signature (sig= in a URL with sv=/se=)',
    regex: /[?&]sig=([A-Za-z0-9%+/]{40,120})/dg,
    group: 1,
    validate: (secret, context) => /[?&](?:sv|se|sp)=/.test(context.line) && looksRandom(secret),
  },
  {
    id: 'azure-ad-client-secret',
    description: 'Microsoft Entra ID (Azure AD) client secret',
    regex: /(?<![A-Za-z0-9_~.-])[A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~.-])/dg,
    validate: body(6),
  },
  {
    id: 'slack-token',
    description: 'Slack bot, user, app or configuration token',
    regex:
      /\b(?:xox[abposre]-\d{6,15}-[0-9A-Za-z-]{8,250}|xapp-\d-[A-Z0-9]{9,12}-\d{8,15}-[a-f0-9]{64})(?![0-9A-Za-z-])/dg,
    // The middle parts are numeric team and user ids; the random part is the last one.
    validate: (secret) => looksRandom(secret.slice(secret.lastIndexOf('-') + 1)),
  },
  {
    id: 'slack-webhook',
    description: 'Slack incoming-webhook or workflow URL',
    regex: /https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9_/-]{20,200}/dg,
    validate: (secret) => looksRandom(secret.replace(/^https:\/\/hooks\.slack\.com\/\w+\//, '')),
  },
  {
    id: 'stripe-secret-key',
    description: 'Stripe live secret or restricted key',
    regex: /\b(?:sk|rk)_live_[0-9A-Za-z]{24,247}(?![0-9A-Za-z])/dg,
    validate: body(8),
  },
  {
    id: 'npm-token',
    description: 'npm access token',
    regex: /\bnpm_[A-Za-z0-9]{36}(?![A-Za-z0-9])/dg,
    validate: body(4),
  },
  {
    id: 'npmrc-auth',
    description:
      'registry credential in .npmrc (_authToken, _auth, _password), including legacy UUID tokens',
    regex: /:_(?:authToken|auth|password)\s{0,2}=\s{0,2}([^\s"'`]{16,512})/dg,
    group: 1,
    validate: (secret) =>
      !isPlaceholder(secret) && !isReference(secret) && shannonEntropy(secret) >= 3,
  },
  {
    id: 'gitlab-token',
    description: 'GitLab personal, project or group access token',
    regex: /\bglpat-[A-Za-z0-9_-]{20,64}(?![A-Za-z0-9_-])/dg,
    validate: body(6),
  },
  {
    id: 'gcp-oauth-client-secret',
    description: 'Google OAuth client secret',
    regex: /\bGOCSPX-[A-Za-z0-9_-]{28}(?![A-Za-z0-9_-])/dg,
    validate: body(7),
  },
  {
    id: 'huggingface-token',
    description: 'Hugging Face access token',
    regex: /\bhf_[A-Za-z]{34}(?![A-Za-z0-9])/dg,
    validate: body(3),
  },
  {
    id: 'docker-hub-token',
    description: 'Docker Hub personal access token',
    regex: /\bdckr_pat_[A-Za-z0-9_-]{27}(?![A-Za-z0-9_-])/dg,
    validate: body(9),
  },
  {
    id: 'sendgrid-api-key',
    description: 'SendGrid API key',
    regex: /\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/dg,
    validate: body(3),
  },
  {
    id: 'pypi-token',
    description: 'PyPI / TestPyPI upload token',
    regex:
      /\bpypi-AgE(?:IcHlwaS5vcmc|NdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,1000}(?![A-Za-z0-9_-])/dg,
    validate: (secret) => looksRandom(secret.slice(-50)),
  },
  {
    id: 'anthropic-api-key',
    description: 'Anthropic API or admin key',
    regex: /\bsk-ant-[a-z]{3,8}\d{2}-[A-Za-z0-9_-]{32,200}(?![A-Za-z0-9_-])/dg,
    validate: (secret) => looksRandom(secret.replace(/^sk-ant-[a-z]+\d+-/, '')),
  },
  {
    id: 'openai-api-key',
    description: 'OpenAI API key (legacy sk-, project sk-proj-, service-account, admin)',
    regex: /\bsk-(?!ant-)(?:(?:proj|svcacct|admin)-)?[A-Za-z0-9_-]{20,250}(?![A-Za-z0-9_-])/dg,
    validate: (secret) => {
      const tail = secret.replace(/^sk-(?:(?:proj|svcacct|admin)-)?/, '');
      if (!looksRandom(tail, 3.5)) return false;
      // Legacy keys carry "T3BlbkFJ" (base64 of "OpenAI"); the others are long and mixed-case.
      return (
        tail.includes('T3BlbkFJ') || (tail.length >= 40 && /[A-Z]/.test(tail) && /\d/.test(tail))
      );
    },
  },
  {
    id: 'jwt',
    description: 'JSON Web Token (signed)',
    regex:
      /\beyJ[A-Za-z0-9_-]{8,4000}\.eyJ[A-Za-z0-9_-]{8,8000}\.[A-Za-z0-9_-]{16,4000}(?![A-Za-z0-9_-])/dg,
    validate: (secret) => isJwtHeader(secret.slice(0, secret.indexOf('.'))),
  },
  {
    id: 'url-credentials',
    description: 'password inside a URL (scheme://user:password@host)',
    regex: /\b[a-z][a-z0-9+.-]{1,20}:\/\/[^\s:/@"'<>]{1,100}:([^\s:/@"'<>]{6,200})@/dg,
    group: 1,
    validate: (secret) =>
      !isPlaceholder(secret) &&
      (looksLikeGeneratedSecret(secret) || (secret.length >= 8 && /[^A-Za-z0-9]/.test(secret))),
  },
  {
    id: 'bearer-token',
    description: 'bearer token in an Authorization header',
    regex: /\b(?:[Bb]earer|token)\s{1,4}([A-Za-z0-9._~+/-]{20,2000}=*)(?![A-Za-z0-9._~+/=-])/dg,
    group: 1,
    validate: (secret) => looksLikeGeneratedSecret(secret),
  },
  {
    id: 'secret-assignment',
    description:
      'high-entropy value assigned to a secret-looking name (password=, token:, api_key ...)',
    regex: new RegExp(
      `${SECRET_NAME}([A-Za-z0-9_.-]{0,30})["']?\\s{0,4}(?:[:=]|=>|:=)\\s{0,4}["'\`]?([^\\s"'\`,;(){}\\[\\]<>]{8,256})`,
      'dgi',
    ),
    group: 2,
    validate: (secret, context) => {
      const suffix = context.groups[1];
      if (suffix && NOT_SECRET_NAME.test(suffix)) return false;
      if (/^[([.]/.test(context.after)) return false; // a call or member access: code, not a value
      return looksLikeGeneratedSecret(secret);
    },
  },
];

/** Rule by id; for tests and for naming markers. */
export function secretRule(id: string): SecretRule | undefined {
  return SECRET_RULES.find((rule) => rule.id === id);
}
