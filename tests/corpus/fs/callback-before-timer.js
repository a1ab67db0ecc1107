// Several stats of the same file complete before a 500ms timer and in some order; count them.
const fs = require('fs');
let done = 0;
for (let i = 0; i < 5; i++) fs.stat(__filename, () => done++);
setTimeout(() => console.log('stats done before timer:', done), 500);
