// fs.readFile of the program itself: a Buffer without encoding, a string with one.
const fs = require('fs');
fs.readFile(__filename, (err, buf) => {
  console.log(err, Buffer.isBuffer(buf), buf.length > 0);
  fs.readFile(__filename, 'utf8', (err2, text) => {
    console.log(typeof text, text.length === buf.length, text.split('\n')[0]);
    fs.readFile(__filename, { encoding: 'utf8' }, (err3, t3) => console.log('options object:', t3 === text));
  });
});
