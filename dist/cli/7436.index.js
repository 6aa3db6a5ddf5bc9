export const id = 7436;
export const ids = [7436];
export const modules = {

/***/ 37436:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/platform/errors.ts
var errors = __webpack_require__(46316);
// EXTERNAL MODULE: ./src/llm/model-choice.ts
var model_choice = __webpack_require__(45328);
;// CONCATENATED MODULE: ./src/actions/lean-prove/settings.ts


const FAIL_ON = ['error', 'sorry', 'new-sorry', 'never'];
/** Every input read and checked once, into a frozen object. */
function readSettings(io) {
    const { inputs } = io;
    // action.yml (and the CLI from it) supplies the default 'lean'; an explicit empty value is a mistake.
    const project = inputs.required('project');
    if (project.split(/[\\/]/).includes('..')) {
        throw new errors/* ConfigError */.xL(`Input project got ${JSON.stringify(project)}; accepted: a directory inside the workspace`);
    }
    const proofMode = inputs.oneOf('llm-proofs', ['off', 'on', 'pr'], 'off');
    const llmProofs = proofMode !== 'off';
    const anthropicApiKey = inputs.optional('anthropic-api-key');
    const modelChoice = (0,model_choice/* readModelChoice */.Bi)(inputs, io.env);
    if (llmProofs && !(0,model_choice/* isModelConfigured */.co)(modelChoice)) {
        throw new errors/* ConfigError */.xL(`Input llm-proofs is on but ${model_choice/* MODEL_NOT_CONFIGURED */.Z6}; or llm-proofs: off`);
    }
    return Object.freeze({
        project,
        workspace: io.context.workspace,
        targets: inputs.list('targets', { separator: /[\n,\s]+/ }),
        budgetPerFileMs: inputs.int('budget-per-file', 300, { min: 1, max: 6 * 3600 }) * 1000,
        maxHeartbeats: inputs.int('max-heartbeats', 0, { min: 0 }),
        cache: inputs.bool('cache', true),
        baseRef: inputs.optional('base-ref'),
        failOn: inputs.oneOf('fail-on', FAIL_ON, 'new-sorry'),
        llmProofs,
        proofPullRequest: proofMode === 'pr',
        maxCandidates: inputs.int('max-candidates', 4, { min: 1, max: 8 }),
        commit: io.context.sha,
        comment: inputs.bool('comment', false),
        anthropicApiKey,
        modelChoice,
        model: inputs.optional('model', 'claude-sonnet-5-5'),
        githubToken: inputs.optional('github-token'),
    });
}

;// CONCATENATED MODULE: ./src/actions/lean-prove/main.ts

// Cold start: only the settings are read eagerly, so a misconfigured step fails fast; the domain
// code (GitHub client, parsers, model client) loads once the settings are known to be valid.
async function run(io) {
    const settings = readSettings(io);
    const { execute } = await Promise.all(/* import() */[__webpack_require__.e(4119), __webpack_require__.e(1720), __webpack_require__.e(8439), __webpack_require__.e(2311), __webpack_require__.e(6218), __webpack_require__.e(5653), __webpack_require__.e(7048)]).then(__webpack_require__.bind(__webpack_require__, 17048));
    return execute(io, settings);
}


/***/ }),

/***/ 45328:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bi: () => (/* binding */ readModelChoice),
/* harmony export */   UB: () => (/* binding */ DEFAULT_MODEL),
/* harmony export */   Z6: () => (/* binding */ MODEL_NOT_CONFIGURED),
/* harmony export */   co: () => (/* binding */ isModelConfigured)
/* harmony export */ });
/* harmony import */ var _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46316);
// Reading which model to use loads nothing heavy: every action's settings import this, and the
// model client (zod, providers) loads only when a model is actually used (cold start, issue 2).

const DEFAULT_MODEL = 'claude-sonnet-5-5';
const PROVIDERS = ['anthropic', 'openai-compatible'];
/**
 * The same four inputs on every action that can use a model: `model-provider`, `anthropic-api-key`
 * (the self-hosted server's key, if it wants one), `model` and `model-base-url`; the environment
 * (KINTSUGI_MODEL_PROVIDER, KINTSUGI_MODEL_BASE_URL, ANTHROPIC_BASE_URL, OPENAI_BASE_URL) fills gaps.
 */
function readModelChoice(inputs, env) {
    const fromEnv = env.KINTSUGI_MODEL_PROVIDER?.trim();
    const provider = inputs.oneOf('model-provider', PROVIDERS, PROVIDERS.includes(fromEnv ?? '')
        ? fromEnv
        : 'anthropic');
    const baseUrl = inputs.optional('model-base-url') ??
        env.KINTSUGI_MODEL_BASE_URL ??
        (provider === 'anthropic' ? env.ANTHROPIC_BASE_URL : env.OPENAI_BASE_URL) ??
        undefined;
    if (baseUrl && !/^https?:\/\/\S+$/.test(baseUrl)) {
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`Input model-base-url got ${JSON.stringify(baseUrl)}; accepted: an http(s) URL`);
    }
    return {
        provider,
        apiKey: inputs.optional('anthropic-api-key'),
        model: inputs.optional('model', DEFAULT_MODEL),
        baseUrl,
    };
}
/** Anthropic needs a key; a self-hosted server needs its URL. */
function isModelConfigured(choice) {
    return choice.provider === 'anthropic' ? Boolean(choice.apiKey) : Boolean(choice.baseUrl);
}
const MODEL_NOT_CONFIGURED = 'no model is configured; accepted: anthropic-api-key, or model-provider: openai-compatible with model-base-url';


/***/ })

};
