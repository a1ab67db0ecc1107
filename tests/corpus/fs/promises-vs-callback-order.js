// fs.promises and callback API results are delivered after ticks/promises of the main script.
const fs = require('fs');
fs.promises.stat(__filename).then(() => console.log('promises stat'));
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('promise'));
console.log('sync');
