// for await over a file stream.
const fs = require('fs');
const f = './tmp-read-stream-iter.txt';
fs.writeFileSync(f, 'line\n'.repeat(30000));
(async () => {
  let bytes = 0;
  let chunks = 0;
  for await (const chunk of fs.createReadStream(f, { highWaterMark: 32768 })) {
    bytes += chunk.length;
    chunks++;
  }
  console.log(chunks, 'chunks,', bytes, 'bytes');
  fs.unlinkSync(f);
})();
