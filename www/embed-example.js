// How a host page listens to the map: the select event names the region and force.
const map = document.getElementById('rocu');
const picked = document.getElementById('picked');
map.addEventListener('rocu-map:select', (event) => {
  const { region, force } = event.detail;
  picked.textContent = region ? `Region: ${region}${force ? `, force: ${force}` : ''}` : 'Nothing selected.';
});
