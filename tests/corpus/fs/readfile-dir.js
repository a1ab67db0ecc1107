// readFile of a directory fails with EISDIR.
const fs = require('fs');
fs.readFile('.', (err) => console.log(err.code, err.syscall));
try { fs.readFileSync('.'); } catch (e) { console.log('sync', e.code); }
