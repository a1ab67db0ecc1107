// An unref'd interval runs while a ref'd timer keeps the loop alive, then the process exits.
let n = 0;
setInterval(() => { n++; }, 2).unref();
setTimeout(() => console.log('interval ran:', n > 0), 50);
process.on('exit', () => console.log('exit with unref interval still armed'));
