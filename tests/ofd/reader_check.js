#!/usr/bin/env node
// Reader check: opens each OFD in ofd.js 0.2.6 (a reader nobody here wrote) inside headless
// Chromium, renders every page, and compares it with the PDF of the same document:
//  - text: the characters ofd.js lays out, line by line (grouped by baseline, ordered by x),
//    must equal `pdftotext -layout` of the same page, whitespace aside;
//  - pixels: a screenshot of each page against `pdftoppm` at the same scale, after aligning
//    the two on their ink, must differ in few ink pixels, black and red counted apart.
//
// usage: node reader_check.js MANIFEST.json OUT_DIR
//   MANIFEST: [{"name": "notice", "ofd": "/abs/notice.ofd", "pdf": "/abs/notice.pdf"}, ...]
//   OUT_DIR receives NAME-N.ofd.png (the reader's page) and NAME-N.pdf.png per page.
// Prints one line per page and a summary; exit 0 all pass, 1 a mismatch, 2 could not run.
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const SCREEN_WIDTH = 850;  // ofd.js scale = (850 - 10) / 210 mm = 4.0 px per mm on A4
const PX_PER_MM = 4;
const DPI = PX_PER_MM * 25.4;
const MAX_MISMATCH = Number(process.env.OFD_MAX_MISMATCH || 0.05);  // of the ink pixels: dense
// tables of 4号 text reach 3.5% from anti-aliasing alone; a red line drawn black is over 20%

function chromiumPath() {
  for (const p of [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'])
    if (p && fs.existsSync(p)) return p;
  return null;
}

// The fonts an OFD embeds: [{family, file, bytes}] from its resource files.
function embeddedFonts(ofd) {
  const names = execFileSync('unzip', ['-Z1', ofd]).toString().split('\n');
  const fonts = [];
  for (const res of names.filter((n) => /Res\.xml$/.test(n))) {
    const xml = execFileSync('unzip', ['-p', ofd, res]).toString();
    const base = (xml.match(/<ofd:Res[^>]*BaseLoc="([^"]*)"/) || [])[1] || '';
    const dir = path.posix.join(path.posix.dirname(res), base);
    for (const m of xml.matchAll(/<ofd:Font ([^>]*)>\s*<ofd:FontFile>([^<]+)<\/ofd:FontFile>/g)) {
      const attr = (name) => (m[1].match(new RegExp(name + '="([^"]*)"')) || [])[1];
      const file = path.posix.join(dir, m[2]);
      fonts.push({
        family: attr('FamilyName') || attr('FontName'),
        file,
        bytes: execFileSync('unzip', ['-p', ofd, file], { maxBuffer: 1 << 28 }),
      });
    }
  }
  return fonts;
}

// ofd.js 0.2.6 never loads an embedded FontFile: it asks the browser for the family by name,
// first swapping names that contain one of these keys for Windows font names (its
// FONT_FAMILY table, src/utils/ofd/ofd_util.js). The check registers each embedded font
// under the family ofd.js will ask for, so what is drawn is the embedded subset.
const OFDJS_FAMILY_SWAPS = [
  ['楷体', '楷体'], ['kaiti', '楷体'], ['Kai', '楷体'], ['simsun', 'SimSun'], ['宋体', 'SimSun'],
  ['黑体', 'SimHei'], ['仿宋', 'FangSong'], ['小标宋体', 'sSun'], ['方正小标宋_gbk', 'sSun'],
  ['仿宋_gb2312', 'FangSong'], ['楷体_gb2312', '楷体'], ['couriernew', 'Courier New'],
  ['courier new', 'Courier New'],
];
function familiesAsked(family) {
  const out = [family];
  for (const [key, first] of OFDJS_FAMILY_SWAPS)
    if (family.toLowerCase().includes(key.toLowerCase())) {
      out.push(first);
      break;
    }
  return out;
}

function pdfPageCount(pdf) {
  const info = execFileSync('pdfinfo', [pdf]).toString();
  return Number((info.match(/^Pages:\s+(\d+)/m) || [])[1] || 0);
}

// Lines of a page's text, whitespace removed, empty lines dropped.
function normaliseLines(lines) {
  return lines.map((l) => l.replace(/[\s\u3000]+/g, '')).filter((l) => l.length > 0);
}

function pdfPageLines(pdf, n) {
  const text = execFileSync('pdftotext', ['-layout', '-f', String(n), '-l', String(n), pdf, '-'])
    .toString();
  return normaliseLines(text.split('\n'));
}

function renderPdfPages(pdf, prefix) {
  execFileSync('pdftoppm', ['-r', String(DPI), '-png', pdf, prefix]);
  const dir = path.dirname(prefix);
  const base = path.basename(prefix);
  return fs.readdirSync(dir)
    .filter((f) => f.startsWith(base + '-') && f.endsWith('.png'))
    .sort((a, b) => Number(a.match(/-(\d+)\.png$/)[1]) - Number(b.match(/-(\d+)\.png$/)[1]))
    .map((f) => path.join(dir, f));
}

// In the page: parse and render the OFD with ofd.js; returns the page count.
async function openInReader(page, ofdBytes, fonts) {
  return page.evaluate(async (b64, fontList, width) => {
    const bytes = (s) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0)).buffer;
    for (const f of fontList)
      for (const family of f.families) {
        const face = new FontFace(family, bytes(f.b64));
        await face.load();
        document.fonts.add(face);
      }
    const docs = await new Promise((ok, fail) =>
      window.ofd.parseOfdDocument({ ofd: bytes(b64), success: ok, fail }));
    const host = document.getElementById('pages');
    host.innerHTML = '';
    for (const div of window.ofd.renderOfd(width, docs[0])) host.appendChild(div);
    await document.fonts.ready;
    return host.children.length;
  }, ofdBytes.toString('base64'),
  fonts.map((f) => ({ families: familiesAsked(f.family), b64: f.bytes.toString('base64') })),
  SCREEN_WIDTH);
}

