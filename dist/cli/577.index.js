export const id = 577;
export const ids = [577];
export const modules = {

/***/ 19577:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46316);

async function run(io) {
    io.inputs.required('diagnosis');
    throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .NotImplementedError */ .EH('patch');
}


/***/ })

};
