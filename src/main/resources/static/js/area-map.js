// Draws an area and its parts from Speelveld's GeoJSON API on a Leaflet map. Without a configured tile
// server the map has a plain background, so it works offline and tells no third party where people look.
(function () {
  'use strict';

  var element = document.getElementById('kaart');
  if (!element || typeof L === 'undefined') {
    return;
  }
  var data = element.dataset;
  var bounds = data.bounds.split(',').map(Number);
  var map = L.map(element, { zoomSnap: 0.25, scrollWheelZoom: false });
  map.fitBounds([[bounds[1], bounds[0]], [bounds[3], bounds[2]]], { padding: [12, 12] });
  map.attributionControl.setPrefix(false);
  if (data.tiles) {
    L.tileLayer(data.tiles, { maxZoom: 19, attribution: data.attribution }).addTo(map);
  }

  function load(url) {
    return fetch(url, { headers: { Accept: 'application/geo+json' } }).then(function (response) {
      return response.ok ? response.json() : null;
    });
  }

  var childStyle = { color: '#154273', weight: 1.5, fillColor: '#5b8dc9', fillOpacity: 0.15 };
  var areaStyle = { color: '#0b2a4a', weight: 3, fill: false };

  load(data.children).then(function (collection) {
    if (!collection || collection.features.length === 0) {
      return;
    }
    L.geoJSON(collection, {
      style: childStyle,
      onEachFeature: function (feature, layer) {
        layer.bindTooltip(feature.properties.name, { sticky: true });
        layer.on('mouseover', function () { layer.setStyle({ fillOpacity: 0.4 }); });
        layer.on('mouseout', function () { layer.setStyle({ fillOpacity: 0.15 }); });
        layer.on('click', function () {
          window.location.href = '/gebied/' + encodeURIComponent(feature.id) + '?jaar=' + data.linkYear;
        });
      }
    }).addTo(map);
  }).then(function () {
    return load(data.area);
  }).then(function (feature) {
    if (feature) {
      L.geoJSON(feature, { style: areaStyle, interactive: false }).addTo(map);
    }
  });
}());
