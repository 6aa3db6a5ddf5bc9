/** Hard negatives for the secret rule set: placeholders, references, ids, hashes, ordinary text. */
export interface HardNegative {
  kind: string;
  text: string;
}

/** Things that look like secrets and are not: none of them may be reported. */
export function hardNegatives(): HardNegative[] {
  const x36 = 'x'.repeat(36);
  const n = (kind: string, ...texts: string[]): HardNegative[] =>
    texts.map((text) => ({ kind, text }));
  const base64Text = (s: string) => Buffer.from(s).toString('base64');
  return [
    ...n(
      'placeholder',
      `GITHUB_TOKEN=ghp_${x36}`,
      `token: ghp_${'X'.repeat(36)}`,
      `github_pat_${'x'.repeat(22)}_${'x'.repeat(59)}`,
    ),
    ...n(
      'placeholder',
      'token: <YOUR_TOKEN>',
      'GITHUB_TOKEN=<your-github-token>',
      'api_key: YOUR_API_KEY_HERE',
      'password: changeme',
      'password=changeme123',
      'DB_PASSWORD=********',
      'api_key: ****************a1B2',
    ),
    ...n(
      'placeholder',
      'aws_access_key_id = AKIAIOSFODNN7EXAMPLE',
      'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    ),
    ...n(
      'placeholder',
      `npm_${x36}`,
      'sk-ant-api03-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'sk_live_xxxxxxxxxxxxxxxxxxxxxxxx',
      'xoxb-your-token-here',
      'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX',
    ),
    ...n(
      'placeholder',
      'OPENAI_API_KEY=sk-...',
      'Authorization: Bearer <token>',
      'postgres://user:password@localhost:5432/db',
      'https://user:${PASSWORD}@example.com',
    ),
    ...n(
      'placeholder',
      '-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----',
      '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC...\n-----END PRIVATE KEY-----',
    ),
    ...n(
      'secret reference',
      'token: ${{ secrets.GITHUB_TOKEN }}',
      'api_key: ${{ secrets.API_KEY }}',
      "password: '${{ secrets.DB_PASSWORD }}'",
      'github-token: ${{ github.token }}',
    ),
    ...n(
      'secret reference',
      'const token = process.env.GITHUB_TOKEN;',
      'password = os.environ["DB_PASSWORD"]',
      'secret = getSecret("deploy")',
      'api_key: "${API_KEY}"',
      'password: "{{ .Values.db.password }}"',
      'token = await octokit.auth()',
      'const secretKey = config.get("secret")',
    ),
    ...n(
      'identifier',
      'token = someVeryLongVariableName2',
      'secret: my-service-account-name',
      'Authorization: Bearer authentication-middleware-handler',
      'password_hash = "$2b$12$KIXQJ7Gq7mF6s1Xy8zZ4U.Oa7lOQ9q6m1cKp3hXH0rN2yXo5Kq1Wy"',
    ),
    ...n(
      'uuid',
      'request_id: 3f2b8c1e-9d4a-4b7e-8f21-6c5d0e9a1b23',
      '"id": "550e8400-e29b-41d4-a716-446655440000"',
      'token: 9b2d7e41-5c3a-4f8e-b6d1-0a9c8e7f6d5b',
    ),
    ...n(
      'hash',
      'commit 3b18e512dba79e4c8300dd08aeb37f8e728b8dad',
      'sha: 9fceb02d0ae598e95dc970b74767f19372d61af8',
      '"integrity": "sha512-Vq3+RW3xYOLpAqVnyJ4H9cYkNn6GbU0rM0F+qfO8wbqH0F2Qe3nJH7vP1ZkM6oX9yX4mC1pU5kV8tQ0a2rB3cA=="',
    ),
    ...n(
      'hash',
      'image@sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      'md5: d41d8cd98f00b204e9800998ecf8427e',
      'token_hash: 2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae',
    ),
    ...n(
      'base64 text',
      `echo ${base64Text('Hello, world! This is just an ordinary message.')} | base64 -d`,
      `data: ${base64Text('{"name":"kintsugi","version":"1.0.0","private":true}')}`,
    ),
    ...n(
      'ordinary',
      'max_tokens: 2048',
      'tokens_used=123456',
      'The token was refreshed at 12:00.',
      'import { secretRule } from "./rules.js";',
      'eyJhbGciOiJIUzI1NiJ9 is only a header',
      'pip install scikit-learn sk-video',
      'https://github.com/owner/repo/actions/runs/1234567890',
      '-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n-----END PUBLIC KEY-----',
    ),
  ];
}
