// mkdir a directory, fill it, readdir (sorted) and readdir withFileTypes; then remove it.
const fs = require('fs');
const d = './tmp-readdir-dir';
fs.rmSync(d, { recursive: true, force: true });
fs.mkdirSync(d);
fs.writeFileSync(d + '/b.txt', 'b');
fs.writeFileSync(d + '/a.txt', 'a');
fs.mkdirSync(d + '/sub');
fs.readdir(d, (err, names) => {
  console.log(err, names.sort());
  fs.readdir(d, { withFileTypes: true }, (err, ents) => {
    ents.sort((x, y) => (x.name < y.name ? -1 : 1));
    for (const e of ents) console.log(e.name, e.isFile(), e.isDirectory());
    fs.rmSync(d, { recursive: true });
    console.log('removed', fs.existsSync(d));
  });
});
