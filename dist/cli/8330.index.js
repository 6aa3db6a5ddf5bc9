export const id = 8330;
export const ids = [8330];
export const modules = {

/***/ 58330:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/platform/errors.ts
var errors = __webpack_require__(46316);
// EXTERNAL MODULE: ./src/llm/model-choice.ts
var model_choice = __webpack_require__(45328);
;// CONCATENATED MODULE: ./src/actions/risk-gate/settings.ts



/** Every input, read and checked once; the result is frozen. */
function readSettings(io) {
    const { inputs } = io;
    const payloadPr = io.context.payload.pull_request?.number;
    const pr = inputs.raw('pr') !== undefined
        ? inputs.int('pr', 0, { min: 1 })
        : typeof payloadPr === 'number'
            ? payloadPr
            : undefined;
    const diffFile = inputs.optional('diff');
    if (pr === undefined && diffFile === undefined) {
        throw new errors/* ConfigError */.xL('Input required and not supplied: pr (or diff, or a pull_request event)');
    }
    const approveBelow = inputs.int('approve-below', 30, { min: 0, max: 101 });
    const deployBelow = inputs.int('deploy-below', 40, { min: 0, max: 101 });
    if (deployBelow < approveBelow) {
        throw new errors/* ConfigError */.xL(`Input deploy-below got ${deployBelow}; accepted: a whole number not below approve-below (${approveBelow})`);
    }
    const policiesSha256 = inputs.optional('policies-sha256');
    if (policiesSha256 !== undefined && !/^(?:sha256:)?[0-9a-fA-F]{64}$/.test(policiesSha256)) {
        throw new errors/* ConfigError */.xL(`Input policies-sha256 got ${JSON.stringify(policiesSha256)}; accepted: 64 hex digits (kintsugi policy digest prints it)`);
    }
    const llmReview = inputs.bool('llm-review', false);
    const anthropicApiKey = inputs.optional('anthropic-api-key') ?? io.env.ANTHROPIC_API_KEY;
    const modelChoice = { ...(0,model_choice/* readModelChoice */.Bi)(inputs, io.env), apiKey: anthropicApiKey };
    if (llmReview && !(0,model_choice/* isModelConfigured */.co)(modelChoice)) {
        throw new errors/* ConfigError */.xL(`Input llm-review is on but ${model_choice/* MODEL_NOT_CONFIGURED */.Z6}; or turn llm-review off`);
    }
    const workspacePath = (value) => value === undefined ? undefined : external_node_path_default().resolve(io.context.workspace, value);
    return Object.freeze({
        githubToken: inputs.optional('github-token') ?? io.env.GITHUB_TOKEN,
        pr,
        diffFile: workspacePath(diffFile),
        policies: workspacePath(inputs.optional('policies')),
        policiesSha256,
        mode: inputs.oneOf('mode', ['enforce', 'shadow'], 'enforce'),
        approveBelow,
        deployBelow,
        llmReview,
        anthropicApiKey,
        modelChoice,
        model: inputs.optional('model', 'claude-sonnet-5-5'),
        sarif: workspacePath(inputs.optional('sarif')),
        comment: inputs.oneOf('comment', ['always', 'on-failure', 'never'], 'always'),
        labels: inputs.bool('labels', true),
        deployEnvironment: inputs.optional('deploy-environment'),
    });
}

;// CONCATENATED MODULE: ./src/actions/risk-gate/main.ts

// Cold start: only the settings are read eagerly, so a misconfigured step fails fast; the domain
// code (GitHub client, parsers, model client) loads once the settings are known to be valid.
async function run(io) {
    const settings = readSettings(io);
    const { execute } = await Promise.all(/* import() */[__webpack_require__.e(4119), __webpack_require__.e(1720), __webpack_require__.e(4006), __webpack_require__.e(8439), __webpack_require__.e(2311), __webpack_require__.e(8707), __webpack_require__.e(6218), __webpack_require__.e(5653), __webpack_require__.e(54), __webpack_require__.e(656), __webpack_require__.e(8613)]).then(__webpack_require__.bind(__webpack_require__, 70763));
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
