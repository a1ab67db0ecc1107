// Summing chunk sizes with for await over a larger file.
const fs = require('fs');
const f = './tmp-for-await-size.txt';
fs.writeFileSync(f, Buffer.alloc(200000, 'z'));
async function main() {
  let total = 0;
  const sizes = [];
  for await (const chunk of fs.createReadStream(f)) {
    total += chunk.length;
    sizes.push(chunk.length);
  }
  console.log(total, sizes);
  const small = [];
  for await (const chunk of fs.createReadStream(f, { start: 10, end: 19, encoding: 'latin1' })) small.push(chunk);
  console.log(small);
  fs.unlinkSync(f);
}
main();