// The characters ofd.js drew on page `i`, grouped into lines by baseline (within 0.5 mm) and
// ordered by x.
async function readerPageLines(page, i) {
  const chars = await page.evaluate((index, tol) => {
    const div = document.getElementById('pages').children[index];
    const out = [];
    for (const svg of div.querySelectorAll('svg')) {
      const left = parseFloat(svg.style.left) || 0;
      const top = parseFloat(svg.style.top) || 0;
      for (const t of svg.querySelectorAll('text'))
        out.push({ x: left + parseFloat(t.getAttribute('x')),
                   y: top + parseFloat(t.getAttribute('y')), c: t.textContent });
    }
    return out;
  }, i);
  chars.sort((a, b) => a.y - b.y);
  const lines = [];
  for (const ch of chars) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(ch.y - last.y) <= PX_PER_MM * 0.5) last.chars.push(ch);
    else lines.push({ y: ch.y, chars: [ch] });
  }
  return normaliseLines(lines.map((l) => l.chars.sort((a, b) => a.x - b.x).map((c) => c.c).join('')));
}

// In the page: compares two PNGs (data URLs) on their ink, black and red apart. Aligns on the
// ink's bounding box or on no offset, refines by ±2 px, and allows each ink pixel a 1 px neighbourhood in the
// other image (anti-aliasing and hinting differ between renderers).
async function comparePixels(page, aPng, bPng) {
  return page.evaluate(async (a, b) => {
    const load = (src) => new Promise((ok, fail) => {
      const img = new Image();
      img.onload = () => ok(img);
      img.onerror = fail;
      img.src = src;
    });
    const [ia, ib] = [await load(a), await load(b)];
    const masks = (img) => {
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const g = c.getContext('2d');
      g.drawImage(img, 0, 0);
      const d = g.getImageData(0, 0, img.width, img.height).data;
      const dark = new Uint8Array(img.width * img.height);
      const red = new Uint8Array(img.width * img.height);
      let x0 = img.width, y0 = img.height;
      for (let i = 0; i < dark.length; ++i) {
        const r = d[4 * i], gg = d[4 * i + 1], bb = d[4 * i + 2];
        if (r > 150 && gg < 110 && bb < 110) red[i] = 1;
        else if (r + gg + bb < 3 * 128) dark[i] = 1;
        if (red[i] || dark[i]) {
          x0 = Math.min(x0, i % img.width);
          y0 = Math.min(y0, Math.floor(i / img.width));
        }
      }
      return { w: img.width, h: img.height, dark, red, x0, y0 };
    };
    const A = masks(ia), B = masks(ib);
    // Ink of `m` with no ink of the same colour within 1 px at the shifted place in `o`.
    const misses = (m, o, dx, dy, key) => {
      let miss = 0, ink = 0;
      const mm = m[key], om = o[key];
      for (let y = 0; y < m.h; ++y)
        for (let x = 0; x < m.w; ++x) {
          if (!mm[y * m.w + x]) continue;
          ++ink;
          let hit = false;
          for (let v = -1; v <= 1 && !hit; ++v)
            for (let u = -1; u <= 1 && !hit; ++u) {
              const X = x + dx + u, Y = y + dy + v;
              hit = X >= 0 && Y >= 0 && X < o.w && Y < o.h && om[Y * o.w + X] === 1;
            }
          if (!hit) ++miss;
        }
      return { miss, ink };
    };
    let best = null;
    // Candidate offsets: ±2 px around the ink boxes' corners and around no offset at all (both
    // are rendered at the same scale). The corner alone is fragile: one glyph a reader draws a
    // few px off at the page's left edge (ofd.js's 半 starts 4 px right of poppler's) moves the
    // box, and the true offset fell outside the window (a sparse page then failed at 10 %).
    const bx = B.x0 - A.x0, by = B.y0 - A.y0;
    const offsets = new Set();
    for (const [cx, cy] of [[bx, by], [0, 0]])
      for (let dy = cy - 2; dy <= cy + 2; ++dy)
        for (let dx = cx - 2; dx <= cx + 2; ++dx) offsets.add(dx + ',' + dy);
    for (const o of offsets) {
      const [dx, dy] = o.split(',').map(Number);
      {
        const r = {};
        let miss = 0, ink = 0;
        for (const key of ['dark', 'red']) {
          const ab = misses(A, B, dx, dy, key), ba = misses(B, A, -dx, -dy, key);
          r[key] = { miss: ab.miss + ba.miss, ink: ab.ink + ba.ink };
          miss += r[key].miss;
          ink += r[key].ink;
        }
        const score = ink ? miss / ink : 0;
        if (!best || score < best.score) best = { score, dx, dy, dark: r.dark, red: r.red, ink };
      }
    }
    return best;
  }, 'data:image/png;base64,' + aPng.toString('base64'),
  'data:image/png;base64,' + bPng.toString('base64'));
}

