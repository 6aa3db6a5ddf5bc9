export const id = 3598;
export const ids = [3598];
export const modules = {

/***/ 3598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   docsCommand: () => (/* binding */ docsCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _actions_registry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19984);
/* harmony import */ var _platform_package_root_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(95148);
/* harmony import */ var _action_metadata_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2126);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(77593);






const START = '<!-- kintsugi:inputs:start (generated from action.yml by `npm run docs`) -->';
const END = '<!-- kintsugi:inputs:end -->';
/** `kintsugi docs [--check]`: regenerate the tables between the markers; --check fails if stale. */
const docsCommand = async (argv, streams) => {
    const { options } = (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .parseArgs */ .Z)(argv);
    const check = options.check === 'true';
    let stale = 0;
    for (const entry of _actions_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .ACTIONS */ .k) {
        const readme = node_path__WEBPACK_IMPORTED_MODULE_1___default().join((0,_platform_package_root_js__WEBPACK_IMPORTED_MODULE_3__/* .packageRoot */ .Z)(), node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(entry.actionYml), entry.name === 'self-heal' ? 'docs/self-heal.md' : 'README.md');
        const metadata = await (0,_action_metadata_js__WEBPACK_IMPORTED_MODULE_4__/* .readActionMetadata */ .Of)(entry.actionYml);
        const tables = `${START}\n${(0,_action_metadata_js__WEBPACK_IMPORTED_MODULE_4__/* .renderActionTables */ .WF)(metadata)}${END}`;
        const current = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(readme, 'utf8').catch(() => `# ${metadata.name}\n\n${metadata.description}\n\n${START}\n${END}\n`);
        const pattern = new RegExp(`${escape(START)}[\\s\\S]*?${escape(END)}`);
        const next = pattern.test(current)
            ? current.replace(pattern, tables)
            : `${current.trimEnd()}\n\n${tables}\n`;
        if (next !== current) {
            stale++;
            if (!check) {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(readme), { recursive: true });
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(readme, next, 'utf8');
            }
            streams.stdout.write(`${check ? 'stale' : 'wrote'} ${node_path__WEBPACK_IMPORTED_MODULE_1___default().relative((0,_platform_package_root_js__WEBPACK_IMPORTED_MODULE_3__/* .packageRoot */ .Z)(), readme)}\n`);
        }
    }
    return check && stale > 0 ? 1 : 0;
};
function escape(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}


/***/ })

};
