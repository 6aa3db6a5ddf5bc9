/** The one secret rule set: model-prompt redaction, risk-gate's secret detector and `kintsugi redact`. */
export { SECRET_RULES, secretRule, type SecretRule, type MatchContext } from './rules.js';
export {
  scanSecrets,
  redactSecrets,
  redactionMarker,
  type SecretFinding,
  type RedactionResult,
} from './scan.js';
