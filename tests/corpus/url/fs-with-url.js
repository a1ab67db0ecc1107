// fs accepts file: URLs, e.g. a file next to the program resolved the import.meta.url way.
const fs = require('fs');
const { pathToFileURL, fileURLToPath } = require('url');
const here = pathToFileURL(__filename);
const dataUrl = new URL('./url-fs-data.tmp', here);
console.log(dataUrl.protocol, dataUrl.pathname.endsWith('/url/url-fs-data.tmp'), fileURLToPath(dataUrl) === __dirname + '/url-fs-data.tmp');
fs.writeFileSync(dataUrl, 'hello from a URL\n');
console.log(fs.readFileSync(dataUrl, 'utf8').trim(), fs.existsSync(dataUrl));
fs.readFile(new URL('url-fs-data.tmp', here), 'utf8', (err, text) => {
  console.log(err, text.length);
  fs.unlinkSync(dataUrl);
  console.log(fs.existsSync(fileURLToPath(dataUrl)));
});
