export const id = 722;
export const ids = [722];
export const modules = {

/***/ 32722:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46316);


async function run(io) {
    if (!io.inputs.raw('logs') && !io.inputs.raw('run-id') && !io.context.payload.workflow_run) {
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL('Input required and not supplied: run-id (or logs, or a workflow_run event)');
    }
    throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .NotImplementedError */ .EH('self-heal');
}


/***/ })

};
