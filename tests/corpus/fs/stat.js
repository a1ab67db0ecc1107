// fs.stat of a created file and directory: isFile/isDirectory/size/mtime type.
const fs = require('fs');
const f = './tmp-stat.txt';
fs.writeFileSync(f, 'x'.repeat(1234));
fs.stat(f, (err, st) => {
  console.log(err, st.isFile(), st.isDirectory(), st.size, st.mtime instanceof Date, typeof st.mtimeMs);
  fs.stat('.', (err, d) => {
    console.log('dir:', d.isDirectory(), d.isFile());
    fs.unlinkSync(f);
  });
});
