// Summing a CSV column line by line, the classic readline demo.
const fs = require('fs');
const readline = require('readline');
const f = './tmp-sales.csv';
fs.writeFileSync(f, 'item,qty,price\napple,3,0.5\npear,2,0.75\nplum,10,0.2\n');
async function main() {
  const rl = readline.createInterface({ input: fs.createReadStream(f), crlfDelay: Infinity });
  let header;
  let total = 0;
  for await (const line of rl) {
    const cols = line.split(',');
    if (!header) {
      header = cols;
      continue;
    }
    const row = Object.fromEntries(header.map((h, i) => [h, cols[i]]));
    total += Number(row.qty) * Number(row.price);
    console.log(row);
  }
  console.log('total', total.toFixed(2));
  fs.unlinkSync(f);
}
main();
