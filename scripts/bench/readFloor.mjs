// The floor of section 2 for any Node.js tool: walk a folder and read every file, with no detection, no output
// and none of skjold's checks (no .gitignore, no binary test, no decoding). `npm run bench` times this beside
// `rg -c` and `skjold scan` to show how much of skjold's time the platform alone takes.
// Usage: node scripts/bench/readFloor.mjs DIR — prints the number of bytes read (to stdout).
import fs from 'node:fs';

const scratch = Buffer.allocUnsafe(1 << 16);
let bytes = 0;
function walk(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = `${dir}/${e.name}`;
    if (e.isDirectory()) walk(full);
    else if (e.isFile()) {
      const fd = fs.openSync(full, 'r');
      try {
        for (let n; (n = fs.readSync(fd, scratch, 0, scratch.length, null)) > 0;) bytes += n;
      } finally {
        fs.closeSync(fd);
      }
    }
  }
}
walk(process.argv[2] ?? '.');
console.log(bytes);
