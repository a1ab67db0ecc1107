// A write stream with setEncoding-free reads back; highWaterMark 5 splits a multibyte file.
const fs = require('fs');
const f = './tmp-utf8-chunks.txt';
fs.writeFileSync(f, 'añb€c😀d');
const raw = [];
fs.createReadStream(f, { highWaterMark: 5 })
  .on('data', (c) => raw.push(c))
  .on('end', () => {
    console.log(raw.map((c) => c.toString()));
    const decoded = [];
    fs.createReadStream(f, { highWaterMark: 5, encoding: 'utf8' })
      .on('data', (c) => decoded.push(c))
      .on('end', () => {
        console.log(decoded);
        fs.unlinkSync(f);
      });
  });
