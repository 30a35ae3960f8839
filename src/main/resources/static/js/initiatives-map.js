// Shows the initiatives of the list's current page as dots on a Leaflet map, each linking to its page. Only
// this page's initiatives: a map with hundreds of markers makes a page slow. The list itself holds the same
// initiatives for keyboard and screen-reader users; the map reads their place from the list's items.
(function () {
  'use strict';

  var element = document.getElementById('initiatieven-kaart');
  if (!element || typeof L === 'undefined' || !window.SpeelveldMap) {
    return;
  }
  var map = SpeelveldMap.create(element);

  SpeelveldMap.load(element.dataset.area).then(function (feature) {
    if (feature) {
      L.geoJSON(feature, { style: { color: '#0b2a4a', weight: 3, fill: false }, interactive: false }).addTo(map);
    }
  });

  var items = document.querySelectorAll('.initiative-card[data-lat]');
  Array.prototype.forEach.call(items, function (item) {
    var link = item.querySelector('.initiative-card__title a');
    var lat = Number(item.dataset.lat);
    var lon = Number(item.dataset.lon);
    if (!link || !isFinite(lat) || !isFinite(lon)) {
      return;
    }
    var marker = L.circleMarker([lat, lon], { radius: 8, color: '#0b2a4a', weight: 2, fillColor: '#ffb612', fillOpacity: 0.9 });
    marker.bindTooltip(document.createTextNode(link.textContent));
    marker.on('click', function () {
      window.location.href = link.getAttribute('href');
    });
    marker.addTo(map);
  });
}());
