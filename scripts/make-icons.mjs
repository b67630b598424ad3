// `npm run icons`: every app icon from the one source image, build/icon.svg (sharp renders, png-to-ico packs):
//   build/icons/<n>x<n>.png  Linux (AppImage, deb)      build/icon.png  macOS (electron-builder makes the .icns)
//   build/icon.ico           Windows (nsis)
import fs from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import pngToIco from 'png-to-ico';

const buildDir = path.resolve(import.meta.dirname, '../build');
const source = path.join(buildDir, 'icon.svg');
const sizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const icoSizes = [16, 24, 32, 48, 64, 128, 256];

const svg = await fs.readFile(source);
const render = (size) =>
  sharp(svg, { density: Math.max(72, Math.ceil((72 * size) / 1024)) })
    .resize(size, size)
    .png()
    .toBuffer();

await fs.mkdir(path.join(buildDir, 'icons'), { recursive: true });
const pngs = new Map();
for (const size of sizes) {
  const png = await render(size);
  pngs.set(size, png);
  await fs.writeFile(path.join(buildDir, 'icons', `${size}x${size}.png`), png);
}
await fs.writeFile(path.join(buildDir, 'icon.png'), pngs.get(1024));
await fs.writeFile(path.join(buildDir, 'icon.ico'), await pngToIco(icoSizes.map((s) => pngs.get(s))));
console.log(
  `Icons written from build/icon.svg: build/icons/ (${sizes.length} sizes), build/icon.png, build/icon.ico`,
);
