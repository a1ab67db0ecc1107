// An uncaught throw in an fs callback exits 1.
const fs = require('fs');
fs.readFile(__filename, () => {
  console.log('in callback');
  throw new Error('callback failure');
});
