// A WriteStream in a missing directory: the open fails, 'error' then 'close'.
const fs = require('fs');
const ws = fs.createWriteStream('./no-such-dir/out.txt');
ws.write('data', (err) => console.log('write callback', err && err.code));
ws.on('error', (err) => console.log('error', err.code, err.syscall, err.message));
ws.on('close', () => console.log('close', ws.destroyed));
