// "Download this map", loaded by rocu-map.js on the first download: the core
// writes the SVG of the current view; PNG is that SVG drawn on a canvas at the
// scale the button names.

// Saves `blob` as a file called `name`.
function save(blob, name) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

// Draws an SVG document at `scale` times its size and resolves to a PNG blob.
// (The picture is loaded from a data: address, which the pages' CSP allows.)
function rasterise(svg, scale) {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement('canvas');
      // The size in the SVG's viewBox, which may be fractional.
      const [, w, h] = svg.match(/viewBox="0 0 ([\d.]+) ([\d.]+)"/) || [0, image.naturalWidth, image.naturalHeight];
      canvas.width = Math.round(w * scale);
      canvas.height = Math.round(h * scale);
      const context = canvas.getContext('2d');
      context.fillStyle = '#fff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be made'))), 'image/png');
    };
    image.onerror = () => reject(new Error('the map could not be drawn as a picture'));
    image.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg);
  });
}

/**
 * Saves the view as the file `button` asks for (`data-export` = `svg` or
 * `png`, `data-scale` for PNG). Rejects if the picture cannot be made.
 * @param {HTMLElement} button
 * @param {{handle: {download(kind: string): ({name: string, svg: string} | null)}}} map
 */
export async function clicked(button, { handle }) {
  const kind = button.dataset.export;
  const file = handle.download(kind);
  if (!file) return;
  const { name, svg } = file;
  const blob = kind === 'svg'
    ? new Blob([svg], { type: 'image/svg+xml' })
    : await rasterise(svg, Number(button.dataset.scale));
  save(blob, name);
}
