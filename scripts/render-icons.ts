/**
 * Writes the site icon's PNG sizes from `icon.svg` (`npm run icons`): `/favicon.ico` (32 px,
 * a PNG, which every current browser reads) and `/apple-touch-icon.png` (180 px). They are
 * kept in the repository so a running site never loads sharp to draw them; a test fails when
 * the SVG changes until this is run again.
 */
import { writeFile } from 'node:fs/promises';
import { iconSizes, renderIcon } from '../src/site/icons.js';

for (const size of iconSizes) {
  const file = new URL(`../src/site/assets/icon-${size}.png`, import.meta.url);
  await writeFile(file, await renderIcon(size));
}
console.log(`wrote icon-${iconSizes.join('.png, icon-')}.png to src/site/assets/`);
