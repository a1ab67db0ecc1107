// start and end are inclusive byte offsets; with an encoding the chunks are strings.
const fs = require('fs');
const f = './tmp-read-stream-start-end.txt';
fs.writeFileSync(f, '0123456789abcdefghijklmnopqrstuvwxyz');
const parts = [];
fs.createReadStream(f, { start: 10, end: 15, encoding: 'utf8' })
  .on('data', (c) => parts.push(c))
  .on('end', () => {
    console.log('start 10 end 15:', JSON.stringify(parts.join('')));
    const rest = [];
    fs.createReadStream(f, { start: 30 })
      .on('data', (c) => rest.push(c.toString()))
      .on('close', () => {
        console.log('start 30:', rest.join(''));
        const one = [];
        fs.createReadStream(f, { start: 0, end: 0 }).on('data', (c) => one.push(c)).on('end', () => {
          console.log('start 0 end 0:', Buffer.concat(one).toString());
          fs.unlinkSync(f);
        });
      });
  });
