// __filename and __dirname are absolute and consistent (printed without the absolute part).
const path = require('path');
console.log(__filename.endsWith('.js'), path.basename(__filename));
console.log(path.isAbsolute(__filename), path.isAbsolute(__dirname));
console.log(path.dirname(__filename) === __dirname);
