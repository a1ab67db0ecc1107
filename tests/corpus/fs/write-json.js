// Round-trip JSON through a file.
const fs = require('fs');
const f = './tmp-write-json.json';
const data = { name: 'nodescope', list: [1, 2, 3], nested: { ok: true } };
fs.writeFile(f, JSON.stringify(data, null, 2), () => {
  fs.readFile(f, 'utf8', (err, text) => {
    const back = JSON.parse(text);
    console.log(back.name, back.list.length, back.nested.ok, text.split('\n').length);
    fs.unlinkSync(f);
  });
});
