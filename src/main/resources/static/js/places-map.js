// Shows the places of an area as dots on a Leaflet map, each linking to its page. The table below the map
// holds the same places for keyboard and screen-reader users.
(function () {
  'use strict';

  var element = document.getElementById('plekken-kaart');
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

  load(data.area).then(function (feature) {
    if (feature) {
      L.geoJSON(feature, { style: { color: '#0b2a4a', weight: 3, fill: false }, interactive: false }).addTo(map);
    }
    return load(data.places);
  }).then(function (collection) {
    if (!collection) {
      return;
    }
    L.geoJSON(collection, {
      pointToLayer: function (feature, latlng) {
        return L.circleMarker(latlng, { radius: 7, color: '#0b2a4a', weight: 2, fillColor: '#ffb612', fillOpacity: 0.9 });
      },
      onEachFeature: function (feature, layer) {
        layer.bindTooltip(feature.properties.name + ' (' + feature.properties.kind + ')');
        layer.on('click', function () {
          window.location.href = feature.properties.url;
        });
      }
    }).addTo(map);
  });
}());
