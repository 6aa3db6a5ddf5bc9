/**
 * A corpus of real-format secrets, generated from a seed (random, so never anyone's real
 * credential, and reproducible), and hard negatives that look like secrets but are not. Used by
 * the recall / false-positive test and by benches that need secret-laden text.
 */

export interface PlantedSecret {
  /** The rule that must find it. */
  rule: string;
  /** The secret itself: it must not survive redaction. */
  secret: string;
  /** A line (or lines) of realistic context holding it. */
  text: string;
}

export type { HardNegative } from './hard-negatives.js';

/** mulberry32: small, fast, seeded; good enough to make tokens. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const BASE64 = `${BASE62}+/`;
const BASE64URL = `${BASE62}-_`;
const HEX = '0123456789abcdef';

type Make = (random: () => number) => { secret: string; text: string };

export function secretGenerators(): Record<string, Make[]> {
  const r = (random: () => number, alphabet: string, n: number) =>
    Array.from({ length: n }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
  const github = (prefix: string): Make[] => [
    (x) => {
      const s = prefix + r(x, BASE62, 36);
      return { secret: s, text: `git push https://x-access-token:${s}@github.com/o/r.git` };
    },
    (x) => {
      const s = prefix + r(x, BASE62, 36);
      return { secret: s, text: `  GH_TOKEN: "${s}"` };
    },
  ];
  const pemBody = (x: () => number, lines: number) =>
    Array.from({ length: lines }, () => r(x, BASE64, 64)).join('\n');
  return {
    'private-key': [
      (x) => {
        const s = `-----BEGIN RSA PRIVATE KEY-----\n${pemBody(x, 6)}\n-----END RSA PRIVATE KEY-----`;
        return { secret: s, text: `cat > key.pem <<EOF\n${s}\nEOF` };
      },
      (x) => {
        const s = `-----BEGIN OPENSSH PRIVATE KEY-----\n${pemBody(x, 5)}\n-----END OPENSSH PRIVATE KEY-----`;
        return { secret: s, text: s };
      },
      (x) => {
        const s = `-----BEGIN PRIVATE KEY-----\\n${pemBody(x, 4).replace(/\n/g, '\\n')}\\n-----END PRIVATE KEY-----`;
        return { secret: s, text: `  "private_key": "${s}\\n",` };
      },
      (x) => {
        const s = `-----BEGIN EC PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,${r(x, HEX, 32).toUpperCase()}\n\n${pemBody(x, 3)}\n-----END EC PRIVATE KEY-----`;
        return { secret: s, text: s };
      },
      (x) => {
        const s = `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${pemBody(x, 4)}\n=${r(x, BASE64, 4)}\n-----END PGP PRIVATE KEY BLOCK-----`;
        return { secret: s, text: s };
      },
    ],
    'github-pat': github('ghp_'),
    'github-oauth-token': github('gho_'),
    'github-user-to-server-token': github('ghu_'),
    'github-server-to-server-token': github('ghs_'),
    'github-refresh-token': github('ghr_'),
    'github-fine-grained-pat': [
      (x) => {
        const s = `github_pat_${r(x, BASE62, 22)}_${r(x, BASE62, 59)}`;
        return { secret: s, text: `export GITHUB_TOKEN=${s}` };
      },
      (x) => {
        const s = `github_pat_${r(x, BASE62, 22)}_${r(x, BASE62, 59)}`;
        return { secret: s, text: `Authorization: token ${s}` };
      },
    ],
    'aws-access-key-id': [
      (x) => {
        const s = `AKIA${r(x, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`;
        return { secret: s, text: `aws_access_key_id = ${s}` };
      },
      (x) => {
        const s = `ASIA${r(x, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`;
        return { secret: s, text: `{"AccessKeyId": "${s}"}` };
      },
    ],
    'aws-secret-access-key': [
      (x) => {
        const s = r(x, BASE64, 40);
        return { secret: s, text: `aws_secret_access_key = ${s}` };
      },
      (x) => {
        const s = r(x, BASE64, 40);
        return { secret: s, text: `export AWS_SECRET_ACCESS_KEY="${s}"` };
      },
      (x) => {
        const s = r(x, BASE64, 40);
        return { secret: s, text: `{"SecretAccessKey": "${s}"}` };
      },
    ],
    'gcp-api-key': [
      (x) => {
        const s = `AIza${r(x, BASE64URL, 35)}`;
        return { secret: s, text: `const firebaseConfig = { apiKey: "${s}" };` };
      },
      (x) => {
        const s = `AIza${r(x, BASE64URL, 35)}`;
        return {
          secret: s,
          text: `curl "https://maps.googleapis.com/maps/api/geocode/json?key=${s}"`,
        };
      },
    ],
    'gcp-service-account-key-id': [
      (x) => {
        const s = r(x, HEX, 40);
        return { secret: s, text: `  "private_key_id": "${s}",` };
      },
      (x) => {
        const s = r(x, HEX, 40);
        return { secret: s, text: `{"type": "service_account", "private_key_id":"${s}"}` };
      },
    ],
    'azure-storage-connection-string': [
      (x) => {
        const s = `DefaultEndpointsProtocol=https;AccountName=acme${r(x, HEX, 6)};AccountKey=${r(x, BASE64, 86)}==;EndpointSuffix=core.windows.net`;
        return { secret: s, text: `AZURE_STORAGE_CONNECTION_STRING="${s}"` };
      },
      (x) => {
        const s = `DefaultEndpointsProtocol=http;AccountName=dev${r(x, HEX, 4)};AccountKey=${r(x, BASE64, 86)}==`;
        return { secret: s, text: s };
      },
    ],
    'azure-storage-account-key': [
      (x) => {
        const s = `${r(x, BASE64, 86)}==`;
        return { secret: s, text: `AZURE_STORAGE_KEY=${s}` };
      },
      (x) => {
        const s = `${r(x, BASE64, 86)}==`;
        return { secret: s, text: `BlobEndpoint=https://a.blob.core.windows.net/;AccountKey=${s}` };
      },
    ],
    'azure-sas-token': [
      (x) => {
        const s = `${r(x, BASE62, 43)}%3D`;
        return {
          secret: s,
          text: `https://acme.blob.core.windows.net/c/b.zip?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-01-01T00:00:00Z&spr=https&sig=${s}`,
        };
      },
      (x) => {
        const s = `${r(x, BASE62, 44)}`;
        return {
          secret: s,
          text: `?sp=racwdl&st=2025-01-01&se=2025-02-01&sv=2022-11-02&sr=c&sig=${s}`,
        };
      },
    ],
    'azure-ad-client-secret': [
      (x) => {
        const s = `${r(x, BASE62, 3)}8Q~${r(x, `${BASE62}_~.-`, 34)}`;
        return { secret: s, text: `AZURE_CLIENT_SECRET=${s}` };
      },
      (x) => {
        const s = `${r(x, BASE62, 3)}7Q~${r(x, BASE62, 31)}`;
        return { secret: s, text: `"clientSecret": "${s}"` };
      },
    ],
    'slack-token': [
      (x) => {
        const s = `xoxb-${r(x, '0123456789', 12)}-${r(x, '0123456789', 13)}-${r(x, BASE62, 24)}`;
        return { secret: s, text: `SLACK_BOT_TOKEN=${s}` };
      },
      (x) => {
        const s = `xoxp-${r(x, '0123456789', 11)}-${r(x, '0123456789', 12)}-${r(x, '0123456789', 13)}-${r(x, HEX, 32)}`;
        return { secret: s, text: `slack.token=${s}` };
      },
      (x) => {
        const s = `xapp-1-A${r(x, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}-${r(x, '0123456789', 13)}-${r(x, HEX, 64)}`;
        return { secret: s, text: s };
      },
    ],
    'slack-webhook': [
      (x) => {
        const s = `https://hooks.slack.com/services/T${r(x, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}/B${r(x, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}/${r(x, BASE62, 24)}`;
        return { secret: s, text: `curl -X POST ${s} -d @payload.json` };
      },
      (x) => {
        const s = `https://hooks.slack.com/workflows/T${r(x, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}/A${r(x, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}/${r(x, '0123456789', 18)}/${r(x, BASE62, 24)}`;
        return { secret: s, text: `webhook: ${s}` };
      },
    ],
    'stripe-secret-key': [
      (x) => {
        const s = `sk_live_${r(x, BASE62, 24)}`;
        return { secret: s, text: `Stripe.api_key = "${s}"` };
      },
      (x) => {
        const s = `rk_live_${r(x, BASE62, 99)}`;
        return { secret: s, text: `STRIPE_KEY=${s}` };
      },
    ],
    'npm-token': [
      (x) => {
        const s = `npm_${r(x, BASE62, 36)}`;
        return { secret: s, text: `//registry.npmjs.org/:_authToken=${s}` };
      },
      (x) => {
        const s = `npm_${r(x, BASE62, 36)}`;
        return { secret: s, text: `NODE_AUTH_TOKEN: ${s}` };
      },
    ],
    'npmrc-auth': [
      (x) => {
        const s = [8, 4, 4, 4, 12].map((n) => r(x, HEX, n)).join('-');
        return { secret: s, text: `//registry.npmjs.org/:_authToken=${s}` };
      },
      (x) => {
        const s = r(x, BASE64, 40);
        return { secret: s, text: `//npm.pkg.example.com/:_auth=${s}` };
      },
    ],
    'gitlab-token': [
      (x) => {
        const s = `glpat-${r(x, BASE64URL, 20)}`;
        return { secret: s, text: `GITLAB_TOKEN=${s}` };
      },
      (x) => {
        const s = `glpat-${r(x, BASE62, 20)}`;
        return { secret: s, text: `git remote add origin https://oauth2:${s}@gitlab.com/g/p.git` };
      },
    ],
    'gcp-oauth-client-secret': [
      (x) => {
        const s = `GOCSPX-${r(x, BASE64URL, 28)}`;
        return { secret: s, text: `"client_secret": "${s}"` };
      },
      (x) => {
        const s = `GOCSPX-${r(x, BASE62, 28)}`;
        return { secret: s, text: `GOOGLE_CLIENT_SECRET=${s}` };
      },
    ],
    'huggingface-token': [
      (x) => {
        const s = `hf_${r(x, BASE62.slice(0, 52), 34)}`;
        return { secret: s, text: `HF_TOKEN=${s}` };
      },
      (x) => {
        const s = `hf_${r(x, BASE62.slice(0, 52), 34)}`;
        return { secret: s, text: `huggingface-cli login --token ${s}` };
      },
    ],
    'docker-hub-token': [
      (x) => {
        const s = `dckr_pat_${r(x, BASE64URL, 27)}`;
        return { secret: s, text: `echo ${s} | docker login -u bot --password-stdin` };
      },
      (x) => {
        const s = `dckr_pat_${r(x, BASE62, 27)}`;
        return { secret: s, text: `DOCKERHUB_TOKEN: ${s}` };
      },
    ],
    'sendgrid-api-key': [
      (x) => {
        const s = `SG.${r(x, BASE64URL, 22)}.${r(x, BASE64URL, 43)}`;
        return { secret: s, text: `SENDGRID_API_KEY=${s}` };
      },
      (x) => {
        const s = `SG.${r(x, BASE62, 22)}.${r(x, BASE62, 43)}`;
        return { secret: s, text: `sg = SendGridAPIClient("${s}")` };
      },
    ],
    'pypi-token': [
      (x) => {
        const s = `pypi-AgEIcHlwaS5vcmc${r(x, BASE64URL, 160)}`;
        return { secret: s, text: `password = ${s}` };
      },
      (x) => {
        const s = `pypi-AgENdGVzdC5weXBpLm9yZw${r(x, BASE64URL, 120)}`;
        return { secret: s, text: `twine upload -p ${s} dist/*` };
      },
    ],
    'anthropic-api-key': [
      (x) => {
        const s = `sk-ant-api03-${r(x, BASE64URL, 93)}AA`;
        return { secret: s, text: `ANTHROPIC_API_KEY=${s}` };
      },
      (x) => {
        const s = `sk-ant-admin01-${r(x, BASE64URL, 93)}AA`;
        return { secret: s, text: `x-api-key: ${s}` };
      },
    ],
    'openai-api-key': [
      (x) => {
        const s = `sk-${r(x, BASE62, 20)}T3BlbkFJ${r(x, BASE62, 20)}`;
        return { secret: s, text: `openai.api_key = "${s}"` };
      },
      (x) => {
        const s = `sk-proj-${r(x, BASE64URL, 74)}T3BlbkFJ${r(x, BASE64URL, 74)}`;
        return { secret: s, text: `OPENAI_API_KEY=${s}` };
      },
      (x) => {
        const s = `sk-svcacct-${r(x, BASE64URL, 120)}`;
        return { secret: s, text: `key: ${s}` };
      },
    ],
    jwt: [
      (x) => {
        const s = jwt(x, r, { alg: 'HS256', typ: 'JWT' });
        return { secret: s, text: `curl -H "Cookie: session=${s}"` };
      },
      (x) => {
        const s = jwt(x, r, { alg: 'RS256', kid: r(x, HEX, 8) });
        return { secret: s, text: `id_token=${s}` };
      },
    ],
    'url-credentials': [
      (x) => {
        const s = r(x, BASE62, 20);
        return { secret: s, text: `DATABASE_URL=postgres://app:${s}@db.internal:5432/app` };
      },
      (x) => {
        const s = `${r(x, BASE62, 10)}!${r(x, BASE62, 6)}`;
        return { secret: s, text: `git clone https://deploy:${s}@git.example.org/team/repo.git` };
      },
    ],
    'bearer-token': [
      (x) => {
        const s = r(x, `${BASE62}._-`, 48);
        return { secret: s, text: `Authorization: Bearer ${s}` };
      },
      (x) => {
        const s = r(x, BASE62, 32);
        return { secret: s, text: `curl -H 'authorization: bearer ${s}' https://api.internal/v1` };
      },
    ],
    'secret-assignment': [
      (x) => {
        const s = r(x, `${BASE62}!#%^*`, 24);
        return { secret: s, text: `DB_PASSWORD=${s}` };
      },
      (x) => {
        const s = r(x, BASE62, 32);
        return { secret: s, text: `  client_secret: "${s}"` };
      },
      (x) => {
        const s = r(x, HEX, 64);
        return { secret: s, text: `WEBHOOK_SECRET='${s}'` };
      },
      (x) => {
        const s = r(x, BASE62, 28);
        return { secret: s, text: `const apiKey = "${s}";` };
      },
    ],
  };
}

function jwt(
  x: () => number,
  r: (x: () => number, a: string, n: number) => string,
  header: object,
): string {
  const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const payload = { sub: r(x, HEX, 12), iat: 1700000000 + Math.floor(x() * 1e6), scope: 'repo' };
  return `${enc(header)}.${enc(payload)}.${r(x, BASE64URL, 43)}`;
}

/** Every generator run once per seed round: `rounds` ≥ 1; each rule has at least two generators. */
export function plantedSecrets(seed = 20261122, rounds = 1): PlantedSecret[] {
  const random = seededRandom(seed);
  const planted: PlantedSecret[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const [rule, makers] of Object.entries(secretGenerators())) {
      for (const make of makers) planted.push({ rule, ...make(random) });
    }
  }
  return planted;
}

export { hardNegatives } from './hard-negatives.js';
