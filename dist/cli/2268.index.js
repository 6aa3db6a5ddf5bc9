export const id = 2268;
export const ids = [2268];
export const modules = {

/***/ 32268:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   redactCommand: () => (/* binding */ redactCommand)
/* harmony export */ });
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77593);
/* harmony import */ var _secrets_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96218);


const HELP = `kintsugi redact [--findings]

Reads standard input and writes it to standard output with every secret replaced by a marker
naming its rule, e.g. [REDACTED:github-pat]. The rules are the ones the model client and
risk-gate's secret detector use. --findings also lists rule, line and column on standard error.
Exit status 0.
`;
/** `kintsugi redact`: the shared secret rule set as a filter (stdin → stdout). */
const redactCommand = async (argv, streams) => {
    const { options, help } = (0,_args_js__WEBPACK_IMPORTED_MODULE_0__/* .parseArgs */ .Z)(argv);
    if (help) {
        streams.stdout.write(HELP);
        return 0;
    }
    const input = await readAll(streams.stdin);
    const { text, findings } = (0,_secrets_index_js__WEBPACK_IMPORTED_MODULE_1__/* .redactSecrets */ .fp)(input);
    streams.stdout.write(text);
    if (options.findings === 'true') {
        for (const f of findings)
            streams.stderr.write(`${f.line}:${f.column} ${f.rule} ${f.match}\n`);
        streams.stderr.write(`${findings.length} secret(s) redacted\n`);
    }
    return 0;
};
async function readAll(stream) {
    const chunks = [];
    for await (const chunk of stream)
        chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    return Buffer.concat(chunks).toString('utf8');
}


/***/ })

};
