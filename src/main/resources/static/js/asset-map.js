// Draws the assets of an area on a Leaflet map, a colour per category, each dot linking to its page. The
// lists below the map hold the same assets for keyboard and screen-reader users; the map is an extra.
(function () {
  'use strict';

  var element = document.getElementById('buurtkaart');
  if (!element || typeof L === 'undefined' || !window.SpeelveldMap) {
    return;
  }
  var colours = {
    associations: '#b3003c',
    institutions: '#0b2a4a',
    places: '#ffb612',
    activities: '#39870c',
    gifts: '#7a3e9d'
  };
  var data = element.dataset;
  var map = SpeelveldMap.create(element);
  var load = SpeelveldMap.load;

  load(data.area).then(function (feature) {
    if (feature) {
      L.geoJSON(feature, { style: { color: '#0b2a4a', weight: 3, fill: false }, interactive: false }).addTo(map);
    }
    return load(data.assets);
  }).then(function (collection) {
    if (!collection) {
      return;
    }
    L.geoJSON(collection, {
      filter: function (feature) {
        return feature.geometry !== null;
      },
      pointToLayer: function (feature, latlng) {
        var colour = colours[feature.properties.category] || '#0b2a4a';
        return L.circleMarker(latlng, { radius: 7, color: '#ffffff', weight: 2, fillColor: colour, fillOpacity: 0.95 });
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
