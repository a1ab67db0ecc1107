// for await over readline.createInterface.
const fs = require('fs');
const readline = require('readline');
const f = './tmp-readline-iter.txt';
fs.writeFileSync(f, 'one\ntwo\nthree\n');
async function main() {
  const rl = readline.createInterface({ input: fs.createReadStream(f, { encoding: 'utf8' }) });
  const lines = [];
  for await (const line of rl) lines.push(line.toUpperCase());
  console.log(lines);
  fs.unlinkSync(f);
}
main();
