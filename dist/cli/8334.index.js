export const id = 8334;
export const ids = [8334];
export const modules = {

/***/ 58334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  policyCommand: () => (/* binding */ policyCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/platform/errors.ts
var errors = __webpack_require__(46316);
// EXTERNAL MODULE: ./src/risk/policy/bundle.ts + 2 modules
var policy_bundle = __webpack_require__(55357);
// EXTERNAL MODULE: ./src/risk/document.ts
var risk_document = __webpack_require__(25398);
;// CONCATENATED MODULE: ./src/risk/policy/test-cases.ts

/**
 * Runs every rule's own test cases: each `fire` document must make it fire, each `quiet` one must
 * not, and a rule must ship at least one of each. A case whose evaluation errors fails, even a
 * `fire` case: a rule that only "fires" by crashing has not been shown to work.
 */
function testPolicyBundle(bundle) {
    const cases = [];
    for (const rule of bundle.rules) {
        for (const kind of ['fire', 'quiet']) {
            const documents = rule.tests[kind];
            if (documents.length === 0) {
                cases.push({
                    ruleId: rule.id,
                    kind,
                    index: 0,
                    passed: false,
                    problem: `rule has no "${kind}" test case (${rule.source.file}:${rule.source.line})`,
                });
            }
            documents.forEach((partial, i) => {
                const result = rule.evaluate((0,risk_document/* completeDocument */.P_)(partial));
                const want = kind === 'fire';
                if (!result.ok)
                    cases.push({
                        ruleId: rule.id,
                        kind,
                        index: i + 1,
                        passed: false,
                        problem: `evaluation failed: ${result.error}`,
                    });
                else if (result.value !== want)
                    cases.push({
                        ruleId: rule.id,
                        kind,
                        index: i + 1,
                        passed: false,
                        problem: want
                            ? 'expected the rule to fire; it stayed quiet'
                            : 'expected the rule to stay quiet; it fired',
                    });
                else
                    cases.push({ ruleId: rule.id, kind, index: i + 1, passed: true });
            });
        }
    }
    const failed = cases.filter((c) => !c.passed).length;
    return {
        digest: bundle.digest,
        rules: bundle.rules.length,
        cases,
        passed: cases.length - failed,
        failed,
    };
}
function formatTestReport(report) {
    const lines = report.cases.map((c) => `${c.passed ? 'ok  ' : 'FAIL'} ${c.ruleId} ${c.kind}${c.index ? ` #${c.index}` : ''}${c.problem ? `: ${c.problem}` : ''}`);
    lines.push(`${report.rules} rules, bundle sha256 ${report.digest}`);
    lines.push(`${report.passed} passed, ${report.failed} failed`);
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(77593);
;// CONCATENATED MODULE: ./src/cli/commands/policy.ts





const USAGE = `kintsugi policy test [--policies DIR] [--policies-sha256 HEX] [--format json]
  runs each rule's own test cases (every rule must fire on its "fire" cases and stay quiet on its
  "quiet" ones); exits 1 if any case fails, 2 if the bundle itself is invalid.
kintsugi policy digest [--policies DIR]
  prints the bundle's sha256, the value to pin with the risk-gate input policies-sha256.
DIR defaults to the built-in bundle (policies/ of Kintsugi).
`;
/** `kintsugi policy test|digest`: the policy author's loop, without a pull request. */
const policyCommand = async (argv, streams) => {
    const { options, positionals, help, format } = (0,args/* parseArgs */.Z)(argv);
    const sub = positionals[0];
    if (help || !sub) {
        streams.stdout.write(USAGE);
        return help ? 0 : 2;
    }
    if (sub !== 'test' && sub !== 'digest') {
        throw new errors/* ConfigError */.xL(`kintsugi policy: unknown subcommand ${JSON.stringify(sub)}; accepted: test | digest`);
    }
    const directory = options.policies
        ? external_node_path_default().resolve(streams.cwd, options.policies)
        : (0,policy_bundle/* defaultPolicyDirectory */.ru)();
    const bundle = await (0,policy_bundle/* loadPolicyBundle */.l9)(directory, { expectedSha256: options['policies-sha256'] });
    if (sub === 'digest') {
        streams.stdout.write(format === 'json'
            ? `${JSON.stringify({ directory, digest: bundle.digest, files: bundle.files })}\n`
            : `${bundle.digest}\n`);
        return 0;
    }
    const report = testPolicyBundle(bundle);
    streams.stdout.write(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatTestReport(report));
    return report.failed > 0 ? 1 : 0;
};


/***/ })

};
