// What every map in Speelveld shares: a Leaflet map fitted to the area's bounds, tiles only when a tile
// server is configured (otherwise a plain background that works offline and tells no third party where
// people look), and GeoJSON loaded from Speelveld's own API.
window.SpeelveldMap = (function () {
  'use strict';

  function create(element) {
    var data = element.dataset;
    var bounds = data.bounds.split(',').map(Number);
    var map = L.map(element, { zoomSnap: 0.25, scrollWheelZoom: false });
    map.fitBounds([[bounds[1], bounds[0]], [bounds[3], bounds[2]]], { padding: [12, 12] });
    map.attributionControl.setPrefix(false);
    if (data.tiles) {
      L.tileLayer(data.tiles, { maxZoom: 19, attribution: data.attribution }).addTo(map);
    }
    return map;
  }

  function load(url) {
    return fetch(url, { headers: { Accept: 'application/geo+json' } }).then(function (response) {
      return response.ok ? response.json() : null;
    });
  }

  return { create: create, load: load };
}());
