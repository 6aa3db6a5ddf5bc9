export const id = 6218;
export const ids = [6218];
export const modules = {

/***/ 96218:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fp: () => (/* reexport */ redactSecrets),
  LV: () => (/* reexport */ scanSecrets)
});

// UNUSED EXPORTS: SECRET_RULES, redactionMarker, secretRule

;// CONCATENATED MODULE: ./src/secrets/validators.ts
/**
 * Checks that tell a real secret from something shaped like one: documentation placeholders,
 * references to a secret store, identifiers. Shared by the rules in rules.ts.
 */
/** Shannon entropy in bits per character. */
function shannonEntropy(text) {
    if (text.length === 0)
        return 0;
    const counts = new Map();
    for (const ch of text)
        counts.set(ch, (counts.get(ch) ?? 0) + 1);
    let bits = 0;
    for (const count of counts.values()) {
        const p = count / text.length;
        bits -= p * Math.log2(p);
    }
    return bits;
}
/** How many of: lower case, upper case, digits, symbols. */
function characterClasses(text) {
    let classes = 0;
    if (/[a-z]/.test(text))
        classes++;
    if (/[A-Z]/.test(text))
        classes++;
    if (/[0-9]/.test(text))
        classes++;
    if (/[^A-Za-z0-9]/.test(text))
        classes++;
    return classes;
}
/**
 * Case-sensitive on purpose: a random token contains "YOUr" or "xAmPlE" now and then, while
 * placeholders are written in one case ("your", "YOUR", "Your").
 */
const PLACEHOLDER_WORDS = new RegExp([
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
    ].flatMap((w) => [w, w.toUpperCase(), w[0].toUpperCase() + w.slice(1)]),
    '<',
    '>',
    // Masks ("********", "****1234") and elisions at either end ("abc...", "...abcd"); "***" or
    // "..." inside a longer value can be random, so they do not count there.
    '^\\*{3,}[^*]{0,6}$',
    '^[^*]{0,6}\\*{3,}$',
    '^\\.{3}',
    '\\.{3}$',
    '…',
].join('|'));
/**
 * Documentation and template values: `ghp_xxxxxxxx`, `<YOUR_TOKEN>`, `AKIA...EXAMPLE`,
 * `000000000`, `${{ secrets.X }}`, `[REDACTED:...]`. A random token has none of these.
 */