async function checkDocument(browser, doc, outDir) {
  const failures = [];
  const page = await browser.newPage();
  await page.setViewport({ width: SCREEN_WIDTH + 20, height: 1300, deviceScaleFactor: 1 });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto('file://' + path.join(__dirname, 'reader.html'));
  const pages = await openInReader(page, fs.readFileSync(doc.ofd), embeddedFonts(doc.ofd));
  const pdfPages = pdfPageCount(doc.pdf);
  if (errors.length) failures.push(`${doc.name}: ofd.js reported: ${errors.join('; ')}`);
  if (pages !== pdfPages) failures.push(`${doc.name}: ofd.js shows ${pages} pages, the PDF has ${pdfPages}`);
  const pngs = renderPdfPages(doc.pdf, path.join(outDir, doc.name));
  const handles = await page.$$('#pages > div');
  for (let i = 0; i < Math.min(pages, pdfPages); ++i) {
    const label = `${doc.name} page ${i + 1}`;
    const ours = await readerPageLines(page, i);
    const theirs = pdfPageLines(doc.pdf, i + 1);
    const textOk = ours.join('\n') === theirs.join('\n');
    if (!textOk) {
      let k = 0;
      while (k < ours.length && ours[k] === theirs[k]) ++k;
      failures.push(`${label}: text differs at line ${k + 1}: ofd.js "${ours[k] || ''}" / pdftotext "${theirs[k] || ''}"`);
    }
    const shot = await handles[i].screenshot({ type: 'png' });
    const shotPath = path.join(outDir, `${doc.name}-${i + 1}.ofd.png`);
    fs.writeFileSync(shotPath, shot);
    fs.renameSync(pngs[i], path.join(outDir, `${doc.name}-${i + 1}.pdf.png`));
    const cmp = await comparePixels(page, shot, fs.readFileSync(path.join(outDir, `${doc.name}-${i + 1}.pdf.png`)));
    const pixelsOk = cmp.score <= MAX_MISMATCH;
    if (!pixelsOk)
      failures.push(`${label}: ${(100 * cmp.score).toFixed(2)}% of ink pixels differ (limit ${100 * MAX_MISMATCH}%)`);
    console.log(`${textOk && pixelsOk ? 'ok  ' : 'FAIL'} ${label}: ${ours.length} lines, ` +
      `ink mismatch ${(100 * cmp.score).toFixed(2)}% (black ${cmp.dark.miss}/${cmp.dark.ink}, ` +
      `red ${cmp.red.miss}/${cmp.red.ink}) at offset ${cmp.dx},${cmp.dy}`);
  }
  await page.close();
  return failures;
}

async function main() {
  const [manifestPath, outDir] = process.argv.slice(2);
  if (!manifestPath || !outDir) {
    console.error('usage: node reader_check.js MANIFEST.json OUT_DIR');
    return 2;
  }
  const chromium = chromiumPath();
  if (!chromium) {
    console.error('no Chromium (install Debian chromium, or set CHROMIUM)');
    return 2;
  }
  let puppeteer;
  try {
    puppeteer = require('puppeteer-core');
  } catch (e) {
    console.error('puppeteer-core is not installed: run `npm ci` in tests/ofd');
    return 2;
  }
  fs.mkdirSync(outDir, { recursive: true });
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  const browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--font-render-hinting=none',
      '--allow-file-access-from-files', '--force-color-profile=srgb'],
  });
  const failures = [];
  try {
    for (const doc of manifest) failures.push(...await checkDocument(browser, doc, outDir));
  } finally {
    await browser.close();
  }
  for (const f of failures) console.log('FAIL ' + f);
  console.log(failures.length ? `${failures.length} failure(s)` : `all ${manifest.length} documents match`);
  return failures.length ? 1 : 0;
}

main().then((code) => process.exit(code), (e) => {
  console.error(e && e.stack || String(e));
  process.exit(2);
});
