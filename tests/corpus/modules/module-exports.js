// The CommonJS wrapper: exports === module.exports, `this` is exports, five wrapper arguments.
console.log(typeof require, typeof module, typeof exports, typeof __filename, typeof __dirname);
console.log(exports === module.exports, this === module.exports);
console.log(arguments.length);
exports.a = 1;
console.log(module.exports.a);
module.exports = { replaced: true };
console.log(exports === module.exports, exports.a);
