export const id = 801;
export const ids = [801];
export const modules = {

/***/ 801:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46316);


async function run(io) {
    if (!io.inputs.raw('command') && !io.inputs.raw('reports')) {
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL('Input required and not supplied: command (or reports)');
    }
    throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .NotImplementedError */ .EH('flaky-rerun');
}


/***/ })

};