function isPlaceholder(value) {
    if (PLACEHOLDER_WORDS.test(value))
        return true;
    if (/(.)\1{6,}/.test(value))
        return true; // seven identical characters in a row: a filler
    if (/^[$%@]\{|^\$[A-Z_]|\{\{|^%[A-Z_]+%$/.test(value))
        return true; // template references
    if (/REDACTED/.test(value))
        return true;
    if (/abcdef|ABCDEF|123456|qwerty|QWERTY/.test(value))
        return true;
    return false;
}
/** `process.env.TOKEN`, `secrets.GITHUB_TOKEN`, `os.environ.get` ... a reference, not a value. */
function isReference(value) {
    if (/^(?:env:|vault:|secrets\.|vars\.|inputs\.|env\.|process\.env|os\.environ|github\.)/.test(value))
        return true;
    return /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(value) && looksLikeIdentifier(value);
}
/** A fixed-prefix token's random body: long enough, varied enough, not a placeholder. */
function looksRandom(body, minEntropy = 3) {
    if (isPlaceholder(body))
        return false;
    const distinct = new Set(body).size;
    if (distinct < Math.min(8, Math.ceil(body.length / 4)))
        return false;
    // Hex has 16 symbols: a random 32-character hex string dips below 3 bits now and then.
    const floor = /^[0-9a-f]+$/i.test(body) ? Math.min(minEntropy, 2.6) : minEntropy;
    return shannonEntropy(body) >= floor;
}
/** For a value found by name alone (`password=...`): it must look generated, not like a word. */
function looksLikeGeneratedSecret(value) {
    if (value.length < 12)
        return false;
    if (isPlaceholder(value) || isReference(value))
        return false;
    if (/^(?:true|false|null|none|undefined|nil)$/i.test(value))
        return false;
    if (/^\d+(?:\.\d+)*$/.test(value))
        return false; // numbers and versions
    if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value))
        return false; // a UUID is an id
    if (/^(?:https?|file):\/\//i.test(value) && !/:[^/@]+@/.test(value))
        return false;
    if (/^[\w./-]+\.(?:json|ya?ml|txt|pem|key|env|ts|js|sh)$/i.test(value))
        return false; // a path
    if (alphanumericClasses(value) < 2)
        return false;
    if (looksLikeIdentifier(value))
        return false;
    return shannonEntropy(value) >= 3.2;
}
/** How many of: lower case, upper case, digits (symbols alone do not make a value random). */
function alphanumericClasses(text) {
    return (/[a-z]/.test(text) ? 1 : 0) + (/[A-Z]/.test(text) ? 1 : 0) + (/\d/.test(text) ? 1 : 0);
}
/**
 * `someVeryLongVariableName2`, `my-service-account`, `config.database.url`: words, not noise.
 * Split on separators and case changes; if nearly all letters sit in pronounceable words of
 * three letters or more, the value was written by a person.
 */
function looksLikeIdentifier(value) {
    if (!/^[A-Za-z0-9_.$-]+$/.test(value))
        return false;
    if ((value.match(/\d/g)?.length ?? 0) > 4)
        return false;
    if ((value.match(/\d+/g)?.length ?? 0) > 1)
        return false; // digits sprinkled through: noise
    const words = value.match(/[A-Z]?[a-z]+|[A-Z]+(?![a-z])/g) ?? [];
    const letters = words.reduce((n, w) => n + w.length, 0);
    if (letters === 0)
        return false;
    const wordLetters = words
        .filter((w) => w.length >= 3 &&
        /[aeiouy]/i.test(w) &&
        !/[^aeiouy]{5}/i.test(w) &&
        (w.match(/[jqxzvk]/gi)?.length ?? 0) < 3)
        .reduce((n, w) => n + w.length, 0);
    return wordLetters / letters >= 0.85;
}
/** A JWT's header must decode to JSON naming an algorithm. */
function isJwtHeader(segment) {
    try {
        const json = Buffer.from(segment, 'base64url').toString('utf8');
        const header = JSON.parse(json);
        return typeof header === 'object' && header !== null && 'alg' in header;
    }
    catch {
        return false;
    }
}
/** The body of a PEM block: enough base64 to be a key, not `...` or a placeholder. */
function isPemKeyBody(block) {
    const body = block
        .replace(/-----(?:BEGIN|END)[^-]{0,60}-----/g, '')
        .replace(/\\n|\\r/g, '')
        .replace(/^[A-Za-z-]+: .*$/gm, ''); // Proc-Type / DEK-Info headers of encrypted keys
    const base64 = body.replace(/[^A-Za-z0-9+/=]/g, '');
    if (base64.length < 64)
        return false;
    return !/x{8}|\.{3}|…/i.test(body) && shannonEntropy(base64) >= 4;
}

;// CONCATENATED MODULE: ./src/secrets/rules.ts

/** Last character of a token: the next one must not continue it. */
const END = '(?![A-Za-z0-9_])';
const body = (from) => (secret) => looksRandom(secret.slice(from));
/** The GitHub token kinds share a shape: prefix, 36+ base62 characters (the last 6 a checksum). */
function githubRule(id, prefix, description) {
    return {
        id,
        description,
        regex: new RegExp(`\\b${prefix}[A-Za-z0-9]{36,251}${END}`, 'gd'),
        validate: body(prefix.length),
    };
}
/** Names under which a value is a credential (keys named `token_count` etc. are filtered later). */
const SECRET_NAME = '(?:password|passwd|passphrase|pwd|secret|token|api[_-]?key|apikey|access[_-]?key|auth[_-]?key|private[_-]?key|credentials?|client[_-]?secret|signing[_-]?key|encryption[_-]?key)';
const NOT_SECRET_NAME = /(?:hash|sha|digest|checksum|fingerprint|url|uri|file|path|name|type|length|count|limit|expir|ttl|size|id|len|usage|format|header|field|env|var|policy|prefix|kind)$/i;
const SECRET_RULES = [
    {
        id: 'private-key',
        description: 'PEM private key (RSA, EC, DSA, OpenSSH, PGP, PKCS#8, encrypted), also inside JSON',
        regex: /-----BEGIN (?:[A-Z0-9]{1,12} ){0,3}PRIVATE KEY(?: BLOCK)?-----(?:[^-]|-(?!-{4})){16,16384}-----END (?:[A-Z0-9]{1,12} ){0,3}PRIVATE KEY(?: BLOCK)?-----/dg,
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
        regex: /(?:aws[_-]?secret[_-]?(?:access[_-]?)?key|secret[_-]?access[_-]?key)["']?\s{0,4}(?:[:=]|=>|:=)\s{0,4}["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/dgi,
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
        description: 'Google Cloud service-account key id (the private_key field is the private-key rule)',
        regex: /"private_key_id"\s{0,4}:\s{0,4}"([a-f0-9]{40})"/dg,
        group: 1,
        validate: (secret) => shannonEntropy(secret) >= 3,
    },
    {
        id: 'azure-storage-connection-string',
        description: 'Azure storage connection string with its account key',
        regex: /DefaultEndpointsProtocol=https?;AccountName=[A-Za-z0-9]{3,24};AccountKey=[A-Za-z0-9+/]{86}==(?:;[A-Za-z]{1,40}=[^;\s"']{1,200}){0,4}/dg,
        validate: (secret) => looksRandom(secret.split('AccountKey=')[1] ?? '', 4),
    },
    {
        id: 'azure-storage-account-key',
        description: 'Azure storage account key (AccountKey= or an azure storage key assignment)',
        regex: /(?:AccountKey=|(?:azure|storage)[_-]?(?:account[_-]?)?key["']?\s{0,4}[:=]\s{0,4}["']?)([A-Za-z0-9+/]{86}==)/dgi,
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
        regex: /\b(?:xox[abposre]-\d{6,15}-[0-9A-Za-z-]{8,250}|xapp-\d-[A-Z0-9]{9,12}-\d{8,15}-[a-f0-9]{64})(?![0-9A-Za-z-])/dg,
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
        description: 'registry credential in .npmrc (_authToken, _auth, _password), including legacy UUID tokens',
        regex: /:_(?:authToken|auth|password)\s{0,2}=\s{0,2}([^\s"'`]{16,512})/dg,
        group: 1,
        validate: (secret) => !isPlaceholder(secret) && !isReference(secret) && shannonEntropy(secret) >= 3,
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
        regex: /\bpypi-AgE(?:IcHlwaS5vcmc|NdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,1000}(?![A-Za-z0-9_-])/dg,
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
            if (!looksRandom(tail, 3.5))
                return false;
            // Legacy keys carry "T3BlbkFJ" (base64 of "OpenAI"); the others are long and mixed-case.
            return (tail.includes('T3BlbkFJ') || (tail.length >= 40 && /[A-Z]/.test(tail) && /\d/.test(tail)));
        },
    },
    {
        id: 'jwt',
        description: 'JSON Web Token (signed)',
        regex: /\beyJ[A-Za-z0-9_-]{8,4000}\.eyJ[A-Za-z0-9_-]{8,8000}\.[A-Za-z0-9_-]{16,4000}(?![A-Za-z0-9_-])/dg,
        validate: (secret) => isJwtHeader(secret.slice(0, secret.indexOf('.'))),
    },
    {
        id: 'url-credentials',
        description: 'password inside a URL (scheme://user:password@host)',
        regex: /\b[a-z][a-z0-9+.-]{1,20}:\/\/[^\s:/@"'<>]{1,100}:([^\s:/@"'<>]{6,200})@/dg,
        group: 1,
        validate: (secret) => !isPlaceholder(secret) &&
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
        description: 'high-entropy value assigned to a secret-looking name (password=, token:, api_key ...)',
        regex: new RegExp(`${SECRET_NAME}([A-Za-z0-9_.-]{0,30})["']?\\s{0,4}(?:[:=]|=>|:=)\\s{0,4}["'\`]?([^\\s"'\`,;(){}\\[\\]<>]{8,256})`, 'dgi'),
        group: 2,
        validate: (secret, context) => {
            const suffix = context.groups[1];
            if (suffix && NOT_SECRET_NAME.test(suffix))
                return false;
            if (/^[([.]/.test(context.after))
                return false; // a call or member access: code, not a value
            return looksLikeGeneratedSecret(secret);
        },
    },
];
/** Rule by id; for tests and for naming markers. */
function secretRule(id) {
    return SECRET_RULES.find((rule) => rule.id === id);
}

;// CONCATENATED MODULE: ./src/secrets/scan.ts

/** The marker that takes a secret's place, naming its rule. */
function redactionMarker(ruleId) {
    return `[REDACTED:${ruleId}]`;
}
/**
 * Every secret in `text`, in order of position. Rules run in their listed order (specific before
 * generic) and a later rule's match overlapping an earlier finding is dropped, so a GitHub token
 * in `token=ghp_...` is reported once, as a GitHub token.
 */
function scanSecrets(text, rules = SECRET_RULES) {
    const lineStarts = lineStartOffsets(text);
    const taken = [];
    for (const rule of rules) {
        for (const candidate of candidates(text, rule, lineStarts)) {
            if (taken.some((f) => candidate.start < f.end && f.start < candidate.end))
                continue;
            const { line, column } = position(lineStarts, candidate.start);
            taken.push({
                rule: rule.id,
                description: rule.description,
                line,
                column,
                match: preview(candidate.secret),
                start: candidate.start,
                end: candidate.end,
            });
        }
    }
    return taken.sort((a, b) => a.start - b.start);
}
/** `text` with each secret replaced by `[REDACTED:<rule>]`, and what was replaced. */
function redactSecrets(text, rules = SECRET_RULES) {
    const findings = scanSecrets(text, rules);
    if (findings.length === 0)
        return { text, findings };
    const parts = [];
    let cursor = 0;
    for (const finding of findings) {
        parts.push(text.slice(cursor, finding.start), redactionMarker(finding.rule));
        cursor = finding.end;
    }
    parts.push(text.slice(cursor));
    return { text: parts.join(''), findings };
}
function* candidates(text, rule, lineStarts) {
    const regex = new RegExp(rule.regex.source, rule.regex.flags.includes('d') ? rule.regex.flags : `${rule.regex.flags}d`);
    for (const match of text.matchAll(regex)) {
        const group = rule.group ?? 0;
        const span = match.indices?.[group];
        const secret = match[group];
        if (!span || secret === undefined)
            continue;
        const [start, end] = span;
        if (rule.validate) {
            // The line around the match, at most 2 KB either side: a minified file is one huge line.
            const { line } = position(lineStarts, start);
            const lineStart = Math.max(lineStarts[line - 1], start - 2048);
            const nextLine = lineStarts[line] ?? text.length + 1;
            const lineEnd = Math.min(nextLine - 1, end + 2048);
            const context = {
                match: match[0],
                line: text.slice(lineStart, lineEnd),
                after: text.slice(end, end + 16),
                groups: [...match],
            };
            if (!rule.validate(secret, context))
                continue;
        }
        yield { secret, start, end };
    }
}
function preview(secret) {
    const known = /^(?:-----BEGIN [A-Z ]+-----|github_pat_|[a-z]{2,4}_(?:live_)?|sk-ant-|sk-(?:proj-)?|AKIA|ASIA|AIza|xox[a-z]-|eyJ|pypi-)/.exec(secret);
    const prefix = known?.[0] ?? '';
    return `${prefix}…(${secret.length} chars)`;
}
function lineStartOffsets(text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    return starts;
}
function position(lineStarts, offset) {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (lineStarts[mid] <= offset)
            low = mid;
        else
            high = mid - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low] + 1 };
}

;// CONCATENATED MODULE: ./src/secrets/index.ts
/** The one secret rule set: model-prompt redaction, risk-gate's secret detector and `kintsugi redact`. */




/***/ })

};
