// Option validation happens in the constructor, synchronously.
const fs = require('fs');
for (const options of [{ start: 5, end: 2 }, { start: -1 }, { start: 'a' }, { end: 1.5 }]) {
  try {
    fs.createReadStream('./whatever.txt', options);
    console.log('no error for', options);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
