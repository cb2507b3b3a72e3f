// Screenshots of a built site for looking at it as a reader: node --import tsx scripts/bench/austrian-shots.ts BASEURL OUTDIR path…
import { chromium } from 'playwright-core';

const [base, out, ...paths] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
for (const [i, p] of paths.entries()) {
  await page.goto(new URL(p, base).href, { waitUntil: 'load' });
  await page.screenshot({ path: `${out}/${String(i).padStart(2, '0')}.png`, fullPage: false });
  console.log(i, p, await page.title());
}
await browser.close();
