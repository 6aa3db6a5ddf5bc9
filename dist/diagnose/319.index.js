export const id = 319;
export const ids = [319];
export const modules = {

/***/ 91319:
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
;// CONCATENATED MODULE: ./src/actions/diagnose/settings.ts


function readSettings(io) {
    const { inputs } = io;
    const logs = inputs.lines('logs');
    const runIdText = inputs.raw('run-id');
    if (logs.length === 0 && !runIdText)
        throw new errors/* ConfigError */.xL('Input required and not supplied: logs (or run-id): give a log file, directory or glob, or a workflow run id');
    let runId;
    if (runIdText !== undefined) {
        if (!/^\d+$/.test(runIdText))
            throw new errors/* ConfigError */.xL(`Input run-id got ${JSON.stringify(runIdText)}; accepted: a workflow run id (digits only)`);
        runId = Number(runIdText);
    }
    return Object.freeze({
        logs,
        ...(runId !== undefined ? { runId } : {}),
        githubToken: inputs.optional('github-token'),
        baselineLogs: inputs.lines('baseline-logs'),
        baseline: inputs.oneOf('baseline', ['auto', 'none'], 'none'),
        testReports: inputs.lines('test-reports'),
        anthropicApiKey: inputs.optional('anthropic-api-key'),
        modelChoice: (0,model_choice/* readModelChoice */.Bi)(inputs, io.env),
        model: inputs.optional('model', 'claude-sonnet-5-5'),
        tokenBudget: inputs.int('token-budget', 16000, { min: 1000, max: 200000 }),
        maxExcerptLines: inputs.int('max-excerpt-lines', 40, { min: 1, max: 1000 }),
        comment: inputs.bool('comment', false),
    });
}

;// CONCATENATED MODULE: ./src/actions/diagnose/main.ts

// Cold start: only the settings are read eagerly, so a misconfigured step fails fast; the domain
// code (GitHub client, parsers, model client) loads once the settings are known to be valid.
async function run(io) {
    const settings = readSettings(io);
    const { execute } = await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(316), __webpack_require__.e(270)]).then(__webpack_require__.bind(__webpack_require__, 71270));
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


/***/ }),

/***/ 46316:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   iU: () => (/* binding */ isUserError),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/* unused harmony export NotImplementedError */
/**
 * A mistake in how the user configured Kintsugi (an input, a file they pointed us at).
 * Reported as a plain message, never with a stack trace: the user can fix it.
 */
class ConfigError extends Error {
    name = 'ConfigError';
}
/** Thrown by an action whose domain is not built yet: it must fail, never pretend to succeed. */
class NotImplementedError extends Error {
    name = 'NotImplementedError';
    constructor(what) {
        super(`${what} is not implemented yet in this version of Kintsugi`);
    }
}
/** Message for the user: config errors as they are, anything else (including non-Error throws) described. */
function describeError(error) {
    if (error instanceof Error)
        return error.message || error.name;
    if (typeof error === 'string')
        return error;
    try {
        return `non-error thrown: ${JSON.stringify(error)}`;
    }
    catch {
        return `non-error thrown: ${String(error)}`;
    }
}
function isUserError(error) {
    return error instanceof ConfigError;
}


/***/ })

};
