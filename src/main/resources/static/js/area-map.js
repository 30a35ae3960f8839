// Draws an area and its parts from Speelveld's GeoJSON API on a Leaflet map (see map-base.js).
(function () {
  'use strict';

  var element = document.getElementById('kaart');
  if (!element || typeof L === 'undefined' || !window.SpeelveldMap) {
    return;
  }
  var data = element.dataset;
  var map = SpeelveldMap.create(element);
  var load = SpeelveldMap.load;

  var childStyle = { color: '#154273', weight: 1.5, fillColor: '#5b8dc9', fillOpacity: 0.15 };
  var areaStyle = { color: '#0b2a4a', weight: 3, fill: false };

  load(data.children).then(function (collection) {
    if (!collection || collection.features.length === 0) {
      return;
    }
    L.geoJSON(collection, {
      style: childStyle,
      onEachFeature: function (feature, layer) {
        layer.bindTooltip(document.createTextNode(feature.properties.name), { sticky: true });
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
