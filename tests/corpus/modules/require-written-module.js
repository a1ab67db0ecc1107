// A module file written at runtime can be required; it is cached and evaluated once.
const fs = require('fs');
const f = './tmp-require-written-module.js';
fs.writeFileSync(f, "console.log('module body runs');\nmodule.exports = { value: 42, name: require('path').basename(__filename) };\n");
const m1 = require(f);
const m2 = require('./tmp-require-written-module');
console.log(m1.value, m1.name, m1 === m2);
fs.unlinkSync(f);
