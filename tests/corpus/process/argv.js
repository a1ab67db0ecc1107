// process.argv holds the node binary and the script path; no extra args here.
const path = require('path');
console.log(process.argv.length);
console.log(path.basename(process.argv[1]));
console.log(path.isAbsolute(process.argv[0]), path.isAbsolute(process.argv[1]));
console.log(Array.isArray(process.execArgv), process.execArgv.length);
