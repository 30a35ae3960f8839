// Shows the places of an area as dots on a Leaflet map, each linking to its page. The table below the map
// holds the same places for keyboard and screen-reader users.
(function () {
  'use strict';

  var element = document.getElementById('plekken-kaart');
  if (!element || typeof L === 'undefined' || !window.SpeelveldMap) {
    return;
  }
  var data = element.dataset;
  var map = SpeelveldMap.create(element);
  var load = SpeelveldMap.load;

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
        layer.bindTooltip(document.createTextNode(feature.properties.name + ' (' + feature.properties.kind + ')'));
        layer.on('click', function () {
          window.location.href = feature.properties.url;
        });
      }
    }).addTo(map);
  });
}());
